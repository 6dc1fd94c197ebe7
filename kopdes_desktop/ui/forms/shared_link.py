"""The facts the forms of one visit share, kept in step: typed once, shown in every form.

The form that owns a fact (see :mod:`kopdes_desktop.core.instruments.shared_facts`) is where
the mentor types it; every other draft form of the visit shows it read-only, saying where it
is asked, and stores it with its own answers (so each assessment is scored and printed on its
own). A final form is never changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kopdes_desktop.core.instruments.shared_facts import Link, links, value_of

if TYPE_CHECKING:
    from kopdes_desktop.ui.forms.assessment_panel import AssessmentPanel


class VisitLinks:
    """Flows each shared fact from its owner form to its mirrors."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.panels: list[AssessmentPanel] = []
        self.links: list[Link] = []

    def set_panels(self, panels: list[AssessmentPanel]) -> None:
        """The visit's forms, in the order they were started; flows every fact once."""
        self.panels = list(panels)
        self.links = links([panel.instrument.id for panel in self.panels])
        for link in self.links:
            self._flow(link)

    def changed(self, panel: AssessmentPanel) -> None:
        """A form was edited: flow the facts it owns."""
        if panel not in self.panels:
            return
        index = self.panels.index(panel)
        for link in self.links:
            if link.owner == index:
                self._flow(link)

    def _flow(self, link: Link) -> None:
        owner = self.panels[link.owner]
        value = value_of(owner.form.answers(), link.owner_items)
        title = owner.instrument.title(self.language)
        for index, item_id in link.mirrors:
            mirror = self.panels[index]
            if mirror.is_final():
                continue
            if mirror.form.set_mirrored(item_id, value, title):
                mirror.mark_changed()
