"""The merge rule on its own: field by field, a winner the sender cannot choose, any order."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from kopdes_desktop.province import merge
from kopdes_desktop.province.merge import DELETED, Op, State
from kopdes_desktop.province.ranges import coverage
from kopdes_desktop.sync import versions

COLUMNS = frozenset({"name", "phone", "notes"})
T0 = "2025-03-01T10:00:00"


def op(
    device: str,
    counter: int,
    context: dict[str, int],
    changed: tuple[str, ...] | None,
    values: dict[str, object],
    clock: str = T0,
    deleted: bool = False,
) -> Op:
    full = {"name": "awal", "phone": "0811", "notes": None} | values
    return Op(device, counter, context, changed, deleted, clock, full)


def merged(ops: list[Op]) -> merge.Merged:
    state = State()
    for item in ops:
        merge.apply(state, item, COLUMNS)
    return merge.materialise(state)


CREATE = op("A", 1, {}, None, {})
SEEN = versions.vector_of("A", 1)


def test_different_fields_changed_on_two_devices_both_survive():
    result = merged(
        [
            CREATE,
            op("B", 5, SEEN, ("name",), {"name": "KDMP Baru"}),
            op("C", 7, SEEN, ("phone",), {"phone": "0812"}),
        ]
    )
    assert result.values == {"name": "KDMP Baru", "phone": "0812", "notes": None}
    assert result.conflicts == {}


def test_the_same_field_changed_differently_is_a_conflict_with_both_values():
    result = merged(
        [
            CREATE,
            op("B", 5, SEEN, ("name",), {"name": "Satu"}, "2025-03-02T08:00:00"),
            op("C", 7, SEEN, ("name",), {"name": "Dua"}, "2025-03-02T09:00:00"),
        ]
    )
    assert list(result.conflicts) == ["name"]
    assert [(e[0], e[1]) for e in result.conflicts["name"]] == [("Satu", "B"), ("Dua", "C")]
    assert result.values["name"] == "Dua"


def test_the_same_value_written_twice_is_no_conflict():
    result = merged(
        [
            CREATE,
            op("B", 5, SEEN, ("name",), {"name": "Sama"}),
            op("C", 7, SEEN, ("name",), {"name": "Sama"}),
        ]
    )
    assert result.conflicts == {} and result.values["name"] == "Sama"


def test_a_delete_against_an_edit_stays_a_conflict():
    result = merged(
        [
            CREATE,
            op("B", 5, SEEN, (), {}, "2025-03-02T08:00:00", deleted=True),
            op("C", 7, SEEN, ("notes",), {"notes": "x"}, "2025-03-02T07:00:00"),
        ]
    )
    assert list(result.conflicts) == [DELETED] and result.deleted is True


def causal(order: list[Op]) -> bool:
    """Whether each change comes after every change in its base: the only orders one province
    can receive, since a device's base is what the province acknowledged or sent it."""
    for index, item in enumerate(order):
        for later in order[index + 1 :]:
            if versions.covers(item.context, later.device_id, later.counter):
                return False
    return True


def test_a_change_that_saw_another_supersedes_it_without_conflict():
    b = op("B", 5, SEEN, ("name",), {"name": "B"})
    c = op("C", 7, versions.join(SEEN, versions.vector_of("B", 5)), ("name",), {"name": "C"})
    orders = [list(o) for o in itertools.permutations([CREATE, b, c]) if causal(list(o))]
    assert len(orders) == 1  # B must arrive before C, which was made after seeing it
    for order in orders:
        result = merged(order)
        assert result.values["name"] == "C" and result.conflicts == {}


def test_an_unknown_base_is_cut_down_and_makes_a_conflict_not_an_overwrite():
    honest = op("B", 5, SEEN, ("name",), {"name": "B"})
    claims = versions.join(SEEN, {"B/0": 999_999_999})  # says it saw B's future changes
    forged = op("C", 7, claims, ("name",), {"name": "C"})
    result = merged([CREATE, honest, forged])
    assert "name" in result.conflicts


def test_the_clock_cannot_pass_the_batch_or_the_province():
    assert (
        merge.clock_of("2099-01-01T00:00:00", "2025-03-02T10:00:00", "2025-03-03T00:00:00")
        == "2025-03-02T10:00:00"
    )
    assert (
        merge.clock_of("~~~~", "2025-03-02T10:00:00", "2025-03-03T00:00:00")
        == "2025-03-02T10:00:00"
    )
    assert (
        merge.clock_of("2025-03-01T10:00:00", "2025-03-02T10:00:00", "2025-03-03T00:00:00")
        == "2025-03-01T10:00:00"
    )


def test_a_restored_device_never_conflicts_with_its_own_earlier_edits():
    """After a restore the device works in a new incarnation: its later change of a field
    replaces its own earlier one, and an edit of another field made before the restore stays."""
    old_edit = op("A", 9, SEEN, ("phone", "notes"), {"phone": "0899", "notes": "sebelum"})
    restored = op("A", (1 << 32) + 1, SEEN, ("phone",), {"phone": "0877"})
    for order in ([CREATE, old_edit, restored], [CREATE, restored, old_edit]):
        result = merged(order)
        assert result.conflicts == {}
        assert (result.values["phone"], result.values["notes"]) == ("0877", "sebelum")


# Random histories: several devices, each editing on what it last saw of the province.

DEVICES = ("A", "B", "C")


@st.composite
def histories(draw):
    """Changes as laptops make them: each on its base (what the province last acknowledged or
    sent it), naming every field changed since that base, so a device's own changes not yet
    acknowledged may arrive in any order."""
    ops = [CREATE]
    seen = {d: dict(SEEN) for d in DEVICES}
    since: dict[str, set[str]] = {d: set() for d in DEVICES}
    values = {d: dict(CREATE.values) for d in DEVICES}
    counters = {d: 10 for d in DEVICES}
    state = State()
    merge.apply(state, CREATE, COLUMNS)
    for _ in range(draw(st.integers(1, 8))):
        device = draw(st.sampled_from(DEVICES))
        if draw(st.booleans()):  # the device receives the province's state
            seen[device] = dict(state.vector)
            values[device] = dict(merge.materialise(state).values)
            since[device] = set()
            continue
        counters[device] += draw(st.integers(1, 3))
        fields = draw(st.sets(st.sampled_from(sorted(COLUMNS)), max_size=2))
        values[device].update({f: f"{device}{counters[device]}" for f in fields})
        since[device] |= fields
        item = Op(
            device,
            counters[device],
            dict(seen[device]),
            tuple(sorted(since[device])),
            draw(st.booleans()) and draw(st.booleans()),
            f"2025-03-0{draw(st.integers(1, 9))}T10:00:00",
            dict(values[device]),
        )
        merge.apply(state, item, COLUMNS)
        ops.append(item)
    return ops


def causal_shuffle(ops: list[Op], rnd) -> list[Op]:
    """A random order of ``ops`` that keeps each change after the changes of other devices
    it had seen (a device's own changes may come in any order)."""
    left, out = list(ops), []
    while left:
        ready = [o for o in left if causal([o, *[x for x in left if x is not o]])]
        pick = rnd.choice(ready)
        left.remove(pick)
        out.append(pick)
    return out


@settings(max_examples=300, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_any_arrival_order_gives_the_same_state(ops, rnd):
    expected = merged(ops)
    shuffled = causal_shuffle(ops, rnd)
    assert merged(shuffled) == expected
    assert merged(ops + shuffled) == expected  # and receiving again changes nothing


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sets(st.sampled_from(sorted(COLUMNS)), max_size=3), min_size=1, max_size=6))
def test_the_one_replica_fast_path_equals_the_full_rule(edits):
    """The apply step keeps a one-replica record as its head with per-field counters; turned
    into a merge state, that must be the state the full rule builds from every change."""
    counter, clock = 1, T0
    values = {"name": "awal", "phone": "0811", "notes": None}
    dots = None
    ops = [CREATE]
    for index, fields in enumerate(edits, start=2):
        changed = sorted(fields)
        values_before = {**values, DELETED: False}
        values = values | {f: f"v{index}" for f in changed}
        new_clock = f"2025-03-{index:02d}T10:00:00"
        dots = merge.advance_dots(dots, counter, clock, values_before, changed, COLUMNS)
        counter, clock = index, new_clock
        ops.append(Op("A", index, {}, tuple(changed), False, new_clock, dict(values)))
    fast = merge.state_of_head("A", counter, clock, False, values, dots, {})
    full = State()
    for item in ops:
        merge.apply(full, item, COLUMNS)
    assert (fast.fields, fast.vector, fast.base) == (full.fields, full.vector, full.base)


def test_coverage_reports_gaps_until_they_are_filled():
    assert coverage([(1, 10), (21, 30)]) == (10, [(11, 20)])
    assert coverage([(1, 10), (21, 30), (11, 20)]) == (30, [])
    assert coverage([(51, 60)], floor=50) == (60, [])
    assert coverage([]) == (0, [])


TIMES = st.sampled_from(
    [
        "2025-11-03T08:30:00",
        "2025-11-03T08:30:00.123456",
        "2026-01-01T00:00:00",
        "1999-01-01T00:00:00",
        "~~~~",
        "2025-11-03T08:30:00\n",
        "",
        "2025-11-03T08:30:00\n2025-11-03T08:30:01",
        "2025-11-03T08:30:00.1",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    updated=st.lists(TIMES | st.text(alphabet="0123456789-T:.\n", max_size=28), max_size=8),
    created=TIMES,
    received=TIMES,
)
def test_clocks_of_a_whole_batch_are_each_changes_clock(updated, created, received):
    assert merge.clocks_of(updated, created, received) == [
        merge.clock_of(own, created, received) for own in updated
    ]
