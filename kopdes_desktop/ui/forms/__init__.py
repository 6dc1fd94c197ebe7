"""Forms generated from instrument definitions, and the visit fields."""
