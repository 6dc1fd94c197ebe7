"""The signed QR code on report pages: a report with its seal against the same report without
it, in the same run (target <= 1.1x), and checking a report from a 300 dpi page image (target
< 0.5 s: zxing-cpp reads the code, Ed25519 checks it).

Report times are CPU seconds of this process (zxing-cpp's encoder included); the check is
wall-clock time (the decoder is native code), both as medians after a warm-up. The machine's
load average while the reports ran is given with them: on a busy machine both sides slow down,
and the ratio wavers by a few hundredths."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable
from typing import Any

from bench.bench_reports import TODAY
from bench.common import ratio, result, scratch_dir
from kopdes_desktop.core import demo
from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.services import mentors, reporting
from kopdes_desktop.core.services.cooperatives import PRIMARY_INSTRUMENT
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.reports import ReportOptions, assessment, monthly, scan
from kopdes_desktop.reports.api import store_signer
from kopdes_desktop.reports.data import assessment_data
from kopdes_desktop.reports.period_data import monthly_data
from kopdes_desktop.reports.seal_check import check
from kopdes_desktop.store.db import Store
from kopdes_desktop.sync.device_registry import laptop_keyring

MONTH = f"{TODAY.year}-{TODAY.month - 1:02d}"


def wall_median(action: Callable[[], Any], repeat: int) -> float:
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def paired(
    with_seal: Callable[[], Any], without: Callable[[], Any], repeat: int
) -> tuple[float, float]:
    """Medians of both, measured in turns so a change in machine load touches both alike."""
    with_seal()
    without()
    sealed, bare = [], []
    for _ in range(repeat):
        for action, times in ((with_seal, sealed), (without, bare)):
            started = time.process_time()
            action()
            times.append(time.process_time() - started)
    return statistics.median(sealed), statistics.median(bare)


def run(quick: bool) -> list[dict[str, Any]]:
    with scratch_dir("seal") as folder:
        paths = DataPaths(folder / "data")
        store = Store.open(paths)
        try:
            demo.generate(store, scale=1, today=TODAY)
            instruments = registry(paths)
            with store.read() as session:
                one_id = reporting.latest_final_ids(session, PRIMARY_INSTRUMENT)[0]
                data = assessment_data(session, paths, instruments, one_id)
                mentor = mentors.self_mentor(session).id
                month = monthly_data(session, instruments, mentor, MONTH)
            signer = store_signer(store)
            ring = laptop_keyring(store)
        finally:
            store.close()
        options = ReportOptions()
        repeat = 5 if quick else 25
        load_before = os.getloadavg()[0]
        a_seal, a_bare = paired(
            lambda: assessment.render(data, options, signer),
            lambda: assessment.render(data, options),
            repeat,
        )
        m_seal, m_bare = paired(
            lambda: monthly.render(month, options, signer),
            lambda: monthly.render(month, options),
            repeat,
        )
        load = f"load average {load_before:.1f}-{os.getloadavg()[0]:.1f}"
        pdf = folder / "laporan.pdf"
        pdf.write_bytes(assessment.render(data, options, signer))
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "300",
                "-f",
                "1",
                "-l",
                "1",
                "-png",
                "-singlefile",
                str(pdf),
                str(folder / "page300"),
            ],
            check=True,
            timeout=120,
        )
        image = folder / "page300.png"

        def verify_image() -> None:
            assert check(scan.read_image_file(image), ring).genuine

        def verify_pdf() -> None:
            assert check(scan.read_seal(str(pdf)), ring).genuine

        image_s = wall_median(verify_image, repeat)
        pdf_s = wall_median(verify_pdf, max(3, repeat // 3))
    return [
        result(
            "assessment report with its signed QR",
            a_seal * 1000,
            "ms",
            baseline=f"same report without the QR, same run: {a_bare * 1000:.1f} ms; {load}",
            ratio=ratio(a_seal, a_bare),
            target="<= 1.1x",
        ),
        result(
            "monthly report with its signed QR",
            m_seal * 1000,
            "ms",
            baseline=f"same report without the QR, same run: {m_bare * 1000:.1f} ms; {load}",
            ratio=ratio(m_seal, m_bare),
            target="<= 1.1x",
        ),
        result(
            "verify from a 300 dpi page image",
            image_s * 1000,
            "ms",
            baseline="2481x3508 PNG: read the QR, check the signature",
            target="< 500 ms",
        ),
        result(
            "verify from the PDF file",
            pdf_s * 1000,
            "ms",
            baseline="pdftoppm at 200 dpi, then the same",
        ),
    ]
