"""``kopdes koperasi financing|rat`` and ``kopdes score --instrument kesehatan-koperasi-2021``
over a real store."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from kopdes_desktop.cli import main
from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.instruments.examples import example_answers
from kopdes_desktop.paths import DataPaths

from .conftest import VILLAGE


def _run(capsys: pytest.CaptureFixture, paths: DataPaths, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(paths.root)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _coop(capsys, paths) -> str:  # type: ignore[no-untyped-def]
    code, out, _ = _run(
        capsys, paths, "koperasi", "add", "--name", "KDMP Tanjung Palas", "--region", VILLAGE
    )
    assert code == 0
    return out.strip()


def test_financing_add_pay_arrears_and_list(regions_dir, capsys) -> None:
    coop = _coop(capsys, regions_dir)
    code, out, _ = _run(
        capsys,
        regions_dir,
        "koperasi",
        "financing",
        "add",
        coop,
        "--lender",
        "BRI",
        "--ceiling",
        "3000000000",
        "--disbursed",
        "1000000000",
        "--disbursed-on",
        "2026-01-15",
        "--today",
        "2026-12-05",
        "--json",
    )
    assert code == 0
    fid = json.loads(out)["id"]
    code, _, err = _run(
        capsys,
        regions_dir,
        "koperasi",
        "financing",
        "pay",
        fid,
        "--on",
        "2026-01-10",
        "--amount",
        "5000000",
        "--today",
        "2026-12-05",
    )
    assert code == 2 and "sebelum pencairan (15 Januari 2026)" in err
    code, _, err = _run(
        capsys,
        regions_dir,
        "koperasi",
        "financing",
        "arrears",
        fid,
        "--on",
        "2026-11-30",
        "--amount",
        "-5",
        "--today",
        "2026-12-05",
    )
    assert code == 2 and "tidak boleh negatif" in err
    for command, amount in (("pay", "5000000"), ("arrears", "17826273")):
        code, _, _ = _run(
            capsys,
            regions_dir,
            "koperasi",
            "financing",
            command,
            fid,
            "--on",
            "2026-11-30",
            "--amount",
            amount,
            "--today",
            "2026-12-05",
        )
        assert code == 0
    code, out, _ = _run(
        capsys,
        regions_dir,
        "koperasi",
        "financing",
        "list",
        coop,
        "--today",
        "2026-12-05",
        "--json",
    )
    listed = json.loads(out)
    (financing,) = listed["financings"]
    assert financing["paid"] == 5_000_000 and financing["arrears"] == 17_826_273
    assert [r["amount"] for r in financing["next_instalments"]] == [17_826_273] * 3
    assert [f["kind"] for f in listed["flags"]] == ["ARREARS_GREW"]
    code, out, _ = _run(
        capsys, regions_dir, "koperasi", "financing", "list", coop, "--today", "2026-12-05"
    )
    assert "angsuran 11 15 Desember 2026" in out and out.rstrip().endswith("1 tanda bahaya.")


def test_financing_above_the_ceiling_is_refused(regions_dir, capsys) -> None:
    coop = _coop(capsys, regions_dir)
    code, _, err = _run(
        capsys,
        regions_dir,
        "koperasi",
        "financing",
        "add",
        coop,
        "--lender",
        "BRI",
        "--ceiling",
        "100",
        "--disbursed",
        "200",
        "--disbursed-on",
        "2026-01-15",
        "--today",
        "2026-12-05",
    )
    assert code == 2 and "tidak boleh melebihi plafon" in err


def test_rat_record_status_and_year_end(regions_dir, capsys) -> None:
    coop = _coop(capsys, regions_dir)
    code, _, err = _run(
        capsys,
        regions_dir,
        "koperasi",
        "rat",
        "record",
        coop,
        "--year",
        "2025",
        "--held-on",
        "2025-12-20",
        "--today",
        "2026-12-05",
    )
    assert code == 2 and "sesudah tahun buku 2025 berakhir" in err
    code, out, _ = _run(capsys, regions_dir, "koperasi", "rat", "status", "--today", "2026-12-05")
    assert "RAT tahun buku 2025 terlambat sejak 30 Juni 2026" in out
    code, _, _ = _run(
        capsys,
        regions_dir,
        "koperasi",
        "rat",
        "record",
        coop,
        "--year",
        "2025",
        "--held-on",
        "2026-03-14",
        "--today",
        "2026-12-05",
    )
    assert code == 0
    code, out, _ = _run(capsys, regions_dir, "koperasi", "rat", "year-end", coop, "06-30", "--json")
    assert code == 0 and json.loads(out)["fiscal_year_end"] == "06-30"
    code, out, _ = _run(
        capsys, regions_dir, "koperasi", "rat", "status", "--today", "2026-12-05", "--json"
    )
    (row,) = json.loads(out)
    assert (row["fiscal_year"], row["due"], row["state"]) == (2026, "2026-12-30", "DUE")


def test_score_with_the_2021_instrument(regions_dir, capsys, tmp_path: Path) -> None:
    instrument = registry().get("kesehatan-koperasi-2021")
    answers = example_answers(instrument, random.Random(7), 0.6)
    path = tmp_path / "jawaban.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    code, out, _ = _run(
        capsys,
        regions_dir,
        "score",
        "--instrument",
        "kesehatan-koperasi-2021",
        "--answers",
        str(path),
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    expected = instrument.score(answers)
    assert (result["total"], result["category"]) == (expected.total, expected.category)
    answers["pk_demokratis"] = 9
    path.write_text(json.dumps(answers), encoding="utf-8")
    code, _, err = _run(
        capsys,
        regions_dir,
        "score",
        "--instrument",
        "kesehatan-koperasi-2021",
        "--answers",
        str(path),
    )
    assert code != 0 and "pk_demokratis" in err
