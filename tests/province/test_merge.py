"""The merge rule on its own: who supersedes whom, and a winner independent of order."""

from __future__ import annotations

import itertools

from kopdes_desktop.province.devices import coverage
from kopdes_desktop.province.merge import Head, resolve


def head(device: str, counter: int, base: str | None, updated: str = "2025-03-01T10:00:00",
         covers: tuple[str, ...] = ()) -> Head:
    return Head(device, counter, base, covers, False, updated, f'{{"by":"{device}"}}')


def test_a_chain_of_edits_each_seen_by_the_next_leaves_one_live_version():
    heads = {"A": head("A", 3, None), "B": head("B", 9, "A:3"), "C": head("C", 2, "B:9")}
    winner, live = resolve(heads)
    assert (winner.rev, [h.rev for h in live]) == ("C:2", ["C:2"])


def test_an_edit_based_on_an_older_version_is_concurrent():
    heads = {"A": head("A", 5, "A:3"), "B": head("B", 9, "A:3", "2025-03-02T08:00:00")}
    winner, live = resolve(heads)
    assert [h.rev for h in live] == ["A:5", "B:9"]
    assert winner.rev == "B:9"


def test_the_winner_does_not_depend_on_the_order_heads_are_known():
    versions = [head("A", 5, "P:1", "2025-03-02T08:00:00"),
                head("B", 9, "P:1", "2025-03-02T08:00:00"),
                head("P", 1, None)]
    results = {
        (resolve({h.device_id: h for h in order})[0].rev,
         tuple(h.rev for h in resolve({h.device_id: h for h in order})[1]))
        for order in itertools.permutations(versions)
    }
    assert results == {("B:9", ("A:5", "B:9"))}


def test_a_province_resolution_covers_the_versions_it_chose_between():
    heads = {"A": head("A", 5, "P:1"), "B": head("B", 9, "P:1"),
             "province": head("province", 1, None, covers=("A:5", "B:9"))}
    assert [h.rev for h in resolve(heads)[1]] == ["province:1"]
    heads["A"] = head("A", 6, "province:1")
    assert [h.rev for h in resolve(heads)[1]] == ["A:6"]


def test_coverage_reports_gaps_until_they_are_filled():
    assert coverage([(1, 10), (21, 30)]) == (10, [(11, 20)])
    assert coverage([(1, 10), (21, 30), (11, 20)]) == (30, [])
    assert coverage([(51, 60)], floor=50) == (60, [])
    assert coverage([]) == (0, [])
