"""Tampering with a report's seal is caught: every signed field, swapped signatures, an unknown
key, a revoked one, and the readable lines; every genuine seal is accepted."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kopdes_desktop.reports import seal
from kopdes_desktop.reports.seal_check import (
    ALTERED,
    GENUINE,
    REVOKED,
    UNKNOWN_SIGNER,
    UNREADABLE,
    Keyring,
    KnownKey,
    check,
)

DEVICE = "2f11c6ac-5b1d-4a43-9a8e-0c1d2e3f4a5b"
OTHER = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"
PROVINCE = "P" + "ab" * 16
ISSUED = datetime(2026, 11, 26, 2, 15)


def _content(**changes: object) -> seal.SealContent:
    values = dict(
        kind="A",
        doc_id="431b3353-0000-4000-8000-000000000001",
        subject_id="0f6210c5-61dc-4575-bae4-455ad6963883",
        subject_name="Koperasi Desa Merah Putih Aji Kuning",
        doc_date=date(2026, 11, 26),
        figures=(("s", "78.8"), ("c", "Berkembang")),
    )
    values.update(changes)
    return seal.SealContent(**values)  # type: ignore[arg-type]


@pytest.fixture
def keys() -> dict[str, Ed25519PrivateKey]:
    return {
        DEVICE: Ed25519PrivateKey.generate(),
        OTHER: Ed25519PrivateKey.generate(),
        PROVINCE: Ed25519PrivateKey.generate(),
    }


@pytest.fixture
def ring(keys) -> Keyring:
    ring = Keyring()
    ring.add(KnownKey(DEVICE, keys[DEVICE].public_key(), "perangkat 2F11C6AC milik Rina"))
    ring.add(KnownKey(OTHER, keys[OTHER].public_key(), "perangkat 7A8B9C0D milik Yusuf"))
    ring.add(KnownKey(PROVINCE, keys[PROVINCE].public_key(), "Provinsi Kalimantan Utara"))
    return ring


def _sealed(keys, signer: str = DEVICE, **changes: object) -> str:
    return seal.seal(_content(**changes), seal.KeySigner(signer, keys[signer]), ISSUED)


def _field(text: str, index: int, value: str) -> str:
    """``text`` with field ``index`` of its signed line replaced by ``value``."""
    lines = text.split("\n")
    fields = lines[-1].split("|")
    fields[index] = value
    lines[-1] = "|".join(fields)
    return "\n".join(lines)


def test_a_genuine_seal_says_what_was_signed(keys, ring):
    verdict = check(_sealed(keys), ring)
    assert verdict.status == GENUINE
    assert verdict.summary == (
        "Asli: ditandatangani oleh perangkat 2F11C6AC milik Rina, "
        "skor 78,8 Berkembang, 26 November 2026"
    )
    assert "Diterbitkan: 26 November 2026 10.15 WITA" in verdict.details


def test_the_province_key_and_other_devices_are_accepted(keys, ring):
    assert check(_sealed(keys, PROVINCE), ring).summary.startswith(
        "Asli: ditandatangani oleh Provinsi Kalimantan Utara"
    )
    assert check(_sealed(keys, OTHER), ring).genuine


def test_the_seal_is_readable_by_a_phone(keys):
    text = _sealed(keys)
    assert text.startswith(
        "Laporan Hasil Penilaian\n"
        "Koperasi Desa Merah Putih Aji Kuning\n"
        "skor 78,8 Berkembang, 26 November 2026\n"
    )
    assert len(text.encode("utf-8")) < 360


@pytest.mark.parametrize(
    ("index", "value"),
    [
        (1, "M"),  # kind
        (2, seal.pack_id("431b3353-0000-4000-8000-000000000002")),  # document id
        (3, seal.pack_id("0f6210c5-61dc-4575-bae4-455ad6963884")),  # cooperative id
        (4, "Koperasi Desa Merah Putih Aji Kuninq"),  # cooperative name
        (5, "2026-11-27"),  # date
        (6, "s=88.8;c=Berkembang"),  # total score
        (6, "s=78.8;c=Maju"),  # category
        (6, "s=78.8"),  # a figure dropped
        (8, "2026-11-26T02:16Z"),  # time
        (7, seal.pack_id(OTHER)),  # another known signer
    ],
)
def test_every_signed_field_altered_is_refused(keys, ring, index, value):
    text = _sealed(keys)
    altered = _field(text, index, value)
    lines = altered.split("\n")
    # Refused with the readable lines as printed, and with only the signed line.
    assert check(altered, ring).status in (ALTERED, UNREADABLE)
    assert check(lines[-1], ring).status in (ALTERED, UNREADABLE)
    assert not check(lines[-1], ring).genuine


def test_a_signature_swapped_between_reports_is_refused(keys, ring):
    first = _sealed(keys)
    second = _sealed(
        keys,
        doc_id="431b3353-0000-4000-8000-000000000009",
        figures=(("s", "45.0"), ("c", "Rintisan")),
    )
    swapped = _field(second, 9, first.rsplit("|", 1)[1])
    assert check(swapped, ring).status == ALTERED
    assert check(second, ring).genuine and check(first, ring).genuine


def test_an_unknown_key_is_not_trusted(keys, ring):
    stranger = "11111111-2222-4333-8444-555555555555"
    keys[stranger] = Ed25519PrivateKey.generate()
    verdict = check(_sealed(keys, stranger), ring)
    assert verdict.status == UNKNOWN_SIGNER
    assert "tidak dikenal" in verdict.summary
    # A stranger's key under a known device's id: the signature does not match.
    impostor = seal.seal(_content(), seal.KeySigner(DEVICE, keys[stranger]), ISSUED)
    assert check(impostor, ring).status == ALTERED


def test_a_revoked_device_is_refused(keys, ring):
    ring.keys[OTHER] = KnownKey(
        OTHER, keys[OTHER].public_key(), "perangkat 7A8B9C0D milik Yusuf", revoked=True
    )
    verdict = check(_sealed(keys, OTHER), ring)
    assert verdict.status == REVOKED
    assert "dicabut" in verdict.summary
    # A later listing of the same key does not undo the revocation.
    ring.add(KnownKey(OTHER, keys[OTHER].public_key(), "perangkat 7A8B9C0D"))
    assert check(_sealed(keys, OTHER), ring).status == REVOKED


def test_altered_readable_lines_are_refused(keys, ring):
    text = _sealed(keys)
    assert check(text.replace("skor 78,8", "skor 88,8", 1), ring).status == ALTERED
    assert check(text.replace("Aji Kuning\n", "Aji Kuninq\n", 1), ring).status == ALTERED


def test_text_that_is_no_seal_is_unreadable(ring):
    assert check("https://example.com", ring).status == UNREADABLE
    assert check("KDS1|A|x", ring).status == UNREADABLE


def test_names_with_separators_round_trip(keys, ring):
    text = _sealed(keys, subject_name="KSP | Maju; Jaya=100%\nBaru")
    verdict = check(text, ring)
    assert verdict.genuine
    assert verdict.content.subject_name == "KSP | Maju; Jaya=100%\nBaru"
