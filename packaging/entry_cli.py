"""Frozen entry point of ``kopdes``: the same function as the installed command-line script."""

from kopdes_desktop.cli import main

raise SystemExit(main())
