"""Keeps what is typed into a dialog or page as a form draft, so a crash loses none of it.

Every edit restarts a short timer (setting ``autosave_ms``); when it fires the form's values
go to :mod:`kopdes_desktop.core.services.form_drafts`. The form drops the draft once its record
is saved, or when the mentor discards the text on purpose; a draft still there at the next
start is offered back (:mod:`kopdes_desktop.ui.dialogs.draft_recovery`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kopdes_desktop.core.services.form_drafts import FormDraft
from kopdes_desktop.errors import KopdesError

log = logging.getLogger(__name__)


class DraftKeeper(QObject):
    """The form draft of one form: ``touch()`` after an edit, ``drop()`` once saved."""

    def __init__(
        self,
        ctx: Any,
        kind: str,
        record: str,
        collect: Callable[[], dict[str, Any]],
        context: Callable[[], dict[str, str]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.record = record
        self.collect = collect
        self.context = context or dict
        self.dirty = False
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ctx.settings.get("autosave_ms"))
        self.timer.timeout.connect(self.keep_now)

    def touch(self, *_args: object) -> None:
        """An edit happened (not while the form is being filled from the store)."""
        if self.paused:
            return
        self.dirty = True
        self.timer.start()

    def keep_now(self) -> None:
        """Write the typed values now, if anything changed since the last write."""
        self.timer.stop()
        if not self.dirty:
            return
        try:
            self.ctx.services.drafts.keep_form(
                self.kind, self.record, self.collect(), self.context()
            )
        except KopdesError as exc:  # a full disk, say: the form itself still holds the text
            log.warning("form draft not kept: %s", exc)
            return
        self.dirty = False

    def kept(self) -> FormDraft | None:
        """The draft left by an earlier, interrupted session of this form."""
        draft: FormDraft | None = self.ctx.services.drafts.kept_form(self.kind, self.record)
        return draft

    def drop(self) -> None:
        """The record was saved, or the text discarded on purpose: forget the draft."""
        self.timer.stop()
        self.dirty = False
        self.ctx.services.drafts.drop_form(self.kind, self.record)
