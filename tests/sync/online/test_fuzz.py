"""Schema-driven fuzzing of the served API (schemathesis): no 500s, JSON reasons, server up.

The fuzzer runs in a child Python (``fuzz_client.py``) against the live server, so its imports
stay clear of the test tree's package names.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .calls import sealed_batches, send
from .support import add_work, batch_counts

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[2]
EXAMPLES = 150


def test_api_never_fails_on_bad_input(service, laptops, enrolled, province, tmp_path):
    laptop = laptops("fuzzer")
    add_work(laptop)
    enrolled(laptop)
    [(batch_id, batch)] = sealed_batches(laptop)
    batch_file = tmp_path / "batch.kopdes"
    batch_file.write_bytes(batch)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(REPO_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
    }

    run = subprocess.run(
        [
            sys.executable,
            str(HERE / "fuzz_client.py"),
            service.url,
            str(laptop.paths.keys),
            laptop.device_id,
            batch_id,
            str(batch_file),
            str(EXAMPLES),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )

    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen.get("422 damaged") and seen.get("401 unsigned")
    assert not any(reason.startswith("5") for reason in seen)
    assert send(service.url, "GET", "/v1/health").status_code == 200
    assert batch_counts(province).get("applied", 0) == 0
