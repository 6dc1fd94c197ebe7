"""``kopdes report``: the PDF reports from the command line.

``assessment ID``, ``monthly --mentor ID --month YYYY-MM``, ``profile COOP_ID`` write one PDF;
``batch`` writes one assessment report per assessment of a month, or the latest of every
cooperative (``--all-latest``), into a folder. Every file is written atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kopdes_desktop.cli.common import add_data_dir, data_paths, open_store

if TYPE_CHECKING:
    from kopdes_desktop.paths import DataPaths
    from kopdes_desktop.reports import ReportOptions


def _common(parser: argparse.ArgumentParser, out_help: str = "berkas PDF keluaran") -> None:
    parser.add_argument("--out", required=True, help=out_help)
    parser.add_argument(
        "--private-notes",
        action="store_true",
        help="sertakan catatan pribadi pendamping (bawaan: tidak, salinan untuk pengurus)",
    )
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default=None,
        help="bahasa laporan (bawaan: pengaturan aplikasi)",
    )
    parser.add_argument(
        "--deterministic",
        action="store_true",
        help="byte yang sama untuk data yang sama (waktu dari data)",
    )
    add_data_dir(parser)


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="laporan PDF")
    sub = report.add_subparsers(dest="report_command", metavar="PERINTAH")

    one = sub.add_parser("assessment", help="Laporan Hasil Penilaian satu penilaian")
    one.add_argument("assessment_id", metavar="ID", help="ID penilaian")
    one.add_argument("--no-photos", action="store_true", help="tanpa foto bukti")
    one.add_argument(
        "--appendix",
        action="store_true",
        help="tambahkan lampiran perhitungan nilai (bawaan: tidak)",
    )
    _common(one)
    one.set_defaults(func=_assessment)

    month = sub.add_parser("monthly", help="Laporan Bulanan Pendamping")
    month.add_argument(
        "--mentor", default=None, help="id pendamping (bawaan: pendamping laptop ini)"
    )
    month.add_argument("--month", required=True, help="bulan TTTT-BB, mis. 2025-11")
    _common(month)
    month.set_defaults(func=_monthly)

    prof = sub.add_parser("profile", help="Profil Koperasi")
    prof.add_argument(
        "cooperative_id", metavar="COOP_ID", help="ID koperasi (lihat kopdes koperasi list)"
    )
    _common(prof)
    prof.set_defaults(func=_profile)

    batch = sub.add_parser("batch", help="banyak Laporan Hasil Penilaian sekaligus")
    which = batch.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", help="semua penilaian final pada bulan TTTT-BB")
    which.add_argument(
        "--all-latest", action="store_true", help="penilaian final terakhir setiap koperasi"
    )
    batch.add_argument(
        "--instrument",
        default="kesiapan-kdkmp",
        help="instrumen untuk --all-latest (bawaan kesiapan-kdkmp)",
    )
    batch.add_argument("--no-photos", action="store_true", help="tanpa foto bukti")
    batch.add_argument(
        "--appendix",
        action="store_true",
        help="tambahkan lampiran perhitungan nilai (bawaan: tidak)",
    )
    _common(batch, out_help="folder keluaran")
    batch.set_defaults(func=_batch)
    report.set_defaults(func=lambda _args: report.print_help() or 2)


def _options(args: argparse.Namespace, store_paths: DataPaths) -> ReportOptions:
    from kopdes_desktop.reports import options_from_settings
    from kopdes_desktop.settings import Settings

    overrides: dict[str, Any] = {
        "deterministic": args.deterministic,
        "appendix": getattr(args, "appendix", False),
        "private_notes": args.private_notes,
    }
    if args.lang:
        overrides["language"] = args.lang
    if getattr(args, "no_photos", False):
        overrides["photos"] = False
    return options_from_settings(Settings(store_paths.settings_file), **overrides)


def _assessment(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.instruments import registry
    from kopdes_desktop.core.services.hub import Services
    from kopdes_desktop.reports import save_pdf

    paths = data_paths(args)
    with open_store(args) as store:
        pdf = Services(store).reports.assessment_pdf(
            registry(paths), args.assessment_id, _options(args, paths)
        )
    print(save_pdf(args.out, pdf))
    return 0


def _monthly(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.instruments import registry
    from kopdes_desktop.core.services.hub import Services
    from kopdes_desktop.reports import save_pdf

    paths = data_paths(args)
    with open_store(args) as store:
        reports = Services(store).reports
        mentor_id = args.mentor or reports.self_mentor_id()
        pdf = reports.monthly_pdf(registry(paths), mentor_id, args.month, _options(args, paths))
    print(save_pdf(args.out, pdf))
    return 0


def _profile(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.instruments import registry
    from kopdes_desktop.core.services.hub import Services
    from kopdes_desktop.reports import save_pdf

    paths = data_paths(args)
    with open_store(args) as store:
        pdf = Services(store).reports.profile_pdf(
            registry(paths), args.cooperative_id, _options(args, paths)
        )
    print(save_pdf(args.out, pdf))
    return 0


def _batch(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.instruments import registry
    from kopdes_desktop.core.services.hub import Services

    paths = data_paths(args)
    with open_store(args) as store:
        reports = Services(store).reports
        if args.all_latest:
            ids = reports.latest_final_ids(args.instrument)
        else:
            ids = reports.final_ids_in_month(args.month)
        result = reports.batch_assessments(
            registry(paths),
            ids,
            Path(args.out),
            _options(args, paths),
            progress=_show_progress if sys.stderr.isatty() else None,
        )
    if ids and sys.stderr.isatty():
        print(file=sys.stderr)
    for assessment_id, message in result.failed:
        print(f"kopdes: {assessment_id}: {message}", file=sys.stderr)
    print(f"{len(result.written)} laporan ditulis ke {args.out}.")
    return 1 if result.failed else 0


def _show_progress(done: int, total: int, _name: str) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
