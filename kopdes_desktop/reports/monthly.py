"""Laporan Bulanan Pendamping: the mentor's work report for one month to the Dinas kab/kota."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kopdes_desktop.core.formatting import long_date, month_label, number
from kopdes_desktop.reports import charts, localtime
from kopdes_desktop.reports.blocks import (
    BLANK_NAME,
    grid,
    grid_parts,
    key_values,
    note,
    p,
    section,
    sign_off,
    signatures,
)
from kopdes_desktop.reports.data import ActionInfo, content_hash
from kopdes_desktop.reports.options import ReportOptions
from kopdes_desktop.reports.period_data import MonthlyData
from kopdes_desktop.reports.seal import SealContent, Signer
from kopdes_desktop.reports.template import ReportMeta, Styles, heading
from kopdes_desktop.reports.template import render as render_pdf
from kopdes_desktop.reports.texts import label, t


def _coops_block(styles: Styles, data: MonthlyData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("coops_assisted", lang))]
    if not data.coops:
        return out + [note(styles, t("no_coops", lang))]
    rows: list[tuple[str, ...]] = [
        (
            str(i),
            c.name,
            c.village,
            str(c.visits),
            str(c.assessments),
            c.latest_category or "—",
            str(c.opened),
            str(c.closed),
            str(c.overdue),
        )
        for i, c in enumerate(data.coops, start=1)
    ]
    rows.append(
        (
            "",
            t("totals", lang),
            "",
            *(str(sum(getattr(c, f) for c in data.coops)) for f in ("visits", "assessments")),
            "",
            *(str(sum(getattr(c, f) for c in data.coops)) for f in ("opened", "closed", "overdue")),
        )
    )
    header = [
        t("no_col", lang),
        t("coop_name", lang),
        t("village", lang).replace("/", "/\n"),
        t("visits", lang),
        t("assessments_short", lang),
        t("latest_category", lang),
        t("opened", lang),
        t("closed", lang),
        t("overdue", lang),
    ]
    widths = [0.05, 0.23, 0.14, 0.105, 0.1, 0.14, 0.075, 0.075, 0.085]
    out.append(grid(styles, header, rows, widths, right=(3, 4, 6, 7, 8), bold_last=True))
    names = [str(i) for i in range(1, len(data.coops) + 1)]
    chart = charts.grouped_bars(
        names,
        [
            (t("visits", lang), [c.visits for c in data.coops]),
            (t("opened", lang), [c.opened for c in data.coops]),
            (t("closed", lang), [c.closed for c in data.coops]),
            (t("overdue", lang), [c.overdue for c in data.coops]),
        ],
        width=480,
        height=150,
    )
    return out + [
        KeepTogether([Spacer(1, 3 * mm), p(t("summary_chart", lang), styles.small), chart])
    ]


def _visits_block(styles: Styles, data: MonthlyData, lang: str, private: bool) -> list[Flowable]:
    """The visits made; their notes are the mentor's own and printed only when asked for."""
    out: list[Flowable] = [section(styles, t("visits", lang))]
    if not data.visits:
        return out + [note(styles, t("no_visits", lang))]
    header = [t("no_col", lang), t("date", lang), t("coop_name", lang), t("purpose", lang)]
    rows: list[tuple[str, ...]]
    if private:
        rows = [
            (str(i), long_date(v.visit_date, lang), v.cooperative, v.purpose, v.notes or "")
            for i, v in enumerate(data.visits, start=1)
        ]
        return out + [
            grid(styles, [*header, t("private_notes", lang)], rows, [0.05, 0.16, 0.26, 0.23, 0.30])
        ]
    rows = [
        (str(i), long_date(v.visit_date, lang), v.cooperative, v.purpose)
        for i, v in enumerate(data.visits, start=1)
    ]
    return out + [grid(styles, header, rows, [0.05, 0.18, 0.4, 0.37])]


def _assessments_block(styles: Styles, data: MonthlyData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("assessments_done", lang))]
    if not data.assessments:
        return out + [note(styles, t("no_assessments", lang))]
    rows = []
    for i, a in enumerate(data.assessments, start=1):
        total = number(a.total, 2, lang) if a.total is not None else "—"
        category = (a.category_en if lang == "en" else a.category) or a.category or "—"
        rows.append(
            (
                str(i),
                long_date(a.assessed_on, lang),
                a.cooperative,
                a.instrument.title(lang),
                total,
                category,
                label("assessment_status", a.status, lang),
            )
        )
    header = [
        t("no_col", lang),
        t("date", lang),
        t("coop_name", lang),
        t("instrument", lang),
        t("total", lang),
        t("category", lang),
        t("status", lang),
    ]
    return out + [
        grid(styles, header, rows, [0.05, 0.16, 0.21, 0.24, 0.08, 0.16, 0.10], right=(4,))
    ]


def _action_rows(items: Sequence[ActionInfo], lang: str) -> list[tuple[str, ...]]:
    return [
        (
            a.cooperative,
            a.title,
            a.owner,
            long_date(a.due_date, lang) or "—",
            label("action_status", a.status, lang),
        )
        for a in items
    ]


def _actions_block(styles: Styles, data: MonthlyData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("actions", lang))]
    out.append(
        p(
            f"{t('opened', lang)}: {len(data.opened)} · {t('closed', lang)}: "
            f"{len(data.closed)} · {t('overdue', lang)}: {len(data.overdue)}",
            styles.body,
        )
    )
    if not (data.opened or data.closed or data.overdue):
        return out + [note(styles, t("no_actions", lang))]
    header = [
        t("coop_name", lang),
        t("action", lang),
        t("owner", lang),
        t("deadline", lang),
        t("status", lang),
    ]
    widths = [0.24, 0.35, 0.13, 0.17, 0.11]
    for key, items in (("opened", data.opened), ("closed", data.closed), ("overdue", data.overdue)):
        if items:
            out += [
                p(f"{t(key, lang)} ({len(items)})", styles.h2),
                grid(styles, header, _action_rows(items, lang), widths),
            ]
    # the heading and its count line start the page with the first table, never end one
    return [KeepTogether(out[:4]), *out[4:]]


def _rat_block(styles: Styles, data: MonthlyData, lang: str) -> list[Flowable]:
    """Cooperatives whose RAT is past due (Permenkop UKM 19/2015: six months after the
    fiscal year) and not recorded, as of the month's last day."""
    out: list[Flowable] = [section(styles, t("rat_overdue_title", lang))]
    if not data.rat_overdue:
        return out + [note(styles, t("rat_overdue_none", lang))]
    rows = [(row.name, str(row.fiscal_year), long_date(row.due, lang)) for row in data.rat_overdue]
    return [
        KeepTogether(
            out
            + [
                grid(
                    styles,
                    [t("coop_name", lang), t("fiscal_year", lang), t("rat_due", lang)],
                    rows,
                    [0.6, 0.15, 0.25],
                )
            ]
        )
    ]


def _issues_block(styles: Styles, data: MonthlyData, lang: str) -> list[Flowable]:
    text = data.issues
    return [
        section(styles, t("issues", lang)),
        p(text, styles.body) if text.strip() else note(styles, t("not_written", lang)),
    ]


def _plans_block(styles: Styles, data: MonthlyData, lang: str) -> list[Flowable]:
    """Rencana bulan berikutnya: the mentor's words, then the visits planned for that month
    (each row a plan, dated in the future)."""
    out: list[Flowable] = [section(styles, t("plans", lang))]
    if data.plans.strip():
        out.append(p(data.plans, styles.body))
    month = month_label(data.next_first.year, data.next_first.month, lang)
    out.append(p(f"{t('planned_visits', lang)} ({month})", styles.h2))
    if not data.planned:
        return out + [note(styles, t("no_planned_visits", lang).format(month=month))]
    rows = [
        (
            str(i),
            long_date(v.visit_date, lang),
            v.cooperative,
            v.purpose,
            label("visit_status", v.status, lang),
        )
        for i, v in enumerate(data.planned, start=1)
    ]
    header = [
        t("no_col", lang),
        t("date", lang),
        t("coop_name", lang),
        t("purpose", lang),
        t("status", lang),
    ]
    return out + grid_parts(styles, header, rows, [0.05, 0.18, 0.33, 0.28, 0.16], tail=1)


def build(data: MonthlyData, options: ReportOptions) -> tuple[list[Flowable], ReportMeta]:
    lang = options.lang
    styles = Styles()
    period = month_label(data.first_day.year, data.first_day.month, lang)
    meta = ReportMeta(
        title=t("monthly_title", lang),
        subject=f"{data.mentor.name} · {period}",
        doc_id=f"BLN-{data.month}-{data.mentor.id[:8].upper()}",
        generated_at=options.stamp(data.changed_at),
        content_hash=content_hash(data),
        language=lang,
        invariant=options.deterministic,
        zone=localtime.zone_for(data.mentor.kabupaten_code),
    )
    story: list[Flowable] = heading(styles, meta)
    story.append(
        key_values(
            styles,
            [
                (t("mentor", lang), data.mentor.name),
                (
                    t("period", lang),
                    f"{long_date(data.first_day, lang)} – {long_date(data.last_day, lang)}",
                ),
                (t("role", lang), label("mentor_role", data.mentor.role, lang)),
                (t("mentor_area", lang), data.mentor.kabupaten or "—"),
            ],
        )
    )
    story.append(section(styles, t("summary", lang)))
    story.append(
        p(
            f"{t('coops_assisted', lang)}: {len(data.coops)} · {t('visits', lang)}: "
            f"{len(data.visits)} · {t('assessments_done', lang)}: {len(data.assessments)} · "
            f"{t('actions', lang)}: {t('opened', lang).lower()} {len(data.opened)}, "
            f"{t('closed', lang).lower()} {len(data.closed)}, {t('overdue', lang).lower()} "
            f"{len(data.overdue)}",
            styles.body,
        )
    )
    story += _coops_block(styles, data, lang)
    story += _visits_block(styles, data, lang, options.private_notes)
    story += _assessments_block(styles, data, lang)
    story += _actions_block(styles, data, lang)
    story += _rat_block(styles, data, lang)
    story += _issues_block(styles, data, lang)
    story += sign_off(
        _plans_block(styles, data, lang),
        signatures(
            styles,
            options.place,
            options.sign_date or data.last_day,
            (f"{t('sign_dinas', lang)} {t('sign_dinas_role', lang)}", BLANK_NAME),
            (label("mentor_role", data.mentor.role, lang), data.mentor.name),
            lang,
        ),
    )
    return story, meta


def seal_content(data: MonthlyData) -> SealContent:
    """What the seal says: the mentor, the month and the month's counts."""
    counts = (
        ("k", len(data.coops)),
        ("v", len(data.visits)),
        ("p", len(data.assessments)),
        ("tb", len(data.opened)),
        ("ts", len(data.closed)),
        ("tt", len(data.overdue)),
    )
    return SealContent(
        "M",
        data.month,
        data.mentor.id,
        data.mentor.name,
        data.first_day,
        tuple((key, str(value)) for key, value in counts),
    )


def render(data: MonthlyData, options: ReportOptions, signer: Signer | None = None) -> bytes:
    """The PDF bytes of the Laporan Bulanan Pendamping; signed on every page by ``signer``."""
    story, meta = build(data, options)
    return render_pdf(story, meta, seal_content(data), signer)
