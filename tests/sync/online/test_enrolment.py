"""Enrolment with a one-time code: trust comes from the province that issued the code."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.outputs import write_trust_file
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.settings import Settings
from kopdes_desktop.sync.http_client import enroll
from kopdes_desktop.sync.online_errors import OnlineSyncError, WrongProvince
from kopdes_desktop.sync.trust import trust_document, trust_file, trusted_province

from .live import LiveServer
from .support import FAST


def test_laptop_without_trust_learns_the_province_at_enrolment(province, service, laptops):
    laptop = laptops("laptop", trusted=False)
    code, _ = new_enroll_code(province)

    fingerprint = enroll(laptop, laptop.paths, service.url, code, policy=FAST)

    assert fingerprint == province.public.fingerprint
    assert trusted_province(laptop).key_id == province.key_id


def test_laptop_of_another_province_refuses_before_using_the_code(
    province, service, laptops, tmp_path
):
    with ProvinceStore.init(tmp_path / "elsewhere") as other:
        write_trust_file(other, tmp_path / "other-trust.json")
    laptop = laptops("laptop", trusted=False)
    trust_file(laptop, tmp_path / "other-trust.json")
    code, _ = new_enroll_code(province)

    with pytest.raises(WrongProvince):
        enroll(laptop, laptop.paths, service.url, code, policy=FAST)

    assert Settings(laptop.paths.settings_file).get("sync_server") == ""
    right = laptops("right")
    assert enroll(right, right.paths, service.url, code, policy=FAST) == province.public.fingerprint


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_forged_enrolment_answer_is_not_trusted(laptops, tmp_path):
    with ProvinceStore.init(tmp_path / "impostor") as impostor:
        forged = trust_document(impostor.name, impostor.public)
    app = FastAPI()

    @app.post("/v1/enroll")
    def answer() -> dict:
        return {"status": "enrolled", "province": forged, "proof": "0" * 64}

    server = LiveServer(app).start()
    laptop = laptops("laptop", trusted=False)
    try:
        with pytest.raises(OnlineSyncError) as caught:
            enroll(laptop, laptop.paths, server.url, "AAAA-BBBB-CCCC", policy=FAST)
    finally:
        server.stop()
    assert "tidak terbukti" in caught.value.message
    assert trusted_province(laptop) is None
