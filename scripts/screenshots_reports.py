"""Render every page of every report to PNG (for review: each page is looked at).

    python scripts/screenshots_reports.py [--out docs/screenshots]

A 1x demo dataset is generated into a temporary folder and the hostile case of the report tests
is added to it (private notes, answers awaiting verification, a planned meeting date, one photo
attached three times, open follow-ups, planned visits). Each report is written as
``report-<name>-p<N>.png``, one file per page, with pdftoppm; page 1 of the three main reports
also goes to ``report-<kind>.png`` for the README.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from kopdes_desktop.core import demo  # noqa: E402
from kopdes_desktop.core.instruments import registry  # noqa: E402
from kopdes_desktop.paths import DataPaths  # noqa: E402
from kopdes_desktop.reports import (  # noqa: E402
    ReportOptions,
    assessment_pdf,
    monthly_pdf,
    profile_pdf,
)
from kopdes_desktop.store.db import Store  # noqa: E402

TODAY = date(2025, 11, 20)


def _render(pdf: bytes, name: str, out: Path, work: Path) -> list[Path]:
    source = work / f"{name}.pdf"
    source.write_bytes(pdf)
    for old in out.glob(f"report-{name}-p*.png"):
        old.unlink()
    pages = work / name
    pages.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "70", "-png", str(source), str(pages / "page")], check=True, timeout=120
    )
    written = []
    for page in pages.glob("page-*.png"):  # page-1.png, or page-01.png past nine pages
        target = out / f"report-{name}-p{int(page.stem.split('-')[-1])}.png"
        written.append(Path(shutil.move(page, target)))
    return sorted(written)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    import hostile
    from conftest import Demo

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        paths = DataPaths(work / "data")
        store = Store.open(paths)
        demo.generate(store, scale=1, today=TODAY)
        data = Demo(paths, store, registry(paths))
        case = hostile.build(data, work)
        board = ReportOptions(deterministic=True)
        full = ReportOptions(deterministic=True, appendix=True, private_notes=True)
        pdfs = {
            "assessment": assessment_pdf(store, paths, data.registry, case.final_id, board),
            "assessment-lampiran": assessment_pdf(
                store, paths, data.registry, data.latest("kesehatan-usp-2016"), full
            ),
            "assessment-draft": assessment_pdf(store, paths, data.registry, case.draft_id, board),
            "profile": profile_pdf(store, data.registry, case.cooperative_id, board, today=TODAY),
            "monthly": monthly_pdf(store, data.registry, case.mentor_id, case.month, board),
        }
        for name, pdf in pdfs.items():
            pages = _render(pdf, name, out, work)
            print(name, len(pages), "pages")
            if name in ("assessment", "profile", "monthly"):
                shutil.copyfile(out / f"report-{name}-p1.png", out / f"report-{name}.png")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
