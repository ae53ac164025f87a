import os
import sys

# The built module lives in <build>/python (ctest sets VITEXT_PYTHONPATH); Dask's worker
# processes find it through PYTHONPATH, which they inherit.
_build = os.environ.get("VITEXT_PYTHONPATH")
if _build:
    if _build not in sys.path:
        sys.path.insert(0, _build)
    parts = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if _build not in parts:
        os.environ["PYTHONPATH"] = os.pathsep.join([_build] + parts)
