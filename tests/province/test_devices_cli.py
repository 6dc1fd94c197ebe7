"""``kopdes-province enroll | devices | revoke | device | divergences`` with ``--json``: a
laptop is enrolled from its file, its key revoked, and its next batch file refused and listed,
each action in the audit log."""

from __future__ import annotations

import json

from sync.support import add_cooperative, export_files, make_laptop, trust_of

from kopdes_desktop.province import officers, revocation
from kopdes_desktop.province.cli import main as province
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.service import SyncService


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def test_enrol_revoke_and_the_refused_batch(tmp_path, province_dir, db_url, capsys, monkeypatch):
    with ProvinceStore.init(province_dir, db_url):
        pass
    monkeypatch.setenv("KOPDES_PROVINCE_DIR", str(province_dir))
    with ProvinceStore.open(province_dir) as store:
        laptop = make_laptop(tmp_path / "laptop", trust_of(store, tmp_path))
    try:
        SyncService(laptop).write_device_file(tmp_path / "device.json")
        add_cooperative(laptop, "KDMP Sebelum")
        before = export_files(laptop, tmp_path / "usb0")
        assert province(["enroll", str(tmp_path / "device.json"), "--json"]) == 0
        enrolled = _json(capsys)
        assert enrolled["device_id"] == laptop.device_id and enrolled["batches"] == []
        assert province(["import", *map(str, before), "--json"]) == 0
        capsys.readouterr()

        assert province(["revoke", laptop.device_id, "--reason", "laptop hilang", "--json"]) == 0
        done = _json(capsys)
        assert (done["reason"], done["fingerprint"]) == ("laptop hilang", enrolled["fingerprint"])
        assert province(["devices", "--json"]) == 0
        [device] = _json(capsys)
        assert (device["status"], device["applied_batches"]) == ("revoked", 1)
        assert device["revocation"]["revoked_by"].startswith("cli")
        add_cooperative(laptop, "KDMP Sesudah")
        after = export_files(laptop, tmp_path / "usb1")
        assert province(["import", *map(str, after), "--json"]) == 1
        *earlier, refused = _json(capsys)
        assert [o["status"] for o in earlier] == ["duplicate"] * len(earlier)
        assert (refused["status"], refused["reason"]) == ("rejected", revocation.REVOKED[0])
        assert province(["device", laptop.device_id, "--json"]) == 0
        shown = _json(capsys)
        assert [r["batch_id"] for r in shown["refusals"]] == [refused["batch_id"]]
        assert shown["refused_batches"] == 1
        assert province(["device", laptop.device_id]) == 0
        assert "sudah dicabut" in capsys.readouterr().out
        assert province(["revoke", laptop.device_id]) == 1
        assert "sudah dicabut" in capsys.readouterr().err
        assert province(["enroll", str(tmp_path / "device.json")]) == 1
        assert "sudah dicabut" in capsys.readouterr().err
        assert province(["divergences", "--json"]) == 0
        assert _json(capsys) == []
    finally:
        laptop.close()
    with ProvinceStore.open(province_dir) as store:
        entries, _ = officers.read_audit(store)
    assert [e.action for e in entries][:2] == ["device.revoke", "device.enroll"]
