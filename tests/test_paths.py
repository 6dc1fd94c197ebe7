"""The one atomic writer, :func:`kopdes_desktop.paths.write_atomic` (and :func:`replacing` for
writers that need a file name): whole or absent after a failure, private when asked, and both
the file and its folder flushed to the disk."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kopdes_desktop.paths import replacing, write_atomic


class Broken(Exception):
    """The failure a test makes happen half-way through a write."""


def _half_then_fail(handle) -> None:  # type: ignore[no-untyped-def]
    handle.write(b"the first half of the file")
    handle.flush()
    raise Broken


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_new_file_is_absent_after_a_failed_write(tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    with pytest.raises(Broken):
        write_atomic(target, _half_then_fail)
    assert _leftovers(tmp_path) == []


def test_an_old_file_is_whole_after_a_failed_write(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    write_atomic(target, b'{"old": true}')
    with pytest.raises(Broken):
        write_atomic(target, _half_then_fail, private=True)
    assert target.read_bytes() == b'{"old": true}'
    assert _leftovers(tmp_path) == ["settings.json"]


def test_bytes_and_a_writing_function_both_replace_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "folder" / "x.bin"  # missing folders are made
    assert write_atomic(target, b"a much longer first content") == target
    write_atomic(target, lambda handle: handle.write(b"short"))
    assert target.read_bytes() == b"short"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_private_files_are_0600_and_others_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "kunci.json", b"{}", private=True)
        write_atomic(tmp_path / "laporan.pdf", b"%PDF")
        (tmp_path / "open.json").write_bytes(b"{}")
        write_atomic(tmp_path / "open.json", b"{}", private=True)  # a looser old file too
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "kunci.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "open.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "laporan.pdf").stat().st_mode) == 0o644


def _count_fsyncs(monkeypatch) -> list[os.stat_result]:  # type: ignore[no-untyped-def]
    seen: list[os.stat_result] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        seen.append(os.fstat(fd))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


@pytest.mark.skipif(not hasattr(os, "O_DIRECTORY"), reason="folders are flushed on POSIX")
def test_the_file_and_then_its_folder_are_flushed(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    seen = _count_fsyncs(monkeypatch)
    write_atomic(folder / "batch.kopdes", b"data")
    assert len(seen) == 2
    assert stat.S_ISREG(seen[0].st_mode) and seen[0].st_size == 4
    assert stat.S_ISDIR(seen[1].st_mode) and seen[1].st_ino == folder.stat().st_ino


def test_nothing_is_flushed_when_not_durable(tmp_path: Path, monkeypatch) -> None:
    seen = _count_fsyncs(monkeypatch)
    write_atomic(tmp_path / "settings.json", b"{}", private=True, durable=False)
    assert seen == [] and (tmp_path / "settings.json").read_bytes() == b"{}"


def test_a_failed_write_flushes_nothing_and_keeps_no_name(tmp_path: Path, monkeypatch) -> None:
    seen = _count_fsyncs(monkeypatch)
    with pytest.raises(Broken):
        write_atomic(tmp_path / "x", _half_then_fail)
    assert seen == [] and _leftovers(tmp_path) == []


def test_replacing_gives_a_name_and_renames_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "kopdes.sqlite3"
    target.write_bytes(b"old")
    with pytest.raises(Broken), replacing(target) as tmp:
        assert tmp.parent == tmp_path and not tmp.exists()
        tmp.write_bytes(b"half")
        raise Broken
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == ["kopdes.sqlite3"]
    with replacing(target) as tmp:
        tmp.write_bytes(b"new")
    assert target.read_bytes() == b"new" and _leftovers(tmp_path) == ["kopdes.sqlite3"]
