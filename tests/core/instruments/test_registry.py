"""Versions, imports, stored results, recomputation and comparison."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from kopdes_desktop.core.instruments import (
    InstrumentError,
    ScoreResult,
    compare,
    registry,
)
from kopdes_desktop.store.models import Assessment, Cooperative, Region

from .helpers import kes_base, shipped_definition, usp_base


def new_version(instrument_id: str, version: str) -> dict:
    definition = shipped_definition(instrument_id)
    definition["version"] = version
    return definition


def test_list_and_get():
    reg = registry()
    infos = reg.list()
    assert [(i.id, i.version) for i in infos] == [
        ("kesehatan-koperasi-2021", "1.0"),
        ("kesehatan-koperasi-2021", "1.1"),
        ("kesehatan-usp-2016", "1.0"),
        ("kesiapan-kdkmp", "1.0"),
    ]
    assert infos[3].title_en.startswith("Business readiness")
    assert [i.id for i in reg.latest_all()] == [
        "kesehatan-koperasi-2021",
        "kesehatan-usp-2016",
        "kesiapan-kdkmp",
    ]
    instrument = reg.get("kesiapan-kdkmp")
    assert instrument.item("unit_usaha").items[0].id == "jenis_unit"
    kinds = [c.value for c in instrument.item("jenis_unit").choices]
    assert kinds == [
        "KANTOR",
        "SEMBAKO",
        "SIMPAN_PINJAM",
        "KLINIK",
        "APOTEK",
        "GUDANG_COLD_STORAGE",
        "LOGISTIK",
        "LAINNYA",
    ]
    assert instrument.item("status").choice_values == (
        "PLANNED",
        "PREPARING",
        "OPERATING",
        "SUSPENDED",
    )
    with pytest.raises(InstrumentError, match="tidak dikenal"):
        reg.get("tidak-ada")
    with pytest.raises(InstrumentError, match="versi 9.9 tidak ada"):
        reg.get("kesiapan-kdkmp", "9.9")


def test_import_new_version_keeps_old_ones_loadable(data_paths, tmp_path):
    reg = registry(data_paths)
    definition = new_version("kesiapan-kdkmp", "1.1")
    definition["scoring"]["categories"][0]["min"] = 85
    source = tmp_path / "kesiapan-1.1.json"
    source.write_text(json.dumps(definition), encoding="utf-8")
    imported = reg.import_file(source)
    stored = data_paths.instruments / "kesiapan-kdkmp" / "1.1.json"
    assert stored.is_file() and imported.version == "1.1"

    fresh = registry(data_paths)
    assert fresh.get("kesiapan-kdkmp").version == "1.1"
    assert fresh.get("kesiapan-kdkmp", "1.0").scoring.categories[0].min == 80
    assert fresh.get_ref("kesiapan-kdkmp@1.1").scoring.categories[0].min == 85
    # importing the same definition again is harmless; different content is refused
    assert fresh.import_definition(definition, "ulang").version == "1.1"
    definition["scoring"]["categories"][0]["min"] = 90
    with pytest.raises(InstrumentError, match="isi berbeda"):
        fresh.import_definition(definition, "paket referensi")
    with pytest.raises(InstrumentError, match="isi berbeda"):
        fresh.import_definition(
            new_version("kesiapan-kdkmp", "1.0") | {"status": "official"}, "paket"
        )


def test_invalid_import_reports_everything_and_stores_nothing(data_paths):
    definition = new_version("kesehatan-usp-2016", "2.0")
    definition["scoring"]["aspects"][0]["weight"] = 20
    definition["sections"][0]["items"][0]["relevant"] = "total_aset >"
    with pytest.raises(InstrumentError) as caught:
        registry(data_paths).import_definition(definition, "paket-2025-11")
    assert len(caught.value.problems) == 3
    assert not (data_paths.instruments / "kesehatan-usp-2016").exists()
    assert registry(data_paths).get("kesehatan-usp-2016").version == "1.0"


def test_broken_imported_file_is_reported_not_fatal(data_paths):
    folder = data_paths.instruments / "kesiapan-kdkmp"
    folder.mkdir(parents=True)
    (folder / "1.2.json").write_text("{}", encoding="utf-8")
    reg = registry(data_paths)
    assert reg.get("kesiapan-kdkmp").version == "1.0"
    assert len(reg.problems) == 1 and "tidak sah" in reg.problems[0]


def test_result_round_trip_through_the_store(store, usp):
    answers = usp_base()
    result = usp.score(answers)
    with store.session() as session:
        session.add(Region(code="65.71", name="Kota Tarakan", level=2, type="KOTA", source="uji"))
        coop = Cooperative(name="KKMP Selumit", region_code="65.71")
        session.add(coop)
        session.flush()
        session.add(
            Assessment(
                cooperative_id=coop.id,
                instrument_id=result.instrument,
                instrument_version=result.version,
                answers=answers,
                result=result.to_dict(),
                total=result.total,
                category=result.category,
                assessed_on=date(2025, 11, 3),
            )
        )
    with store.read() as session:
        row = session.scalars(select(Assessment)).one()
        stored = ScoreResult.from_dict(row.result)
        pinned = registry(store.paths).get(row.instrument_id, row.instrument_version)
        recomputed = pinned.score(row.answers)
    assert stored == result == recomputed
    assert json.loads(json.dumps(result.to_dict())) == result.to_dict()


def test_compare(usp, kes):
    before = usp.score(usp_base() | {"kewajiban_lancar": 0})
    after = usp.score(usp_base())
    comparison = compare(before, after)
    assert comparison.total_delta == 10.0
    likuiditas = next(a for a in comparison.aspects if a.id == "likuiditas")
    assert (likuiditas.old, likuiditas.new, likuiditas.delta) == (5.0, 15.0, 10.0)
    assert all(a.delta == 0 for a in comparison.aspects if a.id != "likuiditas")
    with pytest.raises(InstrumentError, match="tidak dapat dibandingkan"):
        compare(before, kes.score(kes_base()))


def test_metadata(usp, kes):
    assert len(usp.verify_flags) == 3
    assert any(f.startswith("kemandirian_operasional") for f in usp.verify_flags)
    assert any("30%" in f for f in kes.verify_flags)
    assert any("penyebut" in d for d in usp.decisions("id"))
    assert any("denominator" in d for d in usp.decisions("en"))
    assert usp.source["citation"].startswith("Peraturan Deputi")
    assert kes.sections[2].items[0].type == "repeat"
    assert kes.item("omzet_bulanan").relevant == "status == 'OPERATING'"
    assert kes.item("omzet_bulanan").parent == "unit_usaha"
    assert usp.item("ekuitas").label("en") == "Own capital (equity)"
    assert usp.item("shu_kotor").allow_negative
    types = {i.type for i in kes.all_items()} | {i.type for i in usp.all_items()}
    assert types >= {
        "yesno",
        "single",
        "multi",
        "integer",
        "money",
        "percent",
        "date",
        "text",
        "longtext",
        "evidence",
        "gps",
        "repeat",
        "computed",
    }
