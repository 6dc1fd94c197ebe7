"""Translated labels for the domain values stored in the database.

The store keeps stable codes (``OPERATING``, ``DONE``); people read these labels. Every label
is marked with QT_TRANSLATE_NOOP so lupdate finds it, and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

UNIT_KINDS = {
    "KANTOR": QT_TRANSLATE_NOOP("Labels", "Office"),
    "SEMBAKO": QT_TRANSLATE_NOOP("Labels", "Grocery outlet"),
    "SIMPAN_PINJAM": QT_TRANSLATE_NOOP("Labels", "Savings and loans"),
    "KLINIK": QT_TRANSLATE_NOOP("Labels", "Village clinic"),
    "APOTEK": QT_TRANSLATE_NOOP("Labels", "Village pharmacy"),
    "GUDANG_COLD_STORAGE": QT_TRANSLATE_NOOP("Labels", "Warehouse / cold storage"),
    "LOGISTIK": QT_TRANSLATE_NOOP("Labels", "Logistics"),
    "LAINNYA": QT_TRANSLATE_NOOP("Labels", "Other"),
}
UNIT_STATUSES = {
    "PLANNED": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "PREPARING": QT_TRANSLATE_NOOP("Labels", "Preparing"),
    "OPERATING": QT_TRANSLATE_NOOP("Labels", "Operating"),
    "SUSPENDED": QT_TRANSLATE_NOOP("Labels", "Suspended"),
}
SIMKOPDES_STATUSES = {
    "BELUM": QT_TRANSLATE_NOOP("Labels", "Not registered"),
    "TERDAFTAR": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "AKTIF": QT_TRANSLATE_NOOP("Labels", "Active"),
    "MUTAKHIR": QT_TRANSLATE_NOOP("Labels", "Up to date"),
}
FORMATION_MODELS = {
    "BARU": QT_TRANSLATE_NOOP("Labels", "New cooperative"),
    "PENGEMBANGAN": QT_TRANSLATE_NOOP("Labels", "Development of an existing one"),
    "REVITALISASI": QT_TRANSLATE_NOOP("Labels", "Revitalisation"),
}
ACTION_STATUSES = {
    "OPEN": QT_TRANSLATE_NOOP("Labels", "Open"),
    "PROGRESS": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "DONE": QT_TRANSLATE_NOOP("Labels", "Done"),
    "DROPPED": QT_TRANSLATE_NOOP("Labels", "Dropped"),
}
VISIT_STATUSES = {
    "PLANNED": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "DRAFT": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "DONE": QT_TRANSLATE_NOOP("Labels", "Done"),
}
ORGANS = {
    "PENGURUS": QT_TRANSLATE_NOOP("Labels", "Board (pengurus)"),
    "PENGAWAS": QT_TRANSLATE_NOOP("Labels", "Supervisors (pengawas)"),
}
MENTOR_ROLES = {
    "PENDAMPING": QT_TRANSLATE_NOOP("Labels", "Mentor (Pendamping)"),
    "BA": QT_TRANSLATE_NOOP("Labels", "Business Assistant (BA)"),
}
GENDERS = {
    "": QT_TRANSLATE_NOOP("Labels", "Not stated"),
    "L": QT_TRANSLATE_NOOP("Labels", "Male"),
    "P": QT_TRANSLATE_NOOP("Labels", "Female"),
}
NOT_ASSESSED = QT_TRANSLATE_NOOP("Labels", "Not assessed")
OVERDUE = QT_TRANSLATE_NOOP("Labels", "%1, overdue")


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` in ``table``; the code itself when it is unknown."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def text(source: str) -> str:
    """Translate one of the module-level labels above."""
    return QCoreApplication.translate(CONTEXT, source)
