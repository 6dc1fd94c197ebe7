"""The Qt interface: the only package that imports PySide6."""

import sys


def _make_none_immortal() -> None:
    """Work around PySide6 6.12 on Python 3.11, which drops a reference to ``None`` on every
    call of a C++ method that returns void (``setText``, ``show``...). Python 3.12 made
    ``None`` immortal, so newer interpreters never notice; on 3.11 a session of typing frees
    ``None`` after some tens of thousands of calls and the interpreter aborts. A reference
    count far out of reach makes ``None`` immortal here too."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_make_none_immortal()
