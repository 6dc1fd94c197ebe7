"""``kopdes-province check [--fix] [--quarantined]``: records an earlier version stored without
checking them are found, moved to quarantine with their reasons, and the reference package that
follows imports on a laptop again (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import func, select

from kopdes_desktop.province.check import known_in_store
from kopdes_desktop.province.cli import main as province_cli
from kopdes_desktop.province.models import ProvConflict, ProvVersion
from kopdes_desktop.province.outputs import write_reference
from kopdes_desktop.province.quarantine import ProvQuarantine
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Cooperative
from kopdes_desktop.sync import schema_batch
from kopdes_desktop.sync.service import SyncService

from .support import (
    add_cooperative,
    add_visits,
    current_data,
    enroll_laptop,
    export_files,
    import_all,
)

OLD_DEVICE = "7d0c9a70-5a43-4e0e-9f6b-3f1c2b9e0001"
WHEN = "2025-11-03T08:30:00"


def _store(
    province: ProvinceStore,
    table: str,
    values: dict | str,
    *,
    record_id: str | None = None,
    device: str = OLD_DEVICE,
    counter: int = 1,
    current: bool = True,
    updated_at: str = WHEN,
) -> str:
    """A version as an earlier province version stored it, unchecked."""
    record_id = record_id or str(uuid.uuid4())
    data = values if isinstance(values, str) else json.dumps(values, ensure_ascii=False)
    with province.session() as session:
        session.add(
            ProvVersion(
                table_name=table,
                record_id=record_id,
                device_id=device,
                counter=counter,
                base_rev=None,
                deleted=False,
                updated_at=updated_at,
                data=data,
                batch_id=None,
                is_current=current,
                in_conflict=not current,
            )
        )
    return record_id


def _run(capsys, *args: str) -> tuple[int, object]:
    code = province_cli(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if "--json" in args else out)


def test_check_finds_quarantines_and_the_reference_imports_again(
    tmp_path: Path, province, laptops, capsys
):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    good_coop = add_cooperative(laptop)
    add_visits(laptop, good_coop, 2)
    assert {o.status for o in import_all(province, export_files(laptop, tmp_path / "a"))} == {
        "applied"
    }
    coop = {
        k: v
        for k, v in current_data(province, "cooperative", good_coop).items()
        if k not in ("deleted", "conflict", "device_id")
    }
    visit = next(v for v in _versions(province) if v[0] == "visit")
    visit_values = json.loads(visit[3])

    null_name = _store(province, "cooperative", dict(coop, name=None))
    _store(
        province,
        "cooperative",
        dict(coop, name="Versi lain"),
        record_id=null_name,
        device=str(uuid.uuid4()),
        current=False,
    )
    dict_name = _store(province, "cooperative", dict(coop, name={"a": 1}))
    dots = _store(province, "cooperative", dict(coop, region_code="65" + "." * 30_000))
    ceiling = _store(province, "cooperative", dict(coop, financing_ceiling=10**30))
    elsewhere = _store(province, "cooperative", dict(coop, region_code="64.01"))
    tilde = _store(province, "cooperative", dict(coop, name="KDMP Tilde"), updated_at="~~~~")
    nan = _store(province, "cooperative", '{"name": NaN}')
    child = _store(province, "visit", dict(visit_values, cooperative_id=null_name))
    orphan = _store(province, "visit", dict(visit_values, cooperative_id=str(uuid.uuid4())))
    with province.session() as session:
        session.add(
            ProvConflict(
                table_name="cooperative",
                record_id=null_name,
                versions="[]",
                winner=f"{OLD_DEVICE}:1",
                status="open",
            )
        )

    root = str(province.root)
    code, report = _run(capsys, "check", "--dir", root, "--json")
    assert code == 1
    found = {(r["table"], r["record_id"]): r for r in report["invalid"]}
    expected = {
        null_name: "name",
        dict_name: "name",
        dots: "region_code",
        ceiling: "financing_ceiling",
        elsewhere: "region_code",
        tilde: "updated_at",
        nan: "",
        child: "cooperative_id",
        orphan: "cooperative_id",
    }
    assert {record_id for _table, record_id in found} == set(expected)
    for (_table, record_id), record in found.items():
        assert record["problems"][0]["field"] == expected[record_id], record
        assert record["reason"] and "\n" not in record["reason"]
    assert "ikut dikarantina" in found[("visit", child)]["reason"]
    assert "tidak ada di provinsi" in found[("visit", orphan)]["reason"]
    assert report["checked"] == len(expected) + 5  # the laptop's cooperative, visits, assessments

    code, text = _run(capsys, "check", "--dir", root)
    assert code == 1 and "jalankan dengan --fix" in text and f"cooperative {dots}" in text

    code, fixed = _run(capsys, "check", "--dir", root, "--fix", "--json")
    assert code == 0 and fixed["quarantined_versions"] == len(expected) + 1
    assert {k[1] for k, *_ in _versions(province)}.isdisjoint(expected)
    with province.session() as session:
        assert session.scalar(select(ProvConflict.status)) == "quarantined"
        assert session.scalar(select(func.count()).select_from(ProvQuarantine)) == len(expected) + 1
    code, text = _run(capsys, "check", "--dir", root)
    assert code == 0 and text.startswith("Semua 5 catatan sah")

    code, listed = _run(capsys, "check", "--dir", root, "--quarantined", "--json")
    assert code == 0 and len(listed) == len(expected) + 1
    mine = [q for q in listed if q["record_id"] == null_name]
    assert sorted(q["was_current"] for q in mine) == [False, True]
    assert mine[0]["problems"][0]["reason_en"].startswith("required")
    assert json.loads(next(q for q in mine if q["was_current"])["data"])["name"] is None
    code, text = _run(capsys, "check", "--dir", root, "--quarantined")
    assert f"cooperative {dots}" in text and "wajib diisi" in text

    write_reference(province, tmp_path / "ref.kopdes-ref")
    other = laptops("b")
    [outcome] = SyncService(other).import_files([tmp_path / "ref.kopdes-ref"])
    assert outcome.status == "applied", outcome.message
    with other.read() as session:
        assert session.scalars(select(Cooperative.id)).all() == [good_coop]


def _versions(province: ProvinceStore) -> list[tuple[str, str, str, str]]:
    with province.session() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    ProvVersion.table_name,
                    ProvVersion.record_id,
                    ProvVersion.device_id,
                    ProvVersion.data,
                )
            )
        ]


def test_check_on_a_database_made_before_the_quarantine_table(province, capsys):
    ProvQuarantine.__table__.drop(province.engine)
    code, text = _run(capsys, "check", "--dir", str(province.root), "--quarantined")
    assert code == 0 and text.strip() == "Karantina kosong."
    code, report = _run(capsys, "check", "--dir", str(province.root), "--fix", "--json")
    assert code == 0 and report == {"checked": 0, "invalid": [], "quarantined_versions": 0}


def test_parents_looked_up_in_the_province_store(tmp_path: Path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    [visit] = add_visits(laptop, coop, 1)
    import_all(province, export_files(laptop, tmp_path / "a"))
    stranger = str(uuid.uuid4())
    batch = [
        ("finding", str(uuid.uuid4()), {"visit_id": visit, "cooperative_id": coop}),
        ("finding", str(uuid.uuid4()), {"visit_id": stranger, "cooperative_id": coop}),
    ]
    with province.engine.connect() as connection:
        known = known_in_store(connection)
        assert known("visit", {visit, stranger}) == {visit}
        missing = schema_batch.check_parents(batch, known)
    assert [[p.field for p in problems] for problems in missing.values()] == [["visit_id"]]
