"""A lost laptop's key is revoked: its later batches, uploaded or imported from a file, are
refused with the reason and listed on its device page; its receipt and reference package are
refused; it cannot enrol again; what it sent before stays."""

from __future__ import annotations

import pytest

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import revocation, service_auth
from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.device_views import device_detail, list_devices
from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.sync.export import export
from kopdes_desktop.sync.http_auth import HEADER_SIGNATURE
from kopdes_desktop.sync.http_client import enroll, sync_now
from kopdes_desktop.sync.online_errors import OnlineSyncError

from .calls import sealed_batches, send, signed
from .support import FAST, add_work, batch_counts


@pytest.mark.parametrize("reload", ["cached", "reloaded"])
def test_a_revoked_laptop_is_refused_and_listed(
    province, service, laptops, enrolled, tmp_path, monkeypatch, reload
):
    """``cached``: the service still holds the key in memory (the database checks refuse);
    ``reloaded``: it has read the revocations again and treats the device as a stranger."""
    monkeypatch.setattr(service_auth, "RELOAD_SECONDS", 0.0 if reload == "reloaded" else 1e9)
    laptop = laptops("laptop")
    add_work(laptop, visits=2)
    enrolled(laptop)
    sync_now(laptop, laptop.paths, policy=FAST)
    before = batch_counts(province)

    done = revocation.revoke(province, laptop.device_id, "laptop hilang", actor="admin")

    assert (done.reason, done.revoked_by) == ("laptop hilang", "admin")
    add_work(laptop, "KDMP Dicuri", visits=1)
    [(batch_id, data)] = sealed_batches(laptop)
    path = f"/v1/batches/{batch_id}"
    answer = send(service.url, "PUT", path, data, signed(laptop, "PUT", path, data))
    assert answer.status_code == 403
    assert answer.json()["error"] == "device_revoked"
    assert "sudah dicabut" in answer.json()["message"]
    for path in (f"/v1/devices/{laptop.device_id}/receipt", "/v1/reference"):
        refused = send(service.url, "GET", path, b"", signed(laptop, "GET", path))
        assert (refused.status_code, refused.json()["error"]) == (403, "device_revoked")
    path = f"/v1/devices/{laptop.device_id}/receipt"
    forged = {**signed(laptop, "GET", path), HEADER_SIGNATURE: "A" * 86 + "=="}
    # Once the service has dropped the key, the device is told before any signature check.
    expected = (403, "device_revoked") if reload == "reloaded" else (401, "bad_signature")
    answer = send(service.url, "GET", path, b"", forged)
    assert (answer.status_code, answer.json()["error"]) == expected
    add_work(laptop, "KDMP Lewat USB", visits=1)
    [by_file] = [b.file for b in export(laptop, tmp_path / "usb").batches][-1:]
    outcome = import_file(province, by_file)
    assert (outcome.status, outcome.reason) == ("rejected", revocation.REVOKED[0])
    assert import_file(province, by_file).status == "rejected"  # once listed, not twice
    with pytest.raises(OnlineSyncError) as caught:
        sync_now(laptop, laptop.paths, policy=FAST)
    assert "sudah dicabut" in caught.value.message

    assert batch_counts(province) == before
    detail = device_detail(province, laptop.device_id)
    assert detail.row.status.status == "revoked" and detail.row.word == "dicabut"
    assert {r["batch_id"] for r in detail.refusals} == {batch_id, outcome.batch_id}
    assert {r["reason"] for r in detail.refusals} == {revocation.REVOKED[0]}
    [row] = list_devices(province)
    assert row.as_dict()["revocation"]["reason"] == "laptop hilang"
    with pytest.raises(OnlineSyncError):
        enroll(laptop, laptop.paths, service.url, new_enroll_code(province)[0], policy=FAST)
    with pytest.raises(KopdesError, match="sudah dicabut"):
        revocation.revoke(province, laptop.device_id)
