"""``python -m bench [--quick] [--json] [--only NAME]``: run the benchmarks, print a table."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import platform
import sys
import time
import traceback
from typing import Any

import bench

KEYS = ("name", "value", "unit", "baseline", "ratio", "target")


def discover() -> list[str]:
    """Names (``store``, ``ui``, ...) of every ``bench/bench_*.py`` module."""
    return sorted(
        info.name.removeprefix("bench_")
        for info in pkgutil.iter_modules(bench.__path__)
        if info.name.startswith("bench_")
    )


def run_module(name: str, quick: bool) -> tuple[list[dict[str, Any]], str | None]:
    """The module's results, or the error that stopped it (reported, not raised)."""
    try:
        module = importlib.import_module(f"bench.bench_{name}")
        rows = list(module.run(quick))
        for row in rows:
            missing = [key for key in KEYS if key not in row]
            if missing:
                raise ValueError(f"result {row.get('name')!r} lacks {missing}")
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        return [], f"{type(exc).__name__}: {exc}"
    return rows, None


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.4f}"


def table(results: list[dict[str, Any]], failures: dict[str, str]) -> str:
    """An aligned text table of every result, then one line per failed module."""
    header = ("benchmark", "value", "unit", "ratio", "target", "baseline")
    lines = [header]
    for row in results:
        ratio = row["ratio"]
        lines.append(
            (
                f"{row['module']}: {row['name']}",
                _number(row["value"]),
                row["unit"],
                "-" if ratio is None else f"{ratio:.2f}x",
                row["target"] or "-",
                row["baseline"] or "-",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    right = {1, 3}
    text = [
        "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    text += [f"FAILED {module}: {error}" for module, error in failures.items()]
    return "\n".join(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, fewer repeats")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--only",
        metavar="NAME",
        action="append",
        help="run only this module (store or bench_store); repeatable",
    )
    args = parser.parse_args(argv)
    # The stores made here are encrypted; without an OS keyring their key needs a passphrase.
    os.environ.setdefault("KOPDES_PASSPHRASE", "kopdes-bench-kata-sandi")

    names = discover()
    if args.only:
        wanted = [name.removeprefix("bench_") for name in args.only]
        unknown = sorted(set(wanted) - set(names))
        if unknown:
            parser.error(f"no benchmark module {', '.join(unknown)} (have: {', '.join(names)})")
        names = [name for name in names if name in wanted]

    results: list[dict[str, Any]] = []
    failures: dict[str, str] = {}
    started = time.perf_counter()
    for name in names:
        if not args.json:
            print(f"running {name}...", file=sys.stderr, flush=True)
        rows, error = run_module(name, args.quick)
        results += [{"module": name, **row} for row in rows]
        if error:
            failures[name] = error

    if args.json:
        json.dump(
            {
                "quick": args.quick,
                "python": platform.python_version(),
                "machine": platform.platform(),
                "seconds": round(time.perf_counter() - started, 1),
                "results": results,
                "failures": failures,
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        print(table(results, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
