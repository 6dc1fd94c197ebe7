"""``kopdes-province mentor add|list|show``, ``assign`` and ``unassign``: mentors and their
assignments from the command line, over the same functions the workspace's pages call, audited
as ``cli:<user of the computer>``. (A code for a named mentor: ``enroll-code --mentor ID``.)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import mentors
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.workspace_cli import JSON_HELP, _actor

Opener = Callable[[argparse.Namespace], ProvinceStore]


def _print_mentor(view: mentors.MentorView) -> None:
    print(f"{view.id}  {view.name}  {view.role}  {view.kabupaten or '-'}")
    print(
        f"  Koperasi ({len(view.cooperatives)}): "
        f"{', '.join(name for _, name in view.cooperatives) or '-'}"
    )
    devices = ", ".join(f"{d.device_id} ({d.status})" for d in view.devices)
    print(f"  Perangkat: {devices or '-'}; sinkron terakhir: {view.last_sync or 'belum pernah'}")


def _mentor(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.action == "list":
            found = mentors.list_mentors(store, args.kabupaten)
            if args.json:
                print_json([m.as_dict() for m in found])
                return 0
            for view in found:
                print(
                    f"{view.id}  {view.name}\t{view.kabupaten or '-'}\t"
                    f"{len(view.cooperatives)} koperasi\t{len(view.devices)} perangkat\t"
                    f"{view.last_sync or '-'}"
                )
            print(f"{len(found)} pendamping")
            return 0
        if args.action == "add":
            view = mentors.add_mentor(
                store,
                {
                    "name": args.name,
                    "kabupaten_code": args.kabupaten,
                    "role": args.role,
                    "phone": args.phone,
                    "email": args.email,
                },
                actor=_actor(),
            )
            what = "Pendamping dibuat"
        else:
            if not args.mentor_id:
                raise KopdesError("Sebutkan id pendamping.", "Name the mentor's id.")
            view = mentors.get_mentor(store, args.mentor_id)
            what = ""
    if args.json:
        print_json(view.as_dict())
        return 0
    if what:
        print(f"{what}:")
    _print_mentor(view)
    for item in view.assignments:
        state = "berjalan" if item.active else "berakhir"
        print(f"  {item.start} s.d. {item.end or '-'}  {item.cooperative}  ({state})")
    return 0


def _assign(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        done = mentors.assign(
            store, args.cooperative_id, args.mentor_id, args.start, actor=_actor()
        )
    if args.json:
        print_json(done.as_dict())
    else:
        print(f"Koperasi {done.cooperative} ditugaskan kepada {done.mentor} mulai {done.start}.")
    return 0


def _unassign(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        ended = mentors.unassign(
            store, args.cooperative_id, args.mentor, args.start, actor=_actor()
        )
    if args.json:
        print_json({"cooperative_id": args.cooperative_id, "ended": ended})
    else:
        print(f"Penugasan diakhiri: {len(ended)}.")
    return 0


def register(add: Callable[..., argparse.ArgumentParser], open_store: Opener) -> None:
    """Add ``mentor``, ``assign`` and ``unassign`` through ``add(name, func, help)``."""
    mentor = add("mentor", lambda a: _mentor(open_store, a), "pendamping: add, list, show")
    mentor.add_argument(
        "action", choices=("add", "list", "show"), help="buat, daftar, atau tampilkan pendamping"
    )
    mentor.add_argument("mentor_id", nargs="?", help="id pendamping (untuk show)")
    mentor.add_argument("--name", help="nama pendamping (untuk add)")
    mentor.add_argument("--kabupaten", help="kode kabupaten/kota, mis. 65.01 (add; saring list)")
    mentor.add_argument(
        "--role",
        choices=mentors.ROLES,
        default="PENDAMPING",
        help="PENDAMPING atau BA (Business Assistant)",
    )
    mentor.add_argument("--phone", help="nomor HP")
    mentor.add_argument("--email", help="surel")
    mentor.add_argument("--json", action="store_true", help=JSON_HELP)

    assign = add(
        "assign",
        lambda a: _assign(open_store, a),
        "tugaskan koperasi kepada pendamping (penugasan lama berakhir sehari sebelumnya)",
    )
    assign.add_argument("cooperative_id", help="id koperasi")
    assign.add_argument("mentor_id", help="id pendamping")
    assign.add_argument(
        "--from", dest="start", metavar="TANGGAL", help="mulai tanggal TTTT-BB-HH (bawaan hari ini)"
    )
    assign.add_argument("--json", action="store_true", help=JSON_HELP)

    unassign = add("unassign", lambda a: _unassign(open_store, a), "akhiri penugasan koperasi")
    unassign.add_argument("cooperative_id", help="id koperasi")
    unassign.add_argument("--mentor", help="hanya penugasan pendamping ini (id)")
    unassign.add_argument(
        "--from",
        dest="start",
        metavar="TANGGAL",
        help="hari pertama tanpa penugasan, TTTT-BB-HH (bawaan hari ini)",
    )
    unassign.add_argument("--json", action="store_true", help=JSON_HELP)
