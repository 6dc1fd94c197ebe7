"""Enrol, upload, receipt, reference: the one-click sync against a real server."""

from __future__ import annotations

import pytest

from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.settings import Settings
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.tracking import pending_counts
from kopdes_desktop.sync import reference
from kopdes_desktop.sync.export import SyncCancelled, export
from kopdes_desktop.sync.http_client import sync_now
from kopdes_desktop.sync.online_errors import NotEnrolled

from .calls import send, signed
from .support import FAST, add_work, batch_counts


def pending(laptop: Store) -> dict[str, int]:
    with laptop.read() as session:
        return pending_counts(session)


def test_full_round_trip(province, service, laptops, enrolled):
    laptop = laptops("laptop")
    add_work(laptop, visits=4)
    fingerprint = enrolled(laptop)
    assert fingerprint == province.public.fingerprint
    assert Settings(laptop.paths.settings_file).get("sync_server") == service.url
    steps = []

    report = sync_now(laptop, laptop.paths, progress=lambda d, t, m: steps.append(m), policy=FAST)

    assert report.applied == 1 and report.rejected == [] and report.bytes_sent > 0
    assert report.receipt["batches_acknowledged"] == 1
    assert pending(laptop) == {}
    assert batch_counts(province) == {"applied": 1, "records": 5}
    assert int(laptop.get_meta(reference.VERSION_KEY)) >= 1
    assert "Mengirim paket 1 dari 1" in steps

    again = sync_now(laptop, laptop.paths, policy=FAST)

    assert (again.uploaded, again.applied, again.reference) == (0, 0, None)
    assert batch_counts(province) == {"applied": 1, "records": 5}


def test_batch_sent_by_usb_then_online_is_one_copy(province, service, laptops, enrolled, tmp_path):
    laptop = laptops("laptop")
    add_work(laptop)
    enrolled(laptop)
    files = [b.file for b in export(laptop, tmp_path / "usb").batches]
    assert [import_file(province, f).status for f in files] == ["applied"]
    path = f"/v1/batches/{export(laptop, tmp_path / 'usb').batches[0].batch_id}"
    data = files[0].read_bytes()
    resent = send(service.url, "PUT", path, data, signed(laptop, "PUT", path, data))
    assert (resent.status_code, resent.json()["status"]) == (200, "duplicate")
    add_work(laptop, "KDMP Tanjung Palas", visits=1)

    report = sync_now(laptop, laptop.paths, policy=FAST)

    assert (report.uploaded, report.applied) == (1, 1)
    assert batch_counts(province)["applied"] == 2
    assert pending(laptop) == {}


def test_unenrolled_laptop_is_quarantined_not_lost(province, service, laptops, enrolled):
    laptop = laptops("laptop")
    add_work(laptop)
    Settings(laptop.paths.settings_file).set("sync_server", service.url)

    with pytest.raises(NotEnrolled) as caught:
        sync_now(laptop, laptop.paths, policy=FAST)

    assert caught.value.report.quarantined == 1
    assert "belum terdaftar" in caught.value.message
    assert batch_counts(province) == {"quarantined": 1, "records": 0}
    assert pending(laptop) != {}

    enrolled(laptop)
    assert batch_counts(province) == {"applied": 1, "records": 4}
    report = sync_now(laptop, laptop.paths, policy=FAST)
    assert (report.uploaded, report.receipt["batches_acknowledged"]) == (0, 1)
    assert pending(laptop) == {}


def test_cancel_during_the_upload_step_leaves_everything_pending(
    province, service, laptops, enrolled
):
    laptop = laptops("laptop")
    add_work(laptop)
    enrolled(laptop)
    asked = []

    def progress(_done, _total, message):
        asked.append(message)

    with pytest.raises(SyncCancelled):
        sync_now(
            laptop,
            laptop.paths,
            progress=progress,
            cancelled=lambda: any(m.startswith("Mengirim") for m in asked),
            policy=FAST,
        )

    assert batch_counts(province) == {"records": 0}
    assert pending(laptop) != {}
    assert sync_now(laptop, laptop.paths, policy=FAST).applied == 1
