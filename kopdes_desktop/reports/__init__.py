"""PDF reports built from the store: Laporan Hasil Penilaian (one assessment), Laporan Bulanan
Pendamping (mentor x month) and Profil Koperasi. Qt-free; the GUI and the CLI call these.

Each ``*_pdf`` function reads what it needs in one read session and returns the PDF bytes;
:func:`write_atomic` puts bytes on disk (temporary file, then ``os.replace``). With
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
    write_atomic,
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
    "write_atomic",
]
