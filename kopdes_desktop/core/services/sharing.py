"""A visit as plain text for the board's WhatsApp group: findings and follow-ups.

WhatsApp shows ``*text*`` in bold; everything else is plain lines a phone wraps well. The
text names things as people do (labels, long Indonesian dates), never by stored codes.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.core.services import drafts, followups, mentors, visits
from kopdes_desktop.store.models import ActionItem, Mentor

# code -> (Indonesian, English)
COMPLIANCE = {
    "TIDAK_SESUAI": ("Tidak sesuai", "Not compliant"),
    "CUKUP": ("Cukup", "Partly compliant"),
    "SESUAI": ("Sesuai", "Compliant"),
}
ACTION_STATUS = {
    "OPEN": ("Belum dikerjakan", "Open"),
    "PROGRESS": ("Sedang dikerjakan", "In progress"),
    "DONE": ("Selesai", "Done"),
    "DROPPED": ("Dibatalkan", "Dropped"),
}
TEXTS = {
    "title": ("*Hasil kunjungan ke {coop}*", "*Visit to {coop}*"),
    "attendees": ("Peserta: {text}", "Attendees: {text}"),
    "findings": ("*Temuan dan rekomendasi*", "*Findings and recommendations*"),
    "no_findings": ("Tidak ada temuan.", "No findings."),
    "advice": ("   Rekomendasi: {text}", "   Recommendation: {text}"),
    "actions": ("*Tindak lanjut*", "*Follow-ups*"),
    "no_actions": ("Tidak ada tindak lanjut yang terbuka.", "No open follow-ups."),
    "owner": ("penanggung jawab {owner}", "owner {owner}"),
    "due": ("paling lambat {date}", "due {date}"),
    "overdue": ("terlambat", "overdue"),
    "closed": ("selesai {date}", "done {date}"),
    "mentor": ("Pendamping: {name}", "Mentor: {name}"),
}


def _t(key: str, en: bool, **values: str) -> str:
    return TEXTS[key][1 if en else 0].format(**values)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _action_line(number: int, action: ActionItem, language: str, today: date) -> str:
    en = language.startswith("en")
    details = [ACTION_STATUS.get(action.status, ("", ""))[1 if en else 0]]
    if action.owner:
        details.append(_t("owner", en, owner=_one_line(action.owner)))
    if action.status in followups.OPEN_STATUSES and action.due_date:
        details.append(_t("due", en, date=long_date(action.due_date, language)))
        if action.due_date < today:
            details.append(_t("overdue", en))
    elif action.closed_on:
        details.append(_t("closed", en, date=long_date(action.closed_on, language)))
    return f"{number}. {_one_line(action.title)} ({', '.join(d for d in details if d)})"


def visit_text(
    session: Session, visit_id: str, language: str = "id", today: date | None = None
) -> str:
    """The visit's findings (with their recommendations) and the follow-ups that matter at it
    (still open, agreed or closed at it), ready to paste into a chat."""
    en = language.startswith("en")
    visit = visits.get(session, visit_id)
    today = today or visit.visit_date
    lines = [
        _t("title", en, coop=visit.cooperative.name),
        " · ".join(filter(None, (long_date(visit.visit_date, language), _one_line(visit.purpose)))),
    ]
    if visit.attendees:
        lines.append(_t("attendees", en, text=_one_line(visit.attendees)))
    lines += ["", _t("findings", en)]
    found = followups.findings_of_visit(session, visit_id)
    for number, finding in enumerate(found, start=1):
        head = ": ".join(filter(None, (_one_line(finding.area), _one_line(finding.temuan))))
        mark = COMPLIANCE.get(finding.compliance or "")
        lines.append(f"{number}. {head}" + (f" ({mark[1 if en else 0]})" if mark else ""))
        if finding.rekomendasi.strip():
            lines.append(_t("advice", en, text=_one_line(finding.rekomendasi)))
    if not found:
        lines.append(_t("no_findings", en))
    lines += ["", _t("actions", en)]
    actions = drafts.actions_at_visit(session, visit_id)
    lines += [_action_line(n, a, language, today) for n, a in enumerate(actions, start=1)]
    if not actions:
        lines.append(_t("no_actions", en))
    mentor = session.get(Mentor, visit.mentor_id) if visit.mentor_id else None
    mentor = mentor if mentor is not None and not mentor.deleted else mentors.self_mentor(session)
    if mentor is not None:
        lines += ["", _t("mentor", en, name=mentor.name)]
    return "\n".join(lines)
