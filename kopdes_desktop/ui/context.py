"""What every view and dialog is given: the store, paths, settings, instruments, events.

Views take an :class:`AppContext` in their constructor and never reach for globals, so each
test builds its own context over a fresh data folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from PySide6.QtCore import QObject, Signal

from kopdes_desktop.core.instruments import InstrumentRegistry, registry
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.settings import Settings
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

    @cached_property
    def instruments(self) -> InstrumentRegistry:
        return registry(self.paths)

    @property
    def language(self) -> str:
        return self.settings.get("language")

    def today(self) -> date:
        return self.fixed_today or date.today()

    @classmethod
    def open(cls, paths: DataPaths, fixed_today: date | None = None) -> AppContext:
        """Open the store under ``paths`` (migrating it) with its settings."""
        store = Store.open(paths)
        return cls(paths, store, Settings(paths.settings_file), fixed_today=fixed_today)

    def close(self) -> None:
        self.store.close()
