"""Mentors at 10x Kaltara (4,110 cooperatives): the workspace's mentor list page, and a
reference package with handover history.

* A page of the mentor list (50 mentors with their running assignments' cooperatives, devices
  and last sync): the server's time for the whole page (session check, queries, rendering), as a
  ratio to the raw SQL returning the same rows (every statement the page ran, replayed on a
  plain sqlite3 connection), as :mod:`bench.bench_workspace` measures the registry list.
* The reference package of a new mentor who takes over every cooperative of the demo's mentor:
  the registry cut for that mentor plus the whole history of those cooperatives (visits,
  assessments, findings, follow-ups, attachment metadata), signed and sealed to the new
  mentor's device: its time and bytes, beside the same package without history.

The province store holds the demo dataset (1x, sent by a real laptop: registry and history)
and nine more copies of every registry record under new ids (see :mod:`bench.bench_reference`).
"""

from __future__ import annotations

import statistics
from datetime import date
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import text

from bench.bench_reference import _copies, _registry
from bench.bench_workspace import _client, _raw, _statements
from bench.common import median_time, ratio, result, scratch_dir
from kopdes_desktop.province import downlink, handover, mentors
from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.province.outputs import reference_body
from kopdes_desktop.sync.fileformat import KIND_REFERENCE
from kopdes_desktop.sync.keys import b64, raw_public

REPEAT = 25
NEW_DEVICE = "bench-new-mentor"


def _page(client, timed, url: str, rows: int) -> float:
    def fetch() -> float:
        answer = client.get(url)
        assert answer.status_code == 200 and answer.text.count("<tr>") == rows + 1
        return timed.seconds

    for _ in range(2):
        fetch()
    return statistics.median(fetch() for _ in range(REPEAT))


def _take_over(province) -> tuple[downlink.Recipient, downlink.Recipient, int]:
    """A new mentor (and device) given every cooperative of the demo laptop's mentor from
    today; (the new device, the same device without a mentor's history, cooperatives)."""
    with province.session() as session:
        [old] = downlink.enrolled_recipients(session)
    body = reference_body(province)
    coops = sorted(downlink.assigned_cooperatives(body["records"], old.mentor_id))
    new = mentors.add_mentor(province, {"name": "Pendamping Pengganti", "kabupaten_code": "65.01"})
    for coop in coops:
        mentors.assign(province, coop, new.id, date.today())
    seal = b64(raw_public(X25519PrivateKey.generate().public_key()))
    with province.session() as session:
        session.add(
            ProvDevice(
                device_id=NEW_DEVICE,
                public_key=old.device_id,
                mentor_id=new.id,
                mentor_name=new.name,
                status="enrolled",
                seal_key=seal,
            )
        )
    return downlink.Recipient(NEW_DEVICE, new.id, seal), old, len(coops)


def _package(province, device: downlink.Recipient, history: bool) -> tuple[float, int, int]:
    """Median seconds for one device's package (content built once), its bytes and records."""
    body = reference_body(province)
    out: dict[str, Any] = {}

    def build() -> None:
        own = (
            handover.device_body(province, body, device)
            if history
            else downlink.partition(body, device.mentor_id, device.device_id)
        )
        out["records"] = len(own["records"])
        out["size"] = len(downlink.package(province, device, KIND_REFERENCE, own))

    seconds = median_time(build, 5)
    return seconds, out["size"], out["records"]


def run(quick: bool) -> list[dict[str, Any]]:
    scale = 3 if quick else 10
    rows: list[dict[str, Any]] = []
    with scratch_dir("mentors") as folder:
        province = _registry(folder)
        try:
            _copies(province, scale)
            handover.ensure_indexes(province.engine)
            new, _old, taken = _take_over(province)
            with province.engine.connect() as c:
                count = c.execute(
                    text(
                        "SELECT COUNT(*) FROM prov_version WHERE table_name = "
                        "'cooperative' AND is_current"
                    )
                ).scalar_one()
            listed = len(mentors.list_mentors(province))
            client, timed = _client(province)
            for label, url in (("page 1", "/pendamping"), ("page 2", "/pendamping?halaman=2")):
                raw = _raw(province, _statements(province, client, url))
                page = _page(client, timed, url, mentors.PAGE_SIZE)
                rows += [
                    result(
                        f"mentor list {label}, {scale}x ({count} cooperatives, {listed} "
                        "mentors): raw SQL (the page's statements)",
                        raw * 1000,
                        "ms",
                    ),
                    result(
                        f"  the whole page from the server ({label})",
                        page * 1000,
                        "ms",
                        "raw SQL",
                        ratio(page, raw),
                        "<= 3x and < 100 ms",
                    ),
                ]
            client.close()
            plain = _package(province, new, history=False)
            full = _package(province, new, history=True)
            rows += [
                result(
                    f"reference package of a mentor taking over {taken} cooperatives, "
                    f"{scale}x: without history ({plain[2]} records)",
                    plain[0] * 1000,
                    "ms",
                ),
                result("  its size", plain[1] / 1e6, "MB"),
                result(
                    f"  with the handed-over history ({full[2]} records)",
                    full[0] * 1000,
                    "ms",
                    "without history",
                    ratio(full[0], plain[0]),
                ),
                result(
                    "  its size", full[1] / 1e6, "MB", "without history", ratio(full[1], plain[1])
                ),
            ]
        finally:
            province.close()
    return rows
