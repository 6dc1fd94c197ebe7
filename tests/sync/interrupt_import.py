"""Child process for the Ctrl+C test: ``kopdes-province import`` of the files given, pausing
once the second batch's rows are written (printing ``APPLYING``) so the parent can interrupt
it there, as an officer pressing Ctrl+C would."""

from __future__ import annotations

import signal
import sys
import time

from sqlalchemy import event

from kopdes_desktop.province import ingest
from kopdes_desktop.province import store as province_store
from kopdes_desktop.province.cli import main


def _pausing_engine(url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    written = []

    @event.listens_for(engine, "after_cursor_execute")
    def _pause(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO PROV_VERSION"):
            written.append(statement)
            if len(written) == 2:
                print("APPLYING", flush=True)
                time.sleep(120)

    return engine


if __name__ == "__main__":
    # A shell starts background commands with Ctrl+C ignored; an officer's terminal does not.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # One file per commit, so the first batch is committed when the second is interrupted.
    ingest._Groups.GROUP_FILES = 1
    make_engine = province_store.make_engine
    province_store.make_engine = _pausing_engine
    sys.exit(main(sys.argv[1:]))
