"""Personal data: the one list of fields a laptop receives only for its own mentor's work.

A reference package carries these fields for the cooperatives assigned to the device's mentor
(and that mentor's own record) only; for everything else it carries the public registry
fields and leaves these out. A field left out is *absent*, not null: the laptop keeps whatever
it holds of it, and never sends the absence back as a change (see SYNC.md property 17).
"""

from __future__ import annotations

from typing import Any

PERSONAL_TABLES = frozenset({"person"})
"""Tables whose every record is personal (board members and supervisors, with their NIK and
phone): sent only for the mentor's own cooperatives, never in part."""

PERSONAL_FIELDS: dict[str, frozenset[str]] = {
    # Mentors: contact details.
    "mentor": frozenset({"phone", "email"}),
    # Cooperatives: tax number and bank account.
    "cooperative": frozenset({"npwp", "bank_name", "bank_account"}),
}


def public_values(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` without the personal fields of ``table``."""
    hidden = PERSONAL_FIELDS.get(table)
    if not hidden:
        return values
    return {key: value for key, value in values.items() if key not in hidden}
