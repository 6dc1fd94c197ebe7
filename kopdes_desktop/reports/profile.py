"""Profil Koperasi: one cooperative's identity, units, board, financing, history, follow-ups."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kopdes_desktop.core.formatting import long_date, number, rupiah, terbilang
from kopdes_desktop.reports import charts, localtime
from kopdes_desktop.reports.assessment import identity_block
from kopdes_desktop.reports.blocks import grid, key_values, note, p, section
from kopdes_desktop.reports.data import content_hash
from kopdes_desktop.reports.options import ReportOptions
from kopdes_desktop.reports.period_data import ProfileData
from kopdes_desktop.reports.seal import SealContent, Signer
from kopdes_desktop.reports.template import ReportMeta, Styles, heading
from kopdes_desktop.reports.template import render as render_pdf
from kopdes_desktop.reports.texts import label, t


def _general_block(styles: Styles, data: ProfileData, lang: str, private: bool) -> list[Flowable]:
    coop = data.coop
    latest = data.latest_members
    members = t("missing", lang)
    if latest is not None:
        women = (
            f" ({t('women', lang).lower()} {number(latest.women, 0, lang)})"
            if latest.women is not None
            else ""
        )
        members = f"{number(latest.members, 0, lang)}{women} · {long_date(latest.as_of, lang)}"
    pairs = [
        (t("address", lang), coop.address),
        (t("formation", lang), label("formation", coop.formation_model, lang)),
        (t("founded", lang), long_date(coop.founded_on, lang)),
        (t("bank", lang), data.bank or t("missing", lang)),
        (t("members_as_of", lang), members),
        (t("mentor_of", lang), data.mentor.name if data.mentor else "—"),
    ]
    out: list[Flowable] = [Spacer(1, 2 * mm), key_values(styles, pairs)]
    if private and data.notes:
        out += [Spacer(1, 1 * mm), p(f"{t('private_notes', lang)}: {data.notes}", styles.body)]
    return out


def _units_block(styles: Styles, data: ProfileData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("units", lang))]
    if not data.units:
        return out + [note(styles, t("no_units", lang))]
    rows = [
        (
            label("unit", u.kind, lang) + (f": {u.other_name}" if u.other_name else ""),
            label("unit_status", u.status, lang),
            rupiah(u.monthly_turnover, lang) or "—",
            u.notes or "",
        )
        for u in data.units
    ]
    header = [t("unit", lang), t("status", lang), t("turnover", lang), t("notes", lang)]
    return out + [grid(styles, header, rows, [0.3, 0.18, 0.2, 0.32], right=(2,))]


def _board_block(styles: Styles, data: ProfileData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("board", lang))]
    if not data.people:
        return out + [note(styles, t("no_board", lang))]
    rows = [
        (label("organ", x.organ, lang), x.role, x.name, x.gender or "", x.phone or "")
        for x in data.people
    ]
    header = [
        t("organ", lang),
        t("role", lang),
        t("name", lang),
        t("gender", lang),
        t("phone", lang),
    ]
    out.append(grid(styles, header, rows, [0.15, 0.3, 0.3, 0.07, 0.18]))
    if not any(x.organ == "PENGURUS" and x.role == "Ketua" for x in data.people):
        out.append(note(styles, f"{t('sign_ketua', lang)}: {t('missing', lang)}"))
    return out


def _financing_block(styles: Styles, data: ProfileData, lang: str) -> list[Flowable]:
    """The financing figures from :mod:`figures` (the same ones the assessment prints) and
    where they come from."""
    money = data.financing
    out: list[Flowable] = [section(styles, t("financing", lang))]
    if not money.source:
        return out + [note(styles, t("source_none", lang))]
    amounts = zip(("ceiling", "disbursed", "outstanding", "arrears"), money.amounts, strict=True)
    rows: list[tuple[str, ...]]
    if lang == "en":
        rows = [(t(key, lang), rupiah(value, lang)) for key, value in amounts]
        out.append(grid(styles, ["", "Rp"], rows, [0.3, 0.3], right=(1,)))
    else:
        rows = [(t(key, lang), rupiah(value, lang), terbilang(value)) for key, value in amounts]
        out.append(
            grid(styles, ["", "Rp", t("in_words", lang)], rows, [0.2, 0.22, 0.58], right=(1,))
        )
    return out + [note(styles, _source(data, lang))]


def _source(data: ProfileData, lang: str) -> str:
    money = data.financing
    when = long_date(money.on, lang) if money.on else "—"
    if money.source == "assessment":
        title = next(
            a.instrument.title(lang) for a in data.history if a.instrument.id == money.instrument_id
        )
        return t("source_assessment", lang).format(instrument=title, date=when)
    return t("source_profile", lang).format(date=when)


def _history_block(styles: Styles, data: ProfileData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("history", lang))]
    if not data.history:
        return out + [note(styles, t("no_history", lang))]
    rows = [
        (
            long_date(a.assessed_on, lang),
            f"{a.instrument.title(lang)} (v{a.instrument.version})",
            number(a.total, 2, lang) if a.total is not None else "—",
            (a.category_en if lang == "en" else a.category) or "—",
        )
        for a in data.history
    ]
    header = [t("date", lang), t("instrument", lang), t("total", lang), t("category", lang)]
    out.append(grid(styles, header, rows, [0.17, 0.5, 0.11, 0.22], right=(2,)))
    if len(data.trend) >= 2:
        points = [
            (long_date(h.assessed_on, lang)[:-5] + h.assessed_on.strftime(" %y"), h.total)
            for h in data.trend
        ]
        out.append(
            KeepTogether(
                [
                    Spacer(1, 2 * mm),
                    p(t("trend", lang), styles.small),
                    charts.trend(points, 100, lang, width=300),
                ]
            )
        )
    return out


def _actions_block(styles: Styles, data: ProfileData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("open_followups", lang))]
    if not data.open_actions:
        return out + [note(styles, t("no_open", lang))]
    rows = [
        (
            x.action.title,
            x.action.owner,
            long_date(x.action.due_date, lang) or "—",
            label("action_status", x.action.status, lang)
            + (f" · {t('overdue', lang)}" if x.overdue else ""),
        )
        for x in data.open_actions
    ]
    header = [t("action", lang), t("owner", lang), t("deadline", lang), t("status", lang)]
    return out + [grid(styles, header, rows, [0.47, 0.16, 0.17, 0.2])]


def build(data: ProfileData, options: ReportOptions) -> tuple[list[Flowable], ReportMeta]:
    lang = options.lang
    styles = Styles()
    meta = ReportMeta(
        title=t("profile_title", lang),
        subject=data.coop.name,
        doc_id=f"PRF-{data.coop.id[:8].upper()}",
        generated_at=options.stamp(data.changed_at),
        content_hash=content_hash(data),
        language=lang,
        invariant=options.deterministic,
        zone=localtime.zone_for(data.coop.village_code),
    )
    story: list[Flowable] = heading(styles, meta)
    story += identity_block(styles, data.coop, lang)
    story += _general_block(styles, data, lang, options.private_notes)
    story += _units_block(styles, data, lang)
    story += _board_block(styles, data, lang)
    story += [KeepTogether(_financing_block(styles, data, lang))]
    story += _history_block(styles, data, lang)
    story += _actions_block(styles, data, lang)
    return story, meta


def seal_content(data: ProfileData, meta: ReportMeta) -> SealContent:
    """What the seal says: the cooperative, the day of issue, its latest final result and its
    open follow-ups."""
    finals = [row for row in data.history if row.status == "FINAL" and row.total is not None]
    figures: list[tuple[str, str]] = []
    if finals:
        latest = max(finals, key=lambda row: row.assessed_on)
        figures += [("s", f"{latest.total:.1f}"), ("c", latest.category or "")]
    figures.append(("t", str(len(data.open_actions))))
    day = localtime.local_date(meta.generated_at, meta.zone)
    return SealContent("P", data.coop.id, data.coop.id, data.coop.name, day, tuple(figures))


def render(data: ProfileData, options: ReportOptions, signer: Signer | None = None) -> bytes:
    """The PDF bytes of the Profil Koperasi; signed on every page by ``signer``."""
    story, meta = build(data, options)
    return render_pdf(story, meta, seal_content(data, meta), signer)
