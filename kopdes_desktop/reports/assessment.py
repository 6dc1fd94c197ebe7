"""Laporan Hasil Penilaian: one assessment, printed for the cooperative's board to sign."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kopdes_desktop.core.formatting import long_date, number
from kopdes_desktop.core.instruments.results import ScoreResult, compare
from kopdes_desktop.reports import answers as answer_text
from kopdes_desktop.reports import charts, localtime
from kopdes_desktop.reports.appendix import pending_scoring, scoring_appendix
from kopdes_desktop.reports.blocks import (
    colour_band,
    grid,
    grid_parts,
    key_values,
    note,
    p,
    section,
    sign_off,
    signatures,
)
from kopdes_desktop.reports.data import ActionInfo, AssessmentData, CoopIdentity, content_hash
from kopdes_desktop.reports.options import ReportOptions
from kopdes_desktop.reports.photos import photo_grid
from kopdes_desktop.reports.seal import SealContent, Signer
from kopdes_desktop.reports.standing import instrument_pending_block, standing_block
from kopdes_desktop.reports.template import CONTENT_WIDTH, ReportMeta, Styles, escape, heading
from kopdes_desktop.reports.template import render as render_pdf
from kopdes_desktop.reports.texts import label, meaning, t


def identity_block(styles: Styles, coop: CoopIdentity, lang: str) -> list[Flowable]:
    """Name, legal numbers and the village with its Kemendagri code."""
    missing = t("missing", lang)
    kind = label("village_type", coop.village_type.lower(), lang)
    village = f"{coop.village} ({kind})" if kind else coop.village
    pairs = [
        (t("coop_name", lang), coop.name),
        (t("region_code", lang), coop.village_code),
        (t("ahu", lang), coop.ahu_number or missing),
        (t("village", lang), village),
        (t("nik_koperasi", lang), coop.nik_koperasi or missing),
        (t("kecamatan", lang), coop.kecamatan),
        (t("nib", lang), coop.nib or missing),
        (t("kabupaten", lang), coop.kabupaten),
        (t("npwp", lang), coop.npwp or missing),
        (t("simkopdes", lang), label("simkopdes", coop.simkopdes_status, lang)),
    ]
    out: list[Flowable] = [section(styles, t("identity", lang)), key_values(styles, pairs)]
    if coop.missing_legal:
        fields = ", ".join(t(key, lang) for key in coop.missing_legal)
        out.append(note(styles, t("legal_missing", lang).format(fields=fields)))
    return out


def _visit_block(styles: Styles, data: AssessmentData, lang: str, private: bool) -> list[Flowable]:
    instrument = data.title(lang)
    place = ", ".join(x for x in (data.coop.village, data.coop.kecamatan, data.coop.kabupaten) if x)
    if data.visit and data.visit.lat is not None:
        place += f" ({data.visit.lat:.5f}, {data.visit.lon:.5f})"
    mentor = data.mentor
    pairs = [
        (t("visit_date", lang), long_date(data.assessed_on, lang)),
        (t("visit_place", lang), place),
        (t("mentor", lang), mentor.name if mentor else t("unknown_person", lang)),
        (t("role", lang), label("mentor_role", mentor.role, lang) if mentor else ""),
        (t("instrument", lang), f"{instrument} (v{data.instrument_version})"),
        (
            t("status", lang),
            f"{label('assessment_status', data.status, lang)} · "
            f"{t('revision', lang)} {data.revision_no}",
        ),
    ]
    if data.visit:
        pairs.append((t("purpose", lang), data.visit.purpose))
    out: list[Flowable] = [section(styles, t("visit", lang)), key_values(styles, pairs)]
    if private and data.visit and data.visit.notes:
        out.append(p(f"{t('private_notes', lang)}: {data.visit.notes}", styles.body))
    if data.visit is None:
        out.append(note(styles, t("no_visit", lang)))
    return out


def _title(aspect: Any, lang: str) -> str:
    return aspect.title_en if lang == "en" else aspect.title_id


def _category(result: ScoreResult, lang: str) -> str:
    return result.category_en if lang == "en" else result.category


def _result_block(styles: Styles, result: ScoreResult | None, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("result", lang))]
    if result is None:
        return out + [note(styles, t("no_result", lang))]
    total = [
        p(t("total", lang), styles.small),
        Paragraph(
            f"{number(result.total, 2, lang)} <font size=10>"
            f"{escape(t('of_max', lang).format(max=number(result.max_total, 0, lang)))}"
            f"</font>",
            styles.big,
        ),
    ]
    band = f"{t('category', lang)}: {_category(result, lang)}"
    out.append(colour_band(styles, total, band, result.category_color))
    text = meaning(result.category_id, lang, result.instrument)
    if text:
        out += [Spacer(1, 2 * mm), p(text, styles.body)]
    if not result.complete:
        out.append(note(styles, t("incomplete", lang)))
    return out


def _aspect_block(
    styles: Styles, result: ScoreResult, previous: ScoreResult | None, instrument: Any, lang: str
) -> list[Flowable]:
    pending, reasons = pending_scoring(result, instrument, lang)
    rows = [
        (
            _title(a, lang) + (answer_text.PENDING if a.id in pending else ""),
            number(a.score, 2, lang),
            number(a.max, 0, lang),
            number(a.percent, 1, lang),
        )
        for a in result.aspects
    ]
    rows.append(
        (
            t("totals", lang),
            number(result.total, 2, lang),
            number(result.max_total, 0, lang),
            number(100 * result.total / result.max_total if result.max_total else 0, 1, lang),
        )
    )
    table = grid(
        styles,
        [t("aspect", lang), t("score", lang), t("max", lang), "%"],
        rows,
        [0.27, 0.08, 0.07, 0.07],
        right=(1, 2, 3),
        bold_last=True,
    )
    old = None
    if previous is not None:
        by_id = {a.id: a.percent for a in previous.aspects}
        old = [by_id.get(a.id, 0.0) for a in result.aspects]
    radar = charts.radar(
        [_title(a, lang) for a in result.aspects], [a.percent for a in result.aspects], old
    )
    chart: list[Flowable] = [radar]
    if old is not None:
        chart.append(
            charts.legend([(charts.BEFORE, t("previous", lang)), (charts.NOW, t("now", lang))])
        )
    layout = Table([[table, chart]], colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5])
    layout.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    out: list[Flowable] = [section(styles, t("aspects", lang)), layout]
    return out + [note(styles, t("verify_aspect", lang).format(why=why)) for why in reasons]


def _comparison_block(
    styles: Styles, data: AssessmentData, result: ScoreResult, lang: str
) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("comparison", lang))]
    previous = data.previous_score
    if previous is None or previous.instrument != result.instrument:
        return out + [note(styles, t("first_assessment", lang))]
    diff = compare(previous, result)
    out.append(
        p(
            t("previous_on", lang).format(
                date=long_date(data.previous_on, lang),
                total=number(diff.old_total, 2, lang),
                category=_category(previous, lang),
            ),
            styles.body,
        )
    )
    rows = [
        (
            a.title_en if lang == "en" else a.title_id,
            number(a.old, 2, lang),
            number(a.new, 2, lang),
            _signed(a.delta, lang),
        )
        for a in diff.aspects
    ]
    rows.append(
        (
            t("totals", lang),
            number(diff.old_total, 2, lang),
            number(diff.new_total, 2, lang),
            _signed(diff.total_delta, lang),
        )
    )
    table = grid(
        styles,
        [t("aspect", lang), t("previous", lang), t("now", lang), t("change", lang)],
        rows,
        [0.19, 0.135, 0.11, 0.12],
        right=(1, 2, 3),
        bold_last=True,
    )
    points = [
        (long_date(h.assessed_on, lang)[:-5] + h.assessed_on.strftime(" %y"), h.total)
        for h in data.trend
    ]
    trend: list[Flowable] = [
        p(t("trend", lang), styles.small),
        charts.trend(points, result.max_total or 100, lang, width=205),
    ]
    layout = Table([[table, trend]], colWidths=[CONTENT_WIDTH * 0.57, CONTENT_WIDTH * 0.43])
    layout.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return out + [Spacer(1, 2 * mm), layout]


def _signed(value: float, lang: str) -> str:
    text = number(value, 2, lang)
    return f"+{text}" if value > 0 else text


def _answers_block(
    styles: Styles, data: AssessmentData, lang: str, private: bool
) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("answers", lang))]
    header = [t("question", lang), t("answer", lang)]
    if data.instrument is None:
        out.append(
            note(
                styles,
                t("instrument_missing", lang).format(
                    title=data.title(lang), version=data.instrument_version
                ),
            )
        )
        return out + [grid(styles, header, answer_text.raw_rows(data.answers, lang), [0.5, 0.5])]
    state = data.instrument.evaluate(data.answers)
    missing = answer_text.count_missing(data.instrument, data.answers, state.relevant)
    if missing:
        out.append(note(styles, t("missing_answers", lang).format(count=missing)))
    for title, rows in answer_text.section_rows(
        data.instrument, data.answers, lang, state, on=data.assessed_on, private=private
    ):
        if rows:
            out += [p(title, styles.h2), grid(styles, header, rows, [0.58, 0.42])]
    out += [
        note(styles, t("verify_answer", lang).format(label=question, why=why))
        for question, why in answer_text.pending(data.instrument, state, lang)
    ]
    return out


def _warnings_block(
    styles: Styles, data: AssessmentData, result: ScoreResult | None, lang: str
) -> list[Flowable]:
    warnings = list((result.warnings_en if lang == "en" else result.warnings) if result else ())
    if not warnings:
        return []
    return [
        section(styles, t("warnings", lang)),
        *(
            p(f"• {answer_text.plain_text(w, data.instrument, lang)}", styles.body)
            for w in warnings
        ),
    ]


def _action_text(action: ActionInfo, lang: str) -> str:
    """A follow-up as agreed: done ones with the day they were closed, the others as plans."""
    if action.status == "DONE":
        return f"{action.title} — {action.owner}, " + t("done_on", lang).format(
            date=long_date(action.closed_on, lang) or "—"
        )
    when = (
        t("due_by", lang).format(date=long_date(action.due_date, lang)) if action.due_date else "—"
    )
    state = label("action_status", action.status, lang)
    return f"{t('plan', lang)}: {action.title} — {action.owner}, {when} ({state})"


def _findings_block(styles: Styles, data: AssessmentData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("findings", lang))]
    if not data.findings:
        return out + [note(styles, t("no_findings", lang))]
    rows = []
    for index, finding in enumerate(data.findings, start=1):
        actions = "\n".join(_action_text(a, lang) for a in finding.actions)
        rows.append(
            (
                str(index),
                f"{finding.area}\n{label('compliance', finding.compliance, lang)}",
                finding.temuan,
                finding.rekomendasi,
                actions or "—",
            )
        )
    header = [
        t("no_col", lang),
        f"{t('area', lang)} / {t('compliance', lang)}",
        t("finding", lang),
        t("recommendation", lang),
        f"{t('action', lang)} ({t('owner', lang)}, {t('deadline', lang)})",
    ]
    return out + grid_parts(styles, header, rows, [0.05, 0.17, 0.25, 0.25, 0.28], tail=1)


def _photos_block(styles: Styles, data: AssessmentData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, t("photos", lang))]
    tables, missing = photo_grid(styles, data.photos, lang)
    out += tables
    out += [note(styles, t("photo_missing", lang).format(name=text)) for text in missing]
    return out


def build(data: AssessmentData, options: ReportOptions) -> tuple[list[Flowable], ReportMeta]:
    """The flowables and page meta of the report (exposed for the benchmark and tests)."""
    lang = options.lang
    styles = Styles()
    result = data.score
    meta = ReportMeta(
        title=t("assessment_title", lang),
        subject=data.coop.name,
        doc_id=f"PNL-{data.id[:8].upper()}-R{data.revision_no}",
        generated_at=options.stamp(data.updated_at),
        content_hash=content_hash(data),
        language=lang,
        draft=data.status != "FINAL",
        invariant=options.deterministic,
        zone=localtime.zone_for(data.coop.village_code),
    )
    story: list[Flowable] = heading(styles, meta)
    story += identity_block(styles, data.coop, lang)
    story += _visit_block(styles, data, lang, options.private_notes)
    story += [KeepTogether(_result_block(styles, result, lang))]
    if result is not None and result.aspects:
        story += [
            KeepTogether(
                _aspect_block(styles, result, data.previous_score, data.instrument, lang)
                + instrument_pending_block(styles, data.instrument, lang)
            )
        ]
        story += [KeepTogether(_comparison_block(styles, data, result, lang))]
    story += [KeepTogether(standing_block(styles, data.standing, lang))]
    story += _answers_block(styles, data, lang, options.private_notes)
    story += _warnings_block(styles, data, result, lang)
    last = _findings_block(styles, data, lang)
    if options.photos and data.photos:
        story += last
        last = _photos_block(styles, data, lang)
    story += sign_off(
        last,
        signatures(
            styles,
            options.place,
            options.sign_date or data.assessed_on,
            (t("sign_ketua", lang), data.coop.ketua),
            (t("sign_mentor", lang), data.mentor.name if data.mentor else None),
            lang,
        ),
    )
    if options.appendix:
        story += scoring_appendix(styles, data, result, lang)
    return story, meta


def seal_content(data: AssessmentData) -> SealContent:
    """What the seal of the report says: the assessment, its cooperative, date and result."""
    result = data.score
    figures: list[tuple[str, str]] = []
    if result is not None:
        figures += [("s", f"{result.total:.1f}"), ("c", result.category)]
    if data.status != "FINAL":
        figures.append(("st", "draf"))
    return SealContent("A", data.id, data.coop.id, data.coop.name, data.assessed_on, tuple(figures))


def render(data: AssessmentData, options: ReportOptions, signer: Signer | None = None) -> bytes:
    """The PDF bytes of the Laporan Hasil Penilaian; signed on every page by ``signer``."""
    story, meta = build(data, options)
    return render_pdf(story, meta, seal_content(data), signer)
