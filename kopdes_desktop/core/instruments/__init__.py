"""Assessment instruments as versioned data, and the one engine that checks and scores them.

Definition format (``resources/instruments/<id>/<version>.json``, checked against
``resources/instruments/schema/instrument.schema.json`` and then semantically):

- ``format`` (1), ``id``, ``version`` (dotted numbers), ``status`` (``official``,
  ``verification-pending``, ``draft``), ``title`` / ``description`` as ``{"id": .., "en": ..}``,
  ``source`` (``citation``, ``url``, ``note``) and ``decisions`` (the rules the project decided,
  shown in reports).
- ``sections``: ``id``, ``title``, optional ``help`` and ``relevant``, and ``items``. An item has
  ``id``, ``type`` (yesno, single, multi, integer, decimal, money, percent, date, text,
  longtext, evidence, gps, repeat, computed), ``label``, and optionally ``help``, ``required``,
  ``min``/``max`` (value, length, selections or rows), ``pattern``, ``unit``, ``default``,
  ``choices``, ``relevant`` (skip logic), ``constraints`` (``expr`` + ``message``),
  ``allow_negative`` (money that may be a loss), ``items`` (a repeat group's children),
  ``expression`` (computed values), ``example`` (demo value hint) and ``verify`` (a **[verify]**
  note). ``pattern_message`` words a ``pattern``'s refusal for the mentor (required unless the
  pattern is digits only, which the engine words itself: "harus 13 angka; tertulis 12");
  ``warnings`` (``expr`` + ``message`` with ``{nilai}``) flag implausible answers without
  refusing them; ``checklist`` (``source``, ``entries``, optional ``verify``) lists the items
  behind a count question, ticked one by one, the count staying the answer; ``future`` lets a
  date come after the day of the assessment (otherwise refused).
- ``scoring``: named band ``tables`` in interval notation (``"(0, 20]"``), ``aspects`` with a
  weight and a method (``sum`` of component skor, or ``levels`` scored 1..N as in the
  supervision guidance), components whose value is a ``ratio``, a ``value`` or a ``checklist``
  share and whose ``rule`` is ``bands``, ``round_up`` (to a multiple, capped) or ``per_unit``;
  and ``categories`` with thresholds and colours.

Expressions are a small safe language (:mod:`.expressions`), compiled once at load. A
definition whose expressions do not parse, whose bands leave a gap, or whose weights do not add
up is refused with every problem listed (:class:`InstrumentError`).
"""

from kopdes_desktop.core.instruments.answers import FormState
from kopdes_desktop.core.instruments.errors import AnswerProblem, AnswersInvalid, InstrumentError
from kopdes_desktop.core.instruments.examples import example_answers
from kopdes_desktop.core.instruments.loader import load_definition, load_file
from kopdes_desktop.core.instruments.model import (
    Choice,
    Instrument,
    InstrumentInfo,
    Item,
    Section,
)
from kopdes_desktop.core.instruments.registry import InstrumentRegistry, registry
from kopdes_desktop.core.instruments.results import (
    AspectDelta,
    AspectScore,
    Comparison,
    ComponentScore,
    ScoreResult,
    compare,
)

__all__ = [
    "AnswerProblem",
    "AnswersInvalid",
    "AspectDelta",
    "AspectScore",
    "Choice",
    "Comparison",
    "ComponentScore",
    "FormState",
    "Instrument",
    "InstrumentError",
    "InstrumentInfo",
    "InstrumentRegistry",
    "Item",
    "ScoreResult",
    "Section",
    "compare",
    "example_answers",
    "load_definition",
    "load_file",
    "registry",
]
