"""A seeded simulator of laptops and one province, for the randomized convergence test.

Real laptop stores (copied from one migrated template), real batch files, real crypto, a real
province store and, when asked, a real uvicorn on loopback for online syncs. Laptops edit
cooperatives (the same and different fields), create and delete them, take backups and
restore them; their files reach the province late, twice, out of order or never; receipts and
reference packages come back the same way. Every edit writes a value used nowhere else, and
the value the laptop replaced names the edit it had seen (its parent), which lets the checks
tell a change superseded by one that saw it from one lost.
"""

from __future__ import annotations

import json
import random
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.devices import device_statuses, enroll
from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.province.models import ProvBatch, ProvConflict, ProvVersion
from kopdes_desktop.province.outputs import write_receipts, write_references
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store import backup, vault
from kopdes_desktop.store.backup import backup_file, restore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative
from kopdes_desktop.sync.export import export
from kopdes_desktop.sync.fileformat import open_batch
from kopdes_desktop.sync.payload import decode
from kopdes_desktop.sync.personal import PERSONAL_FIELDS
from kopdes_desktop.sync.service import SyncService

from .support import KABUPATEN, make_laptop, trust_of

FIELDS = ("name", "address", "bank_name", "notes")
COMPARED = (*FIELDS, "region_code", "deleted")
# The laptops' mentors are assigned to none of the cooperatives: packages leave their personal
# fields out, and each laptop keeps its own copy of those (compared at the province only).
ON_LAPTOPS = tuple(f for f in COMPARED if f not in PERSONAL_FIELDS["cooperative"])


def template(root: Path) -> Path:
    """A migrated laptop database with its region and no device yet, to copy per laptop."""
    store = make_laptop(root / "template", None)
    store.close()
    database = root / "template" / "kopdes.sqlite3"
    connection = backup.connect_copy(database)
    connection.execute("DELETE FROM device")
    connection.commit()
    connection.close()
    return database


def _own_device(database: Path, device_id: str) -> None:
    """Give a copied laptop database its device, with an id from the seed (the store makes
    one at random otherwise), so a seed replays the same history."""
    connection = backup.connect_copy(database)
    connection.execute(
        "INSERT INTO device (id, name, is_self, counter, acked_counter, created_at) "
        "VALUES (?, 'laptop', 1, 0, 0, '2026-01-01 00:00:00')",
        (device_id,),
    )
    connection.commit()
    connection.close()


@dataclass
class Edit:
    laptop: str
    record: str
    field: str
    value: str
    parent: str | None  # the value it replaced on that laptop
    seq: int = 0  # when it was made
    seen: frozenset[str] = frozenset()  # values in the province's state its laptop had received


@dataclass
class Laptop:
    name: str
    store: Store
    outbox: Path
    backups: list[Path] = field(default_factory=list)
    inbox: list[Path] = field(default_factory=list)  # receipts and packages not yet imported
    made: int = 0
    seen: set[str] = field(default_factory=set)


class Simulation:
    """One province, several laptops, one random history (see module doc)."""

    def __init__(
        self,
        root: Path,
        seed: int,
        template_db: Path,
        *,
        laptops: int = 3,
        server_url: str | None = None,
        province: ProvinceStore | None = None,
    ) -> None:
        self.root, self.rng = root, random.Random(seed)
        self.province = province or ProvinceStore.init(root / "province")
        self.server_url = server_url
        trust = trust_of(self.province, root)
        self.laptops: list[Laptop] = []
        for index in range(laptops):
            folder = root / f"laptop{index}"
            folder.mkdir(parents=True)
            shutil.copy(template_db, folder / "kopdes.sqlite3")
            shutil.copy(template_db.with_name(vault.FILENAME), folder / vault.FILENAME)
            _own_device(
                folder / "kopdes.sqlite3", str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
            )
            store = make_laptop(folder, trust)
            laptop = Laptop(f"L{index}", store, root / f"out{index}")
            device = root / f"device{index}.json"
            SyncService(store).write_device_file(device)
            enroll(self.province, device)
            self.laptops.append(laptop)
        self.mailbag: list[Path] = []  # batch files on their way to the province
        self.edits: dict[str, Edit] = {}
        self.delivered: set[str] = set()  # values the province applied
        self.applied_batches: set[str] = set()
        self.files_by_batch: dict[str, Path] = {}
        self.packages: dict[Path, set[str]] = {}  # what each reference package carried
        self.events: list[str] = []

    # --- what laptops do -----------------------------------------------------------------

    def _live(self, laptop: Laptop) -> list[Cooperative]:
        with laptop.store.read() as session:
            return list(
                session.scalars(
                    select(Cooperative)
                    .where(Cooperative.deleted.is_(False))
                    .order_by(Cooperative.id)
                )
            )

    def edit(self, laptop: Laptop) -> None:
        rows = self._live(laptop)
        if not rows:
            return self.create(laptop)
        row = self.rng.choice(rows)
        name = self.rng.choice(FIELDS)
        laptop.made += 1
        value = f"{laptop.name}-{laptop.made}"
        with laptop.store.session() as session:
            target = session.get(Cooperative, row.id)
            parent = getattr(target, name)
            setattr(target, name, value)
        self.edits[value] = Edit(
            laptop.name, row.id, name, value, parent, len(self.edits), frozenset(laptop.seen)
        )
        self.events.append(f"{laptop.name} edit {row.id[:6]}.{name}={value}")

    def create(self, laptop: Laptop) -> None:
        laptop.made += 1
        value = f"{laptop.name}-{laptop.made}"
        with laptop.store.session() as session:
            coop = Cooperative(
                id=str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
                name=value,
                region_code=KABUPATEN,
            )
            session.add(coop)
            session.flush()
            record = coop.id
        self.edits[value] = Edit(laptop.name, record, "name", value, None)
        self.events.append(f"{laptop.name} create {record[:6]}")

    def delete(self, laptop: Laptop) -> None:
        rows = self._live(laptop)
        if len(rows) > 2:
            row = self.rng.choice(rows)
            with laptop.store.session() as session:
                session.get(Cooperative, row.id).deleted = True
            self.events.append(f"{laptop.name} delete {row.id[:6]}")

    def export(self, laptop: Laptop, reliable: bool = False) -> None:
        result = export(laptop.store, laptop.outbox / str(len(self.events)))
        for batch in result.batches:
            self.files_by_batch[batch.batch_id] = batch.file
            fate = 0.5 if reliable else self.rng.random()
            if fate < 0.15:
                continue  # lost: the laptop sends it again at its next export
            self.mailbag.append(batch.file)
            if fate > 0.85:
                self.mailbag.append(batch.file)  # sent twice
        self.events.append(f"{laptop.name} export {len(result.batches)}")

    def backup(self, laptop: Laptop) -> None:
        target = self.root / f"backup-{laptop.name}-{len(laptop.backups)}.sqlite3"
        laptop.backups.append(backup_file(laptop.store.paths.database, target))
        self.events.append(f"{laptop.name} backup")

    def restore(self, laptop: Laptop) -> None:
        if not laptop.backups:
            return
        chosen = self.rng.choice(laptop.backups)
        laptop.store.close()
        restore(laptop.store.paths, chosen)
        laptop.store = Store.open(DataPaths(laptop.store.paths.root))
        self.events.append(f"{laptop.name} restore {chosen.name}")

    def receive(self, laptop: Laptop) -> None:
        """Import some of what came back, in any order (an older package changes nothing)."""
        if not laptop.inbox:
            return
        self.rng.shuffle(laptop.inbox)
        take = self.rng.randint(1, len(laptop.inbox))
        files, laptop.inbox = laptop.inbox[:take], laptop.inbox[take:]
        SyncService(laptop.store).import_files(files)
        for path in files:
            laptop.seen |= self.packages.get(path, set())
        self.events.append(f"{laptop.name} receive {len(files)}")

    def online(self, laptop: Laptop) -> None:
        from kopdes_desktop.sync.http_client import OnlineSyncError, sync_now

        # The batches it will upload, kept to tell later which values the province applied.
        for batch in export(laptop.store, laptop.outbox / f"online{len(self.events)}").batches:
            self.files_by_batch[batch.batch_id] = batch.file
        try:
            sync_now(laptop.store, laptop.store.paths, self.server_url)
        except OnlineSyncError as exc:
            self.events.append(f"{laptop.name} online refused: {exc.message}")
        self._note_applied()
        laptop.seen |= self.delivered
        self.events.append(f"{laptop.name} online")

    # --- what the province does ----------------------------------------------------------

    def deliver(self) -> None:
        """Import some files on their way, in random order."""
        if not self.mailbag:
            return
        self.rng.shuffle(self.mailbag)
        take = self.rng.randint(1, len(self.mailbag))
        files, self.mailbag = self.mailbag[:take], self.mailbag[take:]
        for path in files:
            import_file(self.province, path)
        self._note_applied()
        self.events.append(f"province import {len(files)}")

    def answer(self, *, reliable: bool = False) -> None:
        """Receipts and a reference package, to each laptop (some lost or late)."""
        folder = self.root / f"answers{len(self.events)}"
        receipts = write_receipts(self.province, folder)
        _summary, packages = write_references(self.province, folder)
        self._note_applied()
        for package in packages:
            self.packages[package] = set(self.delivered)
        for laptop in self.laptops:
            mine = [p for p in [*receipts, *packages] if laptop.store.device_id[:8] in p.name]
            for path in mine:
                if reliable or self.rng.random() > 0.15:
                    laptop.inbox.append(path)
        self.events.append("province answers")

    def _note_applied(self) -> None:
        """Values of every batch the province has applied since the last look."""
        with self.province.session() as session:
            applied = set(
                session.scalars(select(ProvBatch.batch_id).where(ProvBatch.status == "applied"))
            )
        for batch_id in sorted(applied - self.applied_batches):
            path = self.files_by_batch.get(batch_id)
            if path is None:
                continue
            opened = open_batch(path.read_bytes(), self.province.seal_key, self.province.key_id)
            records, _ = decode(opened.payload, opened.header)
            for record in records:
                for value in record["v"].values():
                    if isinstance(value, str) and value in self.edits:
                        self.delivered.add(value)
        self.applied_batches |= applied

    # --- a run -----------------------------------------------------------------------------

    def step(self) -> None:
        laptop = self.rng.choice(self.laptops)
        actions = [
            (self.edit, 30),
            (self.export, 14),
            (self.receive, 12),
            (self.create, 4),
            (self.delete, 2),
            (self.backup, 4),
            (self.restore, 3),
        ]
        if self.server_url:
            actions.append((self.online, 8))
        roll = self.rng.random()
        if roll < 0.12:
            return self.deliver()
        if roll < 0.2:
            return self.answer()
        action = self.rng.choices([a for a, _ in actions], [w for _, w in actions])[0]
        action(laptop)

    def quiet(self, rounds: int = 3) -> None:
        """Everything unacknowledged is sent again and delivered, and answered, until calm."""
        for _ in range(rounds):
            for laptop in self.laptops:
                self.export(laptop, reliable=True)
                for path in sorted(self.mailbag):
                    import_file(self.province, path)
                self.mailbag.clear()
            self._note_applied()
            self.answer(reliable=True)
            for laptop in self.laptops:
                SyncService(laptop.store).import_files(laptop.inbox)
                for path in laptop.inbox:
                    laptop.seen |= self.packages.get(path, set())
                laptop.inbox.clear()

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.store.close()
        self.province.close()

    # --- what must hold afterwards ---------------------------------------------------------

    def province_records(self) -> dict[str, dict[str, Any]]:
        with self.province.session() as session:
            rows = session.scalars(
                select(ProvVersion).where(
                    ProvVersion.table_name == "cooperative", ProvVersion.is_current
                )
            ).all()
        return {r.record_id: {**json.loads(r.data), "deleted": r.deleted} for r in rows}

    def conflicts(self) -> list[ProvConflict]:
        with self.province.session() as session:
            return list(session.scalars(select(ProvConflict)))

    def laptop_records(self, laptop: Laptop) -> dict[str, dict[str, Any]]:
        with laptop.store.read() as session:
            return {
                c.id: {name: getattr(c, name) for name in ON_LAPTOPS}
                for c in session.scalars(select(Cooperative))
            }

    @staticmethod
    def _replaces(later: Edit, earlier: Edit) -> bool:
        return (later.laptop, later.record, later.field) == (
            earlier.laptop,
            earlier.record,
            earlier.field,
        ) and later.seq > earlier.seq

    def _same_field(self, one: str, other: str) -> bool:
        a, b = self.edits[one], self.edits[other]
        return (a.record, a.field) == (b.record, b.field) and a.seq > b.seq

    def ancestors(self, value: str) -> set[str]:
        """The edits an edit had seen of its field, through the values it replaced."""
        seen: set[str] = set()
        parent = self.edits[value].parent
        while parent in self.edits and parent not in seen:
            seen.add(parent)
            parent = self.edits[parent].parent
        return seen

    def problems(self) -> list[str]:
        """Every way the history failed the convergence properties (empty when it held)."""
        found: list[str] = []
        current = self.province_records()
        for status in device_statuses(self.province):
            if status.gaps or status.waiting_batches:
                found.append(
                    f"device {status.device_id[:8]}: gaps {status.gaps}, "
                    f"waiting {status.waiting_batches}"
                )
        for laptop in self.laptops:
            pending = SyncService(laptop.store).pending_total()
            if pending:
                found.append(f"{laptop.name}: {pending} change(s) still pending")
            mine = self.laptop_records(laptop)
            for record, values in mine.items():
                theirs = current.get(record)
                wanted = {k: (theirs or {}).get(k) for k in ON_LAPTOPS}
                if theirs is None or values != wanted:
                    found.append(f"{laptop.name} {record[:6]}: {values} != province {wanted}")
        sides: dict[tuple[str, str], set[Any]] = {}
        for conflict in self.conflicts():
            versions = json.loads(conflict.versions)
            for side in versions:
                sides.setdefault((conflict.record_id, conflict.field), set()).add(side.get("value"))
            writers = {
                self.edits[s["value"]].laptop
                for s in versions
                if isinstance(s.get("value"), str) and s["value"] in self.edits
            }
            if conflict.field in FIELDS and len(writers) < 2:
                found.append(
                    f"conflict on {conflict.record_id[:6]}.{conflict.field} without "
                    f"two laptops changing it: {versions}"
                )
        superseded = {a for value in self.delivered for a in self.ancestors(value)}
        # A laptop's later edit of the same field replaces its own earlier one, across a
        # restore too.
        superseded |= {
            value
            for value in self.delivered
            for later in self.delivered
            if self._replaces(self.edits[later], self.edits[value])
        }
        # ... and an edit made after the laptop received a package holding it, which it saw.
        superseded |= {
            value
            for later in self.delivered
            for value in self.edits[later].seen
            if value in self.edits and self._same_field(later, value)
        }
        for value in sorted(self.delivered - superseded):
            edit = self.edits[value]
            record = current.get(edit.record, {})
            if record.get(edit.field) == value or value in sides.get(
                (edit.record, edit.field), set()
            ):
                continue
            found.append(
                f"edit {value} of {edit.record[:6]}.{edit.field} was applied but is "
                f"neither current ({record.get(edit.field)!r}) nor in a conflict"
            )
        return found
