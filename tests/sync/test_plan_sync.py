"""A planned visit, a signed report's page and the readable file names on the way to the
province and back."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from kopdes_desktop.core.services import visits
from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.province.outputs import write_receipts
from kopdes_desktop.province.spreadsheet import table_rows
from kopdes_desktop.store.models import Attachment, Mentor
from kopdes_desktop.sync.export import export
from kopdes_desktop.sync.service import SyncService

from .support import add_cooperative, current_data, enroll_laptop

TODAY = date(2026, 12, 1)


def test_a_planned_visit_travels_is_accepted_and_started_later(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop, "KDMP Long Beluah")
    with laptop.session() as session:
        session.add(Mentor(name="Rina Wulandari", is_self=True))
        planned = visits.plan(
            session,
            coop,
            today=TODAY,
            visit_date=TODAY + timedelta(days=40),
            purpose="Rapat pengurus",
        ).id
    files = [b.file for b in export(laptop, tmp_path / "usb", today=TODAY).batches]
    assert [f.name for f in files] == ["Sinkron - Rina Wulandari - 2026-12-01 - 1 dari 1.kopdes"]
    assert [import_file(province, f).status for f in files] == ["applied"]
    sent = current_data(province, "visit", planned)
    assert (sent["status"], sent["visit_date"]) == ("PLANNED", "2027-01-10")
    header, rows = table_rows(province, "visit")
    assert rows[0][header.index("status")] == "PLANNED"
    [receipt] = write_receipts(province, tmp_path / "receipts")
    SyncService(laptop).import_files([receipt])
    with laptop.session() as session:
        visits.start_planned(session, planned, today=TODAY + timedelta(days=38))
    later = [b.file for b in export(laptop, tmp_path / "usb2", today=TODAY).batches]
    assert [import_file(province, f).status for f in later] == ["applied"]
    started = current_data(province, "visit", planned)
    assert (started["status"], started["visit_date"]) == ("DRAFT", "2027-01-08")


def test_files_named_the_older_way_still_import(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    add_cooperative(laptop)
    [batch] = export(laptop, tmp_path / "usb", today=TODAY).batches
    assert (
        batch.file.name == f"Sinkron - Perangkat {laptop.device_id[:8]} - 2026-12-01 - "
        "1 dari 1.kopdes"
    )
    old_name = batch.file.with_name(
        f"kopdes-{laptop.device_id[:8]}-0000001-0000001-20261201.kopdes"
    )
    batch.file.rename(old_name)
    assert import_file(province, old_name).status == "applied"
    [row] = SyncService(laptop).batches()
    assert row.file_name == batch.file.name


def test_a_signed_page_keeps_its_kind_at_the_province(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    with laptop.session() as session:
        visit = visits.create(session, coop, today=TODAY, visit_date=TODAY, purpose="Rapat").id
    page = b"%PDF-1.4 halaman bertanda tangan"
    sha = hashlib.sha256(page).hexdigest()
    (laptop.paths.attachments / sha[:2]).mkdir(parents=True)
    (laptop.paths.attachments / sha[:2] / sha).write_bytes(page)
    with laptop.session() as session:
        row = Attachment(
            sha256=sha,
            mime="application/pdf",
            size=len(page),
            filename="Halaman bertanda tangan.pdf",
            owner_type="visit",
            owner_id=visit,
            kind="SIGNED_REPORT",
        )
        session.add(row)
        session.flush()
        attachment_id = row.id
    files = [b.file for b in export(laptop, tmp_path / "usb", today=TODAY).batches]
    assert all(import_file(province, f).status == "applied" for f in files)
    assert current_data(province, "attachment", attachment_id)["kind"] == "SIGNED_REPORT"
