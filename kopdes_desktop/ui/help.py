"""F1 help: a short explanation of the page on screen, or of the instrument question in focus.

Page help is written here, a few paragraphs per page. Question help comes from the instrument
itself (each item's label and help text, its unit, range and choices) followed by how the
score is made: the aspects and their weights, and the score band of each category.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kopdes_desktop.core.formatting import number
from kopdes_desktop.core.instruments.model import Instrument, Item
from kopdes_desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Help"
PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "beranda": (
        QT_TRANSLATE_NOOP("Help", "Home"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Home shows what needs your attention today: your "
                "cooperatives by their latest category, this month's visits, "
                "follow-ups overdue or due in the next 14 days, assessments still in "
                "draft, and changes not yet sent to the province.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Each figure card opens the list it counts. Click a line "
                "in a list to open that cooperative, visit or draft.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "While the laptop holds no cooperative yet, Home shows the "
                "getting-started guide instead.",
            ),
        ),
    ),
    "koperasi": (
        QT_TRANSLATE_NOOP("Help", "Cooperatives"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "The list opens on your own cooperatives (those assigned "
                "to you); untick “Only my cooperatives” to see every cooperative in "
                "the province.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Type in the search box to find a cooperative by name, "
                "village, kecamatan, kabupaten or legal number; Down goes to the "
                "table and Enter opens the cooperative.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "The filters narrow the list by kabupaten, business unit "
                "status and latest category. Ctrl+N starts a visit for the selected "
                "cooperative.",
            ),
        ),
    ),
    "cooperative": (
        QT_TRANSLATE_NOOP("Help", "A cooperative"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "The page has six tabs (Alt+1 to Alt+6): profile, business "
                "units and board, members, visits, assessments with their trend, "
                "and follow-ups.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Profile changes are checked field by field and saved on "
                "this laptop; they go to the province with the next sync.",
            ),
        ),
    ),
    "kunjungan": (
        QT_TRANSLATE_NOOP("Help", "Visits"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Visits to your cooperatives, newest first. Choose a "
                "period, a kabupaten or a status, or untick “Only my cooperatives” "
                "to see the visits of every mentor.",
            ),
            QT_TRANSLATE_NOOP(
                "Help", "Open a visit to record its details, assessments, findings and follow-ups."
            ),
        ),
    ),
    "visit": (
        QT_TRANSLATE_NOOP("Help", "A visit"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "A visit holds what happened at one meeting: its details, "
                "the assessments made, the findings and the follow-ups agreed with "
                "the board.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "In an assessment form, press F1 on a question to read what "
                "it asks and how the score and its categories are worked out. "
                "Answers are saved as you type.",
            ),
        ),
    ),
    "tindak_lanjut": (
        QT_TRANSLATE_NOOP("Help", "Follow-ups"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "What the boards agreed to do, with owner and due date; "
                "overdue ones are marked. The list opens on your own cooperatives.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Mark a follow-up in progress, or close it at a later visit "
                "(Enter on an open follow-up).",
            ),
        ),
    ),
    "laporan": (
        QT_TRANSLATE_NOOP("Help", "Reports"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Print the assessment report, the monthly mentor report and "
                "cooperative profiles as PDF, one by one or in batches, for the "
                "board to sign.",
            ),
        ),
    ),
    "sinkronisasi": (
        QT_TRANSLATE_NOOP("Help", "Sync"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Sync sends your work to the province and receives the "
                "cooperative registry, instruments and assignments back.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "Without a connection, export a sync file to a USB stick or "
                "a messaging app and import the province's files. Online, enrol "
                "this laptop once with the officer's code, then press “Sync now”.",
            ),
            QT_TRANSLATE_NOOP(
                "Help",
                "“Last exported” only means a file was written. “Last "
                "received by the province” means a receipt came back: the province "
                "has your data up to then.",
            ),
        ),
    ),
    "pengaturan": (
        QT_TRANSLATE_NOOP("Help", "Settings"),
        (
            QT_TRANSLATE_NOOP(
                "Help",
                "Your profile (name, role, kabupaten), the language, the "
                "font size, high-contrast colours, the photo size limit, and backup "
                "and restore of the data folder.",
            ),
            QT_TRANSLATE_NOOP(
                "Help", "Language, font size and colours apply the next time the app starts."
            ),
        ),
    ),
}


def _tr(text: str) -> str:
    """The translation of a text marked with ``QT_TRANSLATE_NOOP("Help", ...)``."""
    return QCoreApplication.translate(CONTEXT, text)


def page_html(page: str) -> tuple[str, str]:
    """(title, HTML) of the help for one page of the main window."""
    title, paragraphs = PAGES.get(page, PAGES["beranda"])
    body = "".join(f"<p>{escape(_tr(paragraph))}</p>" for paragraph in paragraphs)
    keys = _tr(
        QT_TRANSLATE_NOOP(
            "Help",
            "Keys: Ctrl+1 to Ctrl+7 switch pages, Ctrl+F searches cooperatives, Ctrl+N "
            "starts a visit, F5 reloads, F1 shows this help.",
        )
    )
    return _tr(title), f"<h2>{escape(_tr(title))}</h2>{body}<p><i>{escape(keys)}</i></p>"


def _item_facts(instrument: Instrument, item: Item, language: str) -> list[str]:
    facts = []
    if item.required:
        facts.append(_tr(QT_TRANSLATE_NOOP("Help", "An answer is required.")))
    if item.unit:
        facts.append(_tr(QT_TRANSLATE_NOOP("Help", "Unit: %1")).replace("%1", item.unit))
    if item.min is not None or item.max is not None:
        low = number(item.min, 0, language) if item.min is not None else "…"
        high = number(item.max, 0, language) if item.max is not None else "…"
        facts.append(
            _tr(QT_TRANSLATE_NOOP("Help", "Allowed range: %1 to %2"))
            .replace("%1", low)
            .replace("%2", high)
        )
    if item.choices:
        names = ", ".join(choice.text.get(language) for choice in item.choices)
        facts.append(_tr(QT_TRANSLATE_NOOP("Help", "Choices: %1")).replace("%1", names))
    used = [
        component.title(language)
        for component in instrument.components
        if item.id in instrument.component_refs.get(component.id, ())
    ]
    if used:
        facts.append(
            _tr(QT_TRANSLATE_NOOP("Help", "Counts in the score of: %1")).replace(
                "%1", "; ".join(used)
            )
        )
    return facts


def score_bands_html(instrument: Instrument, language: str) -> str:
    """How the score is made: aspects with their weights, and each category's band."""
    scoring = instrument.scoring
    heading = _tr(QT_TRANSLATE_NOOP("Help", "How the score works"))
    total = _tr(
        QT_TRANSLATE_NOOP("Help", "The total is out of %1; each aspect adds up to its weight:")
    )
    up_to = _tr(QT_TRANSLATE_NOOP("Help", "up to %1"))
    bands = _tr(QT_TRANSLATE_NOOP("Help", "Categories by total score:"))
    provisional = _tr(
        QT_TRANSLATE_NOOP(
            "Help",
            "The category is shown once every required answer is filled in; until then "
            "the score is provisional.",
        )
    )
    parts = [
        f"<h3>{escape(heading)}</h3>",
        f"<p>{escape(total.replace('%1', number(scoring.total_max, 0, language)))}</p>",
        "<ul>",
    ]
    for aspect in scoring.aspects:
        weight = up_to.replace("%1", number(aspect.weight, 0, language))
        parts.append(f"<li>{escape(aspect.title(language))}: {escape(weight)}</li>")
    parts.append(f"</ul><p>{escape(bands)}</p><ul>")
    upper = None
    for category in scoring.categories:  # highest threshold first
        low = number(category.min, 0, language)
        band = (
            _tr(QT_TRANSLATE_NOOP("Help", "%1 or more")).replace("%1", low)
            if upper is None
            else _tr(QT_TRANSLATE_NOOP("Help", "%1 to below %2"))
            .replace("%1", low)
            .replace("%2", upper)
        )
        parts.append(f"<li><b>{escape(category.label(language))}</b>: {escape(band)}</li>")
        upper = low
    parts.append(f"</ul><p>{escape(provisional)}</p>")
    return "".join(parts)


def question_html(instrument: Instrument, item: Item, language: str) -> tuple[str, str]:
    """(title, HTML) of the help for one instrument question."""
    title = item.label(language)
    explanation = item.help(language) or _tr(
        QT_TRANSLATE_NOOP("Help", "The instrument gives no further explanation for this question.")
    )
    facts = "".join(f"<li>{escape(fact)}</li>" for fact in _item_facts(instrument, item, language))
    html = (
        f"<p>{escape(instrument.title(language))}</p><h2>{escape(title)}</h2>"
        f"<p>{escape(explanation)}</p>"
        + (f"<ul>{facts}</ul>" if facts else "")
        + score_bands_html(instrument, language)
    )
    return title, html


class HelpDialog(QDialog):
    """The help text in a browser with a Close button; F1 opens it from the main window."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help: %1").replace("%1", title))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 480)

    @classmethod
    def for_page(cls, parent: QWidget | None, page: str) -> HelpDialog:
        return cls(*page_html(page), parent)

    @classmethod
    def for_question(
        cls, parent: QWidget | None, instrument: Instrument, item: Item, language: str
    ) -> HelpDialog:
        return cls(*question_html(instrument, item, language), parent)


def question_in_focus(widget: QWidget | None) -> tuple[Instrument, Item] | None:
    """The instrument question a focused widget belongs to (a form row holds its ``item``,
    the form its ``instrument``), or None outside an assessment form."""
    item = instrument = None
    while widget is not None and instrument is None:
        found = getattr(widget, "item", None)
        if item is None and isinstance(found, Item):
            item = found
        owner = getattr(widget, "instrument", None)
        if isinstance(owner, Instrument):
            instrument = owner
        widget = widget.parentWidget()
    return (instrument, item) if instrument is not None and item is not None else None
