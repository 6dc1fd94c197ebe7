"""Publishing an instrument version: every problem of a file with its place, in Indonesian; a
malformed file refused with nothing changed; the preview of the form and of the scoring on
example answers; the next reference package carries the new version to a real laptop, which
can start assessments on it while the old assessments keep theirs; and the CLI."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from sync.support import add_cooperative, enroll_laptop, make_laptop, trust_of

from kopdes_desktop import resources
from kopdes_desktop.core.instruments import example_answers
from kopdes_desktop.core.instruments.registry import InstrumentRegistry
from kopdes_desktop.core.services import assessments
from kopdes_desktop.province import instruments, officers
from kopdes_desktop.province.cli import main
from kopdes_desktop.province.instrument_check import MAX_BYTES, check_bytes, positions
from kopdes_desktop.province.instrument_preview import (
    answers_from_form,
    form_values,
    outline,
    score_example,
)
from kopdes_desktop.province.outputs import reference_body, write_reference
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Assessment
from kopdes_desktop.sync.service import SyncService

KESIAPAN = "kesiapan-kdkmp"


def shipped() -> dict[str, Any]:
    return json.loads(resources.read_text("instruments", KESIAPAN, "1.0.json"))


def new_version(version: str = "1.1") -> dict[str, Any]:
    data = shipped()
    data["version"] = version
    data["title"]["id"] += " (revisi 2026)"
    return data


def encoded(data: Any) -> bytes:
    return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def store(tmp_path: Path):
    with ProvinceStore.init(tmp_path / "province") as store:
        yield store


def _broken() -> dict[str, Any]:
    data = new_version()
    data["sections"][0]["items"][2]["type"] = "angka"
    del data["sections"][1]["items"][0]["label"]
    data["sections"][1]["items"][1]["catatan"] = "lebih"
    data["status"] = "final"
    return data


def test_every_schema_problem_is_listed_in_indonesian_with_its_line() -> None:
    raw = encoded(_broken())
    lines = raw.decode().splitlines()
    found = check_bytes(raw).problems
    assert len(found) == 4
    by_where = {p.where: p for p in found}
    kind = by_where["sections[0].items[2].type"]
    assert (
        kind.message.startswith("harus salah satu dari yesno, single") and "angka" in kind.message
    )
    assert '"type": "angka"' in lines[kind.line - 1]
    assert kind.subject == "pertanyaan nik_koperasi_ada"
    assert by_where["sections[1].items[0]"].message == "kolom wajib 'label' tidak ada"
    assert by_where["sections[1].items[1]"].message == "kolom tidak dikenal: 'catatan'"
    assert '"status": "final"' in lines[by_where["status"].line - 1]
    assert [p.line for p in found] == sorted(p.line for p in found)


def test_semantic_problems_are_placed_on_their_item_or_aspect() -> None:
    data = new_version()
    data["sections"][1]["items"][1]["relevant"] = "tidak_ada > 3"
    data["scoring"]["aspects"][0]["weight"] = 30
    raw = encoded(data)
    lines = raw.decode().splitlines()
    found = check_bytes(raw).problems
    assert len(found) == 2
    relevance = next(p for p in found if "relevansi" in p.message)
    assert relevance.where == "sections[1].items[1]" and "tidak_ada" in relevance.message
    assert data["sections"][1]["items"][1]["id"] in lines[relevance.line]
    weights = next(p for p in found if "bobot" in p.message)
    assert (
        weights.where == "scoring" and weights.message == "jumlah bobot aspek 105, seharusnya 100"
    )


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b'{"format": 1,\n "id": }', "baris 2, berkas: bukan JSON yang sah: nilai diharapkan"),
        (b"\xff\xfe{}", "bukan teks UTF-8"),
        (b"[]", "harus berupa objek"),
        (b" " * (MAX_BYTES + 1), "berkas terlalu besar"),
    ],
)
def test_a_malformed_file_is_refused_with_a_clear_message_and_nothing_changes(
    store, raw, words
) -> None:
    before = instruments.list_versions(store)
    checked = instruments.check(store, raw)
    assert not checked.ok and words in checked.problems[0].text()
    with pytest.raises(instruments.InstrumentRefused) as refused:
        instruments.publish(store, raw, "admin")
    assert words in refused.value.message
    assert instruments.list_versions(store) == before
    assert list(store.instruments.glob("*")) == []
    assert officers.read_audit(store)[1] == 0


def test_a_known_or_older_version_is_refused(store) -> None:
    same = instruments.check(store, encoded(shipped())).problems
    assert [p.where for p in same] == ["version"] and "1.0 sudah ada" in same[0].message
    instruments.publish(store, encoded(new_version("1.2")), "admin")
    older = instruments.check(store, encoded(new_version("1.1"))).problems
    assert "lebih lama dari versi terbaru 1.2" in older[0].message
    assert len(list(store.instruments.glob("*.json"))) == 1


def test_positions_follow_nested_values() -> None:
    text = '{\n "a": [\n  1,\n  {"b": "x"}\n ],\n "c": "}"\n}'
    assert positions(text) == {
        (): 1,
        ("a",): 2,
        ("a", 0): 3,
        ("a", 1): 4,
        ("a", 1, "b"): 4,
        ("c",): 6,
    }


def test_the_preview_shows_form_and_scoring_and_scores_typed_answers() -> None:
    instrument = InstrumentRegistry().get(KESIAPAN)
    shown = outline(instrument)
    questions = {q.id: q for s in shown.sections for q in s.questions}
    assert questions["persen_anggota_bertransaksi"].range == "0 sampai 100"
    assert questions["unit_usaha"].type_label == "Grup berulang"
    assert [a.weight for a in shown.aspects] == [25, 15, 25, 20, 15]
    assert shown.categories[-1] == ("Kritis", 0, "#c62828")
    example = score_example(instrument, seed=4)
    assert example.generated and example.problems == []
    assert example.result.total == instrument.score(example.answers).total
    pairs = [
        (k, x)
        for k, v in form_values(instrument, example.answers).items()
        for x in (v if isinstance(v, list) else [v])
    ]
    assert answers_from_form(instrument, pairs) == example.answers
    typed = score_example(instrument, answers_from_form(instrument, [("a.kas", "1.250.000")]))
    assert not typed.generated and typed.problems and not typed.result.complete
    assert typed.answers == {"kas": 1250000}


def test_a_published_version_reaches_a_laptop_and_old_assessments_keep_theirs(
    tmp_path: Path, store
) -> None:
    laptop = make_laptop(tmp_path / "laptop", trust_of(store, tmp_path))
    try:
        enroll_laptop(store, laptop, tmp_path)
        coop = add_cooperative(laptop)
        old = _finalized(laptop, coop, None)
        instruments.publish(store, encoded(new_version()), "admin", "10.0.0.1")
        assert [i["source"] for i in reference_body(store)["instruments"]] == [
            "provinsi:kesiapan-kdkmp@1.1.json"
        ]
        package = tmp_path / "ref.kopdes-ref"
        write_reference(store, package, laptop.device_id)
        SyncService(laptop).import_files([package])
        known = InstrumentRegistry(laptop.paths)
        assert known.get(KESIAPAN).version == "1.1"
        assert known.get(KESIAPAN, "1.1").title("id").endswith("(revisi 2026)")
        new = _finalized(laptop, coop, "1.1")
        with laptop.read() as session:
            rows = {a.id: a for a in session.query(Assessment)}
            assert rows[old].instrument_version == "1.0"
            assert rows[new].instrument_version == "1.1"
            recomputed = known.get(KESIAPAN, "1.0").score(rows[old].answers).to_dict()
            assert rows[old].result["total"] == recomputed["total"]
    finally:
        laptop.close()
    [entry] = officers.read_audit(store)[0][:1]
    assert (entry.action, entry.target, entry.client) == (
        "instrument.publish",
        "kesiapan-kdkmp@1.1",
        "10.0.0.1",
    )


def _finalized(laptop, coop: str, version: str | None) -> str:
    known = InstrumentRegistry(laptop.paths)
    with laptop.session() as session:
        row = assessments.start(session, known, coop, KESIAPAN, version=version)
        answers = example_answers(known.get(KESIAPAN, version), random.Random(3), 0.7)
        assessments.save_draft(session, known, row.id, answers)
        assessments.finalize(session, known, row.id)
        return row.id


def test_the_instrument_commands(tmp_path: Path, capsys) -> None:
    folder = str(tmp_path / "province")
    assert main(["init", "--dir", folder]) == 0
    bad, good = tmp_path / "rusak.json", tmp_path / "baru.json"
    bad.write_bytes(encoded(_broken()))
    good.write_bytes(encoded(new_version()))
    capsys.readouterr()
    assert main(["instrument", "check", str(bad), "--dir", folder]) == 1
    out = capsys.readouterr().out
    assert "baris " in out and "kolom wajib 'label' tidak ada" in out and "4 masalah" in out
    assert main(["instrument", "publish", str(bad), "--dir", folder]) == 1
    assert "tidak ada yang diubah" in capsys.readouterr().out
    answers = tmp_path / "jawaban.json"
    answers.write_text(json.dumps({"kas": 5}), encoding="utf-8")
    assert (
        main(
            [
                "instrument",
                "preview",
                str(good),
                "--answers",
                str(answers),
                "--json",
                "--dir",
                folder,
            ]
        )
        == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert shown["outline"]["version"] == "1.1" and shown["example"]["answers"] == {"kas": 5}
    assert shown["example"]["problems"] and not shown["example"]["result"]["complete"]
    assert main(["instrument", "publish", str(good), "--json", "--dir", folder]) == 0
    assert json.loads(capsys.readouterr().out)["origin"] == "province"
    assert main(["instrument", "list", "--json", "--dir", folder]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(v["id"], v["version"]) for v in listed if v["id"] == KESIAPAN] == [
        (KESIAPAN, "1.0"),
        (KESIAPAN, "1.1"),
    ]
    assert main(["instrument", "publish", str(good), "--dir", folder]) == 1
    assert "1.1 sudah ada" in capsys.readouterr().out
