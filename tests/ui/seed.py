"""A small dataset made through the services, for tests that need a few of everything."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kopdes_desktop.core.instruments import example_answers, registry
from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services import assessments, cooperatives, followups, mentors, visits
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Assignment, Cooperative

INSTRUMENT = "kesehatan-usp-2016"


def seed_small(store: Store, today: date, count: int = 8) -> list[str]:
    """``count`` cooperatives in different kabupaten with visits, assessments and follow-ups.

    The first half is assigned to this laptop's mentor. Returns the cooperative ids.
    """
    rng = random.Random(7)
    instruments = registry()
    with store.session() as session:
        load_regions(session)
    with store.read() as session:
        villages = village_paths(session)
    chosen = [villages[i * len(villages) // count] for i in range(count)]
    ids: list[str] = []
    with store.session() as session:
        me = mentors.save_profile(
            session,
            name="Siti Rahmawati",
            role="PENDAMPING",
            kabupaten_code=chosen[0].kabupaten_code,
            phone="081234567890",
        )
        for index, village in enumerate(chosen):
            coop = Cooperative(
                name=f"Koperasi Desa Merah Putih {village.name}",
                region_code=village.code,
                financing_ceiling=500_000_000,
            )
            session.add(coop)
            session.flush()
            ids.append(coop.id)
            if index < count // 2:
                session.add(
                    Assignment(
                        mentor_id=me.id, cooperative_id=coop.id, start=today - timedelta(days=400)
                    )
                )
            cooperatives.save_unit(
                session, coop.id, kind="SEMBAKO", status="OPERATING" if index % 2 else "PREPARING"
            )
            cooperatives.save_unit(session, coop.id, kind="KANTOR", status="OPERATING")
            cooperatives.save_person(
                session, coop.id, organ="PENGURUS", role="Ketua", name=f"Ketua {index}", gender="L"
            )
            cooperatives.save_person(
                session,
                coop.id,
                organ="PENGAWAS",
                role="Ketua Pengawas",
                name=f"Pengawas {index}",
                gender="P",
            )
        session.flush()
        for index, coop_id in enumerate(ids):
            _field_work(session, instruments, rng, coop_id, me.id, today, index)
    return ids


def _field_work(session, instruments, rng, coop_id, mentor_id, today, index):  # noqa: ANN001
    instrument = instruments.get(INSTRUMENT)
    for months_back in (9, 5, 1):
        visit = visits.create(
            session,
            coop_id,
            mentor_id=mentor_id,
            today=today,
            visit_date=today - timedelta(days=30 * months_back + index),
            purpose=visits.VISIT_PURPOSES[months_back % 7],
            attendees="Ketua, Bendahara",
        )
        visits.mark_done(session, visit.id)
        row = assessments.start(
            session,
            instruments,
            coop_id,
            INSTRUMENT,
            visit_id=visit.id,
            assessed_on=visit.visit_date,
        )
        answers = example_answers(instrument, rng, 0.3 + 0.2 * (9 - months_back) / 4)
        assessments.save_draft(session, instruments, row.id, answers)
        assessments.finalize(session, instruments, row.id)
    followups.add_action(
        session,
        coop_id,
        title="Lengkapi buku kas harian",
        owner="Bendahara",
        due_date=today - timedelta(days=10 + index),
        visit_id=visit.id,
    )
    followups.add_action(
        session,
        coop_id,
        title="Rapat anggota tahunan",
        owner="Ketua",
        due_date=today + timedelta(days=7),
        visit_id=visit.id,
    )
