"""``kopdes-province revoke | device | divergences``: what the devices and conflicts pages do
beyond the older commands, over the same functions, audited as ``cli:<user of the computer>``.

``revoke DEVICE_ID`` revokes a lost laptop's key; ``device DEVICE_ID`` shows one device with
its keys, latest batches and refused batches; ``divergences`` lists the devices' divergences.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.province import conflict_views, revocation
from kopdes_desktop.province.device_views import STATUS_WORDS, device_detail
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.workspace_cli import JSON_HELP, _actor

Opener = Callable[[argparse.Namespace], ProvinceStore]


def _revoke(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        done = revocation.revoke(store, args.device_id, args.reason or "", actor=_actor())
    if args.json:
        print_json(done.as_dict())
    else:
        print(
            f"Kunci perangkat {done.device_id} dicabut (sidik jari {done.fingerprint}); "
            "paket berikutnya darinya ditolak."
        )
    return 0


def _device(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        detail = device_detail(store, args.device_id)
    if args.json:
        print_json(detail.as_dict())
        return 0
    s = detail.row.status
    print(
        f"Perangkat {s.device_id} ({s.mentor or 'pendamping tidak diketahui'}): "
        f"{STATUS_WORDS.get(s.status, s.status)}, sidik jari {s.fingerprint}"
    )
    if s.revocation:
        r = s.revocation
        print(f"Dicabut {r['revoked_at']} oleh {r['revoked_by']}: {r['reason'] or '-'}")
    for claim in detail.claims:
        print(
            f"  kunci {claim.fingerprint}: {claim.batches} paket dalam karantina; "
            f"pendamping: {', '.join(claim.mentors) or 'tidak disebut'}"
        )
    print(
        f"Paket terakhir: {s.last_batch_at or '-'}; diterapkan {s.applied_batches}, "
        f"karantina {s.quarantined_batches}, menunggu {s.waiting_batches}, "
        f"ditolak {s.refused_batches}"
    )
    for refusal in detail.refusals:
        print(f"  ditolak {refusal['at']} paket {refusal['batch_id']}: {refusal['reason']}")
    return 0


def _divergences(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = conflict_views.divergences(store)
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("Tidak ada divergensi.")
    for item in found:
        print(
            f"{item['at']} {item['device_id']} ({item['mentor'] or '-'}) paket "
            f"{item['batch_id']}: {item['reason']}"
        )
    return 0


def register(add: Callable[..., argparse.ArgumentParser], open_store: Opener) -> None:
    """Add ``revoke``, ``device`` and ``divergences`` through ``add(name, func, help)``."""
    revoke = add(
        "revoke",
        lambda a: _revoke(open_store, a),
        "cabut kunci perangkat (laptop hilang): paket berikutnya darinya ditolak",
    )
    revoke.add_argument("device_id", help="ID perangkat (lihat devices)")
    revoke.add_argument("--reason", help="alasan, mis. 'laptop hilang'")
    revoke.add_argument("--json", action="store_true", help=JSON_HELP)
    device = add(
        "device",
        lambda a: _device(open_store, a),
        "satu perangkat: kunci, paket terakhir, paket yang ditolak",
    )
    device.add_argument("device_id", help="ID perangkat (lihat devices)")
    device.add_argument("--json", action="store_true", help=JSON_HELP)
    add(
        "divergences",
        lambda a: _divergences(open_store, a),
        "daftar divergensi (nomor perubahan dipakai ulang dengan isi lain)",
    ).add_argument("--json", action="store_true", help=JSON_HELP)
