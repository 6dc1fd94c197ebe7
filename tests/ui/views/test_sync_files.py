"""The Sinkronisasi page by file: trust, export, import of a real province's receipt, bad
files, cancel, and conflicts from reference data; all through the page's widgets."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt

from kopdes_desktop import resources
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.province.outputs import write_receipts, write_reference
from kopdes_desktop.store.models import Cooperative
from kopdes_desktop.sync.service import SyncService
from kopdes_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from kopdes_desktop.ui.dialogs.trust_dialog import TrustDialog
from kopdes_desktop.ui.views.sync_lists import TAB_CONFLICTS, TAB_IMPORTED
from kopdes_desktop.ui.views.sync_tables import BatchModel
from kopdes_desktop.ui.views.sync_view import SyncView

from .conftest import choose_in_file_dialog, seed, when_modal


def _view(qtbot, ctx) -> SyncView:  # type: ignore[no-untyped-def]
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.resize(1176, 708)
    view.show()
    return view


def _states(view: SyncView) -> list[str]:
    model = view.tabs.batch_model
    return [model.index(r, BatchModel.STATE).data() for r in range(model.rowCount())]


def _trust(view: SyncView, trust_path: Path) -> None:
    view.service.trust(trust_path)
    view.refresh()


def _enrolled(view: SyncView, province, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    device_file = view.service.write_device_file(tmp_path / "device.json")
    enroll(province, device_file)


def _export_by_button(qtbot, view: SyncView, folder: Path) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    chosen = choose_in_file_dialog(folder)
    with qtbot.waitSignal(view.ctx.events.data_changed, check_params_cb=lambda k: k == "sync"):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert chosen == [[str(folder)]]


def test_translation_is_complete():
    ts_file = resources.path("i18n", "sync_id.ts")
    messages = list(ET.parse(ts_file).getroot().iter("message"))
    assert len(messages) > 100
    assert all(m.find("translation").get("type") is None for m in messages)
    assert resources.path("i18n", "sync_id.qm").stat().st_size > 0


def test_untrusted_laptop_sees_why_export_is_off(qtbot, ctx):
    from ui.i18n_check import untranslated_texts

    view = _view(qtbot, ctx)
    assert view.title.text() == "Sinkronisasi"
    assert view.summary.text() == "4 perubahan belum sampai ke provinsi."
    assert not view.export_button.isEnabled() and not view.import_button.isEnabled()
    assert "Percayai berkas provinsi" in view.hint.text() and view.hint.isVisible()
    qtbot.keyClicks(view.online.server, "https://sinkron.example")
    assert not view.online.sync_button.isEnabled()
    assert _states(view) == ["Belum dikirim"]
    assert untranslated_texts(view) == []


def test_trust_dialog_shows_the_fingerprint_and_needs_a_confirmation(
    qtbot, ctx, province, trust_path
):
    from ui.i18n_check import untranslated_texts

    view = _view(qtbot, ctx)
    groups = province.public.fingerprint.split("-")
    seen: dict = {}

    def inspect(dialog: TrustDialog) -> None:
        seen["fingerprint"] = dialog.fingerprint_label.text()
        seen["untranslated"] = untranslated_texts(dialog)
        seen["enabled_before"] = dialog.trust_button.isEnabled()
        dialog.compared.click()
        seen["enabled_after"] = dialog.trust_button.isEnabled()
        dialog.trust_button.click()

    choose_in_file_dialog(trust_path)
    confirmed = when_modal(TrustDialog, inspect)
    with qtbot.waitSignal(ctx.events.data_changed, check_params_cb=lambda k: k == "sync"):
        qtbot.mouseClick(view.province.trust_button, Qt.MouseButton.LeftButton)
    assert confirmed == [None]
    assert seen["fingerprint"].split() == groups
    assert seen["fingerprint"].count("\n") == 1
    assert seen == {**seen, "untranslated": [], "enabled_before": False, "enabled_after": True}
    assert view.province.fingerprint.text().split() == groups
    assert (
        "Provinsi Kalimantan Utara" in view.province.province_name.text()
        or province.name in view.province.province_name.text()
    )
    assert view.export_button.isEnabled() and view.import_button.isEnabled()


def test_declining_the_trust_dialog_trusts_nothing(qtbot, ctx, trust_path):
    view = _view(qtbot, ctx)
    when_modal(TrustDialog, lambda dialog: dialog.reject())
    assert view.province.trust_from(trust_path) is False
    assert view.service.province() is None
    assert view.status.text() == "Berkas provinsi tidak jadi dipercayai."


def test_export_through_the_widgets_writes_batches_and_states_change(
    qtbot, ctx, trust_path, tmp_path
):
    view = _view(qtbot, ctx)
    _trust(view, trust_path)
    usb = tmp_path / "usb"
    _export_by_button(qtbot, view, usb)
    files = sorted(usb.glob("*.kopdes"))
    assert len(files) == 1
    assert _states(view) == ["Sudah diekspor"]
    assert ctx.settings.get("last_export_dir") == str(usb)
    assert "1 berkas paket ditulis" in view.status.text()
    assert not view.progress.isVisible() and view.export_button.isEnabled()


def test_receipt_from_the_real_province_marks_batches_received(
    qtbot, ctx, province, trust_path, tmp_path
):
    ctx.settings.set("sync_batch_bytes", 50_000)
    seed(ctx, visits=150)
    view = _view(qtbot, ctx)
    _trust(view, trust_path)
    _enrolled(view, province, tmp_path)
    _export_by_button(qtbot, view, tmp_path / "usb")
    batches = sorted((tmp_path / "usb").glob("*.kopdes"))
    assert len(batches) >= 2 and set(_states(view)) == {"Sudah diekspor"}
    assert {import_file(province, f).status for f in batches} == {"applied"}
    receipts = write_receipts(province, tmp_path / "back")
    before = view.service.pending_total()
    choose_in_file_dialog(*receipts)
    with qtbot.waitSignal(ctx.events.data_changed, check_params_cb=lambda k: k == "sync"):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert before > 150 and view.service.pending_total() == 0
    assert set(_states(view)) == {"Diterima provinsi"}
    assert view.summary.text() == "Semua data di laptop ini sudah sampai ke provinsi."
    assert view.pending_model.rowCount() == 0
    assert view.tabs.currentIndex() == TAB_IMPORTED
    row = [view.tabs.outcome_model.index(0, c).data() for c in range(4)]
    assert row[:3] == [receipts[0].name, "Tanda terima", "Diterapkan"]
    assert "diterima provinsi" in row[3]
    assert view.province.last_receipt.text().startswith("Tanda terima terakhir:")
    from ui.i18n_check import untranslated_texts

    assert untranslated_texts(view) == []
    view.start_export(tmp_path / "usb-2")
    assert view.status.text() == "Tidak ada yang perlu diekspor: provinsi sudah menerima semuanya."


def test_a_damaged_file_is_refused_in_indonesian_and_changes_nothing(
    qtbot, ctx, province, trust_path, tmp_path
):
    view = _view(qtbot, ctx)
    _trust(view, trust_path)
    _enrolled(view, province, tmp_path)
    view.start_export(tmp_path / "usb")
    [batch] = (tmp_path / "usb").glob("*.kopdes")
    import_file(province, batch)
    [receipt] = write_receipts(province, tmp_path / "back")
    data = bytearray(receipt.read_bytes())
    data[len(data) // 2] ^= 0x55
    damaged = tmp_path / "back" / ("rusak-" + receipt.name)
    damaged.write_bytes(bytes(data))
    strange = tmp_path / "back" / "catatan.txt"
    strange.write_text("bukan berkas kopdes", encoding="utf-8")
    pending, states = view.service.pending_summary(), _states(view)
    view.start_import([damaged, strange])
    rows = [[view.tabs.outcome_model.index(r, c).data() for c in range(4)] for r in range(2)]
    # The receipt is sealed to this laptop: a changed byte breaks the seal.
    assert rows[0] == [
        damaged.name,
        "Tanda terima",
        "Ditolak",
        "Berkas rusak atau telah diubah (segel).",
    ]
    assert rows[1][1:] == ["Berkas tak dikenal", "Ditolak", "Bukan berkas sinkron Kopdes."]
    assert view.status.text() == "2 berkas: 0 diterapkan, 0 tanpa hal baru, 2 ditolak."
    assert view.service.pending_summary() == pending and _states(view) == states
    assert view.service.last_receipt() is None


def test_cancel_stops_an_export_between_files(qtbot, ctx, trust_path, tmp_path):
    ctx.settings.set("sync_batch_bytes", 50_000)
    seed(ctx, visits=150)
    view = _view(qtbot, ctx)
    _trust(view, trust_path)
    view.progress.valueChanged.connect(lambda value: value and view.cancel())
    view.start_export(tmp_path / "usb")
    assert view.status.text().startswith("Dibatalkan.")
    assert not view.is_busy() and view.export_button.isEnabled()
    view.progress.valueChanged.disconnect()
    written = list((tmp_path / "usb").glob("*.kopdes"))
    assert len(written) < len(view.service.batches())
    assert not list((tmp_path / "usb").glob("*.tmp"))


def test_conflict_from_reference_data_is_resolved_from_the_page(
    qtbot, make_ctx, province, trust_path, tmp_path
):
    from ui.i18n_check import untranslated_texts

    mine, other = make_ctx("mine"), make_ctx("other")
    coop = seed(mine, visits=0)
    view = _view(qtbot, mine)
    _trust(view, trust_path)
    _enrolled(view, province, tmp_path / "a")
    theirs = SyncService(other.store)
    theirs.trust(trust_path)
    enroll(province, theirs.write_device_file(tmp_path / "b" / "device.json"))
    for batch in view.service.export(tmp_path / "a-out").batches:
        import_file(province, batch.file)
    view.start_import(write_receipts(province, tmp_path / "r0"))
    write_reference(province, tmp_path / "ref0.kopdes-ref")
    theirs.import_files([tmp_path / "ref0.kopdes-ref"])
    with mine.store.session() as session:
        session.get(Cooperative, coop).address = "Jl. Jelarai 3"
    time.sleep(1.1)  # the other device's edit is a second later: its value wins the conflict
    with other.store.session() as session:
        session.get(Cooperative, coop).address = "Jl. Sengkawit 12"
    for batch in theirs.export(tmp_path / "b-out").batches:
        import_file(province, batch.file)
    for batch in view.service.export(tmp_path / "a-out2").batches:
        import_file(province, batch.file)
    write_reference(province, tmp_path / "ref1.kopdes-ref")
    mine_receipts = [
        r for r in write_receipts(province, tmp_path / "r1") if mine.store.device_id[:8] in r.name
    ]
    view.start_import([*mine_receipts, tmp_path / "ref1.kopdes-ref"])
    assert view.tabs.tabText(TAB_CONFLICTS) == "Bentrok (1)"
    assert [view.tabs.conflict_model.index(0, c).data() for c in range(3)] == [
        "Koperasi",
        "KDMP Sungai Kayan",
        "Nilai Anda kalah: Alamat",
    ]
    view.tabs.conflict_table.selectRow(0)
    seen: dict = {}

    def choose(dialog: ConflictDialog) -> None:
        table = dialog.table
        seen["rows"] = [[table.item(0, c).text() for c in range(3)]]
        seen["untranslated"] = untranslated_texts(dialog)
        dialog.take_button.click()

    when_modal(ConflictDialog, choose)
    with qtbot.waitSignal(mine.events.data_changed, check_params_cb=lambda k: k == "sync"):
        qtbot.mouseClick(view.tabs.resolve_button, Qt.MouseButton.LeftButton)
    assert seen == {"rows": [["Alamat", "Jl. Jelarai 3", "Jl. Sengkawit 12"]], "untranslated": []}
    assert view.tabs.conflict_model.rowCount() == 0
    assert view.tabs.tabText(TAB_CONFLICTS) == "Bentrok"
    with mine.store.read() as session:
        assert session.get(Cooperative, coop).address == "Jl. Sengkawit 12"


def test_a_batch_the_province_refused_reads_ditolak_with_its_reason(
    qtbot, ctx, province, trust_path, tmp_path
):
    from sync.craft import opened_records, payload_of, reseal

    from kopdes_desktop.province.ingest import import_bytes

    view = _view(qtbot, ctx)
    _trust(view, trust_path)
    _enrolled(view, province, tmp_path)
    _export_by_button(qtbot, view, tmp_path / "usb")
    [batch] = (tmp_path / "usb").glob("*.kopdes")
    _, records = opened_records(province, batch.read_bytes())
    records[0]["v"]["name"] = "diubah di jalan"
    altered = reseal(
        province, ctx.store, batch.read_bytes(), payload_of({"records": records, "attachments": []})
    )
    assert import_bytes(province, altered).status == "rejected"
    view.start_import(write_receipts(province, tmp_path / "back"))
    [state] = _states(view)
    assert state.startswith("Ditolak: Berkas rusak")
    assert view.service.pending_total() == 4
    _export_by_button(qtbot, view, tmp_path / "usb-2")
    assert _states(view) == ["Sudah diekspor"]
