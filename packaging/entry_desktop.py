"""Frozen entry point of ``kopdes-desktop``: the same function as the installed GUI script."""

from kopdes_desktop.ui.app import main

raise SystemExit(main())
