"""Properties 12 and 13: a restore never loses an edit, a device never conflicts with itself.

Real laptop stores, real batch files, real crypto, a real province store on each backend.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from kopdes_desktop.core.demo import generate
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.conflicts import list_conflicts, resolve_conflict
from kopdes_desktop.province.devices import device_statuses
from kopdes_desktop.province.outputs import write_receipts, write_reference
from kopdes_desktop.store.backup import backup_file, restore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.incarnation import INCARNATION_BITS
from kopdes_desktop.store.models import SYNCED_MODELS, Cooperative, Device
from kopdes_desktop.sync.service import SyncService

from .support import (
    add_cooperative,
    current_data,
    edit,
    enroll_laptop,
    export_files,
    import_all,
    make_laptop,
    two_laptops_editing_one_cooperative,
)


def _settle(province, laptop: Store, folder: Path) -> list:
    """Export, import at the province, bring the receipt and reference package back."""
    outcomes = import_all(province, export_files(laptop, folder / "out"))
    receipts = [
        r for r in write_receipts(province, folder / "receipts") if laptop.device_id[:8] in r.name
    ]
    write_reference(province, folder / "ref.kopdes-ref")
    SyncService(laptop).import_files([*receipts, folder / "ref.kopdes-ref"])
    return outcomes


def _counter(store: Store) -> int:
    with store.read() as session:
        return session.query(Device.counter).filter(Device.is_self.is_(True)).scalar()


def _restored(laptops, laptop: Store, backup: Path) -> Store:
    """The laptop closed, ``backup`` restored through ``kopdes restore``'s path, reopened."""
    laptop.close()
    restore(laptop.paths, backup)
    reopened = Store.open(laptop.paths)
    laptops.opened[0] = reopened
    return reopened


def test_p12_a_restored_backup_moves_on_and_every_later_edit_is_applied(
    tmp_path, province, laptops
):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop, bank_name="Bank Kaltara")
    _settle(province, laptop, tmp_path / "s1")
    backup = backup_file(laptop.paths.database, tmp_path / "cadangan.sqlite3")
    edit(laptop, Cooperative, coop, name="KDMP Sesudah Cadangan")
    _settle(province, laptop, tmp_path / "s2")
    before = _counter(laptop)
    laptop = _restored(laptops, laptop, backup)
    # The next change is the first of a new incarnation.
    assert (_counter(laptop) + 1) >> INCARNATION_BITS == (before >> INCARNATION_BITS) + 1
    edit(laptop, Cooperative, coop, bank_name="Bank BRI")
    outcomes = _settle(province, laptop, tmp_path / "s3")
    assert [o.status for o in outcomes][-1] == "applied"
    data = current_data(province, "cooperative", coop)
    # The edit made before the restore (name) and the one after it (phone) both stand.
    assert (data["name"], data["bank_name"], data["conflict"]) == (
        "KDMP Sesudah Cadangan",
        "Bank BRI",
        False,
    )
    assert SyncService(laptop).pending_total() == 0
    with laptop.read() as session:
        assert session.get(Cooperative, coop).name == "KDMP Sesudah Cadangan"


def test_p13_edits_after_a_restore_never_conflict_with_the_device_own_history(
    tmp_path, province, laptops
):
    """A change pending at backup time went out after it; the restored laptop changes the
    same field again: its own earlier change is in its history, not a conflict."""
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    _settle(province, laptop, tmp_path / "s1")
    edit(laptop, Cooperative, coop, name="KDMP Sebelum Cadangan")
    backup = backup_file(laptop.paths.database, tmp_path / "cadangan.sqlite3")
    _settle(province, laptop, tmp_path / "s2")
    laptop = _restored(laptops, laptop, backup)
    edit(laptop, Cooperative, coop, name="KDMP Sesudah Pemulihan")
    outcomes = _settle(province, laptop, tmp_path / "s3")
    assert outcomes[-1].status == "applied" and outcomes[-1].conflicts == 0
    assert list_conflicts(province) == []
    assert current_data(province, "cooperative", coop)["name"] == "KDMP Sesudah Pemulihan"


def test_p12_a_file_sent_before_the_restore_and_delivered_after_still_applies(
    tmp_path, province, laptops
):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    _settle(province, laptop, tmp_path / "s1")
    backup = backup_file(laptop.paths.database, tmp_path / "cadangan.sqlite3")
    edit(laptop, Cooperative, coop, name="KDMP Di Jalan")
    late = export_files(laptop, tmp_path / "usb")  # on a USB stick, not yet at the province
    laptop = _restored(laptops, laptop, backup)
    edit(laptop, Cooperative, coop, address="Jl. Sesudah")
    assert [o.status for o in _settle(province, laptop, tmp_path / "s2")] == ["applied"]
    assert [o.status for o in import_all(province, late)] == ["applied"]
    data = current_data(province, "cooperative", coop)
    assert (data["name"], data["address"], data["conflict"]) == (
        "KDMP Di Jalan",
        "Jl. Sesudah",
        False,
    )


def test_p12_an_older_database_found_in_place_moves_on_by_the_mark(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    _settle(province, laptop, tmp_path / "s1")
    laptop.close()
    old = tmp_path / "old.sqlite3"
    shutil.copy(laptop.paths.database, old)
    laptop = Store.open(laptop.paths)
    laptops.opened[0] = laptop
    edit(laptop, Cooperative, coop, notes="sebelum disalin kembali")
    _settle(province, laptop, tmp_path / "s2")
    laptop.close()
    shutil.copy(old, laptop.paths.database)  # the older file put back by hand
    laptop = Store.open(laptop.paths)
    laptops.opened[0] = laptop
    edit(laptop, Cooperative, coop, address="Jl. Baru")
    assert [o.status for o in _settle(province, laptop, tmp_path / "s3")] == ["applied"]
    data = current_data(province, "cooperative", coop)
    assert (data["notes"], data["address"]) == ("sebelum disalin kembali", "Jl. Baru")


def test_p12_reused_counters_are_a_divergence_the_laptop_sends_again(tmp_path, province, laptops):
    """The whole data folder put back (its mark too): the province recognises the reused
    counters, refuses them as a divergence, and the laptop sends its changes again."""
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    _settle(province, laptop, tmp_path / "s1")
    laptop.close()
    copy = tmp_path / "whole-folder"
    shutil.copytree(laptop.paths.root, copy)
    laptop = Store.open(laptop.paths)
    edit(laptop, Cooperative, coop, name="KDMP Hilang?")
    _settle(province, laptop, tmp_path / "s2")
    laptop.close()
    shutil.rmtree(laptop.paths.root)
    shutil.copytree(copy, laptop.paths.root)
    laptop = Store.open(DataPaths(laptop.paths.root))
    laptops.opened[0] = laptop
    edit(laptop, Cooperative, coop, bank_name="Bank Mandiri")
    [outcome] = import_all(province, export_files(laptop, tmp_path / "s3"))
    assert outcome.status == "rejected" and "sudah dipakai" in outcome.reason
    [status] = device_statuses(province)
    assert status.divergences == 1
    [receipt] = write_receipts(province, tmp_path / "r3")
    [told] = SyncService(laptop).import_files([receipt])
    assert told.details["restamped"] == 1 and "nomor baru" in told.message
    assert SyncService(laptop).pending_total() == 1  # nothing acknowledged that was refused
    outcomes = _settle(province, laptop, tmp_path / "s4")
    assert outcomes[-1].status == "applied"
    data = current_data(province, "cooperative", coop)
    assert (data["name"], data["bank_name"]) == ("KDMP Hilang?", "Bank Mandiri")
    assert SyncService(laptop).pending_total() == 0


def test_p13_several_edits_between_exports_and_after_receipts_never_conflict(
    tmp_path, province, laptops
):
    coop, _, from_a, from_b = two_laptops_editing_one_cooperative(tmp_path, province, laptops)
    a, b = laptops.opened
    # B got the cooperative by reference package: edits it again before one export, exports,
    # edits again before any receipt, and the province sees no conflict with itself.
    edit(b, Cooperative, coop, address="Jl. B1")
    edit(b, Cooperative, coop, address="Jl. B2")
    first = export_files(b, tmp_path / "b2")
    edit(b, Cooperative, coop, bank_name="Bank B")
    second = export_files(b, tmp_path / "b3")
    assert import_all(province, from_b)[0].conflicts == 0
    for outcome in import_all(province, first + second):
        assert outcome.status in ("applied", "duplicate") and outcome.conflicts == 0
    assert list_conflicts(province) == []
    _settle(province, b, tmp_path / "s-b")
    edit(b, Cooperative, coop, address="Jl. B3")
    assert [o.conflicts for o in _settle(province, b, tmp_path / "s-b2")][-1] == 0
    assert list_conflicts(province) == []
    # A's edit of other fields, made before it saw B's, merges without a conflict...
    import_all(province, from_a)
    [name_conflict] = list_conflicts(province)
    assert name_conflict.field == "name"  # ...except the name both changed
    data = current_data(province, "cooperative", coop)
    assert (data["address"], data["bank_name"], data["notes"]) == ("Jl. B3", "Bank B", "dari A")


def test_p13_edits_after_a_resolution_are_fast_forwards(tmp_path, province, laptops):
    coop, _, from_a, from_b = two_laptops_editing_one_cooperative(tmp_path, province, laptops)
    a, b = laptops.opened
    import_all(province, from_a + from_b)
    [conflict] = list_conflicts(province)
    resolve_conflict(province, conflict.id, "KDMP Diputuskan Dinas", field="name")
    for laptop, folder in ((a, "sa"), (b, "sb")):
        _settle(province, laptop, tmp_path / folder)
        with laptop.read() as session:
            assert session.get(Cooperative, coop).name == "KDMP Diputuskan Dinas"
    for laptop, folder in ((a, "sa"), (b, "sb")):
        _settle(province, laptop, tmp_path / (folder + "1"))  # each edits the latest state
        edit(laptop, Cooperative, coop, name=f"KDMP Lagi {folder}")
        outcomes = _settle(province, laptop, tmp_path / (folder + "2"))
        assert outcomes[-1].conflicts == 0
        assert list_conflicts(province) == []
        assert current_data(province, "cooperative", coop)["name"] == f"KDMP Lagi {folder}"


def test_ids_made_on_different_laptops_never_collide(tmp_path):
    ids = []
    for name in ("x", "y"):
        store = make_laptop(tmp_path / name, None)
        try:
            generate(store, scale=1)
            with store.read() as session:
                ids.append(
                    {
                        row
                        for model in SYNCED_MODELS
                        for row in session.scalars(session.query(model.id).statement)
                    }
                )
        finally:
            store.close()
    assert ids[0] and ids[1] and not ids[0] & ids[1]


def test_an_old_package_never_takes_back_an_acknowledged_change(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    import_all(province, export_files(laptop, tmp_path / "o1"))
    write_reference(province, tmp_path / "old.kopdes-ref")  # made before the edit below
    edit(laptop, Cooperative, coop, notes="Catatan baru")
    import_all(province, export_files(laptop, tmp_path / "o2"))
    receipts = write_receipts(province, tmp_path / "r")
    SyncService(laptop).import_files([*receipts, tmp_path / "old.kopdes-ref"])
    with laptop.read() as session:
        assert session.get(Cooperative, coop).notes == "Catatan baru"
    edit(laptop, Cooperative, coop, name="KDMP Nama Lain")
    import_all(province, export_files(laptop, tmp_path / "o3"))
    data = current_data(province, "cooperative", coop)
    assert (data["name"], data["notes"]) == ("KDMP Nama Lain", "Catatan baru")


def test_the_province_takes_only_the_fields_a_change_names(tmp_path, province, laptops):
    """A snapshot's other fields may be older than what the province holds: never taken."""
    from kopdes_desktop.province.ingest import import_bytes

    from .craft import laptop_key, payload_of, seal

    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    edit(laptop, Cooperative, coop, notes="Catatan baru")
    import_all(province, export_files(laptop, tmp_path / "o1"))
    counter = _counter(laptop) + 1
    stale = {
        "t": "cooperative",
        "id": coop,
        "c": counter,
        "b": None,
        "x": False,
        "u": "2025-03-01T00:00:00",
        "k": {},
        "f": ["name"],
        "g": None,
        "r": None,
        "v": {"name": "KDMP Nama Lain", "region_code": "65.01", "notes": None},
    }
    data = seal(
        province,
        laptop_key(laptop),
        laptop.device_id,
        payload_of({"records": [stale], "attachments": []}),
        counter_from=counter,
        counter_to=counter,
        records=1,
    )
    assert import_bytes(province, data).status == "applied"
    values = current_data(province, "cooperative", coop)
    assert (values["name"], values["notes"]) == ("KDMP Nama Lain", "Catatan baru")
