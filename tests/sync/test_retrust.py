"""Trusting another province's file: refused without consent (both fingerprints named); with
consent, every change the old province has not acknowledged (exported or still pending) is
sealed again for the new province, which applies them all with no gap, and its receipt
acknowledges everything. End to end through two real province stores."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.cli import main as kopdes
from kopdes_desktop.province.devices import device_statuses
from kopdes_desktop.province.outputs import write_receipts
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Cooperative, Visit
from kopdes_desktop.store.sync_models import SyncBatch
from kopdes_desktop.sync.fileformat import peek_key_id
from kopdes_desktop.sync.service import SyncService
from kopdes_desktop.sync.trust import ProvinceChange

from .support import (
    add_cooperative,
    add_visits,
    edit,
    enroll_laptop,
    export_files,
    import_all,
    province_store,
    trust_of,
)


@pytest.fixture
def other_province(tmp_path: Path, request, province: ProvinceStore):
    """A second province with keys of its own, on the same backend."""
    kind = request.node.callspec.params["province"]
    with province_store(tmp_path / "other", kind) as store:
        yield store


def _old_province_history(tmp_path, province, laptop) -> tuple[str, list[Path]]:
    """Acknowledged changes, then an export the old province never answers, then changes
    not exported at all; the stranded files and the first cooperative."""
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop)
    add_visits(laptop, coop, 3)
    first = export_files(laptop, tmp_path / "usb1")
    assert [o.status for o in import_all(province, first)] == ["applied"]
    [receipt] = write_receipts(province, tmp_path / "back1")
    SyncService(laptop).import_files([receipt])
    add_visits(laptop, coop, 2)
    stranded = export_files(laptop, tmp_path / "usb2")
    add_cooperative(laptop, "KDMP Tanjung Palas")
    edit(laptop, Cooperative, coop, phone="081234567890")
    return coop, stranded


def _count(laptop, model) -> int:
    with laptop.read() as session:
        return len(session.scalars(select(model)).all())


def test_switching_province_needs_consent_and_reseals_everything_unacknowledged(
    tmp_path, province, other_province, laptops
):
    laptop = laptops("a")
    service = SyncService(laptop)
    coop, stranded = _old_province_history(tmp_path, province, laptop)
    acked_before = service.status()["acked_counter"]
    assert 0 < acked_before < service.status()["counter"]
    other_trust = trust_of(other_province, tmp_path / "other")

    change = service.check_trust(other_trust)
    assert change.old.fingerprint == province.public.fingerprint
    assert change.new.fingerprint == other_province.public.fingerprint
    assert change.unacknowledged == service.pending_total() > 0
    with pytest.raises(ProvinceChange) as refused:
        service.trust(other_trust)
    assert province.public.fingerprint in refused.value.message
    assert other_province.public.fingerprint in refused.value.message
    assert service.province().key_id == province.key_id
    assert [b.state for b in service.batches()][:1] == ["pending"]

    service.trust(other_trust, replace=True)
    assert service.province().key_id == other_province.key_id
    files = export_files(laptop, tmp_path / "usb3")
    assert files and {peek_key_id(f.read_bytes()) for f in files} == {other_province.key_id}
    with laptop.read() as session:
        live = session.scalars(select(SyncBatch).where(SyncBatch.state == "exported")).all()
        assert min(b.counter_from for b in live) == acked_before + 1
        assert max(b.counter_to for b in live) == service.status()["counter"]

    enroll_laptop(other_province, laptop, tmp_path / "other")
    assert {o.status for o in import_all(other_province, files)} <= {"applied", "duplicate"}
    [status] = device_statuses(other_province)
    assert status.gaps == [] and status.contiguous_counter == service.status()["counter"]
    [receipt] = write_receipts(other_province, tmp_path / "back2")
    [outcome] = service.import_files([receipt])
    assert outcome.status == "applied", outcome.message
    assert service.pending_total() == 0
    assert service.status()["acked_counter"] == service.status()["counter"]
    # The files sealed to the old key are refused by the new province, and harm nothing.
    assert {o.status for o in import_all(other_province, stranded)} == {"rejected"}
    assert _count(laptop, Visit) == 5


def test_the_same_province_again_asks_nothing(tmp_path, province, laptops):
    laptop = laptops("a")
    service = SyncService(laptop)
    again = trust_of(province, tmp_path / "again")
    assert service.check_trust(again).old is None
    assert service.trust(again).key_id == province.key_id


def test_cli_warns_with_both_fingerprints_and_asks(
    tmp_path, province, other_province, laptops, capsys, monkeypatch
):
    laptop = laptops("a")
    _old_province_history(tmp_path, province, laptop)
    pending = SyncService(laptop).pending_total()
    root = str(laptop.paths.root)
    laptop.close()
    other_trust = str(trust_of(other_province, tmp_path / "other"))
    capsys.readouterr()

    monkeypatch.setattr("sys.stdin", io.StringIO("tidak\n"))
    assert kopdes(["--data-dir", root, "sync", "trust", other_trust]) == 1
    captured = capsys.readouterr()
    assert province.public.fingerprint in captured.out
    assert other_province.public.fingerprint in captured.out
    assert f"{pending} perubahan yang belum diakui" in captured.out
    assert "Provinsi tidak diganti" in captured.err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert kopdes(["--data-dir", root, "sync", "trust", other_trust]) == 1
    capsys.readouterr()
    assert kopdes(["--data-dir", root, "sync", "status", "--json"]) == 0
    assert province.public.fingerprint in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", io.StringIO("ya\n"))
    assert kopdes(["--data-dir", root, "sync", "trust", other_trust]) == 0
    assert f"{pending} perubahan disegel ulang" in capsys.readouterr().out
    back = str(trust_of(province, tmp_path / "back"))
    assert kopdes(["--data-dir", root, "sync", "trust", "--yes", back]) == 0
    out = capsys.readouterr().out
    assert "PERHATIAN" in out and province.public.fingerprint in out
