"""The page's table models under Qt's model tester, and the page inside the main window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.province.outputs import write_receipts
from kopdes_desktop.sync.inbox import ImportedFile
from kopdes_desktop.sync.reference import LocalConflict
from kopdes_desktop.sync.service import BatchRow
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.models.base import ROW_ROLE, SORT_ROLE
from kopdes_desktop.ui.views.sync_tables import (
    BatchModel,
    ConflictModel,
    OutcomeModel,
    PendingModel,
    size_label,
)
from kopdes_desktop.ui.views.sync_view import SyncView

MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def _tested(model, keep: list):  # type: ignore[no-untyped-def]
    """A sorting proxy over ``model``; both watched by testers kept alive in ``keep``."""
    proxy = QSortFilterProxyModel()
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    keep += [
        model,
        proxy,
        QAbstractItemModelTester(model, MODE),
        QAbstractItemModelTester(proxy, MODE),
    ]
    return proxy


def _batch(state: str, low: int, label: str = "", size: int = 0) -> BatchRow:
    return BatchRow(
        f"b{low}" if state != "pending" else None,
        state,
        label,
        low,
        low + 9,
        10,
        1,
        size,
        datetime(2025, 11, 3, 14, 5),
        f"f{low}.kopdes",
    )


def test_batch_model_states_sizes_and_sorting(qapp, indonesian_only):
    model = BatchModel(language="id")
    keep: list = []
    proxy = _tested(model, keep)
    model.set_rows(
        [
            _batch("acked", 1, "Diterima provinsi", 1_260_000),
            _batch("rejected", 11, "Ditolak: Berkas rusak atau telah diubah.", 2048),
            _batch("exported", 21, "Sudah diekspor", 999),
            _batch("pending", 31),
        ]
    )
    cells = [[model.index(r, c).data() for c in range(6)] for r in range(4)]
    # Stored UTC, shown in the laptop's zone with its name, whatever the system's zone.
    assert cells[0] == [
        "Diterima provinsi",
        "1–10",
        "10",
        "1",
        "1,3 MB",
        "3 November 2025 22.05 WITA",
    ]
    assert cells[1][0] == "Ditolak: Berkas rusak atau telah diubah."
    assert cells[1][4] == "2,0 KB" and cells[2][4] == "1,0 KB"
    assert cells[3][:5] == ["Belum dikirim", "31–40", "", "", ""]
    proxy.sort(BatchModel.CHANGES, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(ROW_ROLE).counter_from == 31
    assert proxy.index(0, BatchModel.SIZE).data(SORT_ROLE) == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Status"


def test_other_models_under_the_tester(qapp, indonesian_only):
    keep: list = []
    pending = PendingModel()
    _tested(pending, keep)
    pending.set_rows([("visit", 3), ("assessment", 2), ("unknown_table", 1)])
    assert [pending.index(r, 0).data() for r in range(3)] == [
        "Kunjungan",
        "Penilaian",
        "unknown_table",
    ]
    outcomes = OutcomeModel()
    _tested(outcomes, keep)
    outcomes.set_rows([ImportedFile("a.kopdes-ref", "reference", "unchanged", "Sudah.")])
    assert [outcomes.index(0, c).data() for c in range(4)] == [
        "a.kopdes-ref",
        "Paket referensi",
        "Tidak ada yang baru",
        "Sudah.",
    ]
    conflicts = ConflictModel(language="id")
    _tested(conflicts, keep)
    conflicts.set_rows(
        [
            LocalConflict(
                1,
                "cooperative",
                "Koperasi",
                "c" * 36,
                "a:1",
                "b:2",
                {"name": "KDMP A", "npwp": "1", "counter": 2},
                {"name": "KDMP A", "npwp": "2", "counter": 1},
                datetime(2025, 11, 4, 8, 0),
                None,
            )
        ]
    )
    assert [conflicts.index(0, c).data() for c in range(3)] == [
        "Koperasi",
        "KDMP A",
        "Ditahan karena perubahan Anda: NPWP",
    ]
    conflicts.set_rows(
        [
            LocalConflict(
                2,
                "cooperative",
                "Koperasi",
                "c" * 36,
                "a:1",
                "b:2",
                {"name": "KDMP B"},
                {"name": "KDMP A"},
                datetime(2025, 11, 4, 8, 0),
                None,
                "name",
                "overridden",
                "b",
                "KDMP A",
            )
        ]
    )
    assert [conflicts.index(0, c).data() for c in range(3)] == [
        "Koperasi",
        "KDMP A",
        "Nilai Anda kalah: Nama",
    ]
    assert conflicts.index(0, 3).data().startswith("4 November 2025 ")
    assert size_label(0, "en") == "0.0 KB"


def test_main_window_shows_the_page_and_its_count_follows_imports(
    qtbot, ctx, province, trust_path, tmp_path
):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.navigate("sinkronisasi")
    view = window.current_view()
    assert isinstance(view, SyncView)
    window.refresh_status()
    assert window.status_unsynced.text() == "Perubahan belum disinkronkan: 4"
    view.service.trust(trust_path)
    enroll(province, view.service.write_device_file(tmp_path / "device.json"))
    view.refresh()
    view.start_export(tmp_path / "usb")
    for path in (tmp_path / "usb").glob("*.kopdes"):
        import_file(province, path)
    view.start_import(write_receipts(province, tmp_path / "back"))
    qtbot.waitUntil(lambda: window.status_unsynced.text() == "Perubahan belum disinkronkan: 0")


def test_page_opens_in_english_too(qtbot, ctx, qapp):
    i18n.install_translators(qapp, "en")
    view = SyncView(ctx)
    qtbot.addWidget(view)
    assert view.title.text() == "Synchronisation"
    assert view.summary.text() == "4 changes have not reached the province yet."
    assert view.tabs.batch_model.index(0, 0).data() == "Not sent yet"


def test_page_loads_in_the_background_and_shows_the_latest_answer(qtbot, ctx):
    from kopdes_desktop.ui import workers

    workers.set_synchronous(False)
    try:
        view = SyncView(ctx)
        qtbot.addWidget(view)
        view.refresh()
        view.refresh()
        qtbot.waitUntil(lambda: view.summary.text() != "")
        qtbot.waitUntil(lambda: view.tabs.batch_model.rowCount() == 1)
        assert view.summary.text() == "4 perubahan belum sampai ke provinsi."
        assert workers.wait_all()
    finally:
        workers.set_synchronous(True)


def test_ctrl_e_asks_for_the_export_folder(qtbot, ctx, trust_path, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from .conftest import when_modal

    view = SyncView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.province.service.trust(trust_path)
    view.refresh()
    titles = when_modal(QFileDialog, lambda dialog: (dialog.windowTitle(), dialog.reject())[0])
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["Folder atau flashdisk untuk berkas sinkron"]
    assert list(tmp_path.glob("**/*.kopdes")) == []


def test_conflict_values_read_as_money_and_dates():
    from kopdes_desktop.ui.dialogs.conflict_dialog import shown_value

    assert shown_value("financing_ceiling", 1_250_000, "id") == "Rp1.250.000"
    assert shown_value("founded_on", "2024-08-17", "id") == "17 Agustus 2024"
    assert shown_value("address", None, "id") == "—"
    assert shown_value("npwp", "01.234", "id") == "01.234"
