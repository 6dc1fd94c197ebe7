"""The Dinas head's summary of one kabupaten (Ringkasan Kabupaten), on the same page template,
letterhead and footer as the laptop's reports."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.platypus import Flowable, KeepTogether

from kopdes_desktop.core.formatting import long_date, month_label, number, rupiah
from kopdes_desktop.province.reports import draw
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.summary_data import CoopLine, SummaryData, summary_data
from kopdes_desktop.reports import charts, localtime
from kopdes_desktop.reports.blocks import (
    grid,
    grid_parts,
    key_values,
    note,
    p,
    section,
    sign_off,
    signatures,
)
from kopdes_desktop.reports.data import content_hash
from kopdes_desktop.reports.options import ReportOptions
from kopdes_desktop.reports.seal import SealContent, Signer
from kopdes_desktop.reports.template import ReportMeta, Styles, heading
from kopdes_desktop.reports.template import render as render_pdf

TEXTS = {
    "title": ("Ringkasan Kabupaten untuk Kepala Dinas", "Kabupaten summary for the Head of Dinas"),
    "kabupaten": ("Kabupaten/Kota", "Kabupaten"),
    "as_of": ("Per tanggal", "As of"),
    "coops": ("Koperasi", "Cooperatives"),
    "mentors": ("Pendamping aktif", "Active mentors"),
    "categories": ("Koperasi menurut kategori terakhir", "Cooperatives by latest category"),
    "category": ("Kategori", "Category"),
    "count": ("Jumlah", "Count"),
    "not_assessed": ("Belum dinilai", "Not assessed"),
    "movement": ("Pergerakan kategori per bulan", "Category movement by month"),
    "month": ("Bulan", "Month"),
    "moved": (
        "Dibanding penilaian sebelumnya: naik {up}, turun {down}, tetap {same}.",
        "Against the previous assessment: up {up}, down {down}, unchanged {same}.",
    ),
    "lowest": ("Skor terendah", "Lowest scores"),
    "falling": ("Turun paling cepat", "Falling fastest"),
    "none_falling": ("Tidak ada koperasi yang turun.", "No cooperative is falling."),
    "name": ("Koperasi", "Cooperative"),
    "village": ("Desa/Kecamatan", "Village/Kecamatan"),
    "mentor": ("Pendamping", "Mentor"),
    "score": ("Skor", "Score"),
    "change": ("Perubahan", "Change"),
    "overdue": ("Tindak lanjut terlambat", "Overdue follow-ups"),
    "overdue_total": (
        "{n} tindak lanjut melewati tenggat; koperasi terbanyak:",
        "{n} follow-ups past their deadline; the cooperatives with most:",
    ),
    "none_overdue": ("Tidak ada tindak lanjut yang terlambat.", "No follow-up is overdue."),
    "not_visited": ("Tidak dikunjungi 60 hari", "Not visited for 60 days"),
    "financing": ("Pembiayaan", "Financing"),
    "ceiling": ("Plafon", "Ceiling"),
    "disbursed": ("Tersalur", "Disbursed"),
    "outstanding": ("Sisa pinjaman", "Outstanding"),
    "arrears": ("Tunggakan", "Arrears"),
    "in_arrears": (
        "{n} koperasi menunggak; tunggakan terbesar:",
        "{n} cooperatives in arrears; the largest:",
    ),
    "none_arrears": ("Tidak ada koperasi yang menunggak.", "No cooperative is in arrears."),
    "sign_left": ("Mengetahui, Kepala Dinas", "Acknowledged, Head of Dinas"),
    "sign_right": ("Petugas Provinsi", "Province officer"),
}


def _t(key: str, lang: str) -> str:
    return TEXTS[key][1 if lang == "en" else 0]


def summary_pdf(
    store: ProvinceStore,
    kabupaten_code: str,
    options: ReportOptions | None = None,
    today: date | None = None,
) -> bytes:
    """The summary PDF of one kabupaten as of ``today``."""
    options = options or ReportOptions()
    data = summary_data(store, kabupaten_code, today or options.sign_date or date.today())
    return draw(store, render, data, options)


def seal_content(data: SummaryData) -> SealContent:
    """What the seal says: the kabupaten, the day and its counts."""
    counts = (("k", data.cooperatives), ("tt", data.overdue_total))
    return SealContent(
        "K",
        f"{data.kabupaten_code}@{data.today:%Y-%m-%d}",
        data.kabupaten_code,
        data.kabupaten,
        data.today,
        tuple((key, str(value)) for key, value in counts),
    )


def render(data: SummaryData, options: ReportOptions, signer: Signer | None = None) -> bytes:
    """The PDF bytes of the Ringkasan Kabupaten; signed on every page by ``signer``."""
    lang = options.lang
    styles = Styles()
    meta = ReportMeta(
        title=_t("title", lang),
        subject=f"{data.kabupaten} · {long_date(data.today, lang)}",
        doc_id=f"RKB-{data.kabupaten_code.replace('.', '')}-{data.today:%Y%m%d}",
        generated_at=options.stamp(datetime.combine(data.today, datetime.min.time())),
        content_hash=content_hash(data),
        language=lang,
        invariant=options.deterministic,
        zone=localtime.zone_for(data.kabupaten_code + ".01.2001"),
    )
    story: list[Flowable] = heading(styles, meta)
    story.append(
        key_values(
            styles,
            [
                (_t("kabupaten", lang), data.kabupaten),
                (_t("as_of", lang), long_date(data.today, lang)),
                (_t("coops", lang), str(data.cooperatives)),
                (_t("mentors", lang), str(data.mentors)),
                (_t("not_assessed", lang), str(data.not_assessed)),
                (_t("not_visited", lang), str(data.not_visited)),
            ],
        )
    )
    story += _categories(styles, data, lang)
    story += _coop_table(styles, _t("lowest", lang), data.lowest, lang, "")
    story += _coop_table(styles, _t("falling", lang), data.falling, lang, _t("none_falling", lang))
    story += _overdue(styles, data, lang)
    story += sign_off(
        _financing(styles, data, lang),
        signatures(
            styles,
            options.place,
            options.sign_date or data.today,
            (_t("sign_left", lang), None),
            (_t("sign_right", lang), None),
            lang,
        ),
    )
    return render_pdf(story, meta, seal_content(data), signer)


def _categories(styles: Styles, data: SummaryData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, _t("categories", lang))]
    rows: list[tuple[str, ...]] = [(name, str(n)) for name, n in data.categories]
    rows.append((_t("not_assessed", lang), str(data.not_assessed)))
    out.append(
        grid(styles, [_t("category", lang), _t("count", lang)], rows, [0.7, 0.3], right=(1,))
    )
    out.append(section(styles, _t("movement", lang)))
    names = [name for name, _n in data.categories]
    header = [_t("month", lang), *names]
    rows = [
        (month_label(int(m[:4]), int(m[5:]), lang), *(str(c[k]) for k in names))
        for m, c in data.months
    ]
    width = 0.7 / max(len(names), 1)
    out.append(
        grid(
            styles,
            header,
            rows,
            [0.3, *([width] * len(names))],
            right=tuple(range(1, len(names) + 1)),
        )
    )
    if data.months and names:
        out.append(
            charts.grouped_bars(
                [month_label(int(m[:4]), int(m[5:]), lang) for m, _c in data.months],
                [(name, [c[name] for _m, c in data.months]) for name in names],
            )
        )
    out.append(p(_t("moved", lang).format(up=data.up, down=data.down, same=data.same), styles.body))
    return out


def _coop_table(
    styles: Styles, title: str, lines: list[CoopLine], lang: str, empty: str
) -> list[Flowable]:
    out: list[Flowable] = [section(styles, title)]
    if not lines:
        return out + [note(styles, empty)]
    rows = [
        (
            line.name,
            f"{line.village}, {line.kecamatan}",
            line.mentor or "—",
            line.category,
            number(line.total, 2, lang),
            "—" if line.change is None else number(line.change, 2, lang),
        )
        for line in lines
    ]
    header = [
        _t("name", lang),
        _t("village", lang),
        _t("mentor", lang),
        _t("category", lang),
        _t("score", lang),
        _t("change", lang),
    ]
    return [
        KeepTogether(
            out + [grid(styles, header, rows, [0.26, 0.2, 0.16, 0.16, 0.1, 0.12], right=(4, 5))]
        )
    ]


def _overdue(styles: Styles, data: SummaryData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, _t("overdue", lang))]
    if not data.overdue:
        return out + [note(styles, _t("none_overdue", lang))]
    out.append(p(_t("overdue_total", lang).format(n=data.overdue_total), styles.body))
    rows = [
        (line.name, f"{line.village}, {line.kecamatan}", line.mentor or "—", str(line.value))
        for line in data.overdue
    ]
    header = [_t("name", lang), _t("village", lang), _t("mentor", lang), _t("count", lang)]
    return [KeepTogether(out + [grid(styles, header, rows, [0.36, 0.26, 0.24, 0.14], right=(3,))])]


def _financing(styles: Styles, data: SummaryData, lang: str) -> list[Flowable]:
    out: list[Flowable] = [section(styles, _t("financing", lang))]
    ceiling, disbursed, outstanding, arrears = data.financing
    out.append(
        key_values(
            styles,
            [
                (_t("ceiling", lang), rupiah(ceiling, lang)),
                (_t("disbursed", lang), rupiah(disbursed, lang)),
                (_t("outstanding", lang), rupiah(outstanding, lang)),
                (_t("arrears", lang), rupiah(arrears, lang)),
            ],
        )
    )
    if not data.in_arrears:
        return out + [note(styles, _t("none_arrears", lang))]
    out.append(p(_t("in_arrears", lang).format(n=data.arrears_count), styles.body))
    rows = [
        (
            line.name,
            f"{line.village}, {line.kecamatan}",
            line.mentor or "—",
            rupiah(line.value, lang),
        )
        for line in data.in_arrears
    ]
    header = [_t("name", lang), _t("village", lang), _t("mentor", lang), _t("arrears", lang)]
    return out + grid_parts(styles, header, rows, [0.34, 0.26, 0.2, 0.2], right=(3,), tail=2)
