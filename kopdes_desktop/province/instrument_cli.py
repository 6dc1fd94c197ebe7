"""``kopdes-province instrument list|check FILE|preview FILE [--answers FILE]|publish FILE``:
the instruments page from the command line, over the same functions, audited as
``cli:<user of the computer>``. ``check`` and ``publish`` exit with 1 when the file has
problems, each printed on its own line with where it is."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import instruments
from kopdes_desktop.province.instrument_check import Checked, read_limited
from kopdes_desktop.province.instrument_preview import outline, score_example
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.workspace_cli import JSON_HELP, Opener, _actor

ORIGINS = {"shipped": "bawaan aplikasi", "province": "terbitan provinsi"}


def _print_problems(checked: Checked, as_json: bool) -> None:
    instrument = checked.instrument if checked.ok else None
    if as_json:
        print_json(
            {
                "ok": checked.ok,
                "problems": [p.as_dict() for p in checked.problems],
                "instrument": instrument.info.__dict__ if instrument is not None else None,
            }
        )
        return
    for problem in checked.problems:
        print(problem.text())
    if instrument is not None:
        print(
            f"Sah: {instrument.id} versi {instrument.version} ({instrument.title('id')}), "
            "siap diterbitkan."
        )
    else:
        print(f"{len(checked.problems)} masalah; berkas ini tidak dapat diterbitkan.")


def _answers(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KopdesError(
            f"Berkas jawaban {path.name} bukan JSON yang sah ({exc}).",
            f"{path.name} is not valid JSON ({exc}).",
        ) from exc
    if not isinstance(data, dict):
        raise KopdesError(
            'Berkas jawaban harus objek JSON {"id_pertanyaan": jawaban}.',
            "The answers file must be a JSON object.",
        )
    return data


def _preview(store: ProvinceStore, args: argparse.Namespace) -> int:
    checked = instruments.check(store, read_limited(args.file))
    if checked.instrument is None:
        _print_problems(checked, args.json)
        return 1
    instrument = checked.instrument
    shown, example = outline(instrument), score_example(instrument, _answers(args.answers))
    if args.json:
        print_json(
            {
                "outline": shown.as_dict(),
                "example": example.as_dict(),
                "problems": [p.as_dict() for p in checked.problems],
            }
        )
        return 0
    print(f"{shown.title} ({shown.id} versi {shown.version}, {shown.status})")
    for section in shown.sections:
        print(f"\n[{section.id}] {section.title}")
        for q in section.questions:
            extra = ", ".join(filter(None, ("wajib" if q.required else "", q.range, q.unit)))
            print(f"  {q.id}: {q.label} - {q.type_label}{f' ({extra})' if extra else ''}")
            for child in q.children:
                print(f"    {child.id}: {child.label} - {child.type_label}")
    print("\nPenilaian:")
    result = example.result
    for aspect in result.aspects:
        print(f"  {aspect.title_id}: {aspect.score:g} dari {aspect.max:g}")
    print(
        f"Total {result.total:g} dari {result.max_total:g}: {result.category}"
        f"{'' if result.complete else ' (jawaban belum lengkap)'}"
    )
    for answer_problem in example.problems:
        print(f"  jawaban {answer_problem.item_id}: {answer_problem.message}")
    for problem in checked.problems:
        print(problem.text())
    return 0


def _instrument(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "list":
            found = instruments.list_versions(store)
            if args.json:
                print_json([v.as_dict() for v in found])
            for v in [] if args.json else found:
                print(
                    f"{v.id}\t{v.version}\t{v.status}\t{ORIGINS[v.origin]}\t"
                    f"{v.assessments} penilaian\t{v.title}"
                )
            return 0
        if args.file is None:
            raise KopdesError(
                "Sebutkan berkas definisi instrumen (JSON).", "Name the instrument definition file."
            )
        if args.action == "check":
            checked = instruments.check(store, read_limited(args.file))
            _print_problems(checked, args.json)
            return 0 if checked.ok else 1
        if args.action == "preview":
            return _preview(store, args)
        try:
            done = instruments.publish(store, read_limited(args.file), _actor())
        except instruments.InstrumentRefused as exc:
            if args.json:
                print_json({"ok": False, "problems": [p.as_dict() for p in exc.problems]})
            for problem in [] if args.json else exc.problems:
                print(problem.text())
            if not args.json:
                print("Tidak diterbitkan; tidak ada yang diubah.")
            return 1
        if args.json:
            print_json(done.as_dict())
        else:
            print(
                f"Diterbitkan: {done.id} versi {done.version}; paket referensi berikutnya "
                "membawanya ke laptop pendamping."
            )
    return 0


def register(add: Callable[..., argparse.ArgumentParser], open_store: Opener) -> None:
    """Add ``instrument`` through ``add(name, func, help)``."""
    command = add(
        "instrument",
        lambda a: _instrument(open_store, a),
        "instrumen penilaian: list, check, preview, publish",
    )
    command.add_argument(
        "action",
        choices=("list", "check", "preview", "publish"),
        help="daftar, periksa, pratinjau, atau terbitkan",
    )
    command.add_argument("file", nargs="?", type=Path, help="berkas definisi instrumen (JSON)")
    command.add_argument(
        "--answers",
        type=Path,
        help="contoh jawaban (JSON) untuk pratinjau; tanpa ini dibuat otomatis",
    )
    command.add_argument("--json", action="store_true", help=JSON_HELP)
