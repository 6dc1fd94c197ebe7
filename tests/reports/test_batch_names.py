"""Reports written in a batch carry names a person reads, distinct within the folder."""

from __future__ import annotations

from kopdes_desktop.core import filenames
from kopdes_desktop.core.services import assessments, reporting
from kopdes_desktop.reports import ReportOptions, batch_assessments


def test_batch_files_are_named_by_cooperative_and_date(demo_data, tmp_path):
    with demo_data.store.read() as session:
        ids = reporting.latest_final_ids(session, "kesiapan-kdkmp")[:2]
        rows = [assessments.get(session, i) for i in ids]
        expected = [filenames.assessment_report(r.cooperative.name, r.assessed_on) for r in rows]
    twice = [*ids, ids[0]]
    result = batch_assessments(
        demo_data.store,
        demo_data.paths,
        demo_data.registry,
        twice,
        tmp_path / "out",
        ReportOptions(photos=False),
    )
    names = [path.name for path in result.written]
    assert names[:2] == expected
    assert names[2] == expected[0].replace(".pdf", " (2).pdf")
    assert all(name.startswith("Laporan Penilaian - ") for name in names)
