"""The summary sheet: one row per kabupaten (and the province's total) from what the entity
sheets gathered: cooperatives by latest category, not assessed, not visited for 60 days,
overdue follow-ups, financing, and mentors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from kopdes_desktop.province.export_entities import FINANCING_HEADERS, Sheet
from kopdes_desktop.province.export_sheets import INT, RUPIAH, TEXT, Context

STALE_DAYS = 60


def categories(ctx: Context) -> list[str]:
    """The latest categories found, best first (by their mean total score)."""
    totals: dict[str, list[float]] = {}
    for _inst, _on, total, category in ctx.latest.values():
        if category:
            totals.setdefault(category, []).append(float(total or 0))
    return sorted(totals, key=lambda c: (-sum(totals[c]) / len(totals[c]), c))


def summary(ctx: Context) -> Sheet:
    found = categories(ctx)
    columns = [
        ("Kabupaten/Kota", TEXT),
        ("Koperasi", INT),
        *((f"Kategori: {c}", INT) for c in found),
        ("Belum dinilai", INT),
        ("Tidak dikunjungi 60 hari", INT),
        ("Tindak lanjut terlambat", INT),
        ("Koperasi menunggak", INT),
        *((h, RUPIAH) for h in FINANCING_HEADERS),
        ("Pendamping aktif", INT),
    ]
    since = (ctx.today - timedelta(days=STALE_DAYS)).isoformat()
    groups: dict[str, list[str]] = {}
    for coop_id, info in ctx.coops.items():
        groups.setdefault(info.kabupaten, []).append(coop_id)

    def line(name: str, ids: list[str]) -> list[Any]:
        by_category = {c: 0 for c in found}
        for coop_id in ids:
            latest = ctx.latest.get(coop_id)
            if latest and latest[3] in by_category:
                by_category[latest[3]] += 1
        money = [sum(ctx.financing.get(c, (0, 0, 0, 0))[i] for c in ids) for i in range(4)]
        mentors = {m for c in ids for m in ctx.coop_mentors.get(c, ())}
        return [
            name,
            len(ids),
            *by_category.values(),
            sum(1 for c in ids if c not in ctx.latest),
            sum(1 for c in ids if ctx.last_visit.get(c, "") < since),
            sum(ctx.overdue.get(c, 0) for c in ids),
            sum(1 for c in ids if ctx.financing.get(c, (0, 0, 0, 0))[3] > 0),
            *money,
            len(mentors),
        ]

    def rows() -> Iterator[list[Any]]:
        for name in sorted(groups):
            yield line(name, groups[name])
        if not ctx.scope:
            yield line("Jumlah provinsi", list(ctx.coops))

    return columns, rows()
