"""The self-test: proves an installed (or frozen) copy of the app can do its real work.

It runs in a fresh temporary data folder and touches nothing of the user's: open a store (all
migrations), load every shipped instrument, record and finalize an assessment scored from
example answers, render its report as PDF with the shipped fonts, then seal a sync batch to a
throw-away province and open and verify it as the province would. Qt-free; the GUI adds its own
checks (translations, Qt plugins) through ``extra``.

Each check returns a short phrase for the one-line summary; the first one that raises stops the
run and is named in the failure line.
"""

from __future__ import annotations

import json
import os
import random
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kopdes_desktop import __version__, resources

INSTRUMENT = "kesehatan-usp-2016"
TODAY = date(2025, 11, 3)
SEED = 20251103
PROVINCE_NAME = "Provinsi Uji Mandiri"


@dataclass
class Context:
    """What one check leaves for the next: the temporary folder, the store, the records."""

    root: Path
    paths: Any = None
    store: Any = None
    registry: Any = None
    assessment_id: str = ""
    pdf: bytes = b""
    values: dict[str, Any] = field(default_factory=dict)


Check = Callable[[Context], str]


@dataclass(frozen=True)
class Outcome:
    """The result of a run: ``failed`` names the check that failed (empty on success)."""

    passed: list[tuple[str, str]]
    failed: str = ""
    error: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        """The one line printed by ``kopdes-desktop --self-test``."""
        if self.ok:
            details = ", ".join(detail for _name, detail in self.passed)
            return f"self-test OK (Kopdes Desktop {__version__}): {details}; {self.seconds:.1f} s"
        return (
            f"self-test GAGAL/FAILED at '{self.failed}': {self.error} "
            f"({len(self.passed)} checks passed before it)"
        )


def check_store(ctx: Context) -> str:
    """A fresh store with every migration applied and this laptop's device row."""
    from kopdes_desktop.paths import DataPaths
    from kopdes_desktop.store import migrate, vault
    from kopdes_desktop.store.db import Store

    ctx.paths = DataPaths(ctx.root / "data")
    # The throw-away store is encrypted behind a throw-away passphrase, not in the keyring.
    vault.use_keyring(False)
    os.environ.setdefault(vault.PASSPHRASE_ENV, secrets.token_urlsafe(18))
    ctx.store = Store.open(ctx.paths)
    revision = migrate.current_revision(ctx.store.engine)
    if revision != migrate.head():
        raise RuntimeError(f"database at revision {revision}, expected {migrate.head()}")
    if not ctx.store.device_id:
        raise RuntimeError("no device row after opening the store")
    return f"database at revision {revision}"


def check_instruments(ctx: Context) -> str:
    """Every shipped instrument definition loads and validates."""
    from kopdes_desktop.core.instruments import registry

    ctx.registry = registry(ctx.paths)
    infos = ctx.registry.list()
    shipped = sorted(
        p.parent.name
        for p in resources.path("instruments").glob("*/*.json")
        if p.parent.name != "schema"
    )
    if not infos or sorted({i.id for i in infos}) != sorted(set(shipped)):
        raise RuntimeError(f"instruments loaded {[i.id for i in infos]}, shipped {shipped}")
    if ctx.registry.problems:
        raise RuntimeError("; ".join(ctx.registry.problems))
    for instrument in ctx.registry.latest_all():
        instrument.score(_answers(instrument))
    return f"{len(infos)} instruments"


def _answers(instrument: Any) -> dict[str, Any]:
    from kopdes_desktop.core.instruments import example_answers

    return example_answers(instrument, random.Random(SEED), 0.7)


def check_assessment(ctx: Context) -> str:
    """A cooperative, a visit and a finalized assessment, through the core services."""
    from kopdes_desktop.core.regions import load_regions, village_paths
    from kopdes_desktop.core.services import assessments, mentors, visits
    from kopdes_desktop.store.models import Cooperative

    with ctx.store.session() as session:
        load_regions(session)
    with ctx.store.read() as session:
        village = village_paths(session)[0]
    with ctx.store.session() as session:
        me = mentors.save_profile(
            session, name="Uji Mandiri", role="PENDAMPING", kabupaten_code=village.kabupaten_code
        )
        coop = Cooperative(
            name=f"Koperasi Desa Merah Putih {village.name}",
            region_code=village.code,
            financing_ceiling=500_000_000,
        )
        session.add(coop)
        session.flush()
        visit = visits.create(
            session,
            coop.id,
            mentor_id=me.id,
            today=TODAY,
            visit_date=TODAY,
            purpose=visits.VISIT_PURPOSES[0],
            attendees="Ketua, Bendahara",
        )
        visits.mark_done(session, visit.id)
        row = assessments.start(
            session, ctx.registry, coop.id, INSTRUMENT, visit_id=visit.id, assessed_on=TODAY
        )
        assessments.save_draft(
            session, ctx.registry, row.id, _answers(ctx.registry.get(INSTRUMENT))
        )
        final = assessments.finalize(session, ctx.registry, row.id)
        ctx.assessment_id = final.id
        total, category = final.total, final.category
    if total is None or not category:
        raise RuntimeError("the finalized assessment has no score")
    return f"assessment scored {total:g} ({category})"


def check_pdf(ctx: Context) -> str:
    """The assessment's report, rendered by the reports package with the shipped fonts."""
    from kopdes_desktop.reports import ReportOptions, assessment_pdf, save_pdf

    ctx.pdf = assessment_pdf(
        ctx.store, ctx.paths, ctx.registry, ctx.assessment_id, ReportOptions(deterministic=True)
    )
    if not ctx.pdf.startswith(b"%PDF-") or b"%%EOF" not in ctx.pdf[-1024:]:
        raise RuntimeError("the report is not a complete PDF file")
    if b"DejaVuSans" not in ctx.pdf:
        raise RuntimeError("the report does not embed the shipped DejaVu fonts")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", ctx.pdf))
    if pages < 1:
        raise RuntimeError("the report has no pages")
    ctx.values["pdf_file"] = save_pdf(ctx.paths.reports / "uji-mandiri.pdf", ctx.pdf)
    return f"report PDF {pages} page{'s' if pages > 1 else ''} ({len(ctx.pdf) // 1024} KB)"


def check_sync(ctx: Context) -> str:
    """Seal the pending changes to a throw-away province; open and verify them as it would."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from kopdes_desktop.sync import batch, fileformat, keys, payload
    from kopdes_desktop.sync.export import export
    from kopdes_desktop.sync.trust import trust_document, trust_file

    province_dir = ctx.root / "province"
    keys.write_private_key(province_dir / "seal.pem", X25519PrivateKey.generate())
    keys.write_private_key(province_dir / "sign.pem", Ed25519PrivateKey.generate())
    seal = keys.read_seal_key(province_dir / "seal.pem")
    sign = keys.read_sign_key(province_dir / "sign.pem")
    province = keys.ProvincePublic(PROVINCE_NAME, seal.public_key(), sign.public_key())
    trust = province_dir / "trust.json"
    trust.write_text(json.dumps(trust_document(PROVINCE_NAME, province)), encoding="utf-8")
    trust_file(ctx.store, trust)

    result = export(ctx.store, ctx.root / "outbox")
    if not result.batches:
        raise RuntimeError("the export wrote no batch")
    tables: set[str] = set()
    for exported in result.batches:
        opened = fileformat.open_batch(exported.file.read_bytes(), seal, province.key_id)
        batch.check_header(opened.header, province.key_id, len(opened.payload))
        batch.check_batch_id(opened.header)
        if opened.header["device_id"] != ctx.store.device_id:
            raise RuntimeError("the batch names another device")
        records, _blobs = payload.decode(opened.payload, opened.header)
        tables.update(record["t"] for record in records)
    if "assessment" not in tables:
        raise RuntimeError(f"the assessment is missing from the batch (tables {sorted(tables)})")
    return f"sync batch of {result.records} records sealed and verified"


CORE_CHECKS: tuple[tuple[str, Check], ...] = (
    ("store", check_store),
    ("instruments", check_instruments),
    ("assessment", check_assessment),
    ("pdf", check_pdf),
    ("sync", check_sync),
)


def run(extra: Sequence[tuple[str, Check]] = (), keep: Path | None = None) -> Outcome:
    """Run the core checks, then ``extra``, in a temporary folder removed afterwards.

    With ``keep`` the folder is created there and left in place (to inspect the PDF, say).
    """
    started = time.perf_counter()
    root = keep or Path(tempfile.mkdtemp(prefix="kopdes-selftest-"))
    root.mkdir(parents=True, exist_ok=True)
    ctx = Context(root=root)
    passed: list[tuple[str, str]] = []
    try:
        for name, check in (*CORE_CHECKS, *extra):
            try:
                passed.append((name, check(ctx)))
            except Exception as exc:  # any failure is reported by name, never raised
                message = getattr(exc, "message_en", None) or str(exc) or type(exc).__name__
                return Outcome(
                    passed, name, f"{type(exc).__name__}: {message}", time.perf_counter() - started
                )
        return Outcome(passed, seconds=time.perf_counter() - started)
    finally:
        if ctx.store is not None:
            ctx.store.close()
        from kopdes_desktop.store import vault

        vault.use_keyring(True)
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)
