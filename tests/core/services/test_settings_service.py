"""MentorService and TrashService over a real store."""

from __future__ import annotations

import pytest

from kopdes_desktop.core.instruments import registry
from kopdes_desktop.errors import ValidationError


def test_profile_with_its_kept_draft(services):
    mentor = services.mentor
    assert mentor.profile() is None
    assert ("65.02", "Kabupaten Malinau") in mentor.kabupaten()
    mentor.keep_draft("mentor", "self", {"name": "Sit"}, {"title": "Profil"})
    assert mentor.kept_draft("mentor", "self").values == {"name": "Sit"}
    with pytest.raises(ValidationError):
        mentor.save_profile("mentor", name="", role="PENDAMPING", kabupaten_code=None)
    assert mentor.kept_draft("mentor", "self") is not None  # nothing saved, the draft stays
    mentor.save_profile(
        "mentor", name="Siti", role="BA", kabupaten_code="65.01", phone="081234567890"
    )
    assert mentor.profile().role == "BA"
    assert mentor.kept_draft("mentor", "self") is None


def test_trash_restores_a_removed_unit(services, coop_id):
    unit_id = services.cooperatives.save_unit(coop_id, kind="KLINIK", status="PLANNED")
    services.cooperatives.remove_unit(unit_id)
    [entry] = services.trash.entries()
    assert entry.kind == "unit"
    services.trash.restore(registry(), entry.key)
    assert [u.id for u in services.cooperatives.units(coop_id)] == [unit_id]
    assert services.trash.entries() == []
