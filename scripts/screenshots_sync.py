"""Screenshots of the Sinkronisasi page after a round trip with a real province.

Used by ``scripts/screenshots.py``: the shots here run after every other page, because they
trust a province made in the scratch folder, send batches, and import its receipt and reference
package: another laptop changed the same address at the same time, and its value won.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select, update

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.province.outputs import write_receipts, write_reference, write_trust_file
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative, Device, Visit
from kopdes_desktop.sync.service import SyncService
from kopdes_desktop.ui.widgets.style import STYLE_SHEET

_state: dict = {}


def _edit_cooperative(store: Store, cooperative_id: str, address: str) -> None:
    with store.session() as session:
        session.get(Cooperative, cooperative_id).address = address


def _round_trip(window) -> None:  # type: ignore[no-untyped-def]
    """Province folder beside the data folder; this laptop and a second one both enrolled."""
    if _state:
        return
    ctx = window.ctx
    scratch = Path(ctx.paths.root).parent / "sinkronisasi"
    province = ProvinceStore.init(scratch / "province")
    trust = scratch / "province-trust.json"
    write_trust_file(province, trust)
    mine = SyncService(ctx.store)
    mine.trust(trust)
    enroll(province, mine.write_device_file(scratch / "device-mine.json"))
    # The demo counts its history as delivered: deliver it, so the province holds the registry
    # the later changes refer to.
    with ctx.store.session() as session:
        session.execute(update(Device).where(Device.is_self.is_(True)).values(acked_counter=0))
    for batch in mine.export(scratch / "riwayat").batches:
        import_file(province, batch.file)
    with ctx.store.read() as session:
        coop_id = session.scalars(select(Cooperative.id).order_by(Cooperative.name)).first()
    _edit_cooperative(ctx.store, coop_id, "Jl. Poros Desa No. 4")
    with ctx.store.session() as session:
        for visit in session.scalars(select(Visit).order_by(Visit.visit_date.desc()).limit(300)):
            visit.notes = (visit.notes or "") + " Pendampingan lanjutan dicatat." * 6
    batches = mine.export(scratch / "usb", max_bytes=50_000).batches
    for batch in batches:
        import_file(province, batch.file)
    other = Store.open(DataPaths(scratch / "laptop-lain"))
    theirs = SyncService(other)
    theirs.trust(trust)
    enroll(province, theirs.write_device_file(scratch / "device-other.json"))
    write_reference(province, scratch / "ref-1.kopdes-ref", other.device_id)
    theirs.import_files([scratch / "ref-1.kopdes-ref"])
    # Both change the address on the same day, neither having seen the other's: the other
    # laptop's change is the later one and wins.
    _edit_cooperative(ctx.store, coop_id, "Jl. Poros Desa No. 4A")
    time.sleep(1.1)
    _edit_cooperative(other, coop_id, "Jl. Sengkawit RT 03")
    for batch in theirs.export(scratch / "usb-lain").batches:
        import_file(province, batch.file)
    other.close()
    for batch in mine.export(scratch / "usb-2").batches:
        import_file(province, batch.file)
    with ctx.store.session() as session:  # one change not yet sent, for the batch list
        session.get(Cooperative, coop_id).notes = "Rapat anggota dijadwalkan bulan depan."
    write_reference(province, scratch / "ref-2.kopdes-ref", ctx.store.device_id)
    files = [
        r
        for r in write_receipts(province, scratch / "kembali")
        if ctx.store.device_id[:8] in r.name
    ] + [scratch / "ref-2.kopdes-ref"]
    province.close()
    _state["files"] = files


def sync_after_import(window) -> QWidget:  # type: ignore[no-untyped-def]
    """The page right after importing the receipt and the reference package."""
    _round_trip(window)
    window.navigate("sinkronisasi")
    view = window.view("sinkronisasi")
    view.start_import(_state["files"])
    window.refresh_status()
    return window


def sync_tab(index: int):  # type: ignore[no-untyped-def]
    """The page at list tab ``index`` (0 batches, 1 last import, 2 conflicts)."""

    def shoot(window) -> QWidget:  # type: ignore[no-untyped-def]
        _round_trip(window)
        window.navigate("sinkronisasi")
        window.view("sinkronisasi").tabs.setCurrentIndex(index)
        window.refresh_status()
        return window

    return shoot


def trust_dialog(window) -> QWidget:  # type: ignore[no-untyped-def]
    """The trust dialog as it shows the trusted province's fingerprint."""
    from kopdes_desktop.ui.dialogs.trust_dialog import TrustDialog

    province = window.view("sinkronisasi").service.province()
    dialog = TrustDialog(province.name, province.fingerprint, None, window)
    dialog.setStyleSheet(STYLE_SHEET)
    return dialog


def conflict_dialog(window) -> QWidget:  # type: ignore[no-untyped-def]
    """The conflict dialog over the first open conflict."""
    from kopdes_desktop.ui.dialogs.conflict_dialog import ConflictDialog

    view = window.view("sinkronisasi")
    dialog = ConflictDialog(window.ctx, view.service.conflicts()[0], window)
    dialog.setStyleSheet(STYLE_SHEET)
    return dialog


SYNC_SHOTS = [
    ("sinkronisasi-impor", sync_after_import),
    ("sinkronisasi-paket", sync_tab(0)),
    ("sinkronisasi-bentrok", sync_tab(2)),
    ("dialog-percayai-provinsi", trust_dialog),
    ("dialog-bentrok", conflict_dialog),
]
