"""Reusable widgets: fields with their error, money entry, charts, cards."""
