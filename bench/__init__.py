"""Benchmarks: ``python -m bench`` runs every ``bench/bench_*.py`` module and prints a table.

Each module exposes ``run(quick: bool) -> list[dict]``; every dict has the keys ``name``,
``value``, ``unit``, ``baseline``, ``ratio`` (value over the baseline, or None) and ``target``.
Benchmarks are measurements, never tests: nothing here fails on a slow machine.
"""
