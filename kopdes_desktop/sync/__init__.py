"""Offline sync by file: signed, sealed batches up to the province, receipts and reference
packages back down (see SYNC.md).

``keys`` and ``fileformat`` hold the cryptography and the bytes on disk; ``batch``, ``payload``
and ``records`` what a batch says; ``pending`` and ``export`` the laptop's outgoing side;
``inbox`` and ``reference`` its incoming side; ``service`` the API the GUI and CLI call.
"""
