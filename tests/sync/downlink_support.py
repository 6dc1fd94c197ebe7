"""Two mentors' laptops, each with its own cooperative and personal data (SYNC.md 17)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Assignment, Cooperative, Mentor, Person
from kopdes_desktop.sync.fileformat import canonical
from kopdes_desktop.sync.keys import DEVICE_SEAL_KEY_FILE, b64, device_key, device_seal_key
from kopdes_desktop.sync.trust import device_document

from .support import KABUPATEN, make_laptop, trust_of


@dataclass
class MentorLaptop:
    """A laptop with its mentor, one cooperative assigned to them, and their secrets."""

    store: Store
    mentor_id: str
    coop_id: str
    phone: str
    email: str
    bank_account: str
    npwp: str
    nik: str

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.phone, self.email, self.bank_account, self.npwp, self.nik)

    @property
    def seal_key(self):  # type: ignore[no-untyped-def]
        return device_seal_key(self.store.paths.keys)


MENTORS = {
    "a": (
        "0812-1111-2222",
        "ani@kaltara.example",
        "1234567001",
        "01.234.567.8-901.000",
        "6501014107850001",
    ),
    "b": (
        "0813-3333-4444",
        "budi@kaltara.example",
        "9876543002",
        "02.345.678.9-012.000",
        "6501015507900002",
    ),
}


def mentor_laptop(root: Path, province: ProvinceStore, name: str) -> MentorLaptop:
    """A laptop whose own mentor is assigned one cooperative with a bank account, an NPWP and
    a board member with a NIK (not enrolled yet)."""
    phone, email, account, npwp, nik = MENTORS[name]
    store = make_laptop(root / f"laptop-{name}", trust_of(province, root))
    with store.session() as session:
        mentor = Mentor(
            name=f"Pendamping {name.upper()}",
            phone=phone,
            email=email,
            is_self=True,
            kabupaten_code=KABUPATEN,
        )
        coop = Cooperative(
            name=f"KDMP Desa {name.upper()}",
            region_code=KABUPATEN,
            bank_name="Bank Kaltara",
            bank_account=account,
            npwp=npwp,
        )
        session.add_all([mentor, coop])
        session.flush()
        session.add(Assignment(mentor_id=mentor.id, cooperative_id=coop.id, start=date(2025, 1, 1)))
        session.add(
            Person(
                cooperative_id=coop.id,
                organ="PENGURUS",
                role="Ketua",
                name=f"Ketua {name.upper()}",
                phone=phone,
                nik=nik,
            )
        )
        ids = mentor.id, coop.id
    return MentorLaptop(store, *ids, phone, email, account, npwp, nik)


def old_device_file(store: Store, path: Path) -> Path:
    """The device file a laptop of the release before sealed downlinks wrote (no X25519 key),
    and the laptop left without its X25519 key file, as such a laptop is."""
    document = device_document(store)
    (store.paths.keys / DEVICE_SEAL_KEY_FILE).unlink()
    old = {k: v for k, v in document.items() if k not in ("signature", "seal_public_key")}
    old["signature"] = b64(device_key(store.paths.keys).sign(canonical(old)))
    path.write_text(json.dumps(old), encoding="utf-8")
    return path
