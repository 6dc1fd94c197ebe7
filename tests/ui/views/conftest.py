"""Fixtures for the Sinkronisasi page: a laptop data folder with a few records, a real
province store in its own folder, and helpers to act on modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.outputs import write_trust_file
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Cooperative, Region, Visit
from kopdes_desktop.ui import i18n, workers
from kopdes_desktop.ui.context import AppContext

KABUPATEN = "65.01"
TODAY = date(2025, 11, 20)


@pytest.fixture
def province(tmp_path: Path) -> Iterator[ProvinceStore]:
    store = ProvinceStore.init(tmp_path / "province")
    yield store
    store.close()


@pytest.fixture
def trust_path(province: ProvinceStore, tmp_path: Path) -> Path:
    path = tmp_path / "handover" / "province-trust.json"
    write_trust_file(province, path)
    return path


def seed(ctx: AppContext, visits: int = 3) -> str:
    """One cooperative with ``visits`` visits; returns the cooperative id."""
    with ctx.store.session() as session:
        if session.get(Region, KABUPATEN) is None:
            session.add(
                Region(
                    code=KABUPATEN,
                    name="Kabupaten Bulungan",
                    level=2,
                    type="kabupaten",
                    source="test",
                )
            )
        coop = Cooperative(name="KDMP Sungai Kayan", region_code=KABUPATEN)
        session.add(coop)
        session.flush()
        for day in range(visits):
            session.add(
                Visit(
                    cooperative_id=coop.id,
                    visit_date=date(2025, 10, 1 + day % 28),
                    purpose=f"Pendampingan ke-{day + 1}",
                    status="DONE",
                    notes="x" * 400,
                )
            )
        return coop.id


def open_context(root: Path, qapp) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext.open(DataPaths(root), fixed_today=TODAY)


@pytest.fixture
def make_ctx(tmp_path: Path, qapp) -> Iterator[Callable[[str], AppContext]]:
    """Laptops in Indonesian, each with its own data folder; closed after the test."""
    workers.set_synchronous(True)
    i18n.install_translators(qapp, "id")
    opened: list[AppContext] = []

    def factory(name: str = "laptop") -> AppContext:
        ctx = open_context(tmp_path / name, qapp)
        opened.append(ctx)
        return ctx

    yield factory
    workers.wait_all()
    workers.set_synchronous(False)
    i18n.install_translators(qapp, "en")
    for ctx in opened:
        ctx.close()


@pytest.fixture
def ctx(make_ctx) -> AppContext:  # type: ignore[no-untyped-def]
    context = make_ctx()
    seed(context)
    return context


def when_modal(cls: type, action: Callable, tries: int = 300) -> list:
    """Run ``action(dialog)`` once a modal ``cls`` is open; collects what it returned."""
    done: list = []

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            try:
                done.append(action(dialog))
            except BaseException as exc:
                done.append(exc)
                dialog.reject()
                raise
        elif left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))
    return done


def choose_in_file_dialog(*paths: Path) -> list:
    """Type ``paths`` into the next file dialog's name field and accept it."""

    def act(dialog: QFileDialog) -> list[str]:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        text = str(paths[0]) if len(paths) == 1 else " ".join(f'"{p}"' for p in paths)
        edit.setText(text)
        chosen = dialog.selectedFiles()
        dialog.accept()
        return chosen

    return when_modal(QFileDialog, act)


@pytest.fixture
def indonesian_only(qapp):  # type: ignore[no-untyped-def]
    """Indonesian labels for model tests that need no data folder."""
    i18n.install_translators(qapp, "id")
    yield
    i18n.install_translators(qapp, "en")
