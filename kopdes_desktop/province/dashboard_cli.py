"""``kopdes-province ringkasan``: the province overview on the command line, over the same
function as the workspace's first page (per kabupaten, or per kecamatan of ``--wilayah``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.province import dashboard, dashboard_lists
from kopdes_desktop.province.store import ProvinceStore

Opener = Callable[[argparse.Namespace], ProvinceStore]


def register(add: Callable[..., argparse.ArgumentParser], opener: Opener) -> None:
    def run(args: argparse.Namespace) -> int:
        with opener(args) as store:
            dashboard_lists.ensure_indexes(store.engine)
            view = dashboard.overview(store, args.wilayah, args.instrumen)
        if args.json:
            print_json(dashboard.as_dict(view))
            return 0
        cats = [c.label for c in view.categories]
        print(
            f"Ringkasan {args.wilayah} per {view.today} ({view.instrument}; kategori: "
            f"{', '.join(cats)})"
        )
        for row in [*view.rows, view.total]:
            counts = " / ".join(str(row.categories.get(c, 0)) for c in cats)
            print(
                f"{row.name or 'Jumlah'}: {row.cooperatives} koperasi ({counts}); belum "
                f"dinilai {row.unassessed}; menurun {row.falling}; tak dikunjungi "
                f"{row.unvisited}; tindak lanjut terlambat {row.overdue}; menunggak "
                f"{row.financing.in_arrears}"
            )
        return 0

    parser = add("ringkasan", run, "ringkasan provinsi (seperti halaman pertama ruang kerja)")
    parser.add_argument("--wilayah", default="65", help="kode kabupaten/kota (bawaan: provinsi)")
    parser.add_argument("--instrumen", default=dashboard.INSTRUMENT, help="ID instrumen")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
