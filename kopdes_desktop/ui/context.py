"""What every view and dialog is given: the store, paths, settings, instruments, events.

Views take an :class:`AppContext` in their constructor and never reach for globals, so each
test builds its own context over a fresh data folder.

This module is imported by the main window's shell before the store is open, so the store
layer (SQLAlchemy) and the instrument engine are imported only when a context is opened or its
instruments are first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.settings import Settings

if TYPE_CHECKING:
    from kopdes_desktop.core.instruments import InstrumentRegistry
    from kopdes_desktop.core.services.hub import Services
    from kopdes_desktop.store.db import Store


class AppEvents(QObject):
    """Application-wide signals.

    ``data_changed(kind)``: something was saved (kind: "cooperative", "visit", "assessment",
    "action", "sync", "settings", ...); views refresh what they show.
    ``navigate(view, record_id)``: ask the main window to open a view (view names:
    "beranda", "koperasi", "cooperative", "kunjungan", "visit", "assessment", "tindak_lanjut",
    "laporan", "sinkronisasi", "pengaturan") at a record (or "").
    ``status(text)``: a short message for the status bar.
    """

    data_changed = Signal(str)
    navigate = Signal(str, str)
    status = Signal(str)


@dataclass
class AppContext:
    paths: DataPaths
    store: Store
    settings: Settings
    events: AppEvents = field(default_factory=AppEvents)
    fixed_today: date | None = None
    _category_colors: dict[str, str] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """Category label -> text colour, read once (``widgets.category.category_colors``)."""

    @cached_property
    def instruments(self) -> InstrumentRegistry:
        from kopdes_desktop.core.instruments import registry

        return registry(self.paths)

    @cached_property
    def services(self) -> Services:
        """Every use case over this context's store (each opens its own session)."""
        from kopdes_desktop.core.services.hub import Services

        return Services(self.store)

    @property
    def language(self) -> str:
        return self.settings.get("language")

    def today(self) -> date:
        return self.fixed_today or date.today()

    @classmethod
    def open(
        cls,
        paths: DataPaths,
        fixed_today: date | None = None,
        settings: Settings | None = None,
        events: AppEvents | None = None,
    ) -> AppContext:
        """Open the store under ``paths`` (migrating it) with its settings.

        The main window opens the context off the GUI thread while its shell is on screen; it
        passes the ``settings`` it already uses (so both write through one object) and
        ``events`` made on the GUI thread (a QObject belongs to the thread that made it).
        """
        from kopdes_desktop.core import data_folder

        store = data_folder.open_store(paths)
        return cls(
            paths,
            store,
            settings or Settings(paths.settings_file),
            events if events is not None else AppEvents(),
            fixed_today=fixed_today,
        )

    def reopen(self) -> None:
        """Open the store again after it was closed (a restore replaced the database); the
        services are built anew over it."""
        from kopdes_desktop.core import data_folder

        self.store = data_folder.open_store(self.paths)
        self.__dict__.pop("services", None)

    def close(self) -> None:
        self.store.close()
