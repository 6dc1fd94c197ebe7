"""Child process for the kill test: imports one batch and stops inside the transaction.

It prints ``APPLYING`` once the batch's record rows are written, before the commit, then
waits to be killed; the parent kills it with SIGKILL at that moment.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import event

from kopdes_desktop.province.ingest import import_file
from kopdes_desktop.province.store import ProvinceStore


def main() -> None:
    store = ProvinceStore.open(Path(sys.argv[1]))

    @event.listens_for(store.engine, "after_cursor_execute")
    def _pause(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO PROV_VERSION"):
            print("APPLYING", flush=True)
            time.sleep(120)

    import_file(store, Path(sys.argv[2]))
    print("FINISHED", flush=True)


if __name__ == "__main__":
    main()
