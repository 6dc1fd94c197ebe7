"""The service API the Sinkronisasi page calls: progress, cancel, states, attachments,
instruments from reference packages."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest
from sqlalchemy import select

from kopdes_desktop import resources
from kopdes_desktop.core.instruments.registry import registry
from kopdes_desktop.province.ingest import import_bytes, import_file
from kopdes_desktop.province.outputs import write_receipts, write_reference
from kopdes_desktop.store.models import Assignment, Attachment, Mentor
from kopdes_desktop.store.sync_models import SyncAttachment, SyncBatch
from kopdes_desktop.sync.export import SyncCancelled
from kopdes_desktop.sync.service import SyncService

from .craft import opened_records, payload_of, reseal
from .support import add_cooperative, add_visits, edit, enroll_laptop, export_files


def test_export_reports_progress_and_a_cancel_leaves_nothing(tmp_path, province, laptops):
    laptop = laptops("a")
    add_visits(laptop, add_cooperative(laptop), 300)
    service = SyncService(laptop)
    with pytest.raises(SyncCancelled):
        service.export(tmp_path / "usb", cancelled=lambda: True)
    with laptop.read() as session:
        assert session.query(SyncBatch).count() == 0
    assert not list((tmp_path / "usb").glob("*.kopdes"))
    seen: list[tuple[int, int]] = []
    result = service.export(
        tmp_path / "usb", max_bytes=50_000, progress=lambda done, total: seen.append((done, total))
    )
    assert result.new_batches == len(result.batches) > 1
    assert seen[-1] == (len(result.batches), len(result.batches))
    assert all(0 < done <= total for done, total in seen)
    assert service.pending_total() == 601
    labels = {row.label for row in service.batches()}
    assert labels == {"Sudah diekspor"}


def test_a_batch_refused_by_the_province_shows_why_and_is_sent_again(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    add_cooperative(laptop)
    [batch] = export_files(laptop, tmp_path / "out")
    _, records = opened_records(province, batch.read_bytes())
    records[0]["v"]["name"] = "diubah di jalan"
    tampered = reseal(
        province, laptop, batch.read_bytes(), payload_of({"records": records, "attachments": []})
    )
    assert import_bytes(province, tampered).status == "rejected"
    [receipt] = write_receipts(province, tmp_path / "receipts")
    service = SyncService(laptop)
    service.import_files([receipt])
    [row] = service.batches()
    assert row.label.startswith("Ditolak: Berkas rusak")
    assert service.pending_total() == 1
    [again] = export_files(laptop, tmp_path / "out2")
    assert again.read_bytes() == batch.read_bytes()
    assert import_file(province, again).status == "applied"


def test_attachments_travel_once_and_are_acknowledged(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    [visit] = add_visits(laptop, coop, 1)
    photo = b"\xff\xd8\xff\xe0 foto kunjungan " * 100
    sha = hashlib.sha256(photo).hexdigest()
    (laptop.paths.attachments / sha[:2]).mkdir(parents=True)
    (laptop.paths.attachments / sha[:2] / sha).write_bytes(photo)
    with laptop.session() as session:
        row = Attachment(
            sha256=sha,
            mime="image/jpeg",
            size=len(photo),
            filename="../../foto.jpg",
            owner_type="visit",
            owner_id=visit,
        )
        session.add(row)
        session.flush()
        attachment_id = row.id
    first = SyncService(laptop).export(tmp_path / "o1").batches
    assert sum(b.attachments for b in first) == 1
    assert all(import_file(province, b.file).status == "applied" for b in first)
    assert (province.attachments / sha[:2] / sha).read_bytes() == photo
    [receipt] = write_receipts(province, tmp_path / "r")
    SyncService(laptop).import_files([receipt])
    with laptop.read() as session:
        assert session.get(SyncAttachment, sha).state == "acked"
    edit(laptop, Attachment, attachment_id, caption="Gerai sembako")
    [second] = SyncService(laptop).export(tmp_path / "o2").batches
    assert (second.records, second.attachments) == (1, 0)


def test_reference_package_brings_instruments_and_regions(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    add_cooperative(laptop)
    import_file(province, export_files(laptop, tmp_path / "o")[0])
    shipped = json.loads(
        resources.path("instruments", "kesiapan-kdkmp", "1.0.json").read_text(encoding="utf-8")
    )
    shipped["version"] = "1.1"
    (province.instruments / "kesiapan-kdkmp-1.1.json").write_text(
        json.dumps(shipped), encoding="utf-8"
    )
    write_reference(province, tmp_path / "ref.kopdes-ref")
    [outcome] = SyncService(laptop).import_files([tmp_path / "ref.kopdes-ref"])
    assert outcome.status == "applied", outcome.details
    assert outcome.details["instruments"] == 1 and outcome.details["problems"] == []
    assert registry(laptop.paths).get("kesiapan-kdkmp", "1.1").version == "1.1"
    assert outcome.details["regions"] >= 2
    [again] = SyncService(laptop).import_files([tmp_path / "ref.kopdes-ref"])
    assert again.status == "unchanged"


def test_reference_package_brings_mentor_assignments_to_another_laptop(tmp_path, province, laptops):
    a, b = laptops("a"), laptops("b")
    enroll_laptop(province, a, tmp_path)
    coop = add_cooperative(a)
    with a.session() as session:
        mentor = Mentor(name="Rina Pendamping", is_self=True, kabupaten_code="65.01")
        session.add(mentor)
        session.flush()
        session.add(Assignment(mentor_id=mentor.id, cooperative_id=coop, start=date(2025, 1, 6)))
        mentor_id = mentor.id
    import_file(province, export_files(a, tmp_path / "o")[0])
    write_reference(province, tmp_path / "ref.kopdes-ref")
    [outcome] = SyncService(b).import_files([tmp_path / "ref.kopdes-ref"])
    assert outcome.details["updated"] == 3 and outcome.details["problems"] == []
    with b.read() as session:
        mentor = session.get(Mentor, mentor_id)
        assert (mentor.name, mentor.is_self) == ("Rina Pendamping", False)
        [assignment] = session.scalars(select(Assignment)).all()
        assert assignment.cooperative_id == coop
    assert SyncService(b).pending_total() == 0


def test_photo_of_a_refused_batch_is_sent_again_with_the_later_change(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    [visit] = add_visits(laptop, add_cooperative(laptop), 1)
    photo = b"\x89PNG foto gerai " * 64
    sha = hashlib.sha256(photo).hexdigest()
    (laptop.paths.attachments / sha[:2]).mkdir(parents=True)
    (laptop.paths.attachments / sha[:2] / sha).write_bytes(photo)
    with laptop.session() as session:
        row = Attachment(
            sha256=sha,
            mime="image/png",
            size=len(photo),
            filename="gerai.png",
            owner_type="visit",
            owner_id=visit,
        )
        session.add(row)
        session.flush()
        attachment_id = row.id
    [batch] = export_files(laptop, tmp_path / "o1")
    header, records = opened_records(province, batch.read_bytes())
    tampered = reseal(
        province,
        laptop,
        batch.read_bytes(),
        payload_of({"records": records[:1], "attachments": []}),
    )
    assert import_bytes(province, tampered).status == "rejected"
    [receipt] = write_receipts(province, tmp_path / "r")
    SyncService(laptop).import_files([receipt])
    edit(laptop, Attachment, attachment_id, caption="Gerai sembako")
    again = SyncService(laptop).export(tmp_path / "o2").batches
    assert header["batch_id"] not in {b.batch_id for b in again}
    assert sum(b.attachments for b in again) == 1
    assert {import_file(province, b.file).status for b in again} == {"applied"}
    assert (province.attachments / sha[:2] / sha).read_bytes() == photo
