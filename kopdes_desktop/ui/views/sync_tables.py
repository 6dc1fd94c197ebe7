"""Table models of the Sinkronisasi page: pending changes, batches, import outcomes, conflicts.

Record types, batch states and outcomes come from the sync service as codes; they are shown
through translated labels here, so the page reads the same in Indonesian and English.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtGui import QColor

from kopdes_desktop.core.formatting import number
from kopdes_desktop.reports import localtime
from kopdes_desktop.sync.inbox import ImportedFile
from kopdes_desktop.sync.reference import LocalConflict
from kopdes_desktop.sync.service import BatchRow
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP
from kopdes_desktop.ui.models.base import SORT_ROLE, RowTableModel

CONTEXT = "SyncTables"
TYPE_LABELS = {
    "mentor": QT_TRANSLATE_NOOP("SyncTables", "Mentors"),
    "cooperative": QT_TRANSLATE_NOOP("SyncTables", "Cooperatives"),
    "member_count": QT_TRANSLATE_NOOP("SyncTables", "Member counts"),
    "business_unit": QT_TRANSLATE_NOOP("SyncTables", "Business units"),
    "person": QT_TRANSLATE_NOOP("SyncTables", "Board and supervisors"),
    "assignment": QT_TRANSLATE_NOOP("SyncTables", "Assignments"),
    "visit": QT_TRANSLATE_NOOP("SyncTables", "Visits"),
    "assessment": QT_TRANSLATE_NOOP("SyncTables", "Assessments"),
    "finding": QT_TRANSLATE_NOOP("SyncTables", "Findings"),
    "action_item": QT_TRANSLATE_NOOP("SyncTables", "Follow-ups"),
    "attachment": QT_TRANSLATE_NOOP("SyncTables", "Attachments"),
    "monthly_note": QT_TRANSLATE_NOOP("SyncTables", "Monthly notes"),
}
STATE_LABELS = {
    "pending": QT_TRANSLATE_NOOP("SyncTables", "Not sent yet"),
    "exported": QT_TRANSLATE_NOOP("SyncTables", "Exported"),
    "acked": QT_TRANSLATE_NOOP("SyncTables", "Received by the province"),
    "rejected": QT_TRANSLATE_NOOP("SyncTables", "Rejected: %1"),
}
KIND_LABELS = {
    "receipt": QT_TRANSLATE_NOOP("SyncTables", "Receipt"),
    "reference": QT_TRANSLATE_NOOP("SyncTables", "Reference package"),
    "unknown": QT_TRANSLATE_NOOP("SyncTables", "Unknown file"),
}
OUTCOME_LABELS = {
    "applied": QT_TRANSLATE_NOOP("SyncTables", "Applied"),
    "unchanged": QT_TRANSLATE_NOOP("SyncTables", "Nothing new"),
    "rejected": QT_TRANSLATE_NOOP("SyncTables", "Refused"),
}
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("SyncTables", "Name"),
    "email": QT_TRANSLATE_NOOP("SyncTables", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("SyncTables", "Phone"),
    "role": QT_TRANSLATE_NOOP("SyncTables", "Role"),
    "kabupaten_code": QT_TRANSLATE_NOOP("SyncTables", "Kabupaten"),
    "address": QT_TRANSLATE_NOOP("SyncTables", "Address"),
    "ahu_number": QT_TRANSLATE_NOOP("SyncTables", "AHU number"),
    "bank_account": QT_TRANSLATE_NOOP("SyncTables", "Bank account"),
    "bank_name": QT_TRANSLATE_NOOP("SyncTables", "Bank"),
    "financing_arrears": QT_TRANSLATE_NOOP("SyncTables", "Financing in arrears"),
    "financing_ceiling": QT_TRANSLATE_NOOP("SyncTables", "Financing ceiling"),
    "financing_disbursed": QT_TRANSLATE_NOOP("SyncTables", "Financing disbursed"),
    "financing_outstanding": QT_TRANSLATE_NOOP("SyncTables", "Financing outstanding"),
    "formation_model": QT_TRANSLATE_NOOP("SyncTables", "Formation model"),
    "founded_on": QT_TRANSLATE_NOOP("SyncTables", "Founded on"),
    "nib": QT_TRANSLATE_NOOP("SyncTables", "NIB"),
    "nik_koperasi": QT_TRANSLATE_NOOP("SyncTables", "NIK Koperasi"),
    "notes": QT_TRANSLATE_NOOP("SyncTables", "Notes"),
    "npwp": QT_TRANSLATE_NOOP("SyncTables", "NPWP"),
    "office_lat": QT_TRANSLATE_NOOP("SyncTables", "Office latitude"),
    "office_lon": QT_TRANSLATE_NOOP("SyncTables", "Office longitude"),
    "region_code": QT_TRANSLATE_NOOP("SyncTables", "Village"),
    "simkopdes_status": QT_TRANSLATE_NOOP("SyncTables", "SIMKOPDES status"),
    "cooperative_id": QT_TRANSLATE_NOOP("SyncTables", "Cooperative"),
    "mentor_id": QT_TRANSLATE_NOOP("SyncTables", "Mentor"),
    "start": QT_TRANSLATE_NOOP("SyncTables", "Start"),
    "end": QT_TRANSLATE_NOOP("SyncTables", "End"),
    "deleted": QT_TRANSLATE_NOOP("SyncTables", "Removed"),
}
NO_REASON = QT_TRANSLATE_NOOP("SyncTables", "no reason given")
STATE_COLORS = {
    "acked": QColor("#1e7b34"),
    "rejected": QColor("#b3261e"),
    "pending": QColor("#8a5a00"),
}


def tr(text: str) -> str:
    """``text`` translated in this module's context."""
    return QCoreApplication.translate(CONTEXT, text)


def type_label(table: str) -> str:
    """The translated name of a record type (table name)."""
    source = TYPE_LABELS.get(table)
    return tr(source) if source else table


def field_label(field: str) -> str:
    """The translated name of a column, or the column name itself when it has none."""
    source = FIELD_LABELS.get(field)
    return tr(source) if source else field.replace("_", " ")


def state_label(state: str, reason: str | None = None) -> str:
    """The plain-language state of a batch: Belum dikirim, Sudah diekspor, ..."""
    source = STATE_LABELS.get(state)
    if source is None:
        return state
    if state == "rejected":
        return tr(source).replace("%1", reason or tr(NO_REASON))
    return tr(source)


def size_label(size: int, language: str) -> str:
    """Bytes as KB or MB with the interface's decimal separator."""
    if size >= 1_000_000:
        return f"{number(size / 1_000_000, 1, language)} MB"
    return f"{number(max(size, 0) / 1000, 0 if size >= 10_000 else 1, language)} KB"


def moment_label(value: datetime | None, language: str) -> str:
    """``3 November 2025 14.05 WITA``: local time with its zone (the store keeps UTC)."""
    if value is None:
        return ""
    return localtime.shown(value, language)


def make_proxy(model: RowTableModel) -> QSortFilterProxyModel:
    """A proxy sorting ``model`` by its sort keys, owned by the model's parent."""
    proxy = QSortFilterProxyModel(model.parent())
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    return proxy


class PendingModel(RowTableModel):
    """Rows ``(table name, count)`` of changes the province has not acknowledged."""

    CONTEXT = CONTEXT
    TYPE, COUNT = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncTables", "Record type"),
        QT_TRANSLATE_NOOP("SyncTables", "Changes"),
    )

    def cells(self, row: tuple[str, int]) -> tuple[str, ...]:
        return (type_label(row[0]), str(row[1]))

    def sort_keys(self, row: tuple[str, int]) -> tuple[Any, ...]:
        return (type_label(row[0]).casefold(), row[1])


class BatchModel(RowTableModel):
    """Batches (:class:`BatchRow`), with unbatched changes as a first "not sent yet" row."""

    CONTEXT = CONTEXT
    STATE, CHANGES, RECORDS, ATTACHMENTS, SIZE, CREATED = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncTables", "State"),
        QT_TRANSLATE_NOOP("SyncTables", "Changes no."),
        QT_TRANSLATE_NOOP("SyncTables", "Records"),
        QT_TRANSLATE_NOOP("SyncTables", "Photos/files"),
        QT_TRANSLATE_NOOP("SyncTables", "Size"),
        QT_TRANSLATE_NOOP("SyncTables", "Made on"),
    )

    def __init__(self, parent: Any = None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language

    def cells(self, row: BatchRow) -> tuple[str, ...]:
        waiting = row.batch_id is None
        return (
            state_label(row.state, _reason(row)),
            f"{row.counter_from}–{row.counter_to}",
            "" if waiting else str(row.records),
            "" if waiting else str(row.attachments),
            "" if waiting else size_label(row.size, self.language),
            moment_label(row.created_at, self.language),
        )

    def sort_keys(self, row: BatchRow) -> tuple[Any, ...]:
        return (
            state_label(row.state, _reason(row)).casefold(),
            row.counter_from,
            row.records,
            row.attachments,
            row.size,
            row.created_at.isoformat() if row.created_at else "",
        )

    def color(self, row: BatchRow) -> QColor | None:
        return STATE_COLORS.get(row.state)


def _reason(row: BatchRow) -> str | None:
    prefix = "Ditolak: "
    return row.label[len(prefix) :] if row.label.startswith(prefix) else row.label


class OutcomeModel(RowTableModel):
    """One row per imported file (:class:`ImportedFile`)."""

    CONTEXT = CONTEXT
    FILE, KIND, RESULT, MESSAGE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncTables", "File"),
        QT_TRANSLATE_NOOP("SyncTables", "Kind"),
        QT_TRANSLATE_NOOP("SyncTables", "Result"),
        QT_TRANSLATE_NOOP("SyncTables", "Details"),
    )

    def cells(self, row: ImportedFile) -> tuple[str, ...]:
        kind, result = KIND_LABELS.get(row.kind), OUTCOME_LABELS.get(row.status)
        return (
            row.file,
            tr(kind) if kind else row.kind,
            tr(result) if result else row.status,
            row.message,
        )

    def color(self, row: ImportedFile) -> QColor | None:
        return {"applied": STATE_COLORS["acked"], "rejected": STATE_COLORS["rejected"]}.get(
            row.status
        )


NOTICE_LABELS = {
    "overridden": QT_TRANSLATE_NOOP("SyncTables", "Your value lost"),
    "merged": QT_TRANSLATE_NOOP("SyncTables", "Merged with other changes"),
    "refused": QT_TRANSLATE_NOOP("SyncTables", "Refused by the province"),
}
HELD_BACK = QT_TRANSLATE_NOOP("SyncTables", "Held back by your change")


def kind_label(conflict: LocalConflict) -> str:
    """What the province did with the mentor's value, in a few words."""
    return tr(NOTICE_LABELS.get(conflict.kind or "", HELD_BACK))


class ConflictModel(RowTableModel):
    """What the province did with the mentor's values: one row per field (or per record)."""

    CONTEXT = CONTEXT
    TYPE, RECORD, FIELDS, RECEIVED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncTables", "Record type"),
        QT_TRANSLATE_NOOP("SyncTables", "Record"),
        QT_TRANSLATE_NOOP("SyncTables", "What happened"),
        QT_TRANSLATE_NOOP("SyncTables", "Received on"),
    )

    def __init__(self, parent: Any = None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language

    def cells(self, row: LocalConflict) -> tuple[str, ...]:
        if row.kind == "refused":
            happened = f"{kind_label(row)}: {row.incoming.get('alasan', '')}"
        else:
            fields = ", ".join(field_label(f) for f in differing_fields(row))
            happened = f"{kind_label(row)}: {fields}" if fields else kind_label(row)
        return (
            type_label(row.table),
            record_name(row),
            happened,
            moment_label(row.created_at, self.language),
        )


def record_name(conflict: LocalConflict) -> str:
    """The record's own name when it has one, else its short id."""
    if conflict.name:
        return conflict.name
    for source in (conflict.local, conflict.incoming):
        name = source.get("name")
        if isinstance(name, str) and name:
            return name
    return conflict.record_id[:8]


IGNORED_FIELDS = {"id", "created_at", "updated_at", "device_id", "counter", "base_rev", "is_self"}


def differing_fields(conflict: LocalConflict) -> list[str]:
    """Field names whose value on this laptop differs from the province's (a notice's own
    field, whatever the values)."""
    if conflict.field is not None:
        return [conflict.field]
    if conflict.kind == "refused":
        return ["alasan"]
    keys = (set(conflict.local) | set(conflict.incoming)) - IGNORED_FIELDS
    return sorted(k for k in keys if conflict.local.get(k) != conflict.incoming.get(k))
