"""The service API the Sinkronisasi page calls: progress, cancel, states, attachments,
instruments from reference packages."""

from __future__ import annotations

import hashlib
import json

import pytest

from kopdes_desktop import resources
from kopdes_desktop.core.instruments.registry import registry
from kopdes_desktop.province.ingest import import_bytes, import_file
from kopdes_desktop.province.outputs import write_receipts, write_reference
from kopdes_desktop.store.models import Attachment
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
    result = service.export(tmp_path / "usb", max_bytes=50_000,
                            progress=lambda done, total: seen.append((done, total)))
    assert result.new_batches == len(result.batches) > 1
    assert seen[-1] == (len(result.batches), len(result.batches))
    assert all(0 < done <= total for done, total in seen)
    assert service.pending_total() == 601
    labels = {row.label for row in service.batches()}
    assert labels == {"Sudah diekspor"}


def test_a_batch_refused_by_the_province_shows_why_and_is_sent_again(
        tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    add_cooperative(laptop)
    [batch] = export_files(laptop, tmp_path / "out")
    _, records = opened_records(province, batch.read_bytes())
    records[0]["v"]["name"] = "diubah di jalan"
    tampered = reseal(province, laptop, batch.read_bytes(),
                      payload_of({"records": records, "attachments": []}))
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
        row = Attachment(sha256=sha, mime="image/jpeg", size=len(photo),
                         filename="../../foto.jpg", owner_type="visit", owner_id=visit)
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
    shipped = json.loads(resources.path("instruments", "kesiapan-kdkmp", "1.0.json")
                         .read_text(encoding="utf-8"))
    shipped["version"] = "1.1"
    (province.instruments / "kesiapan-kdkmp-1.1.json").write_text(
        json.dumps(shipped), encoding="utf-8")
    write_reference(province, tmp_path / "ref.kopdes-ref")
    [outcome] = SyncService(laptop).import_files([tmp_path / "ref.kopdes-ref"])
    assert outcome.status == "applied", outcome.details
    assert outcome.details["instruments"] == 1 and outcome.details["problems"] == []
    assert registry(laptop.paths).get("kesiapan-kdkmp", "1.1").version == "1.1"
    assert outcome.details["regions"] >= 2
    [again] = SyncService(laptop).import_files([tmp_path / "ref.kopdes-ref"])
    assert again.status == "unchanged"
