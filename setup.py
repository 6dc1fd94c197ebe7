"""Build hook: the wheel carries the top-level ``resources/`` as ``kopdes_desktop/_resources``.

Everything else about the package is declared in ``pyproject.toml``. A source checkout (and an
editable install, which runs from the checkout) reads ``resources/`` directly; see
``kopdes_desktop/resources.py``.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = "resources"
TARGET = ("kopdes_desktop", "_resources")


def _resource_files() -> list[Path]:
    folder = ROOT / RESOURCES
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


class BuildPyWithResources(build_py):
    """``build_py`` that also copies ``resources/`` into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib).joinpath(*TARGET)
        for source in _resource_files():
            destination = target / source.relative_to(ROOT / RESOURCES)
            self.mkpath(str(destination.parent))
            self.copy_file(str(source), str(destination))

    def get_source_files(self) -> list[str]:
        # sdist lists its files from here, so a wheel built from the sdist has them too.
        extra = [str(p.relative_to(ROOT)) for p in _resource_files()]
        return super().get_source_files() + extra


setup(cmdclass={"build_py": BuildPyWithResources})
