"""``kopdes score`` and ``kopdes instruments``."""

from __future__ import annotations

import json

from kopdes_desktop.cli import main

from .helpers import kes_base, shipped_definition, usp_base


def write(path, data) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_score_json(tmp_path, data_paths, capsys):
    answers = write(tmp_path / "jawaban.json", usp_base())
    code = main(
        [
            "--data-dir",
            str(data_paths.root),
            "score",
            "--instrument",
            "kesehatan-usp-2016@1.0",
            "--answers",
            answers,
            "--json",
        ]
    )
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["instrument"] == "kesehatan-usp-2016" and out["version"] == "1.0"
    assert out["total"] == 87.45 and out["category"] == "Sehat"
    assert {"id": "permodalan", "score": 11.25, "max": 15} == {
        k: out["aspects"][0][k] for k in ("id", "score", "max")
    }
    assert len(out["components"]) == 22 and out["warnings"] == []


def test_score_human_table(tmp_path, capsys):
    answers = write(tmp_path / "jawaban.json", kes_base())
    assert main(["score", "--instrument", "kesiapan-kdkmp", "--answers", answers]) == 0
    out = capsys.readouterr().out
    assert "Total: 77,32 dari 100  ->  Berkembang" in out
    assert "Kelembagaan dan legalitas" in out and "[verifikasi]" in out
    assert "Peringatan:" in out and "tidak berlaku" in out


def test_invalid_answers_exit_2_with_every_problem(tmp_path, capsys):
    answers = usp_base() | {"kas": -1, "tidak_dikenal": 3}
    del answers["atmr"]
    path = write(tmp_path / "jawaban.json", answers)
    code = main(["score", "--instrument", "kesehatan-usp-2016", "--answers", path, "--json"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "3 masalah" in captured.err
    assert "  kas: tidak boleh negatif" in captured.err
    assert "  atmr: wajib diisi" in captured.err
    assert "  tidak_dikenal: pertanyaan tidak dikenal" in captured.err


def test_unreadable_answers_and_unknown_instrument(tmp_path, capsys):
    broken = tmp_path / "rusak.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["score", "--instrument", "kesiapan-kdkmp", "--answers", str(broken)]) == 1
    assert "bukan JSON" in capsys.readouterr().err
    path = write(tmp_path / "j.json", {})
    assert main(["score", "--instrument", "tidak-ada", "--answers", path]) == 1
    assert "Instrumen tidak dikenal: tidak-ada" in capsys.readouterr().err


def test_list_check_import(tmp_path, data_paths, capsys):
    assert main(["instruments", "list", "--data-dir", str(data_paths.root)]) == 0
    out = capsys.readouterr().out
    assert "kesehatan-usp-2016" in out and "kesiapan-kdkmp" in out

    definition = shipped_definition("kesiapan-kdkmp")
    definition["version"] = "1.1"
    good = write(tmp_path / "baru.json", definition)
    assert main(["instruments", "check", good]) == 0
    assert capsys.readouterr().out.startswith("OK: kesiapan-kdkmp versi 1.1")
    assert (
        main(["instruments", "import", good, "--data-dir", str(data_paths.root), "--create"]) == 0
    )
    capsys.readouterr()
    assert main(["instruments", "list", "--json", "--data-dir", str(data_paths.root)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"id": "kesiapan-kdkmp", "version": "1.1"}.items() <= listed[-1].items()

    definition["scoring"]["tables"]["tingkat"]["bands"][0]["interval"] = "[0, 24]"
    definition["sections"][0]["items"][0]["relevant"] = "jumlah_anggota >>> 2"
    bad = write(tmp_path / "rusak.json", definition)
    assert main(["instruments", "check", bad]) == 2
    err = capsys.readouterr().err
    assert "2 masalah" in err and "ada celah" in err and "ahu_terdaftar: ekspresi" in err
