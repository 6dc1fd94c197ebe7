"""``kopdes-province``: the province side (verify, consolidate, receipts, reference data)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    print("kopdes-province: belum tersedia (not yet available)", file=sys.stderr)
    return 1
