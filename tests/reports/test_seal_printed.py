"""A printed report's seal: every page carries it, a page rendered with pdftoppm at 150 and
300 dpi decodes and verifies, a forged seal on a real PDF is refused, and the code never sits
on text, whether the report is short or long."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from kopdes_desktop.core.instruments import registry
from kopdes_desktop.reports import (
    ReportOptions,
    assessment,
    assessment_pdf,
    monthly_pdf,
    profile,
    profile_pdf,
    scan,
    template,
)
from kopdes_desktop.reports.data import assessment_data
from kopdes_desktop.reports.period_data import profile_data
from kopdes_desktop.reports.seal_check import check
from kopdes_desktop.sync.device_registry import laptop_keyring

from .conftest import DEMO_TODAY


def _pages(pdf: bytes, tmp_path: Path, dpi: int, name: str = "page") -> list[Path]:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(tmp_path / name)],
        check=True,
        timeout=120,
    )
    return sorted(tmp_path.glob(f"{name}-*.png"))


def _reports(demo) -> dict[str, bytes]:
    options = ReportOptions(sign_date=DEMO_TODAY)
    month = "2025-10"
    coop = assessment_data_of(demo).coop.id
    return {
        "A": assessment_pdf(demo.store, demo.paths, demo.registry, demo.latest(), options),
        "M": monthly_pdf(demo.store, demo.registry, demo.self_mentor_id(), month, options),
        "P": profile_pdf(demo.store, demo.registry, coop, options, today=DEMO_TODAY),
    }


def assessment_data_of(demo):  # type: ignore[no-untyped-def]
    with demo.store.read() as session:
        return assessment_data(session, demo.paths, demo.registry, demo.latest())


def test_every_page_of_every_report_verifies_from_a_150_dpi_render(demo_data, tmp_path):
    ring = laptop_keyring(demo_data.store)
    for kind, pdf in _reports(demo_data).items():
        pages = _pages(pdf, tmp_path, 150, kind)
        texts = {scan.read_image_file(page) for page in pages}
        assert len(texts) == 1, f"{kind}: every page carries the same seal"
        verdict = check(texts.pop(), ring)
        assert verdict.genuine, (kind, verdict.summary)
        assert verdict.content.kind == kind
        assert "(laptop ini)" in verdict.summary


def test_the_assessment_seal_reads_at_300_dpi_and_from_the_pdf(demo_data, tmp_path):
    data = assessment_data_of(demo_data)
    pdf = assessment_pdf(demo_data.store, demo_data.paths, demo_data.registry, data.id)
    page = _pages(pdf, tmp_path, 300)[0]
    verdict = check(scan.read_seal(str(page)), laptop_keyring(demo_data.store))
    assert verdict.genuine
    score = data.score
    assert verdict.content.figure("s") == f"{score.total:.1f}"
    assert verdict.content.figure("c") == score.category
    assert verdict.content.subject_name == data.coop.name
    source = tmp_path / "laporan.pdf"
    source.write_bytes(pdf)
    assert check(scan.read_seal(str(source)), laptop_keyring(demo_data.store)).genuine


@pytest.mark.parametrize("dpi", [150, 300])
def test_a_forged_seal_printed_on_a_real_report_is_refused(demo_data, tmp_path, dpi):
    data = assessment_data_of(demo_data)
    options = ReportOptions()
    genuine = assessment.render(data, options, _signer(demo_data))
    text = scan.read_image_file(_pages(genuine, tmp_path, dpi, "genuine")[0])
    ring = laptop_keyring(demo_data.store)
    assert check(text, ring).genuine
    total = data.score.total
    forged_total = f"{min(total + 20, 100):.1f}"
    forged = text.replace(f"s={total:.1f}", f"s={forged_total}")
    assert forged != text
    story, meta = assessment.build(data, options)
    pdf = template.render(story, replace(meta, seal=forged))
    read = scan.read_image_file(_pages(pdf, tmp_path, dpi, "forged")[0])
    assert read == forged
    assert check(read, ring).status == "altered"


def _signer(demo):  # type: ignore[no-untyped-def]
    from kopdes_desktop.reports.api import store_signer

    return store_signer(demo.store)


def _blank_under_code(pdf: bytes, tmp_path: Path, name: str) -> int:
    """Render the report without its seal and check that the box the code takes on every page
    (and its caption) is white: nothing would be printed under the code."""
    pages = _pages(pdf, tmp_path, 72, name)
    for page in pages:
        image = Image.open(page).convert("L")
        width, height = image.size
        scale = width / template.PAGE_WIDTH
        box = (
            int((template.PAGE_WIDTH - template.MARGIN - template.QR_SIZE) * scale) - 2,
            int((template.PAGE_HEIGHT - template.BOTTOM) * scale),
            width,
            height,
        )
        region = image.crop(box)
        assert region.getextrema()[0] >= 250, f"{name} {page.name}: text under the code"
    return len(pages)


def test_the_code_never_covers_text_in_short_and_long_reports(demo_data, tmp_path):
    data = assessment_data_of(demo_data)
    long_options = ReportOptions(appendix=True, private_notes=True)
    with demo_data.store.read() as session:
        prof = profile_data(session, registry(demo_data.paths), data.coop.id, today=DEMO_TODAY)
    cases = {
        "short": (profile.render, prof, ReportOptions(photos=False)),
        "long": (assessment.render, data, long_options),
    }
    counts = {}
    for name, (render, record, options) in cases.items():
        bare = render(record, options)
        sealed = render(record, options, _signer(demo_data))
        counts[name] = _blank_under_code(bare, tmp_path, f"{name}-bare")
        assert len(_pages(sealed, tmp_path, 72, f"{name}-sealed")) == counts[name]
        # The sealed page differs from the bare one only in the code's corner.
        first_bare = Image.open(tmp_path / f"{name}-bare-{1:0{len(str(counts[name]))}d}.png")
        first_sealed = Image.open(tmp_path / f"{name}-sealed-{1:0{len(str(counts[name]))}d}.png")
        diff = ImageChops.difference(first_bare.convert("L"), first_sealed.convert("L")).getbbox()
        assert diff is not None
        assert (
            diff[1]
            >= first_bare.size[1] - template.BOTTOM * first_bare.size[0] / template.PAGE_WIDTH - 1
        )
    assert counts["long"] > counts["short"] >= 1
    assert counts["long"] >= 4
