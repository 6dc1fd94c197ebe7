"""``kopdes report`` exit codes and files, atomic writes, batches with progress and cancel."""

from __future__ import annotations

import os

import pytest

from kopdes_desktop.cli import main
from kopdes_desktop.core.services import assessments, cooperatives, reporting
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.reports import ReportOptions, batch_assessments, save_pdf

from .helpers import all_text


def _cli(demo, *args: str) -> int:  # type: ignore[no-untyped-def]
    return main(["--data-dir", str(demo.paths.root), "report", *args])


def test_cli_writes_each_report(demo_data, tmp_path, capsys):
    assessment_id = demo_data.latest()
    with demo_data.store.read() as session:
        coop_id = assessments.get(session, assessment_id).cooperative_id
    demo_data.store.close()
    out = tmp_path / "out"
    assert (
        _cli(
            demo_data,
            "assessment",
            assessment_id,
            "--out",
            str(out / "a.pdf"),
            "--lang",
            "en",
            "--no-photos",
        )
        == 0
    )
    assert "Assessment Report" in all_text((out / "a.pdf").read_bytes())
    assert _cli(demo_data, "monthly", "--month", "2025-10", "--out", str(out / "m.pdf")) == 0
    assert _cli(demo_data, "profile", coop_id, "--out", str(out / "p.pdf")) == 0
    assert {p.name for p in out.iterdir()} == {"a.pdf", "m.pdf", "p.pdf"}
    assert str(out / "p.pdf") in capsys.readouterr().out


def test_cli_adds_the_appendix_and_private_notes_only_when_asked(demo_data, tmp_path):
    assessment_id = demo_data.latest("kesehatan-usp-2016")
    with demo_data.store.session() as session:
        coop_id = assessments.get(session, assessment_id).cooperative_id
        cooperatives.update_profile(session, coop_id, {"notes": "Rahasia pendamping"})
    demo_data.store.close()
    board, full = tmp_path / "board.pdf", tmp_path / "full.pdf"
    assert _cli(demo_data, "assessment", assessment_id, "--out", str(board)) == 0
    assert _cli(demo_data, "assessment", assessment_id, "--out", str(full), "--appendix") == 0
    assert "Lampiran" not in all_text(board.read_bytes())
    assert "Lampiran: Perhitungan Nilai" in all_text(full.read_bytes())
    assert _cli(demo_data, "profile", coop_id, "--out", str(board)) == 0
    assert _cli(demo_data, "profile", coop_id, "--out", str(full), "--private-notes") == 0
    assert "Rahasia pendamping" not in all_text(board.read_bytes())
    assert "Rahasia pendamping" in all_text(full.read_bytes())


def test_cli_errors_are_one_line(demo_data, tmp_path, capsys):
    assessment_id = demo_data.latest()
    demo_data.store.close()
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert _cli(demo_data, "assessment", assessment_id, "--out", str(blocker / "x.pdf")) == 1
    err = capsys.readouterr().err
    assert err.startswith("kopdes: Laporan tidak dapat ditulis") and err.count("\n") == 1
    assert _cli(demo_data, "assessment", "no-such-id", "--out", str(tmp_path / "x.pdf")) == 1
    assert "Penilaian tidak ditemukan" in capsys.readouterr().err
    assert _cli(demo_data, "monthly", "--month", "2025-13", "--out", str(tmp_path / "m.pdf")) == 2
    assert (
        _cli(
            demo_data,
            "monthly",
            "--mentor",
            "nobody",
            "--month",
            "2025-10",
            "--out",
            str(tmp_path / "m.pdf"),
        )
        == 1
    )
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "m.pdf").exists()


def test_cli_batch_of_an_empty_month(demo_data, tmp_path, capsys):
    demo_data.store.close()
    assert _cli(demo_data, "batch", "--month", "2020-01", "--out", str(tmp_path / "b")) == 0
    assert "0 laporan" in capsys.readouterr().out


def test_batch_progress_and_cancel(demo_data, tmp_path):
    with demo_data.store.read() as session:
        ids = reporting.latest_final_ids(session, "kesiapan-kdkmp")[:4]
    seen: list[tuple[int, int]] = []
    result = batch_assessments(
        demo_data.store,
        demo_data.paths,
        demo_data.registry,
        ids,
        tmp_path / "all",
        ReportOptions(photos=False),
        progress=lambda done, total, _name: seen.append((done, total)),
    )
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert len(result.written) == 4 and not result.cancelled
    assert all(path.read_bytes().startswith(b"%PDF") for path in result.written)
    assert not list((tmp_path / "all").glob("*.tmp"))
    stopped = batch_assessments(
        demo_data.store,
        demo_data.paths,
        demo_data.registry,
        ids,
        tmp_path / "some",
        ReportOptions(),
        cancelled=lambda: len(list((tmp_path / "some").glob("*.pdf"))) >= 2,
    )
    assert stopped.cancelled and len(stopped.written) == 2


def test_save_pdf_replaces_whole_file(tmp_path):
    target = tmp_path / "r.pdf"
    save_pdf(target, b"old")
    save_pdf(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(tmp_path) == ["r.pdf"]
    with pytest.raises(KopdesError):
        save_pdf(target / "inside.pdf", b"x")
