#!/usr/bin/env bash
# Builds the vitext Python module (Release) for Debian's /usr/bin/python3 and installs it into
# that Python's user site-packages (or $VITEXT_PYTHON_TARGET). No downloads: Debian's pybind11.
#   bash python/install.sh            then   /usr/bin/python3 -c "import vitext"
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3
bash scripts/setup.sh
cmake --preset release -DVITEXT_BUILD_PYTHON=ON -DPython_EXECUTABLE="$PY" > /dev/null
cmake --build --preset release --target vitext_python
target="${VITEXT_PYTHON_TARGET:-$("$PY" -m site --user-site)}"
mkdir -p "$target"
rm -rf "$target/vitext"
cp -r build/release/python/vitext "$target/"
find "$target/vitext" -name '__pycache__' -prune -exec rm -rf {} +
cd /
"$PY" -c "import vitext; print('vitext installed in', vitext.__file__.rsplit('/', 2)[0], '- stages:', ' '.join(vitext.stage_names()))"
