"""Cooperative names shown by the part that tells them apart.

Every cooperative of the programme is called "Koperasi Desa Merah Putih <desa>" (or
"Koperasi Kelurahan Merah Putih <kelurahan>"), so a narrow column cut at the end shows the
same words on every row. Lists show the programme's own short form, "KDMP <desa>" or
"KKMP <kelurahan>", with the full name as the tooltip; a cooperative's own page shows it whole.
"""

from __future__ import annotations

SHORT_FORMS = (
    ("koperasi desa merah putih ", "KDMP "),
    ("koperasi kelurahan merah putih ", "KKMP "),
    ("koperasi desa/kelurahan merah putih ", "KDKMP "),
)


def short_name(name: str) -> str:
    """``name`` with the shared programme prefix written short (other names unchanged)."""
    folded = name.casefold()
    for prefix, short in SHORT_FORMS:
        if folded.startswith(prefix) and len(name) > len(prefix):
            return short + name[len(prefix) :].strip()
    return name
