#!/usr/bin/env bash
# Installs the Debian 12 packages vitext builds and tests with. Safe to run again.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config ccache git
  libutf8proc-dev libcli11-dev nlohmann-json3-dev zlib1g-dev libzstd-dev libsqlite3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libcpp-httplib-dev
  clang libclang-rt-dev
  python3 python3-dev python3-pybind11 pybind11-dev python3-pytest python3-dask python3-distributed
  python3-pip python3-setuptools python3-wheel python3-build python3-venv
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
