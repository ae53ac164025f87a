#!/usr/bin/env bash
# Builds and installs the vitext Python module with pip (setup.py builds it through CMake, with
# Debian's setuptools, wheel and pybind11: no downloads). Into:
#   - the active virtual environment, when $PYTHON (default /usr/bin/python3) runs in one;
#   - $VITEXT_PYTHON_TARGET, when set (a plain folder, pip --target);
#   - otherwise the user's site-packages of Debian's Python. Debian marks its Python as
#     externally managed (PEP 668), so pip wants --break-system-packages even for --user.
#   bash python/install.sh            then   /usr/bin/python3 -c "import vitext"
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-/usr/bin/python3}
bash scripts/setup.sh
args=(--no-build-isolation)
if [ -n "${VITEXT_PYTHON_TARGET:-}" ]; then
  args+=(--target "$VITEXT_PYTHON_TARGET" --upgrade)
elif [ "$("$PY" -c 'import sys; print(sys.prefix != sys.base_prefix)')" = False ]; then
  args+=(--user --break-system-packages)
fi
"$PY" -m pip install "${args[@]}" .
where=${VITEXT_PYTHON_TARGET:-}
cd /
PYTHONPATH="$where${PYTHONPATH:+:$PYTHONPATH}" "$PY" -c "import vitext; print('vitext installed in', vitext.__file__.rsplit('/', 2)[0], '- stages:', ' '.join(vitext.stage_names()))"
