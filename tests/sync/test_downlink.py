"""SYNC.md property 17 over files: receipts and reference packages are sealed to their device,
signed by the province, and carry personal data only for the device's mentor's cooperatives.
Real laptop stores, real province stores (SQLite, and PostgreSQL when configured), real HPKE."""

from __future__ import annotations

import zlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import inspect, select

from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.province.outputs import write_receipts, write_references
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Assignment, Cooperative, Mentor, Person
from kopdes_desktop.sync import errors
from kopdes_desktop.sync.fileformat import KIND_REFERENCE, MAGIC_DOC, open_document, sign_document
from kopdes_desktop.sync.keys import DEVICE_SEAL_KEY_FILE
from kopdes_desktop.sync.sealed import is_sealed, open_sealed, seal_document
from kopdes_desktop.sync.service import SyncService

from .downlink_support import MentorLaptop, mentor_laptop, old_device_file
from .support import BACKENDS, current_data, edit, enroll_laptop, export_files, import_all
from .support import province_store as make_province


@pytest.fixture(params=BACKENDS)
def province(request, tmp_path: Path):
    with make_province(tmp_path / "province", request.param) as store:
        yield store


def _two_mentors(tmp_path: Path, province) -> tuple[MentorLaptop, MentorLaptop]:
    """Mentors A and B, each laptop enrolled by device file and its work at the province."""
    pair = []
    for name in ("a", "b"):
        laptop = mentor_laptop(tmp_path, province, name)
        enroll_laptop(province, laptop.store, tmp_path)
        import_all(province, export_files(laptop.store, tmp_path / f"out-{name}"))
        pair.append(laptop)
    return pair[0], pair[1]


def _package_of(paths: list[Path], laptop: MentorLaptop) -> Path:
    [path] = [p for p in paths if laptop.store.device_id[:8] in p.name]
    return path


def _opened(path: Path, laptop: MentorLaptop, province) -> dict:
    inner = open_sealed(path.read_bytes(), KIND_REFERENCE, laptop.seal_key)
    return open_document(inner, KIND_REFERENCE, province.sign_key.public_key())


def _plaintext(path: Path, laptop: MentorLaptop) -> str:
    """Everything inside a package as text, the compressed body inflated."""
    inner = open_sealed(path.read_bytes(), KIND_REFERENCE, laptop.seal_key)
    head = len(MAGIC_DOC) + 2 + 4
    return zlib.decompress(inner[head:-64]).decode()


def test_each_laptop_receives_personal_data_of_its_own_cooperatives_only(tmp_path, province):
    a, b = _two_mentors(tmp_path, province)
    _summary, packages = write_references(province, tmp_path / "down")
    assert len(packages) == 2

    for mine, other in ((a, b), (b, a)):
        text = _plaintext(_package_of(packages, mine), mine)
        assert all(secret not in text for secret in other.secrets)
        assert all(
            secret in text for secret in (mine.phone, mine.email, mine.bank_account, mine.npwp)
        )
        body = _opened(_package_of(packages, mine), mine, province)
        assert body["device_id"] == mine.store.device_id
        records = {r["id"]: r for r in body["records"]}
        assert "bank_account" not in records[other.coop_id]["v"]
        assert "npwp" not in records[other.coop_id]["v"]
        assert records[other.coop_id]["v"]["name"].startswith("KDMP Desa")
        assert "phone" not in records[other.mentor_id]["v"]
        assert records[mine.coop_id]["v"]["bank_account"] == mine.bank_account
        assert records[mine.mentor_id]["v"]["email"] == mine.email
        assert not any(r["t"] == "person" for r in body["records"])

    outcome = SyncService(a.store).import_files([_package_of(packages, a)])[0]
    assert outcome.status == "applied", outcome.message
    with a.store.read() as session:
        theirs = session.get(Cooperative, b.coop_id)
        assert theirs.name == "KDMP Desa B" and theirs.bank_account is None
        assert session.get(Mentor, b.mentor_id).phone is None
        assert session.get(Cooperative, a.coop_id).bank_account == a.bank_account
        assert session.get(Mentor, a.mentor_id).phone == a.phone
        assert (
            session.scalars(select(Person).where(Person.cooperative_id == b.coop_id)).first()
            is None
        )


def test_packages_and_receipts_are_sealed_to_their_device(tmp_path, province):
    a, b = _two_mentors(tmp_path, province)
    _summary, packages = write_references(province, tmp_path / "down")
    receipts = write_receipts(province, tmp_path / "down")
    for path in [*packages, *receipts]:
        data = path.read_bytes()
        assert is_sealed(data)
        assert a.bank_account.encode() not in data and b.phone.encode() not in data

    for path in (_package_of(packages, a), _package_of(receipts, a)):
        with pytest.raises(errors.SyncRejected) as refused:
            open_sealed(path.read_bytes(), path.read_bytes()[12:13], b.seal_key)
        assert refused.value.code == "wrong_device"
        outcome = SyncService(b.store).import_files([path])[0]
        assert outcome.status == "rejected" and "perangkat lain" in outcome.message
    # A's own receipt opens and acknowledges A's batch.
    outcome = SyncService(a.store).import_files([_package_of(receipts, a)])[0]
    assert outcome.status == "applied" and SyncService(a.store).pending_total() == 0


def test_a_tampered_or_forged_package_is_refused(tmp_path, province):
    a, _b = _two_mentors(tmp_path, province)
    _summary, packages = write_references(province, tmp_path / "down")
    good = _package_of(packages, a).read_bytes()
    flipped = tmp_path / "flipped.kopdes-ref"
    flipped.write_bytes(good[:-40] + bytes([good[-40] ^ 1]) + good[-39:])
    body = _opened(_package_of(packages, a), a, province)
    body["records"][0]["v"]["name"] = "Dipalsukan"
    forged = tmp_path / "forged.kopdes-ref"
    forged.write_bytes(
        seal_document(
            sign_document(KIND_REFERENCE, body, Ed25519PrivateKey.generate()),
            KIND_REFERENCE,
            a.seal_key.public_key(),
        )
    )
    outcomes = SyncService(a.store).import_files([flipped, forged])
    assert [o.status for o in outcomes] == ["rejected", "rejected"]
    assert "rusak" in outcomes[0].message.lower() or "segel" in outcomes[0].message
    assert "Tanda tangan provinsi tidak sah" in outcomes[1].message
    with a.store.read() as session:
        assert (
            session.scalars(select(Cooperative).where(Cooperative.name == "Dipalsukan")).first()
            is None
        )


def test_a_field_left_out_is_kept_and_never_sent_back(tmp_path, province):
    a, b = _two_mentors(tmp_path, province)
    _summary, packages = write_references(province, tmp_path / "down1")
    assert SyncService(b.store).import_files([_package_of(packages, b)])[0].status == "applied"
    # B changes the public name of A's cooperative: only that field goes up.
    edit(b.store, Cooperative, a.coop_id, name="KDMP Desa A Baru")
    import_all(province, export_files(b.store, tmp_path / "b1"))
    held = current_data(province, "cooperative", a.coop_id)
    assert held["name"] == "KDMP Desa A Baru"
    assert (held["bank_account"], held["npwp"]) == (a.bank_account, a.npwp)

    # A's assignment ends: A's next package leaves the fields out, and A keeps its copy.
    with a.store.session() as session:
        assignment = session.scalars(select(Assignment)).one()
        assignment.end = date.today() - timedelta(days=1)
    import_all(province, export_files(a.store, tmp_path / "a1"))
    [receipt] = [
        r for r in write_receipts(province, tmp_path / "down2") if a.store.device_id[:8] in r.name
    ]
    _summary, packages = write_references(province, tmp_path / "down2")
    assert (
        "bank_account"
        not in {r["id"]: r for r in _opened(_package_of(packages, a), a, province)["records"]}[
            a.coop_id
        ]["v"]
    )
    outcomes = SyncService(a.store).import_files([receipt, _package_of(packages, a)])
    assert [o.status for o in outcomes] == ["applied", "applied"]
    with a.store.read() as session:
        coop = session.get(Cooperative, a.coop_id)
        assert (coop.name, coop.bank_account, coop.npwp) == (
            "KDMP Desa A Baru",
            a.bank_account,
            a.npwp,
        )
    assert SyncService(a.store).pending_total() == 0

    # B's mentor is assigned A's cooperative: B's next package fills in what it lacked.
    with b.store.session() as session:
        session.add(
            Assignment(mentor_id=b.mentor_id, cooperative_id=a.coop_id, start=date(2025, 6, 1))
        )
    import_all(province, export_files(b.store, tmp_path / "b2"))
    _summary, packages = write_references(province, tmp_path / "down3")
    pending = SyncService(b.store).pending_total()
    assert SyncService(b.store).import_files([_package_of(packages, b)])[0].status == "applied"
    with b.store.read() as session:
        assert session.get(Cooperative, a.coop_id).bank_account == a.bank_account
    assert SyncService(b.store).pending_total() <= pending  # received, not a change of B's


def test_a_laptop_without_an_x25519_key_gets_one_and_keeps_syncing(tmp_path, province):
    laptop = mentor_laptop(tmp_path, province, "a")
    # A laptop of the earlier release: a device file without the key, and no key file.
    path = old_device_file(laptop.store, tmp_path / "old-device.json")
    key_file = laptop.store.paths.keys / DEVICE_SEAL_KEY_FILE
    enroll(province, path)
    with province.session() as session:
        assert session.get(ProvDevice, laptop.store.device_id).seal_key is None

    # Until it tells its key, it gets what it got before: signed, not sealed, and accepts it.
    assert write_receipts(province, tmp_path / "r0") == []  # nothing received from it yet
    _summary, [package] = write_references(province, tmp_path / "r0")
    assert not is_sealed(package.read_bytes())
    assert SyncService(laptop.store).import_files([package])[0].status == "applied"

    # Its next batch (the key made silently on the way) tells the province its key.
    import_all(province, export_files(laptop.store, tmp_path / "out"))
    assert key_file.exists()
    with province.session() as session:
        assert session.get(ProvDevice, laptop.store.device_id).seal_key is not None
    [receipt] = write_receipts(province, tmp_path / "r1")
    _summary, [package] = write_references(province, tmp_path / "r1")
    assert is_sealed(receipt.read_bytes()) and is_sealed(package.read_bytes())
    outcomes = SyncService(laptop.store).import_files([receipt, package])
    assert [o.status for o in outcomes] == ["applied", "applied"]
    assert SyncService(laptop.store).pending_total() == 0


def test_a_province_store_from_before_device_keys_is_upgraded(tmp_path, province):
    laptop = mentor_laptop(tmp_path, province, "a")
    enroll_laptop(province, laptop.store, tmp_path)
    with province.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE prov_device DROP COLUMN seal_key")
    province.engine.dispose()

    upgraded = ProvinceStore.open(province.root)
    try:
        columns = {c["name"] for c in inspect(upgraded.engine).get_columns("prov_device")}
        assert "seal_key" in columns
        with upgraded.session() as session:
            device = session.get(ProvDevice, laptop.store.device_id)
            assert (device.status, device.seal_key) == ("enrolled", None)
        assert [
            o.status for o in import_all(upgraded, export_files(laptop.store, tmp_path / "out"))
        ] == ["applied"]
        [receipt] = write_receipts(upgraded, tmp_path / "back")
        assert is_sealed(receipt.read_bytes())
        assert SyncService(laptop.store).import_files([receipt])[0].status == "applied"
    finally:
        upgraded.close()
