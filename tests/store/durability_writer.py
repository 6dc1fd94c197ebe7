"""Child process for the durability test: saves records until it is killed.

Each line on stdout is the id of a cooperative whose unit of work has committed; the line is
written only after ``store.session()`` returned.
"""

from __future__ import annotations

import sys

from kopdes_desktop import paths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import BusinessUnit, Cooperative


def main(data_dir: str, region_code: str) -> None:
    store = Store.open(paths.resolve(data_dir))
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        with store.session() as session:
            cooperative = Cooperative(name=f"Koperasi Uji {number}", region_code=region_code)
            session.add(cooperative)
            session.flush()
            session.add(
                BusinessUnit(cooperative_id=cooperative.id, kind="SEMBAKO", status="ACTIVE")
            )
        sys.stdout.write(cooperative.id + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
