"""Two laptops editing the same cooperative, tombstones, and an import killed mid-way."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

from kopdes_desktop.cli import main as kopdes
from kopdes_desktop.province.conflicts import list_conflicts, resolve_conflict
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.province.outputs import write_receipts, write_reference
from kopdes_desktop.province.spreadsheet import table_rows
from kopdes_desktop.store.models import Cooperative, Visit
from kopdes_desktop.sync.service import SyncService

from .support import (
    add_cooperative,
    add_visits,
    current_data,
    edit,
    enroll_laptop,
    export_files,
    import_all,
    snapshot,
    subprocess_env,
    two_laptops_editing_one_cooperative,
)


def test_p7_two_laptops_reach_one_state_with_one_conflict_in_both_orders(
    tmp_path, province, twin_province, laptops
):
    coop, base, from_a, from_b = two_laptops_editing_one_cooperative(tmp_path, province, laptops)
    other = twin_province("twin")
    for device_file in tmp_path.glob("device-*.json"):
        enroll(other, device_file)
    import_all(other, base)
    assert {o.status for o in import_all(province, from_a + from_b)} == {"applied"}
    outcomes = import_all(other, from_b + from_a)
    assert [o.conflicts for o in outcomes] == [0, 1]
    assert snapshot(province) == snapshot(other)
    [conflict] = list_conflicts(province)
    assert [c.as_dict() for c in list_conflicts(other)] == [conflict.as_dict()]
    assert conflict.field == "name" and conflict.base_value == "KDMP Sungai Kayan"
    names = sorted(v["value"] for v in conflict.versions)
    assert names == ["KDMP Versi A", "KDMP Versi B"]
    winner = current_data(province, "cooperative", coop)
    assert winner["conflict"] is True
    assert winner["name"] == next(
        v["value"] for v in conflict.versions if v["rev"] == conflict.winner
    )
    loser = next(v for v in conflict.versions if v["rev"] != conflict.winner)
    resolve_conflict(province, conflict.id, loser["device_id"], field="name")
    chosen = current_data(province, "cooperative", coop)
    assert (chosen["name"], chosen["conflict"]) == (loser["value"], False)
    assert list_conflicts(province) == []


def _both_sent_then_told(tmp_path, province, laptops):
    """A's and B's edits of the same name reach the province; each laptop then imports its
    receipt and the reference package. Returns the cooperative and (winner, loser) laptops."""
    coop, _, from_a, from_b = two_laptops_editing_one_cooperative(tmp_path, province, laptops)
    a, b = laptops.opened
    import_all(province, from_a)
    write_reference(province, tmp_path / "ref1.kopdes-ref")
    [outcome] = SyncService(b).import_files([tmp_path / "ref1.kopdes-ref"])
    # B's change is still on its way: the reference package leaves it alone, no notice yet.
    assert outcome.status == "applied" and outcome.details["conflicts"] == 0
    with b.read() as session:
        assert session.get(Cooperative, coop).name == "KDMP Versi B"
    assert SyncService(b).conflicts() == []
    import_all(province, from_b)
    [conflict] = list_conflicts(province)
    assert conflict.field == "name"
    receipts = write_receipts(province, tmp_path / "r1")
    write_reference(province, tmp_path / "ref2.kopdes-ref")
    for laptop in (a, b):
        mine = [r for r in receipts if laptop.device_id[:8] in r.name]
        SyncService(laptop).import_files([*mine, tmp_path / "ref2.kopdes-ref"])
    winner_device = conflict.winner.split(":")[0]
    return (coop, conflict) + ((a, b) if winner_device == a.device_id else (b, a))


def test_p14_the_mentor_whose_value_lost_is_told_and_can_keep_theirs(
    tmp_path, province, laptops, capsys
):
    coop, conflict, winner, loser = _both_sent_then_told(tmp_path, province, laptops)
    lost = next(v["value"] for v in conflict.versions if v["device_id"] == loser.device_id)
    won = next(v["value"] for v in conflict.versions if v["device_id"] == winner.device_id)

    def told(laptop, kind):
        return [n for n in SyncService(laptop).conflicts() if n.kind == kind]

    assert told(winner, "overridden") == []
    # B did not touch the notes: it is told A's notes were merged into its record.
    b = laptops.opened[1]
    assert [(n.field, n.incoming) for n in told(b, "merged")] == [("notes", {"notes": "dari A"})]
    [notice] = told(loser, "overridden")
    assert (notice.field, notice.local, notice.incoming) == ("name", {"name": lost}, {"name": won})
    capsys.readouterr()
    assert kopdes(["--data-dir", str(loser.paths.root), "sync", "conflicts"]) == 0
    assert (
        f'Nilai Anda kalah pada name: nilai Anda "{lost}", yang berlaku "{won}"'
        in capsys.readouterr().out
    )
    assert kopdes(["--data-dir", str(loser.paths.root), "sync", "conflicts", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(n["kind"], n["field"]) for n in listed if n["kind"] == "overridden"] == [
        ("overridden", "name")
    ]
    assert notice.winner_device == winner.device_id
    with loser.read() as session:
        assert session.get(Cooperative, coop).name == won
        assert session.get(Cooperative, coop).notes == "dari A"  # the other field merged
    SyncService(loser).resolve(notice.id, "local")
    assert told(loser, "overridden") == []
    outcomes = import_all(province, export_files(loser, tmp_path / "again"))
    assert outcomes[-1].status == "applied" and outcomes[-1].conflicts == 0
    assert list_conflicts(province) == []
    assert current_data(province, "cooperative", coop)["name"] == lost


def test_accepting_the_province_value_leaves_nothing_pending(tmp_path, province, laptops):
    coop, conflict, winner, loser = _both_sent_then_told(tmp_path, province, laptops)
    for notice in SyncService(loser).conflicts():
        SyncService(loser).resolve(notice.id, "reference")
    with loser.read() as session:
        assert (
            session.get(Cooperative, coop).name
            == current_data(province, "cooperative", coop)["name"]
        )
    assert SyncService(loser).pending_summary() == {}
    assert SyncService(loser).conflicts() == []


def test_p7_deletion_is_a_tombstone(tmp_path, province, laptops):
    a = laptops("a")
    enroll_laptop(province, a, tmp_path)
    coop = add_cooperative(a)
    visits = add_visits(a, coop, 2)
    import_all(province, export_files(a, tmp_path / "o1"))
    edit(a, Visit, visits[0], deleted=True)
    resent, outcome = import_all(province, export_files(a, tmp_path / "o2"))
    assert (resent.status, outcome.status) == ("duplicate", "applied")
    assert current_data(province, "visit", visits[0])["deleted"] is True
    _, rows = table_rows(province, "visit")
    assert [r[0] for r in rows] == [visits[1]]


def test_p5_an_import_killed_mid_way_leaves_the_province_as_before(tmp_path, province, laptops):
    a = laptops("a")
    enroll_laptop(province, a, tmp_path)
    coop = add_cooperative(a)
    add_visits(a, coop, 20)
    [batch] = export_files(a, tmp_path / "out")
    before = snapshot(province)
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("kill_import.py")),
            str(province.root),
            str(batch),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
    )
    try:
        assert child.stdout.readline().strip() == "APPLYING"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert snapshot(province) == before
    assert import_file(province, batch).status == "applied"
    assert json.loads(json.dumps(snapshot(province)["batches"]))[0][1] == "applied"


def test_a_laptop_import_killed_mid_way_leaves_the_laptop_as_before(tmp_path, province, laptops):
    a, b = laptops("a"), laptops("b")
    enroll_laptop(province, a, tmp_path)
    add_cooperative(a)
    add_cooperative(a, name="KDMP Kedua")
    import_all(province, export_files(a, tmp_path / "o"))
    write_reference(province, tmp_path / "ref.kopdes-ref")
    b_root = b.paths.root
    b.close()
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("kill_laptop_import.py")),
            str(b_root),
            str(tmp_path / "ref.kopdes-ref"),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
    )
    try:
        assert child.stdout.readline().strip() == "APPLYING"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    reopened = laptops("b")
    assert reopened.paths.root == b_root
    with reopened.read() as session:
        assert session.query(Cooperative).count() == 0
    assert reopened.get_meta("sync.reference_version") is None
    [outcome] = SyncService(reopened).import_files([tmp_path / "ref.kopdes-ref"])
    assert outcome.status == "applied" and outcome.details["updated"] == 2
