"""Child process for the laptop kill test: imports a reference package into a laptop store and
stops inside the transaction, printing ``APPLYING``, to be killed by the parent."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import event

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.sync.service import SyncService


def main() -> None:
    store = Store.open(DataPaths(Path(sys.argv[1])))

    @event.listens_for(store.engine, "after_cursor_execute")
    def _pause(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO COOPERATIVE"):
            print("APPLYING", flush=True)
            time.sleep(120)

    SyncService(store).import_files([Path(sys.argv[2])])
    print("FINISHED", flush=True)


if __name__ == "__main__":
    main()
