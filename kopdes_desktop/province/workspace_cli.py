"""``kopdes-province officer add|list|set|disable|enable|passwd`` and ``kopdes-province cooperative
add|edit|list``: the workspace's actions from the command line, over the same functions the
pages call, audited as ``cli:<user of the computer>``.

A password is read from the terminal without echo (typed twice), or as one line from standard
input when that is not a terminal (scripts: ``echo "$PW" | kopdes-province officer add ...``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import officers, registry, registry_query
from kopdes_desktop.province.officers_models import ROLES
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.schema import UNIT_STATUSES

Opener = Callable[[argparse.Namespace], ProvinceStore]
JSON_HELP = "keluaran JSON"


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:60]
    except (KeyError, OSError):
        return officers.CLI


def _password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise KopdesError("Kedua kata sandi tidak sama.", "The two passwords differ.")
    return first


def _show_officer(officer: officers.Officer, as_json: bool, what: str) -> None:
    if as_json:
        print_json(officer.as_dict())
    else:
        print(
            f"{what}: {officer.username} ({officer.role}"
            f"{', ' + officer.kabupaten_code if officer.kabupaten_code else ''})"
        )


def _officer(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "list":
            found = officers.list_officers(store)
            if args.json:
                print_json([o.as_dict() for o in found])
            for o in [] if args.json else found:
                state = "aktif" if o.active else "nonaktif"
                print(f"{o.username}\t{o.role}\t{o.kabupaten_code or '-'}\t{state}\t{o.full_name}")
            return 0
        if args.username is None:
            raise KopdesError("Sebutkan nama pengguna petugas.", "Name the officer.")
        if args.action == "add":
            done = officers.add_officer(
                store,
                args.username,
                _password(),
                args.role or "viewer",
                args.kabupaten,
                args.name or "",
                actor=_actor(),
            )
            _show_officer(done, args.json, "Petugas ditambahkan")
        elif args.action == "set":
            if args.role is None:
                raise KopdesError(
                    "Sebutkan peran baru: --role admin|kabupaten|viewer.",
                    "Give the new role: --role admin|kabupaten|viewer.",
                )
            done = officers.set_role(store, args.username, args.role, args.kabupaten, _actor())
            _show_officer(done, args.json, "Peran diubah")
        elif args.action in ("disable", "enable"):
            done = officers.set_active(store, args.username, args.action == "enable", _actor())
            _show_officer(
                done,
                args.json,
                "Petugas " + ("diaktifkan" if args.action == "enable" else "dinonaktifkan"),
            )
        else:
            done = officers.set_password(store, args.username, _password(), _actor())
            _show_officer(done, args.json, "Kata sandi diganti")
    return 0


def _pairs(items: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or name not in registry.EDITABLE:
            raise KopdesError(
                f"'{item}' bukan KOLOM=NILAI dengan kolom registri "
                f"({', '.join(registry.EDITABLE)}).",
                f"'{item}' is not FIELD=VALUE with a registry field.",
            )
        fields[name] = value
    return fields


def _cooperative(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        registry_query.ensure_indexes(store.engine)
        if args.action == "list":
            query = registry_query.ListQuery(
                args.q,
                args.kabupaten or "",
                args.kecamatan or "",
                args.category or "",
                args.mentor or "",
                args.page,
                args.unit_status or "",
            )
            page = registry_query.list_page(store, query)
            if args.json:
                print(registry_query.dumps(page))
                return 0
            for row in page.rows:
                print(
                    f"{row.id}  {row.name}  {row.village}, {row.kabupaten}  "
                    f"{row.category or 'Belum dinilai'}  {', '.join(row.mentors) or '-'}"
                )
            print(f"{page.total} koperasi, halaman {page.page} dari {page.pages}")
            return 0
        if args.action == "add":
            view = registry.create(
                store, args.name or "", args.village or "", _pairs(args.set), actor=_actor()
            )
            if args.json:
                print_json(view.as_dict())
            else:
                print(f"Koperasi dibuat: {view.id} {view.values['name']} ({view.village})")
            return 0
        if args.record_id is None:
            raise KopdesError("Sebutkan id koperasi yang dikoreksi.", "Name the cooperative.")
        changed = registry.correct(store, args.record_id, _pairs(args.set), actor=_actor())
        if args.json:
            print_json({"id": args.record_id, "changed": changed})
        else:
            print(f"Dikoreksi: {', '.join(changed)}" if changed else "Tidak ada yang berubah.")
    return 0


def register(add: Callable[..., argparse.ArgumentParser], open_store: Opener) -> None:
    """Add ``officer`` and ``cooperative`` through ``add(name, func, help)``."""
    officer = add(
        "officer",
        lambda a: _officer(open_store, a),
        "petugas ruang kerja: add, list, set, disable, enable, passwd",
    )
    officer.add_argument(
        "action",
        choices=("add", "list", "set", "disable", "enable", "passwd"),
        help="tambah, daftar, ubah peran/kabupaten, nonaktifkan, aktifkan, atau ganti kata sandi",
    )
    officer.add_argument("username", nargs="?", help="nama pengguna petugas")
    officer.add_argument(
        "--role",
        choices=ROLES,
        help="admin (semua), kabupaten (satu kabupaten), viewer (baca saja); "
        "bawaan untuk add: viewer",
    )
    officer.add_argument("--kabupaten", help="kode kabupaten/kota, mis. 65.01")
    officer.add_argument("--name", help="nama lengkap")
    officer.add_argument("--json", action="store_true", help=JSON_HELP)

    coop = add(
        "cooperative", lambda a: _cooperative(open_store, a), "registri koperasi: add, edit, list"
    )
    coop.add_argument(
        "action", choices=("add", "edit", "list"), help="buat, koreksi, atau daftar koperasi"
    )
    coop.add_argument("record_id", nargs="?", help="id koperasi (untuk edit)")
    coop.add_argument("--name", help="nama koperasi (untuk add)")
    coop.add_argument("--village", help="kode desa/kelurahan Kemendagri (untuk add)")
    coop.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KOLOM=NILAI",
        help="isi atau koreksi satu kolom registri (boleh berulang)",
    )
    coop.add_argument("--q", default="", help="cari nama, NIB atau id (untuk list)")
    coop.add_argument("--kabupaten", help="saring kabupaten/kota (kode)")
    coop.add_argument("--kecamatan", help="saring kecamatan (kode)")
    coop.add_argument("--category", help="saring kategori penilaian terakhir")
    coop.add_argument("--mentor", help="saring id pendamping")
    coop.add_argument(
        "--unit-status",
        choices=UNIT_STATUSES,
        help="saring koperasi yang punya unit usaha dengan status ini",
    )
    coop.add_argument("--page", type=int, default=1, help="halaman (50 per halaman)")
    coop.add_argument("--json", action="store_true", help=JSON_HELP)
