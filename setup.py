"""Builds the vitext Python module's extension (_vitext) with the project's CMake build.

Everything else is in pyproject.toml. The extension is CMake's `vitext_python` target,
configured in Release without tests or benchmarks, for the Python that runs this script;
CMAKE_BUILD_PARALLEL_LEVEL sets the compile jobs. It links no training code.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def project_version():
    """The version in CMakeLists.txt's project(), so the two never disagree."""
    m = re.search(r"project\(vitext VERSION ([0-9.]+)", (ROOT / "CMakeLists.txt").read_text())
    return m.group(1)


class CMakeExtension(Extension):
    def __init__(self, name, target):
        super().__init__(name, sources=[])
        self.target = target


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        out = Path(self.get_ext_fullpath(ext.name)).resolve()
        build_dir = Path(self.build_temp).resolve() / "cmake"
        configure = ["cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                     "-DVITEXT_BUILD_TESTS=OFF", "-DVITEXT_BUILD_BENCH=OFF", "-DVITEXT_BUILD_PYTHON=ON",
                     f"-DPython_EXECUTABLE={sys.executable}"]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", ext.target], check=True)
        built = sorted((build_dir / "python" / "vitext").glob("_vitext*.so"))
        if not built:
            raise RuntimeError(f"the CMake build made no _vitext module under {build_dir}")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], out)
        # The extension embeds the models: their licence (CC BY-SA 4.0) goes with it.
        shutil.copyfile(ROOT / "models" / "LICENSE", out.parent / "LICENSE-models")


setup(
    version=project_version(),
    ext_modules=[CMakeExtension("vitext._vitext", target="vitext_python")],
    cmdclass={"build_ext": CMakeBuild},
)
