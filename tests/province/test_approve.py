"""Enrolment and approval from the command line: device files with hostile claims are refused,
and a device id claimed by two keys is never given to the first claimer: the officer sees the
fingerprints and mentors and chooses; an enrolled device is never re-keyed."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sync.online.forge import device_document, sealed
from sync.support import add_cooperative, add_visits, export_files, make_laptop, trust_of

from kopdes_desktop.province.cli import main as province
from kopdes_desktop.province.enrolment import EnrolmentRefused, check_claim
from kopdes_desktop.province.models import ProvBatch, ProvDevice
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Mentor
from kopdes_desktop.sync.keys import ed25519_public, fingerprint
from kopdes_desktop.sync.trust import device_signing_key


@pytest.fixture
def store(tmp_path, db_url):
    with ProvinceStore.init(tmp_path / "province", db_url) as opened:
        yield opened


def _statuses(store, device_id):
    with store.session() as session:
        return sorted(
            (row.public_key, row.status)
            for row in session.execute(
                select(ProvBatch.public_key, ProvBatch.status).where(
                    ProvBatch.device_id == device_id
                )
            )
        )


def test_device_id_squatting_is_refused(tmp_path, store, capsys):
    laptop = make_laptop(tmp_path / "laptop", trust_of(store, tmp_path))
    add_visits(laptop, add_cooperative(laptop), 2)
    real_key = device_signing_key(laptop)
    real = fingerprint(real_key.public_key())
    files = export_files(laptop, tmp_path / "usb")
    device_id = laptop.device_id
    laptop.close()
    squatter = Ed25519PrivateKey.generate()
    _id, forged = sealed(store.public, squatter, device_id)
    (tmp_path / "squat.kopdes").write_bytes(forged)
    base = ["--dir", str(store.root)]

    assert province(["import", *base, str(tmp_path / "squat.kopdes"), "--json"]) == 0
    assert [o["status"] for o in json.loads(capsys.readouterr().out)] == ["quarantined"]
    assert province(["import", *base, *map(str, files), "--json"]) == 0
    assert [o["status"] for o in json.loads(capsys.readouterr().out)] == ["quarantined"]
    assert province(["approve", *base, device_id]) == 1
    shown = capsys.readouterr()
    assert real in shown.out and fingerprint(squatter.public_key()) in shown.out
    assert "--key" in shown.err
    with store.session() as session:
        assert session.get(ProvDevice, device_id).status == "unknown"

    assert province(["approve", *base, device_id, "--key", real.lower()]) == 0
    assert "diterapkan" in capsys.readouterr().out
    with store.session() as session:
        device = session.get(ProvDevice, device_id)
    assert (device.status, fingerprint(ed25519_public(device.public_key))) == ("enrolled", real)
    assert {status for _key, status in _statuses(store, device_id)} == {"applied", "rejected"}

    assert province(["approve", *base, device_id, "--key", fingerprint(squatter.public_key())]) == 1
    assert "kunci lain" in capsys.readouterr().err
    _id, again = sealed(store.public, squatter, device_id, low=5)
    (tmp_path / "again.kopdes").write_bytes(again)
    assert province(["import", *base, str(tmp_path / "again.kopdes"), "--json"]) == 1
    assert "bukan milik perangkat" in json.loads(capsys.readouterr().out)[0]["reason"]


def test_approve_shows_the_key_and_mentor(tmp_path, store, capsys):
    laptop = make_laptop(tmp_path / "laptop", trust_of(store, tmp_path))
    add_cooperative(laptop)
    with laptop.session() as session:
        session.add(Mentor(name="Budi Santoso", is_self=True))
    files = export_files(laptop, tmp_path / "usb")
    real = fingerprint(device_signing_key(laptop).public_key())
    device_id = laptop.device_id
    laptop.close()
    base = ["--dir", str(store.root)]
    assert province(["import", *base, *map(str, files)]) == 0
    capsys.readouterr()

    assert province(["approve", *base, device_id]) == 0
    out = capsys.readouterr().out
    assert f"kunci {real}: 1 paket dalam karantina; pendamping: Budi Santoso" in out


@pytest.mark.parametrize(
    ("device_id", "mentor", "reason"),
    [
        ("../../" + "a" * 5000, None, "tidak sah"),
        ("province", None, "dicadangkan"),
        ("laptop-1\n", None, "tidak sah"),
        ("con", None, "dicadangkan"),
        ("laptop-1", ["Budi"], "pendamping"),
        ("laptop-1", {"id": {"x": 1}, "name": "Budi"}, "pendamping"),
    ],
)
def test_hostile_device_files_are_refused(tmp_path, store, capsys, device_id, mentor, reason):
    path = tmp_path / "device.json"
    path.write_text(
        json.dumps(device_document(Ed25519PrivateKey.generate(), device_id, mentor)),
        encoding="utf-8",
    )

    assert province(["enroll", "--dir", str(store.root), str(path)]) == 1

    assert reason in capsys.readouterr().err
    with store.session() as session:
        assert session.scalars(select(ProvDevice)).all() == []


def test_claims_are_checked_field_by_field():
    key = Ed25519PrivateKey.generate()
    good = device_document(key, "3f2c-laptop", {"id": "m-1", "name": " Budi Santoso "})
    claim = check_claim(good)
    assert (claim.device_id, claim.mentor_id, claim.mentor_name) == (
        "3f2c-laptop",
        "m-1",
        "Budi Santoso",
    )
    assert check_claim(device_document(key, "x", None)).mentor_name == ""
    for device_id in ("", "a" * 37, "a/b", "a.b", "LPT1", "Province", "a\u0660"):
        with pytest.raises(EnrolmentRefused):
            check_claim(device_document(key, device_id, None))
    for mentor in ({"id": "m", "name": "Budi\u202e"}, {"id": "m", "extra": 1}, {"id": ""}):
        with pytest.raises(EnrolmentRefused):
            check_claim(device_document(key, "x", mentor))
