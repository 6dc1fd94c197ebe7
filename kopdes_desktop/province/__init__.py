"""The province side: a consolidated store of every mentor's batches (SQLite or PostgreSQL),
ingest with quarantine and order-independent merge, receipts, reference packages, spreadsheets.
"""
