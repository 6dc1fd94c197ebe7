"""Checking a seal: whose key signed it, whether the content is as signed, and what it says.

The keys a checker knows come as a :class:`Keyring`: on the laptop its own device key, the
province's signing key and the devices of the province's signed registry; at the province its
own key and every device it has enrolled. The verdict says in Indonesian what was signed, for a
person to compare with the paper, or why the document is not to be trusted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.reports import localtime
from kopdes_desktop.reports.seal import (
    KINDS,
    SealContent,
    SealError,
    describe_date,
    describe_figures,
    parse,
    readable,
)
from kopdes_desktop.sync.keys import verify

GENUINE = "genuine"
ALTERED = "altered"
UNKNOWN_SIGNER = "unknown_signer"
REVOKED = "revoked"
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class KnownKey:
    """A public key a checker trusts, how to name its holder, and whether it was revoked."""

    key_id: str
    public_key: Ed25519PublicKey
    label: str
    revoked: bool = False


@dataclass
class Keyring:
    """The keys known to a checker, by key id (device id, or ``P`` + province key id)."""

    keys: dict[str, KnownKey] = field(default_factory=dict)

    def add(self, key: KnownKey) -> None:
        """Add a key; a revocation is never undone by a later listing of the same key."""
        old = self.keys.get(key.key_id)
        if old is not None and old.revoked and old.public_key == key.public_key:
            return
        self.keys[key.key_id] = key


def device_label(device_id: str, owner: str | None) -> str:
    """``perangkat 3F2A9C1B milik Agustina Lahang``."""
    text = f"perangkat {device_id[:8].upper()}"
    return f"{text} milik {owner}" if owner else text


@dataclass(frozen=True)
class Verdict:
    """The outcome of a check: ``status`` one of the constants above, ``summary`` one line in
    Indonesian, ``details`` further lines, ``content`` what the seal says (when readable)."""

    status: str
    summary: str
    details: tuple[str, ...] = ()
    content: SealContent | None = None
    signer: str = ""

    @property
    def genuine(self) -> bool:
        return self.status == GENUINE

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (``kopdes verify --json``)."""
        content = self.content
        return {
            "status": self.status,
            "genuine": self.genuine,
            "summary": self.summary,
            "details": list(self.details),
            "signer": self.signer,
            "document": None
            if content is None
            else {
                "kind": content.kind,
                "kind_name": KINDS.get(content.kind, content.kind),
                "doc_id": content.doc_id,
                "subject_id": content.subject_id,
                "subject_name": content.subject_name,
                "date": content.doc_date.isoformat(),
                "figures": dict(content.figures),
                "signer_key_id": content.signer,
                "issued_at": content.issued_at.isoformat() + "Z",
            },
        }


def issued_text(moment: datetime, zone: localtime.Zone = localtime.DEFAULT_ZONE) -> str:
    """``5 Desember 2026 13.42 WITA``: an issue time as people read it, in local time."""
    local = localtime.local(moment, zone)
    return f"{long_date(local)} {local:%H.%M} {zone.abbreviation}"


def describe(content: SealContent) -> tuple[str, ...]:
    """What the document says, line by line, for a person to compare with the paper."""
    kind = KINDS.get(content.kind, content.kind)
    lines = [
        f"Dokumen: {kind}",
        f"{'Pendamping' if content.kind == 'M' else 'Koperasi'}: {content.subject_name}",
        f"Tanggal: {describe_date(content)}",
    ]
    figures = describe_figures(content)
    if figures:
        lines.append(f"Isi: {figures}")
    lines.append(f"Diterbitkan: {issued_text(content.issued_at)}")
    return tuple(lines)


def check(text: str, keyring: Keyring) -> Verdict:
    """Check seal ``text`` (as read from a QR code or typed) against ``keyring``."""
    try:
        sealed = parse(text)
    except SealError as exc:
        return Verdict(UNREADABLE, f"Tidak dapat diperiksa: {exc.message}")
    content = sealed.content
    facts = describe(content)
    known = keyring.keys.get(content.signer)
    if known is None:
        return Verdict(
            UNKNOWN_SIGNER,
            "Tidak dapat dipastikan asli: penanda tangan "
            f"{content.signer[:9].upper()} tidak dikenal oleh pemeriksa ini.",
            facts,
            content,
        )
    if not verify(known.public_key, sealed.signature, sealed.message):
        return Verdict(
            ALTERED,
            "Tidak asli: isi kode QR tidak cocok dengan tanda tangannya "
            "(isi telah diubah atau tanda tangan dari dokumen lain).",
            facts,
            content,
            known.label,
        )
    if sealed.shown is not None and sealed.shown != readable(content):
        return Verdict(
            ALTERED,
            "Tidak asli: teks yang terbaca di atas kode tidak sesuai "
            "dengan isi yang ditandatangani.",
            facts,
            content,
            known.label,
        )
    if known.revoked:
        return Verdict(
            REVOKED,
            f"Ditolak: {known.label} telah dicabut; tanda tangannya tidak lagi dipercaya.",
            facts,
            content,
            known.label,
        )
    parts = [describe_figures(content), describe_date(content)]
    summary = f"Asli: ditandatangani oleh {known.label}, " + ", ".join(x for x in parts if x)
    return Verdict(GENUINE, summary, facts, content, known.label)
