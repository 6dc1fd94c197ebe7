"""Dialogs, one per module, each with a typed classmethod entry point."""
