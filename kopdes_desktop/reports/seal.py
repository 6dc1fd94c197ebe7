"""The signed seal a report carries as a QR code on every page.

A seal is text in two parts. The first lines say in plain Indonesian what the document is, whom
it is about and its figures, so any phone camera app shows something a person can compare with
the paper. The last line is the compact, signed part::

    KDS1|A|<doc>|<subject>|<subject name>|2026-11-26|s=78.8;c=Berkembang|<signer>|<time>|<sig>

``A`` is the document kind, ``<doc>`` and ``<subject>`` are ids (a UUID is written as 22
characters of base64url), the date is the document's own date, the figures are ``key=value``
pairs, ``<signer>`` names the key (a device id, or ``P`` and the province key id), the time is
the issue time in UTC to the minute, and the signature is Ed25519 over ``MESSAGE_TAG`` and the
line before its last field. The line is canonical: parsing and writing it again gives the same
bytes, and the readable lines must be exactly what the signed line says, so neither part can be
changed without the change being caught.
"""

from __future__ import annotations

import base64
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kopdes_desktop.core.formatting import long_date, month_label, number
from kopdes_desktop.errors import KopdesError

TAG = "KDS1"
MESSAGE_TAG = b"kopdes-report-seal\n"
KINDS = {
    "A": "Laporan Hasil Penilaian",
    "M": "Laporan Bulanan Pendamping",
    "P": "Profil Koperasi",
    "K": "Ringkasan Kabupaten",
}
FIGURE_LABELS = {
    "k": "koperasi",
    "v": "kunjungan",
    "p": "penilaian",
    "tb": "tindak lanjut baru",
    "ts": "selesai",
    "tt": "terlambat",
    "t": "tindak lanjut terbuka",
}
_ESCAPES = {"%": "%25", "|": "%7C", ";": "%3B", "=": "%3D", "\n": "%0A", "\r": "%0D"}
_UNESCAPE = re.compile(r"%(25|7C|3B|3D|0A|0D)")
_B64_ID = re.compile(r"^[A-Za-z0-9_-]{22}$")


class SealError(KopdesError):
    """The text is not a Kopdes seal, or is malformed."""


class Signer(Protocol):
    """Who signs a report: a key id written in the seal and a function that signs bytes."""

    @property
    def key_id(self) -> str: ...

    def sign(self, message: bytes) -> bytes: ...


@dataclass(frozen=True)
class KeySigner:
    """A signer holding an Ed25519 private key (a device's, or the province's)."""

    key_id: str
    key: Ed25519PrivateKey

    def sign(self, message: bytes) -> bytes:
        return self.key.sign(message)


def device_signer(device_id: str, key: Ed25519PrivateKey) -> KeySigner:
    """A laptop signs with its device key under its device id."""
    return KeySigner(device_id, key)


def province_signer(province_key_id: str, key: Ed25519PrivateKey) -> KeySigner:
    """The province signs with its signing key under ``P`` and its key id."""
    return KeySigner(f"P{province_key_id}", key)


@dataclass(frozen=True)
class SealContent:
    """What a seal says. ``subject`` is the cooperative (the mentor for a monthly report)."""

    kind: str
    doc_id: str
    subject_id: str
    subject_name: str
    doc_date: date
    figures: tuple[tuple[str, str], ...]
    signer: str = ""
    issued_at: datetime = datetime(2000, 1, 1)

    def figure(self, key: str) -> str | None:
        return dict(self.figures).get(key)


@dataclass(frozen=True)
class Sealed:
    """A parsed seal: its content, signature, the bytes signed and the readable lines given."""

    content: SealContent
    signature: bytes
    message: bytes
    shown: str | None


def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def pack_id(value: str) -> str:
    """A UUID as 22 characters of base64url; any other id escaped as it is (``~`` first)."""
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        parsed = None
    if parsed is not None and str(parsed) == value:
        return _b64(parsed.bytes)
    return "~" + _escape(value)


def unpack_id(text: str) -> str:
    if text.startswith("~"):
        return _unescape(text[1:])
    if not _B64_ID.match(text):
        raise SealError("Isi kode QR rusak (id).", "The QR content is damaged (id).")
    return str(uuid.UUID(bytes=_unb64(text)))


def _pack_signer(key_id: str) -> str:
    if key_id.startswith("P") and re.fullmatch(r"P[0-9a-f]{32}", key_id):
        return "P" + _b64(bytes.fromhex(key_id[1:]))
    return pack_id(key_id)


def _unpack_signer(text: str) -> str:
    if len(text) == 23 and text.startswith("P"):
        return "P" + _unb64(text[1:]).hex()
    return unpack_id(text)


def _minute(moment: datetime) -> datetime:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)


def signed_line(content: SealContent) -> str:
    """The canonical line of ``content`` without its signature."""
    figures = ";".join(f"{_escape(k)}={_escape(v)}" for k, v in content.figures)
    return "|".join(
        (
            TAG,
            content.kind,
            pack_id(content.doc_id),
            pack_id(content.subject_id),
            _escape(content.subject_name),
            content.doc_date.isoformat(),
            figures,
            _pack_signer(content.signer),
            f"{_minute(content.issued_at):%Y-%m-%dT%H:%MZ}",
        )
    )


def score_text(value: str) -> str:
    """``78.8`` as Indonesians write it: ``78,8``."""
    try:
        return number(float(value), 1)
    except ValueError:
        return value


def describe_figures(content: SealContent) -> str:
    """The figures in plain Indonesian: ``skor 78,8 Berkembang`` or ``kunjungan 12, ...``."""
    parts = []
    values = dict(content.figures)
    if "s" in values:
        parts.append(
            " ".join(x for x in ("skor", score_text(values["s"]), values.get("c", "")) if x)
        )
    elif "c" in values:
        parts.append(values["c"])
    if values.get("st"):
        parts.append(values["st"].upper())
    for key, value in content.figures:
        if key not in ("s", "c", "st"):
            parts.append(f"{FIGURE_LABELS.get(key, key)} {value}")
    return ", ".join(parts)


def describe_date(content: SealContent) -> str:
    if content.kind == "M":
        return month_label(content.doc_date.year, content.doc_date.month)
    return long_date(content.doc_date)


def readable(content: SealContent) -> str:
    """The plain lines a phone shows above the signed line."""
    figures = describe_figures(content)
    return "\n".join(
        x
        for x in (
            KINDS.get(content.kind, content.kind),
            content.subject_name,
            ", ".join(x for x in (figures, describe_date(content)) if x),
        )
        if x
    )


def seal(content: SealContent, signer: Signer, issued_at: datetime) -> str:
    """The full seal text of ``content``, signed by ``signer`` as issued at ``issued_at``."""
    content = SealContent(
        content.kind,
        content.doc_id,
        content.subject_id,
        content.subject_name,
        content.doc_date,
        content.figures,
        signer.key_id,
        _minute(issued_at),
    )
    line = signed_line(content)
    signature = signer.sign(MESSAGE_TAG + line.encode("utf-8"))
    return f"{readable(content)}\n{line}|{_b64(signature)}"


def parse(text: str) -> Sealed:
    """Split seal text (as decoded from a QR or typed) into its signed content and signature;
    SealError when it is no seal or is malformed."""
    lines = text.replace("\r\n", "\n").strip().split("\n")
    index = next(
        (i for i in range(len(lines) - 1, -1, -1) if lines[i].strip().startswith(TAG + "|")), None
    )
    if index is None:
        raise SealError(
            "Teks ini bukan kode QR laporan Kopdes.", "This text is not a Kopdes report QR code."
        )
    line = lines[index].strip()
    shown = "\n".join(x.strip() for x in lines[:index]).strip() or None
    head, _, sig_text = line.rpartition("|")
    fields = head.split("|")
    if len(fields) != 9:
        raise SealError("Isi kode QR tidak lengkap.", "The QR content is incomplete.")
    try:
        content = SealContent(
            kind=fields[1],
            doc_id=unpack_id(fields[2]),
            subject_id=unpack_id(fields[3]),
            subject_name=_unescape(fields[4]),
            doc_date=date.fromisoformat(fields[5]),
            figures=_figures(fields[6]),
            signer=_unpack_signer(fields[7]),
            issued_at=datetime.strptime(fields[8], "%Y-%m-%dT%H:%MZ"),
        )
        signature = _unb64(sig_text)
    except (ValueError, TypeError) as exc:
        raise SealError("Isi kode QR rusak.", "The QR content is damaged.") from exc
    if len(signature) != 64 or _b64(signature) != sig_text or signed_line(content) != head:
        raise SealError("Isi kode QR rusak.", "The QR content is damaged.")
    return Sealed(content, signature, MESSAGE_TAG + head.encode("utf-8"), shown)


def _figures(text: str) -> tuple[tuple[str, str], ...]:
    if not text:
        return ()
    pairs = []
    for item in text.split(";"):
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError("figure without value")
        pairs.append((_unescape(key), _unescape(value)))
    return tuple(pairs)
