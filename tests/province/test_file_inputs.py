"""Files handed to the import commands are read only when they are regular files, and never
beyond their limit: a symlink to ``/dev/zero``, a FIFO, a folder or an oversized file is a
one-line refusal, on the province (``kopdes-province import``/``enroll``) and on the laptop
(``kopdes sync import``/``trust``), with nothing read into memory and nothing changed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sync.support import make_laptop

from kopdes_desktop.cli import main as kopdes
from kopdes_desktop.province.cli import main as province
from kopdes_desktop.safe_read import FileRefused, read_regular
from kopdes_desktop.sync.fileformat import MAX_FILE_BYTES

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


def _hostile_files(folder: Path) -> dict[str, Path]:
    """A symlink to /dev/zero, a FIFO nobody writes to, a folder, and a sparse file one byte
    over the limit, all named like sync files."""
    folder.mkdir(parents=True, exist_ok=True)
    zero = folder / "nol.kopdes"
    zero.symlink_to("/dev/zero")
    fifo = folder / "pipa.kopdes"
    os.mkfifo(fifo)
    directory = folder / "folder.kopdes"
    directory.mkdir()
    big = folder / "besar.kopdes"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    return {"zero": zero, "fifo": fifo, "dir": directory, "big": big}


def test_read_regular_refuses_what_is_not_a_regular_file(tmp_path):
    files = _hostile_files(tmp_path)
    for key in ("zero", "fifo", "dir"):
        with pytest.raises(FileRefused) as caught:
            read_regular(files[key], 1024)
        assert caught.value.code == "not_regular"
        assert "bukan berkas biasa" in caught.value.message
    with pytest.raises(FileRefused) as caught:
        read_regular(files["big"], MAX_FILE_BYTES)
    assert caught.value.code == "too_large"
    good = tmp_path / "baik.kopdes"
    good.write_bytes(b"x" * 10)
    link = tmp_path / "tautan.kopdes"
    link.symlink_to(good)
    assert read_regular(link, 10) == b"x" * 10
    with pytest.raises(FileRefused):
        read_regular(good, 9)


def test_province_import_refuses_devices_fifos_folders_and_big_files(tmp_path, capsys):
    root = tmp_path / "province"
    assert province(["init", "--dir", str(root)]) == 0
    capsys.readouterr()
    files = _hostile_files(tmp_path / "in")
    assert (
        province(["import", "--dir", str(root), "--json", *(str(p) for p in files.values())]) == 1
    )
    outcomes = json.loads(capsys.readouterr().out)
    assert [o["status"] for o in outcomes] == ["rejected"] * 4
    reasons = [o["reason"] for o in outcomes]
    assert all("\n" not in r for r in reasons)
    assert all("bukan berkas biasa" in r for r in reasons[:3])
    assert "terlalu besar" in reasons[3]
    assert province(["status", "--dir", str(root), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["devices"] == []

    assert province(["enroll", "--dir", str(root), str(files["fifo"])]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bukan berkas biasa" in err


def test_laptop_sync_import_and_trust_refuse_them_in_indonesian(tmp_path, capsys):
    root = tmp_path / "province"
    assert province(["init", "--dir", str(root)]) == 0
    assert province(["trust-file", "--dir", str(root), "--out", str(tmp_path / "t.json")]) == 0
    make_laptop(tmp_path / "laptop", tmp_path / "t.json").close()
    capsys.readouterr()
    data = ["--data-dir", str(tmp_path / "laptop")]
    files = _hostile_files(tmp_path / "in")
    assert kopdes([*data, "sync", "import", "--json", *(str(p) for p in files.values())]) == 1
    outcomes = json.loads(capsys.readouterr().out)
    assert [o["status"] for o in outcomes] == ["rejected"] * 4
    assert all("bukan berkas biasa" in o["message"] for o in outcomes[:3])
    assert "terlalu besar" in outcomes[3]["message"]

    for key in ("zero", "fifo", "dir"):
        assert kopdes([*data, "sync", "trust", "--yes", str(files[key])]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "bukan berkas biasa" in err
