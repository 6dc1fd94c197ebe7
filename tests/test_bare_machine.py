"""The README's apt lines install every library Qt's xcb platform plugin links against.

Without one of them the GUI aborts on a bare Debian or Ubuntu machine ("Could not load the Qt
platform plugin xcb") while every offscreen test passes, so the libraries are read from the
plugin itself with ``ldd`` and each is mapped to its Debian package by the naming policy
(``libxcb-icccm.so.4`` is in ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` in
``libxkbcommon-x11-0``): a library the README misses fails here, installed or not.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = Path(PySide6.__file__).parent / "Qt"
X_LIBRARY = re.compile(r"^(libxcb|libX11-xcb|libxkbcommon)")


def debian_package(soname: str) -> str:
    """The Debian package of a shared library, by policy: name, a dash if the name ends in
    a digit, the major version (``libxcb-render-util.so.0`` -> ``libxcb-render-util0``)."""
    name, _, version = soname.partition(".so.")
    major = version.split(".")[0]
    return (name + ("-" if name[-1].isdigit() else "") + major).lower()


def readme_packages(marker: str) -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split(f"<!-- {marker} -->")[1].split(f"<!-- /{marker} -->")[0]
    line = next(row for row in block.splitlines() if "apt-get install" in row)
    install = line.split("apt-get install", 1)[1].split("&&")[0]
    return {word for word in install.split() if not word.startswith("-")}


def xcb_libraries() -> set[str]:
    """The X libraries the xcb plugin and Qt's xcb support library link against."""
    found = set()
    for binary in (QT / "plugins" / "platforms" / "libqxcb.so", *QT.glob("lib/libQt6XcbQpa.so*")):
        output = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        for line in output.splitlines():
            soname = line.strip().split(" ")[0]
            if X_LIBRARY.match(soname):
                found.add(soname)
    return found


def test_package_names_follow_the_policy():
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"


@pytest.mark.parametrize("marker", ["run-command", "test-command"])
def test_readme_installs_every_library_of_the_xcb_plugin(marker):
    libraries = xcb_libraries()
    assert "libxcb-icccm.so.4" in libraries and "libxcb-keysyms.so.1" in libraries
    wanted = {debian_package(soname) for soname in libraries}
    missing = wanted - readme_packages(marker)
    assert not missing, f"the README's {marker} lacks {sorted(missing)}"
