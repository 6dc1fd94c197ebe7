"""Importing many files at once: the files ahead are prepared in a second process, with exactly
the outcomes and the state that preparing them in the writing process gives, whatever the
files are and even when that second process dies."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import event

from kopdes_desktop.province.cli import main
from kopdes_desktop.province.decoder import Preparer, prepare, second_process_possible
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import check_batch, import_files
from kopdes_desktop.province.store import ProvinceStore

from .craft import laptop_key, payload_of, seal
from .support import (
    add_cooperative,
    add_visits,
    enroll_laptop,
    export_files,
    snapshot,
    subprocess_env,
)


def _batches(tmp_path: Path, province: ProvinceStore, laptops) -> list[Path]:  # type: ignore[no-untyped-def]
    """Several real batches, each larger than a pipe's buffer once decoded."""
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    add_visits(laptop, coop, 1200)
    files = export_files(laptop, tmp_path / "out", max_bytes=300_000)
    assert len(files) >= 4
    return files


def _mixed(tmp_path: Path, province: ProvinceStore, laptop_files: list[Path], laptop) -> list[Path]:  # type: ignore[no-untyped-def]
    """Good batches between every kind of bad file, and a batch given twice."""
    bad = tmp_path / "bad"
    bad.mkdir()
    truncated = bad / "terpotong.kopdes-batch"
    whole = laptop_files[1].read_bytes()
    truncated.write_bytes(whole[: len(whole) // 2])
    not_kopdes = bad / "foto.jpg"
    not_kopdes.write_bytes(b"\xff\xd8\xff" + b"0" * 3000)
    unknown_table = bad / "jenis.kopdes-batch"
    record = {
        "t": "sqlite_master",
        "id": "c0ffee00-0000-4000-8000-000000000001",
        "c": 1,
        "b": None,
        "x": False,
        "u": "2025-03-01T00:00:00",
        "v": {},
        "k": {},
        "f": ["*"],
        "g": None,
        "r": None,
    }
    unknown_table.write_bytes(
        seal(
            province,
            laptop_key(laptop),
            laptop.device_id,
            payload_of({"records": [record], "attachments": []}),
            records=1,
        )
    )
    first, second, *rest = laptop_files
    return [
        first,
        truncated,
        second,
        not_kopdes,
        first,
        bad / "hilang.kopdes-batch",
        unknown_table,
        *rest,
    ]


def test_a_second_process_gives_the_same_outcomes_and_state(
    tmp_path, province, twin_province, laptops
):
    files = _mixed(tmp_path, province, _batches(tmp_path, province, laptops), laptops.opened[0])
    other = twin_province("twin")
    for device_file in tmp_path.glob("device-*.json"):
        enroll(other, device_file)
    forked = [o.as_dict() for o in import_files(province, files, second_process=True)]
    here = [o.as_dict() for o in import_files(other, files, second_process=False)]
    assert forked == here
    statuses = [o["status"] for o in forked]
    assert statuses[:7] == [
        "applied",
        "rejected",
        "applied",
        "rejected",
        "duplicate",
        "rejected",
        "rejected",
    ]
    assert set(statuses[7:]) == {"applied"}
    assert "jenis catatan" in forked[6]["reason"]
    assert snapshot(province) == snapshot(other)


def test_the_same_files_again_are_answered_without_a_second_process(tmp_path, province, laptops):
    files = _batches(tmp_path, province, laptops)
    assert {o.status for o in import_files(province, files)} == {"applied"}
    before = {p.pid for p in multiprocessing.active_children()}
    again = import_files(province, files, second_process=True)
    assert {o.status for o in again} == {"duplicate"}
    assert {p.pid for p in multiprocessing.active_children()} == before


def _checked_in(folder: Path, parent: int, die_after: int, store: ProvinceStore, opened):  # type: ignore[no-untyped-def]
    """``check_batch``, noting which process ran it; the second process dies after
    ``die_after`` batches, as a crash would end it."""
    pid = os.getpid()
    done = len(list(folder.glob(f"{pid}-*")))
    if pid != parent and done >= die_after:
        os._exit(3)
    (folder / f"{pid}-{opened.header['batch_id']}").touch()
    return check_batch(store, opened)


@pytest.mark.parametrize("die_after", [0, 2, 100])
def test_the_writing_process_takes_over_when_the_second_process_dies(
    tmp_path, province, laptops, die_after
):
    files = _batches(tmp_path, province, laptops)
    notes = tmp_path / "notes"
    notes.mkdir()
    check = partial(_checked_in, notes, os.getpid(), die_after, province)
    items = [(i, path, path.read_bytes()) for i, path in enumerate(files)]
    with Preparer[int](province.seal_key, province.key_id, check, True) as preparer:
        results = list(preparer.prepared(items))
    assert [i for i, _, _ in results] == list(range(len(files)))
    for (_, _, data), (_, used, prepared) in zip(items, results, strict=True):
        assert used == data
        expected = prepare(data, province.seal_key, province.key_id, partial(check_batch, province))
        assert prepared.refusal is None
        assert prepared.opened.header == expected.opened.header
        assert prepared.decoded == expected.decoded
    by_child = {n.name for n in notes.iterdir() if not n.name.startswith(f"{os.getpid()}-")}
    # The first file is prepared here while the child starts on the others.
    assert len(by_child) == min(die_after, len(files) - 1)
    first = results[0][2].opened.header["batch_id"]
    assert (notes / f"{os.getpid()}-{first}").exists()


def test_no_second_process_while_other_threads_run():
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not second_process_possible()
    finally:
        release.set()
        thread.join()


def test_kopdes_province_import_of_many_files_reports_each(tmp_path, province, laptops, capsys):
    files = _batches(tmp_path, province, laptops)
    files.insert(1, files[0])
    code = main(["import", "--dir", str(province.root), "--json", *map(str, files)])
    assert code == 0
    reported = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in reported] == ["applied", "duplicate"] + ["applied"] * (
        len(files) - 2
    )
    assert sum(r["records"] for r in reported if r["status"] == "applied") == 2401


def _running(marker: str) -> list[int]:
    """Live processes whose command line contains ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_ctrl_c_during_an_import_leaves_whole_batches_and_no_second_process(
    tmp_path, province, laptops
):
    files = _batches(tmp_path, province, laptops)
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("interrupt_import.py")),
            "import",
            "--dir",
            str(province.root),
            *map(str, files),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
    )
    marker = str(province.root)
    try:
        assert child.stdout.readline().strip() == "APPLYING"
        assert len(_running(marker)) == 2  # the command and its second process
        child.send_signal(signal.SIGINT)
        _, errors = child.communicate(timeout=60)
    finally:
        child.kill()
    assert child.returncode == 130
    assert errors.strip() == "kopdes-province: dibatalkan"
    deadline = time.monotonic() + 10
    while _running(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _running(marker) == []
    state = snapshot(province)
    [batch] = state["batches"]
    assert batch[1] == "applied"
    assert len(state["records"]) == batch[3] - batch[2] + 1
    outcomes = import_files(province, files)
    assert [o.status for o in outcomes] == ["duplicate"] + ["applied"] * (len(files) - 1)


def test_a_file_that_fails_midway_leaves_the_files_before_it_committed(tmp_path, province, laptops):
    """Files are committed in groups, each file in a savepoint: when writing one fails
    (here the store refuses its second insert of versions), the files received before it in
    the same group are committed whole, and none of its rows stay."""
    files = _batches(tmp_path, province, laptops)
    inserts = []

    def fail_second_batch(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO PROV_VERSION"):
            inserts.append(statement)
            if len(inserts) == 2:
                raise RuntimeError("disk gone")

    event.listen(province.engine, "before_cursor_execute", fail_second_batch)
    try:
        with pytest.raises(RuntimeError, match="disk gone"):
            import_files(province, files, second_process=False)
    finally:
        event.remove(province.engine, "before_cursor_execute", fail_second_batch)
    state = snapshot(province)
    [batch] = state["batches"]
    assert batch[1] == "applied"
    assert len(state["records"]) == batch[3] - batch[2] + 1
    outcomes = import_files(province, files)
    assert [o.status for o in outcomes] == ["duplicate"] + ["applied"] * (len(files) - 1)
