"""The process's one QApplication, typed as one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def qapp(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, or a new one made from ``argv`` when none runs yet (the
    caller then keeps it referenced for as long as the interface runs).

    ``QApplication.instance()`` is declared to return the ``QCoreApplication`` base class, or
    None; the interface only ever runs under a QApplication, so anything else is a
    programming error.
    """
    app = QApplication.instance()
    if app is None and argv is not None:
        return QApplication(argv)
    if not isinstance(app, QApplication):
        raise RuntimeError(f"no QApplication is running (found {type(app).__name__})")
    return app
