"""``kopdes-province demo``, ``export`` and ``report``: demo data at any scale, the Dinas's
spreadsheet and the province's PDF reports from the command line, over the same functions the
workspace pages call. The command line runs as a province admin: its spreadsheet carries NIK
and phone numbers unless ``--without-personal`` is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import demo, reports, spreadsheet
from kopdes_desktop.province.regions import kabupaten_name
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.summary_report import summary_pdf
from kopdes_desktop.reports.api import save_pdf
from kopdes_desktop.reports.options import ReportOptions

Opener = Callable[[argparse.Namespace], ProvinceStore]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"tanggal tidak sah: {text} (TTTT-BB-HH)") from exc


def _kabupaten(code: str | None) -> str | None:
    if code and not kabupaten_name(code):
        raise KopdesError(f"Kabupaten/kota {code} tidak dikenal.", f"Unknown kabupaten {code}.")
    return code or None


def _demo(open_store: Opener, args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        if done == total or done % 200 == 0:
            print(f"\r{done}/{total} pendamping", end="", file=sys.stderr, flush=True)

    with open_store(args) as store:
        stats = demo.fill(
            store, args.scale, args.seed, args.today, progress if sys.stderr.isatty() else None
        )
    if args.json:
        print_json(stats.__dict__)
        return 0
    print(
        f"Data demo skala {stats.scale}: {stats.cooperatives} koperasi, {stats.mentors} "
        f"pendamping, {stats.records} catatan dalam {stats.seconds:.1f} detik."
    )
    return 0


def _export(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        written = spreadsheet.export_tables(
            store,
            args.format,
            args.out,
            scope=_kabupaten(args.kabupaten),
            personal=not args.without_personal,
            include_drafts=args.include_drafts,
        )
    for path in written:
        print(f"Ditulis: {path}")
    return 0


def _report(open_store: Opener, args: argparse.Namespace) -> int:
    options = ReportOptions(language=args.lang, sign_date=args.today)
    with open_store(args) as store:
        if args.kind == "assessment":
            pdf = reports.assessment_pdf(store, args.id, options)
        elif args.kind == "profile":
            pdf = reports.profile_pdf(store, args.id, options, today=args.today)
        elif args.kind == "monthly":
            if not args.month:
                raise KopdesError(
                    "Laporan bulanan memerlukan --month TTTT-BB.",
                    "The monthly report needs --month YYYY-MM.",
                )
            pdf = reports.monthly_pdf(store, args.id, args.month, options)
        else:
            pdf = summary_pdf(store, _kabupaten(args.id) or "", options, today=args.today)
    print(f"Ditulis: {save_pdf(args.out, pdf)}")
    return 0


def register(add: Callable[..., argparse.ArgumentParser], open_store: Opener) -> None:
    """Add ``demo``, ``export`` and ``report`` through ``add(name, func, help)``."""
    fill = add(
        "demo",
        lambda a: _demo(open_store, a),
        "isi basis data provinsi dengan data demo (skala N x Kaltara)",
    )
    fill.add_argument(
        "--scale",
        type=int,
        default=1,
        help=f"kelipatan 411 koperasi Kaltara (1 sampai {demo.MAX_SCALE})",
    )
    fill.add_argument("--seed", type=int, default=demo.DEFAULT_SEED, help="benih acak")
    fill.add_argument("--today", type=_day, default=None, help="tanggal hari ini (TTTT-BB-HH)")
    fill.add_argument("--json", action="store_true", help="keluaran JSON")

    export = add(
        "export",
        lambda a: _export(open_store, a),
        "ekspor lembar kerja untuk Dinas (xlsx atau csv)",
    )
    export.add_argument(
        "--format", choices=("xlsx", "csv"), required=True, help="format berkas: xlsx atau csv"
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        help="berkas tujuan (csv: satu berkas per lembar, <nama>_<lembar>.csv)",
    )
    export.add_argument("--kabupaten", help="hanya kabupaten/kota ini (kode, mis. 65.03)")
    export.add_argument(
        "--include-drafts", action="store_true", help="sertakan penilaian yang belum final"
    )
    export.add_argument(
        "--without-personal", action="store_true", help="tanpa NIK dan nomor telepon"
    )

    report = add(
        "report",
        lambda a: _report(open_store, a),
        "laporan PDF dari data gabungan: penilaian, profil, bulanan, ringkasan",
    )
    report.add_argument(
        "kind",
        choices=("assessment", "profile", "monthly", "summary"),
        help="penilaian (ID penilaian), profil (ID koperasi), bulanan (ID "
        "pendamping) atau ringkasan (kode kabupaten/kota)",
    )
    report.add_argument("id", help="ID penilaian/koperasi/pendamping, atau kode kabupaten")
    report.add_argument("--month", help="bulan laporan bulanan (TTTT-BB)")
    report.add_argument(
        "--today", type=_day, default=None, help="tanggal laporan (TTTT-BB-HH; bawaan: hari ini)"
    )
    report.add_argument("--lang", choices=("id", "en"), default="id", help="bahasa laporan")
    report.add_argument("--out", type=Path, required=True, help="berkas PDF tujuan")
