"""The online half of the Sinkronisasi page against the real province service on loopback:
enrolment through the form, "Sinkronkan sekarang", and a clear message for each failure."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.service import create_app
from kopdes_desktop.store.sync_models import SyncBatch
from kopdes_desktop.sync.export import build_batches
from kopdes_desktop.sync.http_transport import RetryPolicy
from kopdes_desktop.ui.views.sync_tables import BatchModel
from kopdes_desktop.ui.views.sync_view import SyncView

FAST = RetryPolicy(
    attempts=2,
    base_delay=0.01,
    max_delay=0.05,
    connect_timeout=5,
    read_timeout=20,
    write_timeout=20,
)


@pytest.fixture
def server(province) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from sync.online.live import LiveServer

    live = LiveServer(create_app(province, reference_ttl=0)).start()
    yield live.url
    live.stop()


def _view(qtbot, ctx) -> SyncView:  # type: ignore[no-untyped-def]
    view = SyncView(ctx)
    view.retry_policy = FAST
    qtbot.addWidget(view)
    view.resize(1176, 708)
    view.show()
    return view


def _states(view: SyncView) -> list[str]:
    model = view.tabs.batch_model
    return [model.index(r, BatchModel.STATE).data() for r in range(model.rowCount())]


def _sync(qtbot, view: SyncView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.ctx.events.data_changed, check_params_cb=lambda k: k == "sync"):
        qtbot.mouseClick(view.online.sync_button, Qt.MouseButton.LeftButton)


def test_enrol_through_the_form_then_sync_now(qtbot, ctx, province, server):
    view = _view(qtbot, ctx)
    assert not view.online.enroll_button.isEnabled()
    code, _ = new_enroll_code(province)
    qtbot.keyClicks(view.online.server, server)
    qtbot.keyClicks(view.online.code, code)
    with qtbot.waitSignal(ctx.events.data_changed, check_params_cb=lambda k: k == "sync"):
        qtbot.mouseClick(view.online.enroll_button, Qt.MouseButton.LeftButton)
    fingerprint = province.public.fingerprint
    assert (
        view.status.text() == f"Terdaftar. Cocokkan sidik jari provinsi dengan petugas: "
        f"{fingerprint}"
    )
    assert view.province.fingerprint.text().split() == fingerprint.split("-")
    assert ctx.settings.get("sync_server") == server and view.online.code.text() == ""
    assert view.export_button.isEnabled()
    _sync(qtbot, view)
    assert view.status.text().startswith("Sinkronisasi selesai: 1 paket dikirim")
    assert "tanda terima sampai perubahan ke-" in view.status.text()
    assert _states(view) == ["Diterima provinsi"]
    assert view.service.pending_total() == 0
    assert view.summary.text() == "Semua data di laptop ini sudah sampai ke provinsi."


def test_unreachable_server_says_so_and_changes_nothing(qtbot, ctx, trust_path):
    view = _view(qtbot, ctx)
    view.service.trust(trust_path)
    view.refresh()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    view.online.server.setText(f"http://127.0.0.1:{port}")
    _sync(qtbot, view)
    assert view.status.text() == (
        "Server provinsi tidak dapat dihubungi (ConnectError). "
        "Perubahan tetap aman di laptop; coba lagi nanti."
    )
    assert view.service.pending_total() == 4
    assert not view.is_busy() and view.online.sync_button.isEnabled()


def test_no_signal_is_told_apart(qtbot, ctx, trust_path):
    view = _view(qtbot, ctx)
    view.service.trust(trust_path)
    view.refresh()
    view.online.server.setText("http://server-provinsi.invalid")
    _sync(qtbot, view)
    assert view.status.text() == (
        "Tidak ada sinyal internet. Perubahan tetap aman di laptop; coba lagi nanti atau kirim "
        "lewat berkas (USB). Berkas sinkron juga bisa dibawa dengan flashdisk: “Ekspor berkas "
        "sinkron…”."
    )


def test_laptop_not_enrolled_is_told_to_enrol(qtbot, ctx, trust_path, server):
    view = _view(qtbot, ctx)
    view.service.trust(trust_path)
    view.refresh()
    view.online.server.setText(server)
    _sync(qtbot, view)
    assert view.status.text().startswith("Laptop ini belum terdaftar di provinsi.")
    assert view.status.text().endswith(
        "Ketik kode dari petugas pada “Kode pendaftaran” lalu tekan “Daftarkan laptop”."
    )
    assert view.service.pending_total() == 4


def test_refused_batch_names_the_reason(qtbot, ctx, province, server):
    view = _view(qtbot, ctx)
    code, _ = new_enroll_code(province)
    view.start_enroll(server, code)
    build_batches(ctx.store)
    with ctx.store.session() as session:
        # A batch whose stored bytes were damaged on this laptop's disk.
        session.execute(update(SyncBatch).values(data=b"KOPDES-rusak" + b"\x00" * 64))
    view.online.server.setText(server)
    _sync(qtbot, view)
    text = view.status.text()
    assert text.startswith("Provinsi menolak 1 paket: paket ")
    assert text.endswith("Alasan setiap paket yang ditolak ada di daftar Paket.")
    assert view.service.pending_total() == 4


def test_sync_now_brings_handed_over_photos_within_the_chosen_size(
    qtbot, ctx, province, server, tmp_path
):
    """A cooperative worked (with a photo) on another mentor's laptop is handed over to this
    one; with 5 MB chosen under "Lampiran koperasi serahan", "Sinkronkan sekarang" brings its
    history and the photo's bytes, and the choice is kept for the next sync."""
    from sync.online.support import make_laptop, trust_path
    from sync.online.test_handover import VILLAGE, _work

    from kopdes_desktop.province import mentor_codes, registry
    from kopdes_desktop.province import mentors as province_mentors
    from kopdes_desktop.province.officers_models import ensure_tables
    from kopdes_desktop.sync.export import attachment_path
    from kopdes_desktop.sync.http_client import enroll, sync_now

    ensure_tables(province.engine)
    andi = province_mentors.add_mentor(province, {"name": "Andi", "kabupaten_code": "65.01"})
    budi = province_mentors.add_mentor(province, {"name": "Budi", "kabupaten_code": "65.01"})
    handed = registry.create(province, "KDMP Diserahkan", VILLAGE).id
    province_mentors.assign(province, handed, andi.id, "2025-09-01")
    first = make_laptop(tmp_path / "andi", trust_path(province, tmp_path))
    try:
        code, _expires, _name = mentor_codes.new_code(province, andi.id, actor="admin")
        enroll(first, first.paths, server, code, policy=FAST)
        sync_now(first, first.paths, policy=FAST)
        done = _work(first, handed, tmp_path)
        sync_now(first, first.paths, policy=FAST)
    finally:
        first.close()
    province_mentors.assign(province, handed, budi.id, "2025-11-01", actor="admin")

    view = _view(qtbot, ctx)
    assert view.online.attachments.value() == 0  # data only, until the mentor chooses
    assert view.online.attachments.text() == "tidak ada (data saja)"
    code, _expires, _name = mentor_codes.new_code(province, budi.id, actor="admin")
    qtbot.keyClicks(view.online.server, server)
    qtbot.keyClicks(view.online.code, code)
    with qtbot.waitSignal(ctx.events.data_changed, check_params_cb=lambda k: k == "sync"):
        qtbot.mouseClick(view.online.enroll_button, Qt.MouseButton.LeftButton)
    view.online.attachments.setValue(5)
    _sync(qtbot, view)

    assert "1 lampiran diterima" in view.status.text()
    photo = attachment_path(ctx.paths.attachments, done["sha256"])
    assert photo.is_file()
    assert ctx.settings.get("sync_attachments_mb") == 5
    assert SyncView(ctx).online.attachments.value() == 5  # kept for the next sync
