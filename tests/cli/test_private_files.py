"""Files with keys or personal data are readable by their owner only on POSIX: the laptop's and
the province's folders are 0700; settings, device keys, sync files, device files, reports,
the Dinas spreadsheets, receipts, reference packages, the province config.json and keys 0600,
whatever the umask. The PostgreSQL password need not be in config.json."""

from __future__ import annotations

import json
import os
import stat
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sync.support import PG_URL, add_cooperative, add_visits, make_laptop

from kopdes_desktop.cli import main as kopdes
from kopdes_desktop.paths import DataPaths, make_private, private_dir, write_atomic
from kopdes_desktop.province.cli import main as province
from kopdes_desktop.province.store import (
    DB_PASSWORD_ENV,
    DB_URL_ENV,
    SEAL_KEY,
    SIGN_KEY,
    ProvinceStore,
    database_url,
)
from kopdes_desktop.settings import Settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _open_umask():
    """The most permissive usual umask: files would be 0644 and folders 0755 without care."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_helpers_make_private_files_and_folders(tmp_path):
    folder = private_dir(tmp_path / "a" / "b")
    assert mode(folder) == 0o700
    write_atomic(folder / "x.json", b"{}", private=True)
    assert mode(folder / "x.json") == 0o600 and not (folder / "x.json.tmp").exists()
    loose = folder / "loose.txt"
    loose.write_text("x")
    assert mode(loose) == 0o644
    make_private(loose)
    assert mode(loose) == 0o600


def test_laptop_files_are_its_owners_only(tmp_path, capsys):
    root = tmp_path / "laptop"
    province(["init", "--dir", str(tmp_path / "prov")])
    province(["trust-file", "--dir", str(tmp_path / "prov"), "--out", str(tmp_path / "t.json")])
    store = make_laptop(root, tmp_path / "t.json")
    coop = add_cooperative(store)
    add_visits(store, coop, 2)
    paths: DataPaths = store.paths
    store.close()
    Settings(paths.settings_file).set("last_export_dir", str(tmp_path / "usb"))
    data = ["--data-dir", str(root)]
    assert kopdes([*data, "sync", "device-file", "--out", str(tmp_path / "out" / "d.json")]) == 0
    assert kopdes([*data, "sync", "export", "--out", str(tmp_path / "usb")]) == 0
    assert (
        kopdes([*data, "report", "profile", coop, "--out", str(tmp_path / "out" / "profil.pdf")])
        == 0
    )
    for folder in (paths.root, paths.keys, paths.attachments, paths.logs, paths.backups):
        assert mode(folder) == 0o700, folder
    written = [
        paths.settings_file,
        *paths.keys.iterdir(),
        tmp_path / "out" / "d.json",
        tmp_path / "out" / "profil.pdf",
        *(tmp_path / "usb").iterdir(),
    ]
    assert len(written) >= 5
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
    capsys.readouterr()


def test_province_files_are_its_owners_only(tmp_path, capsys):
    root = tmp_path / "prov"
    assert province(["init", "--dir", str(root)]) == 0
    for folder in (root, root / "keys", root / "attachments", root / "instruments"):
        assert mode(folder) == 0o700, folder
    for file in (root / "config.json", root / "keys" / SEAL_KEY, root / "keys" / SIGN_KEY):
        assert mode(file) == 0o600, file
    out = tmp_path / "dinas"
    assert (
        province(["export", "--dir", str(root), "--format", "xlsx", "--out", str(out / "d.xlsx")])
        == 0
    )
    assert (
        province(["export", "--dir", str(root), "--format", "csv", "--out", str(out / "d.csv")])
        == 0
    )
    assert province(["reference", "--dir", str(root), "--out", str(out / "paket")]) == 0
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) == 11  # the workbook and ten sheets (no device enrolled: no package)
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}

    # A folder made by an earlier release (world-readable) is made private when opened.
    os.chmod(root / "config.json", 0o644)
    os.chmod(root, 0o755)
    ProvinceStore.open(root).close()
    assert (mode(root), mode(root / "config.json")) == (0o700, 0o600)
    capsys.readouterr()


def test_database_url_from_the_environment(monkeypatch, tmp_path):
    odd = tmp_path / "a #1?x=%20" / "province.sqlite3"
    assert database_url(f"sqlite:///{odd}").database == str(odd)
    configured = "postgresql+psycopg://kopdes@db.example:5432/provinsi"
    monkeypatch.delenv(DB_URL_ENV, raising=False)
    monkeypatch.delenv(DB_PASSWORD_ENV, raising=False)
    assert database_url(configured).password is None  # libpq then reads its pgpass file
    monkeypatch.setenv(DB_PASSWORD_ENV, "r#ha/sia?")
    url = database_url(configured)
    assert (url.username, url.password, url.host) == ("kopdes", "r#ha/sia?", "db.example")
    assert database_url("postgresql+psycopg://kopdes:given@h/p").password == "given"
    monkeypatch.setenv(DB_URL_ENV, "postgresql+psycopg://lain:pw@other/db")
    assert database_url(configured).host == "other"


@pytest.mark.skipif(not PG_URL, reason="needs KOPDES_TEST_PG_URL")
def test_postgresql_password_from_env_or_pgpass_not_config(tmp_path, monkeypatch):
    from sqlalchemy import create_engine, make_url

    full = make_url(PG_URL)
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(full)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    bare = (
        full._replace(password=None)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )
    root = tmp_path / "prov"
    monkeypatch.setenv(DB_PASSWORD_ENV, full.password)
    try:
        _province_without_password_in_config(root, bare, full, tmp_path, monkeypatch)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def _province_without_password_in_config(root, bare, full, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import make_url

    with ProvinceStore.init(root, bare) as store, store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM prov_version")).scalar() == 0
    configured = json.loads((root / "config.json").read_text())["db_url"]
    assert configured == bare and make_url(configured).password is None
    monkeypatch.delenv(DB_PASSWORD_ENV)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(
        f"{full.host}:{full.port or 5432}:{full.database}:{full.username}:{full.password}\n"
    )
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with ProvinceStore.open(root) as store, store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM prov_version")).scalar() == 0
    pgpass.write_text("")
    with pytest.raises(Exception, match="password"):
        ProvinceStore.open(root)
