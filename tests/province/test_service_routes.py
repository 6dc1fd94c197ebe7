"""The device API's shape: one router, each signed route authenticated by its dependency, the
enrolment body a pydantic model parsed with the service's own reasons."""

from __future__ import annotations

import pytest
from fastapi.routing import APIRoute

from kopdes_desktop.province.access import ApiError
from kopdes_desktop.province.enrol_route import signed_enrolment
from kopdes_desktop.province.service_deps import receipt_device, reference_device, signed_upload
from kopdes_desktop.province.service_models import parse_enroll
from kopdes_desktop.province.service_routes import router

AUTH = {
    ("PUT", "/v1/batches/{batch_id}"): signed_upload,
    ("GET", "/v1/devices/{device_id}/receipt"): receipt_device,
    ("GET", "/v1/reference"): reference_device,
    ("POST", "/v1/enroll"): signed_enrolment,
}


def _routes() -> dict[tuple[str, str], APIRoute]:
    return {
        (method, route.path): route
        for route in router.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    }


def test_each_signed_route_takes_its_authentication_as_a_dependency() -> None:
    routes = _routes()
    assert set(routes) == {*AUTH, ("GET", "/v1/health")}
    for key, dependency in AUTH.items():
        calls = [d.call for d in routes[key].dependant.dependencies]
        assert dependency in calls, key
        # No body parameter: FastAPI must not read the body before the signature is checked.
        assert routes[key].body_field is None, key
    assert not routes[("GET", "/v1/health")].dependant.body_params


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not json", "bad_json"),
        (b"\xff\xfe", "bad_json"),
        (b"[]", "bad_request"),
        (b'{"device": {}, "code": 1234}', "bad_request"),
        (b'{"device": [], "code": "ABCD-EFGH"}', "bad_request"),
        (b'{"device": {}, "code": "ABC"}', "bad_request"),
        (b'{"device": {}, "code": "' + b"A" * 65 + b'"}', "bad_request"),
        (b'{"code": "ABCD-EFGH"}', "bad_request"),
    ],
)
def test_a_malformed_enrolment_body_is_a_400_with_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ApiError) as refused:
        parse_enroll(data)
    assert (refused.value.status, refused.value.code) == (400, reason)


def test_an_enrolment_body_is_parsed_into_its_model() -> None:
    body = parse_enroll(b'{"device": {"id": "d-1", "n": 1.5}, "code": "abcd efgh", "x": 1}')
    assert body.device == {"id": "d-1", "n": 1.5} and body.code == "abcd efgh"
