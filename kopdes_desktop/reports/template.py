"""The page every report shares: A4, the Dinas letterhead, the footer, the DRAF watermark.

The footer carries "Halaman X dari Y", the document id, the generation time and a short hash of
the record's content, so a printed copy can be matched to the record it came from, and at its
right the signed seal as a QR code (:mod:`kopdes_desktop.reports.seal`). The bottom margin keeps
room for the code on every page, whatever the length of the report, so text never runs under
it. The total page count is known only at the end, so the canvas keeps every page and draws
the footers when the document is saved.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from kopdes_desktop.reports import fonts, localtime, qr
from kopdes_desktop.reports.seal import SealContent, Signer, seal
from kopdes_desktop.reports.texts import t

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP = 26 * mm
QR_SIZE = 30 * mm
QR_BOTTOM = 6 * mm
BOTTOM = QR_BOTTOM + QR_SIZE + 3 * mm
FOOTER_Y = 11 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
PROVINCE = "PEMERINTAH PROVINSI KALIMANTAN UTARA"
DINAS = "Dinas Koperasi dan UKM Provinsi Kalimantan Utara"
INK = colors.HexColor("#1F2A37")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#9AA5B1")
SHADE = colors.HexColor("#EEF1F4")
ACCENT = colors.HexColor("#9B1C1C")


@dataclass(frozen=True)
class ReportMeta:
    """What the page template needs to know about one document."""

    title: str
    subject: str
    doc_id: str
    generated_at: datetime
    content_hash: str
    language: str = "id"
    draft: bool = False
    invariant: bool = False
    zone: localtime.Zone = localtime.DEFAULT_ZONE
    seal: str | None = None


def _style(name: str, size: float, **kw: Any) -> ParagraphStyle:
    kw.setdefault("fontName", fonts.REGULAR)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontSize=size, leading=size * 1.3, **kw)


class Styles:
    """The paragraph styles of every report (built after the fonts are registered)."""

    def __init__(self) -> None:
        fonts.register()
        self.body = _style("body", 9)
        self.small = _style("small", 7.5, textColor=MUTED)
        self.cell = _style("cell", 8)
        self.cell_bold = _style("cell_bold", 8, fontName=fonts.BOLD)
        self.header = _style("header", 7.5, fontName=fonts.BOLD)
        self.cell_right = _style("cell_right", 8, alignment=2)
        self.title = _style("title", 15, fontName=fonts.BOLD, alignment=TA_CENTER, spaceAfter=2)
        self.subtitle = _style("subtitle", 10.5, alignment=TA_CENTER, textColor=MUTED, spaceAfter=8)
        self.h1 = _style(
            "h1",
            11.5,
            fontName=fonts.BOLD,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        )
        self.h2 = _style(
            "h2", 9.5, fontName=fonts.BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1
        )
        self.note = _style("note", 8.5, fontName=fonts.ITALIC, textColor=MUTED)
        self.big = _style("big", 20, fontName=fonts.BOLD)
        self.band = _style("band", 12, fontName=fonts.BOLD, textColor=colors.white)


def _draw_letterhead(canvas: Canvas, meta: ReportMeta) -> None:
    top = PAGE_HEIGHT - 12 * mm
    canvas.setFillColor(INK)
    if canvas.getPageNumber() == 1:
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawCentredString(PAGE_WIDTH / 2, top, PROVINCE)
        canvas.setFont(fonts.BOLD, 12)
        canvas.drawCentredString(PAGE_WIDTH / 2, top - 5.5 * mm, DINAS)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, top - 8.5 * mm, PAGE_WIDTH - MARGIN, top - 8.5 * mm)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top - 9.3 * mm, PAGE_WIDTH - MARGIN, top - 9.3 * mm)
        return
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, top - 3 * mm, DINAS)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 3 * mm, _clip(meta.title, 60))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 5 * mm, PAGE_WIDTH - MARGIN, top - 5 * mm)


def _draw_watermark(canvas: Canvas, meta: ReportMeta) -> None:
    if not meta.draft:
        return
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#D64545"))
    canvas.setFillAlpha(0.13)
    canvas.setFont(fonts.BOLD, 110)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -35, t("draft_mark", meta.language))
    canvas.restoreState()


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class _NumberedCanvas(Canvas):
    """Keeps every page so the footer can say "Halaman X dari Y"."""

    def __init__(self, *args: Any, meta: ReportMeta, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        meta, lang = self._meta, self._meta.language
        y = FOOTER_Y
        right = PAGE_WIDTH - MARGIN - QR_SIZE - 3 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 4 * mm, right, y + 4 * mm)
        self.setFont(fonts.REGULAR, 7)
        self.setFillColor(MUTED)
        stamp = localtime.stamp(meta.generated_at, meta.zone)
        left = t("footer_doc", lang).format(doc=meta.doc_id, at=stamp, hash=meta.content_hash)
        self.drawString(MARGIN, y, left)
        self.setFont(fonts.BOLD, 7.5)
        self.setFillColor(INK)
        page = t("page_of", lang).format(page=self._pageNumber, total=total)
        self.drawRightString(right, y, page)
        if meta.seal:
            self.setFont(fonts.REGULAR, 7)
            self.setFillColor(MUTED)
            self.drawRightString(right, y + 6 * mm, t("seal_caption", lang))
            qr.draw(self, meta.seal, PAGE_WIDTH - MARGIN - QR_SIZE, QR_BOTTOM, QR_SIZE)


def _on_page(canvas: Canvas, doc: BaseDocTemplate, meta: ReportMeta) -> None:
    canvas.saveState()
    _draw_watermark(canvas, meta)
    _draw_letterhead(canvas, meta)
    canvas.restoreState()


def heading(styles: Styles, meta: ReportMeta) -> list[Flowable]:
    """The document title and its subject under the letterhead of page 1."""
    title = meta.title + (f" ({t('draft_mark', meta.language)})" if meta.draft else "")
    return [
        Paragraph(escape(title), styles.title),
        Paragraph(escape(meta.subject), styles.subtitle),
    ]


def escape(text: Any) -> str:
    """Text made safe for a reportlab Paragraph (which reads a little XML)."""
    return (
        str(text if text is not None else "")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br/>")
    )


def render(
    flowables: Sequence[Flowable],
    meta: ReportMeta,
    content: SealContent | None = None,
    signer: Signer | None = None,
) -> bytes:
    """The PDF bytes of ``flowables`` on the shared page; same input and invariant -> same bytes.
    With a ``signer``, every page carries ``content`` signed as a QR code."""
    fonts.register()
    if signer is not None and content is not None:
        meta = replace(meta, seal=seal(content, signer, meta.generated_at))
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=meta.title,
        subject=meta.subject,
        author=DINAS,
        creator="Kopdes Desktop",
        invariant=1 if meta.invariant else 0,
    )
    frame = Frame(
        MARGIN,
        BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - TOP - BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=partial(_on_page, meta=meta))])
    doc.build(list(flowables), canvasmaker=partial(_NumberedCanvas, meta=meta))
    return buffer.getvalue()
