"""PDF reports built from the store: Laporan Hasil Penilaian (one assessment), Laporan Bulanan
Pendamping (mentor x month) and Profil Koperasi. Qt-free; the GUI and the CLI call these.

Each ``*_pdf`` function reads what it needs in one read session and returns the PDF bytes;
:func:`save_pdf` puts them on disk (through :func:`kopdes_desktop.paths.write_atomic`). With
``ReportOptions(deterministic=True)`` the same record gives the same bytes.
"""

from kopdes_desktop.reports.api import (
    BatchResult,
    ReportOptions,
    assessment_pdf,
    batch_assessments,
    batch_profiles,
    monthly_pdf,
    options_from_settings,
    profile_pdf,
    save_pdf,
)

__all__ = [
    "BatchResult",
    "ReportOptions",
    "assessment_pdf",
    "batch_assessments",
    "batch_profiles",
    "monthly_pdf",
    "options_from_settings",
    "profile_pdf",
    "save_pdf",
]
