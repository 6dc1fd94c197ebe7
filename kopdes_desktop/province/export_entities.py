"""One sheet per entity of the Dinas's spreadsheet: its columns and its rows, streamed.

The sheets are read in an order that lets later ones use what earlier ones saw: assessments
(each cooperative's latest category), visits (last visit), follow-ups (overdue ones) and
assignments (current mentors) come before the cooperatives and the summary per kabupaten.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kopdes_desktop.province.export_sheets import (
    DATE,
    INT,
    NUMBER,
    OPEN,
    PLACE,
    RUPIAH,
    TEXT,
    Column,
    Context,
    aspect_columns,
    day,
    instrument_title,
    records,
)
from kopdes_desktop.province.regions import kabupaten_name
from kopdes_desktop.reports.texts import label

Sheet = tuple[list[Column], Iterator[list[Any]]]
FINANCING = (
    "financing_ceiling",
    "financing_disbursed",
    "financing_outstanding",
    "financing_arrears",
)
FINANCING_HEADERS = ("Plafon pembiayaan", "Pembiayaan tersalur", "Sisa pinjaman", "Tunggakan")


def _money(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _yes(value: bool) -> str:
    return "Ya" if value else "Tidak"


def assessments(ctx: Context) -> Sheet:
    aspects = aspect_columns(ctx)
    columns = [
        ("ID penilaian", TEXT),
        *PLACE,
        ("ID kunjungan", TEXT),
        ("Tanggal penilaian", DATE),
        ("Instrumen", TEXT),
        ("Versi", TEXT),
        ("Status", TEXT),
        ("Revisi ke", INT),
        *((header, NUMBER) for _i, _a, header in aspects),
        ("Total skor", NUMBER),
        ("Kategori", TEXT),
    ]
    titles: dict[str, str] = {}

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "assessment"):
            place = ctx.place(v.get("cooperative_id"))
            final = v.get("status") == "FINAL"
            if place is None or not (final or ctx.include_drafts):
                continue
            inst = str(v.get("instrument_id") or "")
            if inst not in titles:
                titles[inst] = instrument_title(inst)
            scores = {
                (inst, str(a.get("id"))): a.get("score")
                for a in ((v.get("result") or {}).get("aspects") or ())
            }
            assessed = day(v.get("assessed_on"))
            if final and assessed:
                _note_latest(ctx, place[0], inst, assessed.isoformat(), v)
            yield [
                record_id,
                *place,
                v.get("visit_id"),
                assessed,
                titles[inst],
                v.get("instrument_version"),
                label("assessment_status", v.get("status")),
                v.get("revision_no"),
                *(scores.get((i, a)) for i, a, _h in aspects),
                v.get("total"),
                v.get("category"),
            ]

    return columns, rows()


def _note_latest(ctx: Context, coop_id: str, inst: str, on: str, v: dict[str, Any]) -> None:
    """Keep each cooperative's latest final readiness assessment (the one instrument every
    cooperative is assessed with; another instrument only when it has none)."""
    readiness = inst == "kesiapan-kdkmp"
    held = ctx.latest.get(coop_id)
    key = (readiness, on)
    if held is None or key > (held[0] == "kesiapan-kdkmp", held[1]):
        ctx.latest[coop_id] = (inst, on, v.get("total"), v.get("category"))


def visits(ctx: Context) -> Sheet:
    columns = [
        ("ID kunjungan", TEXT),
        *PLACE,
        ("ID pendamping", TEXT),
        ("Pendamping", TEXT),
        ("Tanggal kunjungan", DATE),
        ("Tujuan", TEXT),
        ("Status", TEXT),
        ("Peserta", TEXT),
        ("Lintang", NUMBER),
        ("Bujur", NUMBER),
        ("Catatan", TEXT),
    ]

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "visit"):
            place = ctx.place(v.get("cooperative_id"))
            if place is None:
                continue
            visited = day(v.get("visit_date"))
            if v.get("status") == "DONE" and visited:
                held = ctx.last_visit.get(place[0], "")
                ctx.last_visit[place[0]] = max(held, visited.isoformat())
            mentor = v.get("mentor_id")
            yield [
                record_id,
                *place,
                mentor,
                ctx.mentors.get(mentor or "", ""),
                visited,
                v.get("purpose"),
                label("visit_status", v.get("status")),
                v.get("attendees"),
                v.get("lat"),
                v.get("lon"),
                v.get("notes"),
            ]

    return columns, rows()


def findings(ctx: Context) -> Sheet:
    columns = [
        ("ID temuan", TEXT),
        *PLACE,
        ("ID kunjungan", TEXT),
        ("Tanggal dicatat", DATE),
        ("Bidang", TEXT),
        ("Indikator", TEXT),
        ("Kesesuaian", TEXT),
        ("Temuan", TEXT),
        ("Rekomendasi", TEXT),
    ]

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "finding"):
            place = ctx.place(v.get("cooperative_id"))
            if place is not None:
                yield [
                    record_id,
                    *place,
                    v.get("visit_id"),
                    day(v.get("created_at")),
                    v.get("area"),
                    v.get("indicator"),
                    label("compliance", v.get("compliance")),
                    v.get("temuan"),
                    v.get("rekomendasi"),
                ]

    return columns, rows()


def actions(ctx: Context) -> Sheet:
    columns = [
        ("ID tindak lanjut", TEXT),
        *PLACE,
        ("ID temuan", TEXT),
        ("ID kunjungan", TEXT),
        ("Tindak lanjut", TEXT),
        ("Penanggung jawab", TEXT),
        ("Tenggat", DATE),
        ("Status", TEXT),
        ("Terlambat", TEXT),
        ("Ditutup pada", DATE),
        ("Catatan", TEXT),
    ]

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "action_item"):
            place = ctx.place(v.get("cooperative_id"))
            if place is None:
                continue
            due = day(v.get("due_date"))
            late = v.get("status") in OPEN and due is not None and due < ctx.today
            if late:
                ctx.overdue[place[0]] = ctx.overdue.get(place[0], 0) + 1
            yield [
                record_id,
                *place,
                v.get("finding_id"),
                v.get("visit_id"),
                v.get("title"),
                v.get("owner"),
                due,
                label("action_status", v.get("status")),
                _yes(late),
                day(v.get("closed_on")),
                v.get("notes"),
            ]

    return columns, rows()


def assignments(ctx: Context) -> Sheet:
    columns = [
        ("ID penugasan", TEXT),
        ("ID pendamping", TEXT),
        ("Pendamping", TEXT),
        *PLACE,
        ("Mulai", DATE),
        ("Selesai", DATE),
        ("Masih berjalan", TEXT),
    ]

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "assignment"):
            place = ctx.place(v.get("cooperative_id"))
            if place is None:
                continue
            mentor = str(v.get("mentor_id") or "")
            end = day(v.get("end"))
            running = end is None or end >= ctx.today
            if running:
                ctx.coop_mentors.setdefault(place[0], []).append(mentor)
            yield [
                record_id,
                mentor,
                ctx.mentors.get(mentor, ""),
                *place,
                day(v.get("start")),
                end,
                _yes(running),
            ]

    return columns, rows()


def units(ctx: Context) -> Sheet:
    columns = [
        ("ID unit usaha", TEXT),
        *PLACE,
        ("Jenis usaha", TEXT),
        ("Nama usaha lain", TEXT),
        ("Status", TEXT),
        ("Omzet per bulan", RUPIAH),
        ("Catatan", TEXT),
    ]

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "business_unit"):
            place = ctx.place(v.get("cooperative_id"))
            if place is not None:
                yield [
                    record_id,
                    *place,
                    label("unit", v.get("kind")),
                    v.get("other_name"),
                    label("unit_status", v.get("status")),
                    v.get("monthly_turnover"),
                    v.get("notes"),
                ]

    return columns, rows()


def board(ctx: Context) -> Sheet:
    personal = [("Telepon", TEXT), ("NIK", TEXT)] if ctx.personal else []
    columns = [
        ("ID pengurus", TEXT),
        *PLACE,
        ("Organ", TEXT),
        ("Jabatan", TEXT),
        ("Nama", TEXT),
        ("Jenis kelamin", TEXT),
        *personal,
    ]

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "person"):
            place = ctx.place(v.get("cooperative_id"))
            if place is None:
                continue
            gender = {"L": "Laki-laki", "P": "Perempuan"}.get(v.get("gender") or "", "")
            extra = [v.get("phone"), v.get("nik")] if ctx.personal else []
            yield [
                record_id,
                *place,
                label("organ", v.get("organ")),
                v.get("role"),
                v.get("name"),
                gender,
                *extra,
            ]

    return columns, rows()


def mentors(ctx: Context) -> Sheet:
    personal = [("Telepon", TEXT), ("Surel", TEXT)] if ctx.personal else []
    columns = [
        ("ID pendamping", TEXT),
        ("Nama pendamping", TEXT),
        ("Peran", TEXT),
        ("Kabupaten/Kota", TEXT),
        *personal,
        ("Koperasi didampingi", INT),
    ]
    counts: dict[str, int] = {}
    for ids in ctx.coop_mentors.values():
        for mentor in set(ids):
            counts[mentor] = counts.get(mentor, 0) + 1

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "mentor"):
            kab = str(v.get("kabupaten_code") or "")
            if ctx.scope and kab != ctx.scope and record_id not in counts:
                continue
            extra = [v.get("phone"), v.get("email")] if ctx.personal else []
            yield [
                record_id,
                v.get("name"),
                label("mentor_role", v.get("role")),
                kabupaten_name(kab) or "",
                *extra,
                counts.get(record_id, 0),
            ]

    return columns, rows()


def cooperatives(ctx: Context) -> Sheet:
    columns = [
        *PLACE,
        ("Kode wilayah", TEXT),
        ("Alamat", TEXT),
        ("Model pembentukan", TEXT),
        ("Nomor AHU", TEXT),
        ("NIK koperasi", TEXT),
        ("NIB", TEXT),
        ("NPWP", TEXT),
        ("Bank", TEXT),
        ("Nomor rekening", TEXT),
        ("Status SIMKOPDES", TEXT),
        ("Tanggal berdiri", DATE),
        ("Lintang kantor", NUMBER),
        ("Bujur kantor", NUMBER),
        ("Pendamping", TEXT),
        ("Kategori terakhir", TEXT),
        ("Skor terakhir", NUMBER),
        ("Tanggal penilaian terakhir", DATE),
        ("Kunjungan terakhir", DATE),
        ("Tindak lanjut terlambat", INT),
        *((h, RUPIAH) for h in FINANCING_HEADERS),
    ]

    def rows() -> Iterator[list[Any]]:
        for record_id, v in records(ctx.connection, "cooperative"):
            place = ctx.place(record_id)
            if place is None:
                continue
            latest = ctx.latest.get(record_id)
            money = tuple(_money(v.get(f)) for f in FINANCING)
            ctx.financing[record_id] = money
            names = sorted({ctx.mentors.get(m, "") for m in ctx.coop_mentors.get(record_id, ())})
            yield [
                *place,
                v.get("region_code"),
                v.get("address"),
                label("formation", v.get("formation_model")),
                v.get("ahu_number"),
                v.get("nik_koperasi"),
                v.get("nib"),
                v.get("npwp"),
                v.get("bank_name"),
                v.get("bank_account"),
                label("simkopdes", v.get("simkopdes_status")),
                day(v.get("founded_on")),
                v.get("office_lat"),
                v.get("office_lon"),
                ", ".join(n for n in names if n),
                latest[3] if latest else None,
                latest[2] if latest else None,
                day(latest[1]) if latest else None,
                day(ctx.last_visit.get(record_id)),
                ctx.overdue.get(record_id, 0),
                *money,
            ]

    return columns, rows()
