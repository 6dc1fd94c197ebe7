"""Shared data of the overview tests: a photo of a visit, stored as an import stores it, and
every current record parsed in Python (what the recomputations count from)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from io import BytesIO
from typing import Any

from PIL import Image
from sqlalchemy import text

from kopdes_desktop.province.apply import insert_tuples
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.store import ProvinceStore


def add_photo(store: ProvinceStore, visit_id: str) -> str:
    """A JPEG attached to a visit, as an import stores it (the record and the file)."""
    buffer = BytesIO()
    Image.new("RGB", (320, 200), (40, 120, 60)).save(buffer, "JPEG")
    data = buffer.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    (store.attachments / sha[:2]).mkdir(parents=True, exist_ok=True)
    (store.attachments / sha[:2] / sha).write_bytes(data)
    record_id = str(uuid.uuid4())
    values = {
        "created_at": "2026-10-01T08:00:00",
        "sha256": sha,
        "mime": "image/jpeg",
        "size": len(data),
        "filename": "gerai.jpg",
        "owner_type": "visit",
        "owner_id": visit_id,
        "caption": "Gerai sembako",
    }
    with store.session() as session:
        insert_tuples(
            session.connection(),
            ProvVersion.__table__,
            (
                "table_name",
                "record_id",
                "device_id",
                "counter",
                "deleted",
                "updated_at",
                "data",
                "is_current",
                "in_conflict",
            ),
            [
                (
                    "attachment",
                    record_id,
                    str(uuid.uuid4()),
                    1,
                    False,
                    "2026-10-01T08:00:00",
                    json.dumps(values),
                    True,
                    False,
                )
            ],
        )
    return record_id


def current_records(store: ProvinceStore) -> dict[str, list[dict[str, Any]]]:
    """Every current, live record by table, parsed in Python (no SQL JSON functions)."""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with store.engine.connect() as c:
        for table, record_id, data in c.execute(
            text(
                "SELECT table_name, record_id, data FROM prov_version WHERE is_current AND "
                "NOT deleted"
            )
        ):
            found[table].append({**json.loads(data), "id": record_id})
    return found
