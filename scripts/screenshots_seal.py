"""Render report pages with their signed QR code (for review: each one is looked at).

    python scripts/screenshots_seal.py [--out docs/screenshots]

A 1x demo dataset is generated into a temporary folder; the latest assessment report of a
cooperative is rendered at 100 dpi (first and last page: ``laporan-qr-p1.png``,
``laporan-qr-akhir.png``), the monthly report's first page (``laporan-qr-bulanan.png``) and the
corner of a page at 300 dpi with its code (``laporan-qr-sudut.png``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from kopdes_desktop.core import demo  # noqa: E402
from kopdes_desktop.core.instruments import registry  # noqa: E402
from kopdes_desktop.core.services import mentors, reporting  # noqa: E402
from kopdes_desktop.paths import DataPaths  # noqa: E402
from kopdes_desktop.reports import ReportOptions, assessment_pdf, monthly_pdf  # noqa: E402
from kopdes_desktop.store.db import Store  # noqa: E402

TODAY = date(2025, 11, 20)


def _pages(pdf: bytes, work: Path, name: str, dpi: int) -> list[Path]:
    source = work / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(work / name)], check=True, timeout=120
    )
    return sorted(work.glob(f"{name}-*.png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        paths = DataPaths(work / "data")
        store = Store.open(paths)
        try:
            demo.generate(store, scale=1, today=TODAY)
            instruments = registry(paths)
            with store.read() as session:
                assessment_id = reporting.latest_final_ids(session, "kesiapan-kdkmp")[0]
                mentor = mentors.self_mentor(session).id
            options = ReportOptions(sign_date=TODAY)
            report = assessment_pdf(store, paths, instruments, assessment_id, options)
            monthly = monthly_pdf(store, instruments, mentor, "2025-10", options)
        finally:
            store.close()
        pages = _pages(report, work, "penilaian", 100)
        Image.open(pages[0]).save(out / "laporan-qr-p1.png")
        Image.open(pages[-1]).save(out / "laporan-qr-akhir.png")
        Image.open(_pages(monthly, work, "bulanan", 100)[0]).save(out / "laporan-qr-bulanan.png")
        big = Image.open(_pages(report, work, "besar", 300)[0])
        width, height = big.size
        big.crop((width // 2, height * 4 // 5, width, height)).save(out / "laporan-qr-sudut.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
