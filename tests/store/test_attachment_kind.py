"""0008: an attachment kind; a store at 0007 upgrades with every attachment kept (no kind)."""

from __future__ import annotations

import sqlite3

from alembic import command

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import migrate
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Attachment


def test_a_0007_store_upgrades_keeping_attachments_without_kind(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store, store.session() as session:
        session.add(Attachment(sha256="ab" * 32, mime="image/jpeg", size=10,
                               filename="gerai.jpg", owner_type="visit",
                               owner_id="00000000-0000-4000-8000-000000000001"))
    config = migrate.alembic_config()
    config.set_main_option("sqlalchemy.url", f"sqlite:///{data_paths.database}")
    command.downgrade(config, "0007")
    with sqlite3.connect(data_paths.database) as raw:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(attachment)")]
        assert "kind" not in columns
    with Store.open(data_paths) as store, store.read() as session:
        assert migrate.current_revision(store.engine) == "0008"
        [row] = session.query(Attachment).all()
        assert (row.filename, row.kind) == ("gerai.jpg", None)
