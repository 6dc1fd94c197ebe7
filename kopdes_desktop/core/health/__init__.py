"""Cooperative standing beyond the instruments: the RAT deadline and the financing monitor.

Pure functions on plain data (no store, no Qt), so the laptop's services and the province's
consolidated store compute the same dates, instalments and flags.
"""
