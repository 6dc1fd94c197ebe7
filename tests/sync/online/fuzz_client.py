"""Schema-driven fuzz of a running province service (run as a script by ``test_fuzz``).

Cases come from the served OpenAPI document (schemathesis); half are signed with a real device
key (an enrolled one, or a stranger's key made for the run, which only the quarantine and the
stranger limits let in), and half the uploads are a real batch damaged at random, so the fuzz
reaches past authentication into batch verification. Checks: never a 5xx, every refusal a
JSON reason.
Prints the count of answers by reason as JSON; exits non-zero on the first failing case.

Usage: fuzz_client.py BASE_URL KEYS_DIR DEVICE_ID BATCH_ID BATCH_FILE EXAMPLES
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import schemathesis
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from kopdes_desktop.sync.http_auth import sign_headers
from kopdes_desktop.sync.keys import device_key

SEEN: Counter[str] = Counter()


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
        SEEN[f"{response.status_code} {body['error']}"] += 1
    else:
        SEEN[str(response.status_code)] += 1


def main(
    base_url: str, keys_dir: str, device_id: str, batch_id: str, batch_file: str, examples: str
) -> int:
    key = device_key(Path(keys_dir))
    stranger, stranger_id = Ed25519PrivateKey.generate(), "stranger-" + device_id[:8]
    batch = Path(batch_file).read_bytes()
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    uploads = [op for op in operations if op.method.upper() == "PUT"] * 3

    @given(data=st.data())
    @settings(
        max_examples=int(examples),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def exercise(data):
        operation = data.draw(st.sampled_from(operations + uploads))
        case = data.draw(operation.as_strategy())
        sign = data.draw(st.booleans())
        if case.method == "PUT" and data.draw(st.booleans()):
            case.path_parameters = {"batch_id": batch_id}
            case.body, sign = data.draw(damaged(batch)), True
        body = getattr(case.body, "data", case.body)
        headers = {}
        if case.method in ("GET", "PUT") and sign:
            query = urlencode(case.query or {})
            target = case.formatted_path + (f"?{query}" if query else "")
            signer, signer_id = (
                (stranger, stranger_id) if data.draw(st.booleans()) else (key, device_id)
            )
            headers = sign_headers(
                signer,
                signer_id,
                case.method,
                target,
                body if isinstance(body, bytes) else b"",
                with_key=True,
            )
        case.call_and_validate(
            base_url=base_url, headers=headers, checks=[not_a_server_error, json_reason]
        )

    exercise()
    print(json.dumps(dict(SEEN)))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
