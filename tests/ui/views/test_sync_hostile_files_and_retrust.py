"""The Sinkronisasi page with files that are not what they seem, and with another province's
trust file. A symlink to /dev/zero, a FIFO or a folder given to "Impor" is refused in one
Indonesian line each, nothing read. Trusting another province's file: the dialog names the
province trusted now and shows both fingerprints and how many changes are sealed again;
declining changes nothing, agreeing re-seals the unacknowledged batches for the new province."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from kopdes_desktop.province.outputs import write_trust_file
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.sync_models import SyncBatch
from kopdes_desktop.sync.fileformat import peek_key_id
from kopdes_desktop.ui.dialogs.trust_dialog import TrustDialog, fingerprint_lines
from kopdes_desktop.ui.views.sync_view import SyncView

from .conftest import when_modal


def _view(qtbot, ctx) -> SyncView:  # type: ignore[no-untyped-def]
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.resize(1176, 708)
    view.show()
    return view


def test_replacing_the_province_shows_both_fingerprints_and_reseals(
    qtbot, ctx, province, trust_path, tmp_path
):
    from ui.i18n_check import untranslated_texts

    view = _view(qtbot, ctx)
    view.service.trust(trust_path)
    view.service.export(tmp_path / "usb")
    other = ProvinceStore.init(tmp_path / "other")
    try:
        other_path = tmp_path / "other-trust.json"
        write_trust_file(other, other_path)
        pending = view.service.pending_total()
        seen: dict = {}

        def inspect(dialog: TrustDialog) -> None:
            seen["new"] = dialog.fingerprint_label.text()
            seen["old"] = dialog.old_fingerprint.text()
            seen["warning"] = dialog.warning.text()
            seen["visible"] = dialog.warning.isVisible() and dialog.old_fingerprint.isVisible()
            seen["untranslated"] = untranslated_texts(dialog)
            dialog.reject()

        when_modal(TrustDialog, inspect)
        assert view.province.trust_from(other_path) is False
        assert view.service.province().key_id == province.key_id
        assert seen["new"] == fingerprint_lines(other.public.fingerprint)
        assert seen["old"] == fingerprint_lines(province.public.fingerprint)
        assert seen["visible"] and seen["untranslated"] == []
        assert "sudah mempercayai provinsi lain" in seen["warning"]
        assert f"{pending} perubahan yang belum diakui" in seen["warning"]

        def agree(dialog: TrustDialog) -> None:
            dialog.compared.click()
            dialog.trust_button.click()

        when_modal(TrustDialog, agree)
        assert view.province.trust_from(other_path) is True
        assert view.service.province().key_id == other.key_id
        with ctx.store.read() as session:
            sealed = [
                b.data
                for b in session.scalars(select(SyncBatch).where(SyncBatch.state == "exported"))
            ]
        assert sealed and {peek_key_id(data) for data in sealed} == {other.key_id}
    finally:
        other.close()


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
def test_import_refuses_devices_fifos_and_folders_in_indonesian(qtbot, ctx, trust_path, tmp_path):
    view = _view(qtbot, ctx)
    view.service.trust(trust_path)
    view.refresh()
    zero = tmp_path / "nol.kopdes-receipt"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "pipa.kopdes-ref"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.kopdes-ref"
    folder.mkdir()
    pending = view.service.pending_summary()
    view.start_import([zero, fifo, folder])
    rows = [[view.tabs.outcome_model.index(r, c).data() for c in range(4)] for r in range(3)]
    assert [r[0] for r in rows] == [zero.name, fifo.name, folder.name]
    assert {r[2] for r in rows} == {"Ditolak"}
    assert all(
        r[3].endswith("bukan berkas biasa (folder, perangkat atau pipa); tidak dibaca.")
        for r in rows
    )
    assert view.status.text() == "3 berkas: 0 diterapkan, 0 tanpa hal baru, 3 ditolak."
    assert view.service.pending_summary() == pending
