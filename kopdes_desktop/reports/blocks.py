"""Flowables several reports share: key/value grids, tables that wrap, signature blocks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.reports.template import CONTENT_WIDTH, INK, RULE, SHADE, Styles, escape
from kopdes_desktop.reports.texts import t

BLANK_NAME = "(" + "." * 40 + ")"
"""The name line of a signatory whose name the report does not know in advance."""


PADDING = 3
SHORT_SECTION = 110 * mm
"""A last section up to this tall moves whole to the next page with the signatures."""


def p(text: Any, style: Any) -> Paragraph:
    """A wrapped paragraph of plain text (escaped; newlines kept)."""
    return Paragraph(escape(text), style)


def fit(text: Any, style: Any, width: float) -> str | Paragraph:
    """The text itself when it fits on one line of ``width`` (a table draws it directly, far
    faster than a Paragraph), else a Paragraph that wraps."""
    value = str(text if text is not None else "")
    if (
        "\n" not in value
        and stringWidth(value, style.fontName, style.fontSize) <= width - 2 * PADDING - 0.5
    ):
        return value
    return p(value, style)


def _font(style: Any, first: tuple[int, int], last: tuple[int, int]) -> list[tuple[Any, ...]]:
    """Table commands so plain-string cells look like ``style``."""
    return [
        ("FONT", first, last, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", first, last, style.textColor),
    ]


def key_values(
    styles: Styles, pairs: Sequence[tuple[str, Any]], columns: int = 2, missing: str = "—"
) -> Table:
    """Label/value pairs laid out in ``columns`` pairs per row; empty values print ``missing``."""
    pair_width = CONTENT_WIDTH / columns
    widths = [pair_width * 0.38, pair_width * 0.62] * columns
    cells = [
        (
            fit(label, styles.small, widths[0]),
            fit(value if value not in (None, "") else missing, styles.cell, widths[1]),
        )
        for label, value in pairs
    ]
    rows = []
    for start in range(0, len(cells), columns):
        row: list[Any] = []
        for label, value in cells[start : start + columns]:
            row += [label, value]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    table = Table(rows, colWidths=widths)
    label_font = [c for i in range(0, 2 * columns, 2) for c in _font(styles.small, (i, 0), (i, -1))]
    value_font = [c for i in range(1, 2 * columns, 2) for c in _font(styles.cell, (i, 0), (i, -1))]
    table.setStyle(
        TableStyle(
            [
                *label_font,
                *value_font,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ]
        )
    )
    return table


def grid(
    styles: Styles,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """A bordered table with a shaded, repeated header (none when ``header`` is None: the
    end of a table split by :func:`grid_parts`); text cells wrap inside their column.
    ``widths`` are fractions of the content width."""
    points = [w * CONTENT_WIDTH for w in widths]

    def cell(value: Any, column: int) -> Any:
        if isinstance(value, Flowable):
            return value
        style = styles.cell_right if column in right else styles.cell
        return fit(value, style, points[column])

    top = 0 if header is None else 1
    data = (
        [] if header is None else [[fit(h, styles.header, points[c]) for c, h in enumerate(header)]]
    )
    data += [[cell(value, c) for c, value in enumerate(row)] for row in rows]
    table = Table(data, colWidths=points, repeatRows=top)
    commands = [
        *_font(styles.cell, (0, top), (-1, -1)),
        *[("ALIGN", (c, top), (c, -1), "RIGHT") for c in right],
        *(
            []
            if header is None
            else [*_font(styles.header, (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
        ),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    if bold_last and rows:
        commands += [("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    table.setStyle(TableStyle(commands))
    return table


def grid_parts(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    bold_last: bool = False,
    tail: int = 2,
) -> list[Table]:
    """:func:`grid` as two tables that read as one, the second holding the last ``tail``
    rows, so :func:`sign_off` can keep the end of a long table with the signatures."""
    if len(rows) <= tail + 2:
        return [grid(styles, header, rows, widths, right, bold_last)]
    return [
        grid(styles, header, rows[:-tail], widths, right),
        grid(styles, None, rows[-tail:], widths, right, bold_last),
    ]


def sign_off(last_section: Sequence[Flowable], closing: Sequence[Flowable]) -> list[Flowable]:
    """The last section followed by the signature block, which never stands alone on a page:
    the section's final flowable (a short paragraph, or the end of a table from
    :func:`grid_parts`) moves to the next page with it when they do not fit together; a short
    section moves whole."""
    height = sum(f.wrap(CONTENT_WIDTH, SHORT_SECTION)[1] for f in last_section)
    if height <= SHORT_SECTION:
        return [KeepTogether([*last_section, *closing])]
    start = len(last_section) - 1
    while start > 0 and last_section[start - 1].getKeepWithNext():
        start -= 1  # a heading stays with what it heads
    return [*last_section[:start], KeepTogether([*last_section[start:], *closing])]


def section(styles: Styles, title: str) -> Paragraph:
    return Paragraph(escape(title), styles.h1)


def note(styles: Styles, text: str) -> Paragraph:
    return p(text, styles.note)


def signatures(
    styles: Styles,
    place: str,
    when: date,
    left: tuple[str, str | None],
    right: tuple[str, str | None],
    lang: str,
) -> list[Flowable]:
    """Two signature blocks side by side; the right one carries "<place>, <date>". The
    flowables go to :func:`sign_off` (a KeepTogether inside another one would always start a
    new page: reportlab's KeepTogether reports an endless height to force its split)."""
    unknown = t("unknown_person", lang)

    def block(role: str, name: str | None, dated: bool) -> list[Any]:
        top = escape(f"{place}, {long_date(when, lang)}") if dated else "&nbsp;"
        return [
            Paragraph(top, styles.body),
            p(role, styles.body),
            Spacer(1, 20 * mm),
            Paragraph(f"<u>{escape(name or unknown)}</u>", styles.cell_bold),
        ]

    table = Table(
        [[block(*left, dated=False), block(*right, dated=True)]], colWidths=[CONTENT_WIDTH / 2] * 2
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 12)])
    )
    return [section(styles, t("signatures", lang)), Spacer(1, 2 * mm), table]


def colour_band(styles: Styles, left: list[Any], label: str, color: str) -> Table:
    """The result summary: the total on the left, the category on its colour on the right."""
    band = Paragraph(escape(label), styles.band)
    table = Table([[left, band]], colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor(color)),
                ("BOX", (0, 0), (-1, -1), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table
