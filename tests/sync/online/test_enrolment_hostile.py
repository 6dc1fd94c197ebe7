"""Hostile enrolment over HTTP: malformed claims are refused before the code is used (never a
500 or a false 503), and repeated failures lock the requester and the code."""

from __future__ import annotations

import json

import pytest

from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.sync.trust import device_document, device_signing_key

from .calls import send, signed
from .forge import device_document as forged_document


def attempt(service, laptop, code, document=None):
    payload = json.dumps({"device": document or device_document(laptop), "code": code}).encode()
    return send(
        service.url, "POST", "/v1/enroll", payload, signed(laptop, "POST", "/v1/enroll", payload)
    )


def refused(response, status, code):
    assert response.status_code == status, response.text
    assert response.json()["error"] == code and response.json()["message"]


@pytest.mark.parametrize(
    "mentor",
    [
        ["Budi", "Santoso"],
        {"id": {"nested": "object"}, "name": "Budi"},
        {"id": "m-1", "name": ["Budi"]},
        {"id": "m-1", "name": "Budi\nSantoso"},
        {"id": "../../etc", "name": "Budi"},
        {"id": "m-1", "name": "B" * 121},
        "Budi",
    ],
)
def test_bad_mentor_is_a_422_and_keeps_the_code(province, service, laptops, mentor):
    laptop = laptops("laptop")
    key = device_signing_key(laptop)
    code, _ = new_enroll_code(province)

    bad = forged_document(key, laptop.device_id, mentor)
    refused(attempt(service, laptop, code, bad), 422, "bad_mentor")

    assert attempt(service, laptop, code).status_code == 200


def test_device_id_claims_are_checked(province, service, laptops):
    laptop = laptops("laptop")
    key = device_signing_key(laptop)
    code, _ = new_enroll_code(province)
    # Four failures: one short of the lock-out (see test_enrolment_locks_after_failed_codes).
    for device_id, reason in (
        ("province", "reserved_device_id"),
        (f"{laptop.device_id}\n", "bad_device_id"),
        ("../../" + "a" * 5000, "bad_device_id"),
        (42, "damaged"),
    ):
        response = attempt(service, laptop, code, forged_document(key, device_id, None))
        refused(response, 422, reason)
    with province.session() as session:
        assert session.get(ProvDevice, "province") is None
    assert attempt(service, laptop, code).status_code == 200


def test_enrolment_locks_after_failed_codes(province, service, laptops):
    laptop = laptops("laptop")
    for _ in range(5):
        refused(attempt(service, laptop, "AAAA-BBBB-CCCC"), 403, "bad_code")
    code, _ = new_enroll_code(province)

    locked = attempt(service, laptop, code)

    refused(locked, 429, "enrol_locked")
    assert int(locked.headers["Retry-After"]) > 60
    with province.session() as session:
        assert session.get(ProvDevice, laptop.device_id) is None


def test_a_code_locks_after_failed_uses(province, service, laptops):
    code, _ = new_enroll_code(province)
    for index in range(5):
        other = laptops(f"other{index}")
        key = device_signing_key(other)
        refused(
            attempt(service, other, code, forged_document(key, other.device_id, [1])),
            422,
            "bad_mentor",
        )
    refused(attempt(service, laptops("late"), code), 429, "enrol_locked")
