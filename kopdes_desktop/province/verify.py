"""Checking a report's seal at the province, and whether its figures still match the store.

The seal is checked against the province's keyring (:mod:`kopdes_desktop.province.seal_keys`).
Then the document is looked up in the consolidated store: an assessment report is compared
with the assessment's current result and with any correction made since ("diperbarui
sesudahnya"); a profile with the cooperative's name. ``kopdes-province verify`` is the command.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.seal_keys import province_keyring
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.reports import scan
from kopdes_desktop.reports.seal import SealContent, score_text
from kopdes_desktop.reports.seal_check import Verdict, check

Opener = Callable[[argparse.Namespace], ProvinceStore]
SAME = "sama"
UPDATED = "diperbarui_sesudahnya"
MISSING = "tidak_ada"
NOT_COMPARED = "tidak_dibandingkan"


@dataclass(frozen=True)
class StoreMatch:
    """How a sealed document compares with the consolidated store."""

    status: str
    message: str


@dataclass(frozen=True)
class ProvinceVerdict:
    verdict: Verdict
    match: StoreMatch | None

    def as_dict(self) -> dict[str, Any]:
        data = self.verdict.as_dict()
        data["store"] = (
            None
            if self.match is None
            else {"status": self.match.status, "message": self.match.message}
        )
        return data


def _current(session: Any, table: str, record_id: str) -> dict[str, Any] | None:
    row = session.scalars(
        select(ProvVersion).where(
            ProvVersion.table_name == table,
            ProvVersion.record_id == record_id,
            ProvVersion.is_current,
        )
    ).first()
    return None if row is None or row.deleted else json.loads(row.data)


def _corrections(session: Any, assessment_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(ProvVersion).where(
            ProvVersion.table_name == "assessment",
            ProvVersion.is_current,
            ProvVersion.data.contains(assessment_id),
        )
    ).all()
    found = [json.loads(r.data) for r in rows if not r.deleted]
    return [
        d for d in found if d.get("revision_of") == assessment_id and d.get("status") == "FINAL"
    ]


def _result_text(values: dict[str, Any]) -> str:
    total = values.get("total")
    score = score_text(f"{total:.1f}") if isinstance(total, (int, float)) else "-"
    return f"skor {score} {values.get('category') or ''}".strip()


def _assessment_match(session: Any, content: SealContent) -> StoreMatch:
    current = _current(session, "assessment", content.doc_id)
    if current is None:
        return StoreMatch(MISSING, "Penilaian ini tidak ada di data gabungan provinsi.")
    corrections = _corrections(session, content.doc_id)
    if corrections:
        latest = max(corrections, key=lambda d: d.get("revision_no") or 0)
        return StoreMatch(
            UPDATED,
            "Diperbarui sesudahnya: penilaian ini dikoreksi (revisi "
            f"{latest.get('revision_no')}, {_result_text(latest)}).",
        )
    total = current.get("total")
    same = (
        isinstance(total, (int, float))
        and f"{total:.1f}" == content.figure("s")
        and (current.get("category") or "") == (content.figure("c") or "")
    )
    if not same:
        return StoreMatch(
            UPDATED, f"Diperbarui sesudahnya: data gabungan kini berisi {_result_text(current)}."
        )
    return StoreMatch(SAME, "Sama dengan data gabungan provinsi.")


def store_match(store: ProvinceStore, content: SealContent, scope: str | None = None) -> StoreMatch:
    """Compare a sealed document with the consolidated store; an officer limited to the
    kabupaten ``scope`` gets no comparison for a cooperative outside it."""
    with store.session() as session:
        if scope is not None and content.kind in ("A", "P"):
            scoped = _current(session, "cooperative", content.subject_id) or {}
            if not str(scoped.get("region_code") or "").startswith(scope):
                return StoreMatch(
                    NOT_COMPARED,
                    "Koperasi ini di luar kabupaten Anda; angka "
                    "tidak dibandingkan dengan data gabungan.",
                )
        if content.kind == "A":
            return _assessment_match(session, content)
        if content.kind == "P":
            coop = _current(session, "cooperative", content.subject_id)
            if coop is None:
                return StoreMatch(MISSING, "Koperasi ini tidak ada di data gabungan provinsi.")
            if coop.get("name") != content.subject_name:
                return StoreMatch(
                    UPDATED, f"Diperbarui sesudahnya: nama koperasi kini {coop.get('name')}."
                )
            return StoreMatch(SAME, "Koperasi ada di data gabungan provinsi.")
    return StoreMatch(NOT_COMPARED, "Angka laporan ini tidak dibandingkan dengan data gabungan.")


def verify_text(store: ProvinceStore, text: str, scope: str | None = None) -> ProvinceVerdict:
    """Check seal ``text`` with the province's keys and compare it with the store (only
    within the kabupaten ``scope`` when given)."""
    verdict = check(text, province_keyring(store))
    match = None
    if verdict.genuine and verdict.content is not None:
        match = store_match(store, verdict.content, scope)
    return ProvinceVerdict(verdict, match)


def register(add: Callable[..., argparse.ArgumentParser], opener: Opener) -> None:
    """``kopdes-province verify IMAGE|PDF|TEXT [--json]``."""
    command = add(
        "verify", lambda args: _verify(args, opener), "periksa keaslian laporan dari kode QR-nya"
    )
    command.add_argument(
        "source", metavar="GAMBAR|PDF|TEKS", help="foto/pindaian, PDF laporan, atau teks kode QR"
    )
    command.add_argument("--json", action="store_true", help="keluaran JSON")


def _verify(args: argparse.Namespace, opener: Opener) -> int:
    text = scan.read_seal(args.source)
    with opener(args) as store:
        result = verify_text(store, text)
    if args.json:
        print_json(result.as_dict())
    else:
        print(result.verdict.summary)
        for line in result.verdict.details:
            print(f"  {line}")
        if result.match is not None:
            print(f"  Data gabungan: {result.match.message}")
    return 0 if result.verdict.genuine else 1
