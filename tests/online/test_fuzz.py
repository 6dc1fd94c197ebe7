"""Schema-driven fuzzing of the served OpenAPI document: no input gives a 500, every refusal
is a JSON reason, and the server stays up. Half the cases carry a valid device signature, and
half the uploads are a real batch damaged at random, so the fuzz reaches past authentication
into batch verification; none of them may be applied."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from .calls import sealed_batches, send, signed
from .support import add_work, batch_counts


@pytest.fixture
def fuzz_laptop(laptops, enrolled):
    laptop = laptops("fuzzer")
    add_work(laptop)
    enrolled(laptop)
    return laptop


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """A real batch with one byte flipped, cut short, or extended."""
    how = draw(st.sampled_from(["flip", "cut", "extend"]))
    if how == "flip":
        at = draw(st.integers(0, len(data) - 1))
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if how == "cut":
        return data[: draw(st.integers(0, len(data) - 1))]
    return data + draw(st.binary(min_size=1, max_size=64))


def json_reason(_ctx, response, _case):
    """Every refusal is JSON with a reason code and a message."""
    if response.status_code >= 400:
        body = response.json()
        assert isinstance(body, dict) and body.get("error") and body.get("message"), body
    return None


def test_api_never_fails_on_bad_input(service, fuzz_laptop, province):
    schema = schemathesis.openapi.from_url(f"{service.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 5
    uploads = [op for op in operations if op.method.upper() == "PUT"] * 3
    [(batch_id, batch)] = sealed_batches(fuzz_laptop)

    @given(data=st.data())
    @settings(max_examples=120, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def exercise(data):
        operation = data.draw(st.sampled_from(operations + uploads))
        case = data.draw(operation.as_strategy())
        headers = {}
        sign = data.draw(st.booleans())
        if case.method == "PUT" and data.draw(st.booleans()):
            case.path_parameters = {"batch_id": batch_id}
            case.body, sign = data.draw(damaged(batch)), True
        body = getattr(case.body, "data", case.body)
        body = body if isinstance(body, bytes) else None
        if case.method in ("GET", "PUT") and sign:
            query = urlencode(case.query or {})
            target = case.formatted_path + (f"?{query}" if query else "")
            headers = signed(fuzz_laptop, case.method, target, body or b"")
        case.call_and_validate(base_url=service.url, headers=headers,
                               checks=[not_a_server_error, json_reason])

    exercise()
    assert send(service.url, "GET", "/v1/health").status_code == 200
    assert batch_counts(province).get("applied", 0) == 0
