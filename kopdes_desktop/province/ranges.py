"""Counter ranges of a device's batches: how far they are contiguous, and the gaps."""

from __future__ import annotations


def coverage(ranges: list[tuple[int, int]], floor: int = 0) -> tuple[int, list[tuple[int, int]]]:
    """Highest contiguous counter from ``floor`` (acknowledged before), and the gaps below the
    highest counter received."""
    contiguous = floor
    gaps: list[tuple[int, int]] = []
    reach = floor
    for low, high in sorted(ranges):
        if low > reach + 1:
            gaps.append((reach + 1, low - 1))
        reach = max(reach, high)
        if not gaps:
            contiguous = reach
    return contiguous, gaps
