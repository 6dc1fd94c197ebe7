"""What a device may claim when it is enrolled: its id and its mentor, checked field by field.

A device id names the laptop in every batch, receipt file name and log line, so it is short,
plain and unambiguous: 1 to 36 letters, digits or dashes (a laptop makes a UUID), no path
characters, no trailing newline, and none of the reserved names (``province``, the province's
own device, and the names Windows keeps for devices, which cannot be file names there). The
mentor is absent, or an object with an optional record id and a printable name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province.apply import PROVINCE_DEVICE

DEVICE_ID = re.compile(r"[0-9A-Za-z-]{1,36}")
MENTOR_ID = re.compile(r"[0-9A-Za-z-]{1,36}")
MAX_MENTOR_NAME = 120
RESERVED = frozenset(
    {
        PROVINCE_DEVICE,
        "con",
        "prn",
        "aux",
        "nul",
        *(f"com{i}" for i in range(10)),
        *(f"lpt{i}" for i in range(10)),
    }
)


class EnrolmentRefused(KopdesError):
    """A device document claims something the province does not accept."""

    def __init__(self, code: str, message: str, message_en: str) -> None:
        super().__init__(message, message_en)
        self.code = code


@dataclass(frozen=True)
class Claim:
    """A checked device document: who the device is, and its mentor."""

    device_id: str
    public_key: str
    mentor_id: str | None
    mentor_name: str


def check_device_id(device_id: Any) -> str:
    """``device_id`` if it is an acceptable device id, else :class:`EnrolmentRefused`."""
    if not isinstance(device_id, str) or not DEVICE_ID.fullmatch(device_id):
        raise EnrolmentRefused(
            "bad_device_id",
            "ID perangkat tidak sah: 1-36 huruf, angka atau tanda minus.",
            "Invalid device id: 1-36 letters, digits or dashes.",
        )
    if device_id.lower() in RESERVED:
        raise EnrolmentRefused(
            "reserved_device_id",
            f"ID perangkat '{device_id}' dicadangkan dan tidak boleh dipakai.",
            f"The device id '{device_id}' is reserved.",
        )
    return device_id


def _printable(text: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def check_mentor(mentor: Any) -> tuple[str | None, str]:
    """The mentor's record id and name from a device document (None and "" when absent)."""
    if mentor is None:
        return None, ""
    bad = EnrolmentRefused(
        "bad_mentor",
        "Data pendamping pada berkas perangkat tidak sah.",
        "The mentor in the device document is not valid.",
    )
    if not isinstance(mentor, dict) or not set(mentor) <= {"id", "name"}:
        raise bad
    mentor_id, name = mentor.get("id"), mentor.get("name", "")
    if mentor_id is not None and (
        not isinstance(mentor_id, str) or not MENTOR_ID.fullmatch(mentor_id)
    ):
        raise bad
    if name is None:
        name = ""
    if not isinstance(name, str) or len(name) > MAX_MENTOR_NAME or not _printable(name):
        raise bad
    return mentor_id, name.strip()


def check_claim(body: dict[str, Any]) -> Claim:
    """A device document's claims, checked (its self-signature is checked before)."""
    device_id = check_device_id(body.get("device_id"))
    mentor_id, name = check_mentor(body.get("mentor"))
    return Claim(device_id, str(body["public_key"]), mentor_id, name)
