"""The province services the web pages call instead of opening sessions: the audit of an
action done outside the store, the officers' browser sessions and the workspace's tables."""

from __future__ import annotations

from pathlib import Path

from kopdes_desktop.province import officer_sessions, officers, workspace_tables
from kopdes_desktop.province.store import ProvinceStore


def test_audit_action_records_one_entry_in_its_own_transaction(
    province_dir: Path, db_url: str | None
) -> None:
    with ProvinceStore.init(province_dir, db_url) as store:
        workspace_tables.ensure(store)
        officers.audit_action(
            store, "admin", "report.verify", "doc-1", after={"status": "valid"}, client="10.0.0.9"
        )
        entries, total = officers.read_audit(store)
    assert total == 1
    entry = entries[0]
    assert (entry.officer, entry.action, entry.target, entry.client) == (
        "admin",
        "report.verify",
        "doc-1",
        "10.0.0.9",
    )
    assert (entry.before, entry.after) == (None, {"status": "valid"})


def test_browser_session_lives_and_ends(province_dir: Path, db_url: str | None) -> None:
    with ProvinceStore.init(province_dir, db_url) as store:
        workspace_tables.ensure(store)
        workspace_tables.ensure(store)  # a second start changes nothing
        officer = officers.add_officer(store, "ani.petugas", "rahasia-panjang", "admin")
        token = officer_sessions.start(store, officer, "id")
        found = officer_sessions.resume(store, token)
        assert isinstance(found, officer_sessions.WebSession)
        assert (found.officer.username, found.language) == ("ani.petugas", "id")
        officer_sessions.set_language(store, token, "en")
        resumed = officer_sessions.resume(store, token)
        assert isinstance(resumed, officer_sessions.WebSession) and resumed.language == "en"
        officer_sessions.end(store, token)
        assert officer_sessions.resume(store, token) is None
        assert officer_sessions.resume(store, "no-such-token") is None
