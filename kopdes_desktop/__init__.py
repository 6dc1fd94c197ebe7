"""Kopdes Desktop: offline-first app for KDKMP cooperative mentors."""

__version__ = "0.1.0"
