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


# VITEXT_REQUIRE_DATA=1 (set by .ci/run): a test that skips (a stage not built, a model or
# data file or optional package missing) fails instead, so CI cannot pass by skipping.
import pytest  # noqa: E402

_REQUIRE_DATA = os.environ.get("VITEXT_REQUIRE_DATA") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if _REQUIRE_DATA and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"skipped under VITEXT_REQUIRE_DATA=1 (data is required): {report.longrepr}"


@pytest.fixture(scope="session")
def dask_client():
    """A two-process Dask LocalCluster (one thread each) for the tests of vitext.dask."""
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                       dashboard_address=None, silence_logs=40)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()
