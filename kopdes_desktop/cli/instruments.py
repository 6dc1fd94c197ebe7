"""``kopdes score`` and ``kopdes instruments list|check|import``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kopdes_desktop.cli.common import add_data_dir, data_paths, print_json
from kopdes_desktop.core.instruments import (
    AnswersInvalid,
    Instrument,
    InstrumentError,
    ScoreResult,
    load_file,
    registry,
)
from kopdes_desktop.errors import KopdesError

EXIT_INVALID = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    score = subparsers.add_parser("score", help="hitung skor penilaian dari berkas jawaban")
    score.add_argument(
        "--instrument",
        required=True,
        metavar="ID[@VERSI]",
        help="instrumen, mis. kesehatan-usp-2016 atau kesehatan-usp-2016@1.0",
    )
    score.add_argument(
        "--answers",
        required=True,
        metavar="BERKAS.json",
        help="objek JSON: id pertanyaan -> jawaban",
    )
    score.add_argument("--json", action="store_true", help="keluaran JSON")
    add_data_dir(score)
    score.set_defaults(func=cmd_score, store_optional=True)

    group = subparsers.add_parser("instruments", help="daftar, periksa, impor instrumen")
    actions = group.add_subparsers(dest="instruments_command", metavar="AKSI", required=True)
    listing = actions.add_parser("list", help="semua versi instrumen yang dikenal")
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    add_data_dir(listing)
    listing.set_defaults(func=cmd_list, store_optional=True)
    check = actions.add_parser("check", help="periksa berkas definisi instrumen")
    check.add_argument("file", metavar="BERKAS", help="berkas definisi instrumen (JSON)")
    check.set_defaults(func=cmd_check, store_optional=True)
    imp = actions.add_parser("import", help="periksa lalu simpan versi instrumen baru")
    imp.add_argument("file", metavar="BERKAS", help="berkas definisi instrumen (JSON)")
    add_data_dir(imp)
    imp.set_defaults(func=cmd_import)


def _read_answers(path: str) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise KopdesError(
            f"Berkas jawaban {path} tidak dapat dibaca: {exc.strerror}.",
            f"Cannot read the answers file {path}: {exc.strerror}.",
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KopdesError(
            f"Berkas jawaban {path} bukan JSON yang sah ({exc}).",
            f"The answers file {path} is not valid JSON ({exc}).",
        ) from exc


def cmd_score(args: argparse.Namespace) -> int:
    instrument = registry(data_paths(args)).get_ref(args.instrument)
    answers = _read_answers(args.answers)
    try:
        result = instrument.score(answers)
    except AnswersInvalid as exc:
        print(f"kopdes: jawaban tidak valid ({len(exc.problems)} masalah):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem.item_id or '(berkas)'}: {problem.message}", file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        print_json(result.to_dict())
    else:
        print(render_result(result, instrument))
    return 0


def fmt_number(value: float | None, decimals: int = 2) -> str:
    """Indonesian number format: ``1.234,5``."""
    if value is None:
        return "-"
    text = f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if decimals and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def render_result(result: ScoreResult, instrument: Instrument) -> str:
    """A readable Indonesian table of one result."""
    percent_kinds = {c.id for c in instrument.components if c.kind in ("ratio", "checklist")}
    lines = [instrument.title("id"), f"Instrumen {result.instrument} versi {result.version}", ""]
    header = f"{'Aspek / komponen':<58}{'Rasio':>14}{'Nilai':>8}{'Bobot':>8}{'Skor':>9}"
    lines += [header, "-" * len(header)]
    for aspect in result.aspects:
        lines.append(
            f"{aspect.title_id[:58]:<58}{'':>14}{'':>8}{fmt_number(aspect.max):>8}"
            f"{fmt_number(aspect.score):>9}"
        )
        for comp in (c for c in result.components if c.aspect == aspect.id):
            tag = " [verifikasi]" if comp.verify else ""
            name = "  " + comp.title_id[: 56 - len(tag)] + tag
            ratio = fmt_number(comp.ratio)
            if comp.ratio is not None and comp.id in percent_kinds:
                ratio += "%"
            skor = fmt_number(comp.skor) if comp.computable else "-"
            lines.append(
                f"{name:<58}{ratio:>14}{fmt_number(comp.nilai):>8}"
                f"{fmt_number(comp.weight):>8}{skor:>9}"
            )
    lines += [
        "-" * len(header),
        f"Total: {fmt_number(result.total)} dari {fmt_number(result.max_total)}"
        f"  ->  {result.category}",
    ]
    if result.warnings:
        lines += ["", "Peringatan:"] + [f"  - {w}" for w in result.warnings]
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    reg = registry(data_paths(args))
    infos = reg.list()
    if args.json:
        print_json([info.__dict__ for info in infos])
    else:
        for info in infos:
            print(f"{info.id:<24}{info.version:<10}{info.status:<22}{info.title_id}")
    for problem in reg.problems:
        print(f"kopdes: {problem}", file=sys.stderr)
    return 0


def _report_problems(exc: InstrumentError) -> int:
    print(f"kopdes: definisi tidak sah ({len(exc.problems) or 1} masalah):", file=sys.stderr)
    for problem in exc.problems or [exc.message]:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_INVALID


def cmd_check(args: argparse.Namespace) -> int:
    try:
        instrument = load_file(args.file)
    except InstrumentError as exc:
        return _report_problems(exc)
    items = len(instrument.all_items())
    print(
        f"OK: {instrument.id} versi {instrument.version} ({instrument.status}), "
        f"{len(instrument.sections)} bagian, {items} pertanyaan, "
        f"{len(instrument.components)} komponen, {len(instrument.verify_flags)} tanda verifikasi"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        instrument = registry(data_paths(args)).import_file(args.file)
    except InstrumentError as exc:
        return _report_problems(exc)
    print(f"Diimpor: {instrument.id} versi {instrument.version} -> {instrument.source_path}")
    return 0
