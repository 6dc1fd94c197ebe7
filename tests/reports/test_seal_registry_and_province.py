"""Checking another laptop's report through the province's signed device registry, a revoked
device, and the province's check against its consolidated store ("diperbarui sesudahnya")."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select, update
from sync.support import (
    add_cooperative,
    add_visits,
    enroll_laptop,
    export_files,
    import_all,
    make_laptop,
    province_store,
    trust_of,
)

from kopdes_desktop.province import seal_keys
from kopdes_desktop.province import verify as province_verify
from kopdes_desktop.province.cli import main as province_main
from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.province.outputs import write_reference
from kopdes_desktop.reports import seal
from kopdes_desktop.reports.api import store_signer
from kopdes_desktop.reports.seal_check import check
from kopdes_desktop.store.models import Assessment, Mentor
from kopdes_desktop.sync import device_registry
from kopdes_desktop.sync.device_registry import laptop_keyring
from kopdes_desktop.sync.service import SyncService
from kopdes_desktop.sync.trust import trusted_province

ISSUED = datetime(2026, 11, 26, 2, 15)


def _laptop(tmp_path, province, name):  # type: ignore[no-untyped-def]
    store = make_laptop(tmp_path / name, trust_of(province, tmp_path))
    with store.session() as session:
        session.add(Mentor(name=f"Pendamping {name.upper()}", is_self=True))
    enroll_laptop(province, store, tmp_path)
    return store


def _assessment_seal(laptop) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    coop = add_cooperative(laptop, "KDMP Sebuku")
    add_visits(laptop, coop, 1)
    with laptop.read() as session:
        row = session.scalars(select(Assessment)).one()
        content = seal.SealContent(
            "A",
            row.id,
            coop,
            "KDMP Sebuku",
            row.assessed_on,
            (("s", f"{row.total:.1f}"), ("c", row.category)),
        )
        return row.id, seal.seal(content, store_signer(laptop), ISSUED)


def _receive_reference(province, laptop, path):  # type: ignore[no-untyped-def]
    write_reference(province, path, laptop.device_id)
    assert SyncService(laptop).import_files([path])[0].status == "applied"


def test_a_report_of_another_laptop_checks_out_through_the_registry(tmp_path):
    with province_store(tmp_path / "province") as province:
        a, b = _laptop(tmp_path, province, "a"), _laptop(tmp_path, province, "b")
        _, text = _assessment_seal(a)
        assert check(text, laptop_keyring(a)).genuine
        assert check(text, laptop_keyring(b)).status == "unknown_signer"
        _receive_reference(province, b, tmp_path / "ref1.kopdes-ref")
        verdict = check(text, laptop_keyring(b))
        assert verdict.genuine
        assert verdict.summary.startswith(
            f"Asli: ditandatangani oleh perangkat {a.device_id[:8].upper()} milik Pendamping A"
        )
        with province.session() as session:
            session.execute(
                update(ProvDevice)
                .where(ProvDevice.device_id == a.device_id)
                .values(status="revoked")
            )
        _receive_reference(province, b, tmp_path / "ref2.kopdes-ref")
        assert check(text, laptop_keyring(b)).status == "revoked"
        a.close()
        b.close()


def test_a_registry_not_signed_by_the_province_is_not_kept(tmp_path):
    with province_store(tmp_path / "province") as province:
        b = _laptop(tmp_path, province, "b")
        doc = json.loads(
            json.dumps(
                device_registry.signed_registry(
                    [
                        {
                            "device_id": "11111111-2222-4333-8444-555555555555",
                            "public_key": "A" * 43 + "=",
                            "mentor_name": "Palsu",
                            "status": "enrolled",
                        }
                    ],
                    province.key_id,
                    province.sign_key,
                )
            )
        )
        doc["body"]["devices"][0]["mentor_name"] = "Diubah"
        problem = device_registry.keep(b, doc, trusted_province(b))
        assert problem and "tidak sah" in problem
        assert device_registry.kept_document(b) is None
        b.close()


def test_the_province_says_when_the_figures_changed_after_issue(tmp_path, capsys):
    with province_store(tmp_path / "province") as province:
        a = _laptop(tmp_path, province, "a")
        assessment_id, text = _assessment_seal(a)
        import_all(province, export_files(a, tmp_path / "out1"))
        result = province_verify.verify_text(province, text)
        assert result.verdict.genuine
        assert result.match.status == province_verify.SAME
        with a.session() as session:
            old = session.get(Assessment, assessment_id)
            session.add(
                Assessment(
                    cooperative_id=old.cooperative_id,
                    visit_id=old.visit_id,
                    instrument_id=old.instrument_id,
                    instrument_version=old.instrument_version,
                    answers=dict(old.answers),
                    result={"total": 55.0},
                    total=55.0,
                    category="KURANG SEHAT",
                    status="FINAL",
                    assessed_on=date(2025, 3, 1),
                    revision_of=old.id,
                    revision_no=2,
                )
            )
        import_all(province, export_files(a, tmp_path / "out2"))
        result = province_verify.verify_text(province, text)
        assert result.verdict.genuine
        assert result.match.status == province_verify.UPDATED
        assert "Diperbarui sesudahnya" in result.match.message
        assert "revisi 2" in result.match.message
        # Signed by the province itself, and through the command line.
        own = seal.seal(
            seal.SealContent(
                "K", "65.01", "65.01", "Kabupaten Bulungan", date(2026, 11, 30), (("k", "12"),)
            ),
            seal_keys.report_signer(province),
            ISSUED,
        )
        assert province_verify.verify_text(province, own).verdict.genuine
        a.close()
    code = province_main(["verify", text, "--dir", str(tmp_path / "province"), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["store"]["status"] == province_verify.UPDATED
    forged = text.replace("s=", "s=9", 1)
    assert province_main(["verify", forged, "--dir", str(tmp_path / "province")]) == 1
    assert "Tidak asli" in capsys.readouterr().out
