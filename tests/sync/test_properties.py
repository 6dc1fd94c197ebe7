"""One test per SYNC.md property, on real files, real crypto and a real province store."""

from __future__ import annotations

import json
import zlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from kopdes_desktop.province.devices import approve, device_statuses
from kopdes_desktop.province.ingest import import_bytes, import_file
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.outputs import write_receipts, write_reference
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative, Visit
from kopdes_desktop.store.sync_models import SyncBatch
from kopdes_desktop.sync.fileformat import KIND_RECEIPT, sign_document
from kopdes_desktop.sync.pending import self_device
from kopdes_desktop.sync.service import SyncService

from .craft import laptop_key, opened_records, payload_of, reseal, seal
from .support import (
    add_cooperative,
    add_person,
    add_visits,
    edit,
    enroll_laptop,
    export_files,
    import_all,
    province_store,
    snapshot,
    trust_of,
)


def _one_batch(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    add_visits(laptop, coop, 3)
    files = export_files(laptop, tmp_path / "out")
    assert len(files) == 1
    return laptop, coop, files[0]


def test_p1_resending_a_batch_changes_nothing_and_says_already_received(
    tmp_path, province, laptops
):
    laptop, _, batch = _one_batch(tmp_path, province, laptops)
    assert import_file(province, batch).status == "applied"
    before = snapshot(province)
    again = import_file(province, batch)
    resealed = import_bytes(province, reseal(province, laptop, batch.read_bytes()), "resealed")
    assert (again.status, resealed.status) == ("duplicate", "duplicate")
    assert "Sudah diterima" in again.reason
    assert snapshot(province) == before


def test_p2_same_batch_id_with_other_content_is_rejected(tmp_path, province, laptops):
    laptop, _, batch = _one_batch(tmp_path, province, laptops)
    assert import_file(province, batch).status == "applied"
    header, records = opened_records(province, batch.read_bytes())
    records[0]["v"]["name"] = "Isi lain dengan id sama"
    forged = reseal(
        province, laptop, batch.read_bytes(), payload_of({"records": records, "attachments": []})
    )
    before = snapshot(province)
    outcome = import_bytes(province, forged, "forged")
    assert outcome.status == "rejected"
    assert outcome.batch_id == header["batch_id"]
    assert "id yang sama" in outcome.reason
    assert snapshot(province) == before


def test_p3_damaged_forged_foreign_or_misaddressed_batches_are_rejected(
    tmp_path, province, laptops
):
    laptop, _, batch = _one_batch(tmp_path, province, laptops)
    data = batch.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    stranger = Ed25519PrivateKey.generate()
    _, records = opened_records(province, data)
    payload = payload_of({"records": records, "attachments": []})
    count = {"records": len(records), "counter_to": max(r["c"] for r in records)}
    foreign = seal(province, stranger, laptop.device_id, payload, **count)
    wrong_signature = seal(
        province,
        stranger,
        laptop.device_id,
        payload,
        **count,
        overrides={
            "device_public_key": json.loads(
                (tmp_path / f"device-{laptop.device_id[:8]}.json").read_text()
            )["public_key"]
        },
    )
    with province_store(tmp_path / "other") as other:
        elsewhere = laptops("b")
        other_trust = trust_of(other, tmp_path / "other")
        SyncService(elsewhere).trust(other_trust, replace=True)
        add_cooperative(elsewhere)
        misaddressed = export_files(elsewhere, tmp_path / "other-out")[0].read_bytes()
    before = snapshot(province)
    outcomes = {
        "flipped": import_bytes(province, bytes(flipped)),
        "foreign": import_bytes(province, foreign),
        "signature": import_bytes(province, wrong_signature),
        "misaddressed": import_bytes(province, misaddressed),
        "not kopdes": import_bytes(province, b"PK\x03\x04 not a sync file"),
    }
    assert {k: o.status for k, o in outcomes.items()} == dict.fromkeys(outcomes, "rejected")
    assert "rusak" in outcomes["flipped"].reason
    assert "bukan milik perangkat" in outcomes["foreign"].reason
    assert "Tanda tangan" in outcomes["signature"].reason
    assert "provinsi lain" in outcomes["misaddressed"].reason
    assert "Bukan berkas sinkron" in outcomes["not kopdes"].reason
    assert snapshot(province) == before
    assert import_file(province, batch).status == "applied"


def test_p4_unknown_device_is_quarantined_then_applied_on_approval(tmp_path, province, laptops):
    laptop = laptops("a")
    coop = add_cooperative(laptop)
    files = export_files(laptop, tmp_path / "out")
    outcome = import_file(province, files[0])
    assert outcome.status == "quarantined"
    with province.session() as session:
        assert not session.scalars(select(ProvVersion).where(ProvVersion.record_id == coop)).all()
    [status] = device_statuses(province)
    assert (status.device_id, status.status, status.quarantined_batches) == (
        laptop.device_id,
        "unknown",
        1,
    )
    assert import_file(province, files[0]).status == "duplicate"
    applied = approve(province, laptop.device_id)
    assert [o.status for o in applied] == ["applied"]
    with province.session() as session:
        assert session.scalars(
            select(ProvVersion.is_current).where(
                ProvVersion.table_name == "cooperative", ProvVersion.record_id == coop
            )
        ).all() == [True]
    assert device_statuses(province)[0].quarantined_batches == 0


def test_p6_out_of_order_batches_converge_and_gaps_are_reported(
    tmp_path, province, twin_province, laptops
):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    visits = add_visits(laptop, coop, 40)
    edit(laptop, Cooperative, coop, name="KDMP Nama Baru")
    edit(laptop, Visit, visits[0], purpose="Diperbaiki")
    files = export_files(laptop, tmp_path / "out", max_bytes=4_000)
    assert len(files) >= 3
    import_all(province, files)
    other = twin_province("twin")
    enroll_laptop(other, laptop, tmp_path)
    reordered = files[2:][::-1] + [files[0]]
    # Each device's batches are applied in the order it made them: those after the gap wait.
    outcomes = import_all(other, reordered)
    assert [o.status for o in outcomes] == ["waiting"] * (len(files) - 2) + ["applied"]
    [status] = device_statuses(other)
    assert status.gaps and status.contiguous_counter < files_range_end(laptop)
    assert status.waiting_batches == len(files) - 2
    assert import_file(other, files[2]).status == "duplicate"
    assert import_file(other, files[1]).status == "applied"
    assert snapshot(other) == snapshot(province)
    [status] = device_statuses(other)
    assert status.gaps == [] and status.contiguous_counter == files_range_end(laptop)
    assert status.waiting_batches == 0


def files_range_end(laptop: Store) -> int:
    """The last counter the laptop's exported batches carry (names no longer say it)."""
    with laptop.read() as session:
        return session.scalar(select(func.max(SyncBatch.counter_to)))


def test_p8_nothing_is_done_until_a_receipt_and_reference_keeps_pending_changes(
    tmp_path, province, laptops
):
    laptop, coop, batch = _one_batch(tmp_path, province, laptops)
    service = SyncService(laptop)
    pending = service.pending_total()
    assert pending == 7
    assert [b.label for b in service.batches()] == ["Sudah diekspor"]
    import_file(province, batch)
    forged = tmp_path / "forged.kopdes-receipt"
    forged.write_bytes(
        sign_document(
            KIND_RECEIPT,
            {
                "kind": "receipt",
                "province_key_id": province.key_id,
                "device_id": laptop.device_id,
                "contiguous_counter": 10**6,
                "rejected": [],
                "conflicts": [],
            },
            Ed25519PrivateKey.generate(),
        )
    )
    [refused] = service.import_files([forged])
    assert refused.status == "rejected" and service.pending_total() == pending
    edit(laptop, Cooperative, coop, notes="perubahan setelah ekspor")
    [receipt] = write_receipts(province, tmp_path / "receipts")
    [done] = service.import_files([receipt])
    assert done.status == "applied"
    assert service.pending_summary() == {"cooperative": 1}
    assert [b.label for b in service.batches()] == ["Belum dikirim", "Diterima provinsi"]
    write_reference(province, tmp_path / "ref.kopdes-ref")
    [ref] = service.import_files([tmp_path / "ref.kopdes-ref"])
    assert ref.status == "applied"
    with laptop.read() as session:
        assert session.get(Cooperative, coop).notes == "perubahan setelah ekspor"
    assert service.pending_summary() == {"cooperative": 1}


def test_p9_a_repeat_sync_with_nothing_new_moves_no_records(tmp_path, province, laptops):
    laptop, _, batch = _one_batch(tmp_path, province, laptops)
    first = batch.read_bytes()
    again = export_files(laptop, tmp_path / "out2")
    assert [f.name for f in again] == [batch.name] and again[0].read_bytes() == first
    import_file(province, batch)
    before = snapshot(province)
    assert import_file(province, again[0]).status == "duplicate"
    assert snapshot(province) == before
    [receipt] = write_receipts(province, tmp_path / "receipts")
    service = SyncService(laptop)
    assert service.import_files([receipt])[0].status == "applied"
    assert service.import_files([receipt])[0].status == "unchanged"
    assert export_files(laptop, tmp_path / "out3") == []
    assert service.pending_total() == 0


def test_p11_personal_data_is_sealed_and_province_documents_cannot_be_forged(
    tmp_path, province, laptops
):
    laptop = laptops("a")
    coop = add_cooperative(laptop)
    add_person(laptop, coop, "Siti Rahmawati", "081234567890", "6501014107850001")
    [batch] = export_files(laptop, tmp_path / "out")
    data = batch.read_bytes()
    for secret in ("Siti Rahmawati", "081234567890", "6501014107850001", "Sungai Kayan"):
        assert secret.encode() not in data
        assert secret.encode() not in _inflate_anywhere(data)
    with province_store(tmp_path / "other") as other:
        outcome = import_bytes(other, data)
        assert outcome.status == "rejected" and "provinsi lain" in outcome.reason
    fake_ref = tmp_path / "fake.kopdes-ref"
    fake_ref.write_bytes(sign_document(b"P", {"kind": "reference"}, Ed25519PrivateKey.generate()))
    [result] = SyncService(laptop).import_files([fake_ref])
    assert result.status == "rejected" and "Tanda tangan provinsi tidak sah" in result.message


def _inflate_anywhere(data: bytes) -> bytes:
    """Whatever zlib can inflate from any offset (a sealed file must yield nothing readable)."""
    found = b""
    for offset in range(0, len(data) - 2):
        try:
            found += zlib.decompressobj().decompress(data[offset:], 10_000)
        except zlib.error:
            continue
    return found


def test_keys_are_private_to_their_owner(tmp_path, province, laptops):
    laptop = laptops("a")
    laptop_key(laptop)
    for path in [*laptop.paths.keys.iterdir(), *(province.root / "keys").iterdir()]:
        assert path.stat().st_mode & 0o777 == 0o600


def test_changes_settled_before_the_first_batch_are_not_reported_as_a_gap(
    tmp_path, province, laptops
):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    add_visits(laptop, coop, 5)
    with laptop.session() as session:
        device = self_device(session)
        device.acked_counter = device.counter
        settled = device.counter
    edit(laptop, Cooperative, coop, notes="perubahan baru")
    [batch] = export_files(laptop, tmp_path / "out")
    assert import_file(province, batch).status == "applied"
    [status] = device_statuses(province)
    assert (status.contiguous_counter, status.gaps) == (settled + 1, [])
    [receipt] = write_receipts(province, tmp_path / "receipts")
    SyncService(laptop).import_files([receipt])
    assert SyncService(laptop).pending_total() == 0
