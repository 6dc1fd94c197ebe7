"""0008: an attachment kind; a store at 0007 upgrades with every attachment kept (no kind)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import migrate, vault
from kopdes_desktop.store.db import Store, make_engine
from kopdes_desktop.store.models import Attachment


def test_a_0007_store_upgrades_keeping_attachments_without_kind(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store, store.session() as session:
        session.add(
            Attachment(
                sha256="ab" * 32,
                mime="image/jpeg",
                size=10,
                filename="gerai.jpg",
                owner_type="visit",
                owner_id="00000000-0000-4000-8000-000000000001",
            )
        )
    engine = make_engine(data_paths.database, vault.key_for(data_paths, create_new=False))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    columns = [column["name"] for column in inspect(engine).get_columns("attachment")]
    engine.dispose()
    assert "kind" not in columns
    with Store.open(data_paths) as store, store.read() as session:
        assert migrate.current_revision(store.engine) == migrate.HEAD
        [row] = session.query(Attachment).all()
        assert (row.filename, row.kind) == ("gerai.jpg", None)
