"""Mentors and assignments as officers manage them: the province's own changes of synced
records (merged, audited, sent down), reassignment from a date, ending, kabupaten scope, bad
input refused with nothing changed, and the CLI over the same functions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync.support import BACKENDS, province_store

from kopdes_desktop.errors import KopdesError, NotFoundError, ValidationError
from kopdes_desktop.province import mentor_codes, mentors, registry
from kopdes_desktop.province.apply import PROVINCE_DEVICE
from kopdes_desktop.province.cli import main
from kopdes_desktop.province.downlink import assigned_cooperatives
from kopdes_desktop.province.models import ProvDevice, ProvVersion
from kopdes_desktop.province.officers_models import ProvAudit, ensure_tables
from kopdes_desktop.province.outputs import reference_body
from kopdes_desktop.province.registry import OutOfScope
from kopdes_desktop.province.store import ProvinceStore

from .support import BULUNGAN_VILLAGE, MALINAU_VILLAGE

TODAY = date.today()


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> Iterator[ProvinceStore]:
    with province_store(tmp_path / "province", request.param) as store:
        ensure_tables(store.engine)
        yield store


def _mentor(store: ProvinceStore, name: str, kab: str = "65.01") -> str:
    return mentors.add_mentor(store, {"name": name, "kabupaten_code": kab}).id


def _coop(store: ProvinceStore, name: str, village: str = BULUNGAN_VILLAGE) -> str:
    return registry.create(store, name, village).id


def _audits(store: ProvinceStore) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(ProvAudit.action).order_by(ProvAudit.id)))


def test_a_mentor_and_an_assignment_go_down_as_province_changes(store) -> None:
    mentor_id = _mentor(store, "Siti Rahma")
    coop = _coop(store, "KDMP Tanjung Selor Hilir")

    made = mentors.assign(store, coop, mentor_id, actor="admin")

    body = reference_body(store)
    by_id = {r["id"]: r for r in body["records"]}
    assert by_id[mentor_id]["d"] == PROVINCE_DEVICE
    assert by_id[mentor_id]["v"]["name"] == "Siti Rahma"
    assert by_id[made.id]["v"] == {
        **by_id[made.id]["v"],
        "mentor_id": mentor_id,
        "cooperative_id": coop,
        "start": TODAY.isoformat(),
        "end": None,
    }
    assert assigned_cooperatives(body["records"], mentor_id) == {coop}
    assert _audits(store) == ["mentor.add", "cooperative.add", "assignment.add"]
    listed = mentors.list_mentors(store)
    assert [(m.name, m.cooperatives) for m in listed] == [
        ("Siti Rahma", [(coop, "KDMP Tanjung Selor Hilir")])
    ]


def test_reassigning_from_a_date_ends_the_running_assignment_the_day_before(store) -> None:
    first, second = _mentor(store, "Andi"), _mentor(store, "Budi")
    coop = _coop(store, "KDMP Apung")
    start = TODAY - timedelta(days=30)
    mentors.assign(store, coop, first, start.isoformat())

    mentors.assign(store, coop, second, TODAY.isoformat(), actor="admin")

    history = {a.mentor: a for a in mentors.cooperative_assignments(store, coop)}
    assert history["Andi"].end == (TODAY - timedelta(days=1)).isoformat()
    assert not history["Andi"].active and history["Budi"].active
    body = reference_body(store)
    assert assigned_cooperatives(body["records"], first) == set()
    assert assigned_cooperatives(body["records"], second) == {coop}
    assert _audits(store)[-1] == "assignment.reassign"
    assert [a.cooperative for a in mentors.get_mentor(store, first).assignments] == ["KDMP Apung"]


def test_ending_an_assignment_and_one_that_never_started(store) -> None:
    mentor_id = _mentor(store, "Citra")
    old, new = _coop(store, "KDMP Lama"), _coop(store, "KDMP Baru")
    mentors.assign(store, old, mentor_id, (TODAY - timedelta(days=10)).isoformat())
    mentors.assign(store, new, mentor_id)

    assert len(mentors.unassign(store, old, mentor_id)) == 1
    assert len(mentors.unassign(store, new)) == 1

    assert mentors.get_mentor(store, mentor_id).cooperatives == []
    ended = mentors.cooperative_assignments(store, old)
    assert ended[0].end == (TODAY - timedelta(days=1)).isoformat()
    assert mentors.cooperative_assignments(store, new) == []  # deleted: it never took effect
    with pytest.raises(KopdesError, match="tidak punya penugasan yang berjalan"):
        mentors.unassign(store, old)


@pytest.mark.parametrize(
    "form, field",
    [
        ({"name": "", "kabupaten_code": "65.01"}, "name"),
        ({"name": "Dewi", "kabupaten_code": "64.01"}, "kabupaten"),
        ({"name": "Dewi", "kabupaten_code": "65.01", "role": "KETUA"}, "role"),
        ({"name": "Dewi", "kabupaten_code": "65.01", "phone": "12ab"}, "phone"),
    ],
)
def test_an_invalid_mentor_is_refused_and_nothing_stored(store, form, field) -> None:
    with pytest.raises(ValidationError) as caught:
        mentors.add_mentor(store, form)
    assert field in caught.value.problems
    assert mentors.list_mentors(store) == []


def test_bad_assignments_change_nothing(store) -> None:
    mentor_id = _mentor(store, "Eka")
    coop = _coop(store, "KDMP Satu")
    mentors.assign(store, coop, mentor_id, (TODAY - timedelta(days=5)).isoformat())
    with store.session() as session:
        before = session.scalar(select(func.count()).select_from(ProvVersion))

    with pytest.raises(KopdesError, match="sudah ditugaskan"):
        mentors.assign(store, coop, mentor_id)
    with pytest.raises(ValidationError, match="TTTT-BB-HH"):
        mentors.assign(store, coop, _mentor(store, "Fajar"), "31-01-2026")
    with pytest.raises(ValidationError, match="harus sesudahnya"):
        mentors.assign(store, coop, _mentor(store, "Gita"), (TODAY - timedelta(days=9)).isoformat())
    with pytest.raises(NotFoundError):
        mentors.assign(store, coop, "no-such-mentor")
    with pytest.raises(NotFoundError):
        mentors.assign(store, "00000000-0000-0000-0000-000000000000", mentor_id)

    with store.session() as session:
        after = session.scalar(select(func.count()).select_from(ProvVersion))
    assert after == before + 2  # the two mentors made on the way, nothing else


def test_a_kabupaten_officer_reaches_only_their_kabupaten(store) -> None:
    here, there = _mentor(store, "Hana", "65.01"), _mentor(store, "Indra", "65.02")
    coop_here, coop_there = _coop(store, "KDMP Sini"), _coop(store, "KDMP Sana", MALINAU_VILLAGE)
    mentors.assign(store, coop_there, there)

    assert [m.name for m in mentors.list_mentors(store, "65.01")] == ["Hana"]
    with pytest.raises(mentors.MentorOutOfScope):
        mentors.get_mentor(store, there, "65.01")
    with pytest.raises(OutOfScope):
        mentors.assign(store, coop_there, here, scope="65.01")
    with pytest.raises(mentors.MentorOutOfScope):
        mentors.assign(store, coop_here, there, scope="65.01")
    with pytest.raises(mentors.MentorOutOfScope):
        mentors.add_mentor(store, {"name": "Joko", "kabupaten_code": "65.02"}, scope="65.01")
    with pytest.raises(OutOfScope):
        mentors.unassign(store, coop_there, scope="65.01")
    made = mentors.add_mentor(store, {"name": "Kiki"}, scope="65.01")
    assert made.kabupaten_code == "65.01"


def test_a_code_for_a_named_mentor_links_the_enrolling_device(store) -> None:
    mentor_id = _mentor(store, "Lina")
    code, _expires, name = mentor_codes.new_code(store, mentor_id, actor="admin")
    with store.session() as session:
        session.add(
            ProvDevice(
                device_id="laptop-lina",
                public_key="k",
                status="enrolled",
                mentor_id="laptop-made-id",
                mentor_name="Lina (laptop)",
            )
        )

    bound = mentor_codes.bind_device(store, code, "laptop-lina")

    assert bound == {"id": mentor_id, "name": "Lina"} and name == "Lina"
    with store.session() as session:
        device = session.get(ProvDevice, "laptop-lina")
        assert (device.mentor_id, device.mentor_name) == (mentor_id, "Lina")
    assert mentors.get_mentor(store, mentor_id).devices[0].device_id == "laptop-lina"
    assert "mentor.code" in _audits(store)
    with pytest.raises(NotFoundError):
        mentor_codes.new_code(store, "nobody")


def test_the_mentor_commands(tmp_path: Path, capsys) -> None:
    root = str(tmp_path / "province")
    assert main(["init", "--dir", root]) == 0
    with ProvinceStore.open(Path(root)) as store:
        coop = _coop(store, "KDMP Perintis")
    capsys.readouterr()

    assert (
        main(["mentor", "add", "--dir", root, "--name", "Maya", "--kabupaten", "65.01", "--json"])
        == 0
    )
    mentor_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["assign", "--dir", root, coop, mentor_id, "--from", "2026-01-05"]) == 0
    assert "ditugaskan kepada Maya mulai 2026-01-05" in capsys.readouterr().out
    assert main(["mentor", "list", "--dir", root, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["cooperatives"] == [{"id": coop, "name": "KDMP Perintis"}]
    assert main(["mentor", "show", mentor_id, "--dir", root]) == 0
    assert "KDMP Perintis" in capsys.readouterr().out
    assert main(["enroll-code", "--dir", root, "--mentor", mentor_id, "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["mentor"] == "Maya" and len(made["code"]) == 14
    assert main(["enroll-code", "--dir", root, "--hours", "2"]) == 0
    said = capsys.readouterr().out
    assert "WITA. Berikan kepada satu pendamping" in said and "UTC" not in said
    assert main(["unassign", "--dir", root, coop, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["ended"]) == 1
    assert main(["assign", "--dir", root, coop, mentor_id, "--from", "kemarin"]) == 1
    assert "TTTT-BB-HH" in capsys.readouterr().err
    assert main(["enroll-code", "--dir", root, "--mentor", "nobody"]) == 1
    assert "tidak dikenal" in capsys.readouterr().err
