"""Answer checking: bad input, skip logic, constraints, repeat groups, live form state."""

from __future__ import annotations

import pytest

from kopdes_desktop.core.instruments import AnswersInvalid
from kopdes_desktop.core.instruments.expressions import (
    ExpressionError,
    Scope,
    compile_expression,
)

from .helpers import kes_base, usp_base


def problems(instrument, answers) -> dict[str, str]:
    return {p.item_id: p.message for p in instrument.validate(answers)}


def test_base_answers_are_valid(usp, kes):
    assert usp.validate(usp_base()) == []
    assert kes.validate(kes_base()) == []


@pytest.mark.parametrize(
    ("item", "value", "message"),
    [
        ("total_aset", "satu miliar", "harus angka Rupiah (bilangan bulat)"),
        ("total_aset", 1.5, "harus Rupiah utuh tanpa sen"),
        ("total_aset", True, "harus angka Rupiah (bilangan bulat)"),
        ("kas", -1, "tidak boleh negatif"),
        ("manajemen_umum_ya", 13, "maksimal 12"),
        ("manajemen_umum_ya", 2.5, "harus bilangan bulat"),
    ],
)
def test_bad_numbers_in_usp(usp, item, value, message):
    answers = usp_base() | {item: value}
    assert problems(usp, answers) == {item: message}
    with pytest.raises(AnswersInvalid) as caught:
        usp.score(answers)
    assert caught.value.problems[0].item_id == item
    assert caught.value.problems[0].message_en


@pytest.mark.parametrize(
    "item", ["shu_kotor", "shu_sebelum_pajak", "shu_bagian_anggota", "partisipasi_neto"]
)
def test_losses_may_be_negative(usp, item):
    assert usp.validate(usp_base() | {item: -1_000_000}) == []


def test_every_problem_is_listed_at_once(usp):
    answers = usp_base() | {"kas": -5, "bank": "x", "tidak_dikenal": 1}
    del answers["atmr"]
    assert problems(usp, answers) == {
        "tidak_dikenal": "pertanyaan tidak dikenal di instrumen ini",
        "kas": "tidak boleh negatif",
        "bank": "harus angka Rupiah (bilangan bulat)",
        "atmr": "wajib diisi",
    }


def test_percent_over_100_and_other_types(kes):
    answers = kes_base() | {
        "persen_anggota_bertransaksi": 100.5,
        "tanggal_rapat_anggota": "17-08-2025",
        "ahu_terdaftar": "ya",
        "simkopdes_status": "AKTIF",
        "sop_tertulis": ["KEUANGAN", "X"],
        "lokasi_kantor": {"lat": 95, "lon": 117},
        "foto_papan_nama": [""],
        "nib": "12345",
    }
    found = problems(kes, answers)
    assert found == {
        "persen_anggota_bertransaksi": "persentase harus 0 sampai 100",
        "tanggal_rapat_anggota": "harus tanggal TTTT-BB-HH",
        "ahu_terdaftar": "harus Ya atau Tidak",
        "simkopdes_status": "pilihan tidak dikenal: 'AKTIF'",
        "sop_tertulis": "pilihan tidak dikenal: ['X']",
        "lokasi_kantor": "harus titik GPS {lat, lon} yang sah",
        "foto_papan_nama": "harus daftar nomor lampiran",
        "nib": "NIB harus 13 angka; tertulis 5",
    }


def test_computed_values_cannot_be_supplied(usp):
    assert problems(usp, usp_base() | {"rpm": 5}) == {
        "rpm": "nilai ini dihitung otomatis, jangan diisi"
    }


def test_skip_logic(kes):
    answers = kes_base() | {"nib_ada": False}
    # nib is now skipped, but still answered
    assert problems(kes, answers) == {"nib": "pertanyaan ini dilewati (tidak relevan) tetapi diisi"}
    del answers["nib"]
    state = kes.evaluate(answers)
    assert state.problems == [] and state.relevant["nib"] is False
    # a relevant required item left empty
    answers = kes_base()
    del answers["nib"]
    assert problems(kes, answers) == {"nib": "wajib diisi"}


def test_skipped_because_of_a_rejected_answer_is_not_blamed(kes):
    answers = kes_base()
    answers["unit_usaha"][1]["status"] = "BUKA"
    assert problems(kes, answers) == {"unit_usaha[1].status": "pilihan tidak dikenal: 'BUKA'"}


def test_constraints_with_their_messages(kes):
    answers = kes_base() | {"jumlah_pengurus_perempuan": 6, "kas": 300_000_000}
    assert problems(kes, answers) == {
        "jumlah_pengurus_perempuan": "Tidak boleh melebihi jumlah pengurus.",
        "aset": "Kas dan bank tidak boleh melebihi total aset.",
    }
    english = {p.item_id: p.message_en for p in kes.validate(answers)}
    assert english["aset"] == "Cash and bank cannot exceed total assets."


def test_repeat_group_rows(kes):
    answers = kes_base()
    answers["unit_usaha"][2]["omzet_bulanan"] = 5_000_000  # KLINIK is only PREPARING
    answers["unit_usaha"][1]["anggota_dilayani"] = 500  # more than the 120 members
    answers["unit_usaha"][0]["warna"] = "merah"
    del answers["unit_usaha"][3]["nama_unit_lainnya"]
    state = kes.evaluate(answers)
    assert {p.item_id: p.message for p in state.problems} == {
        "unit_usaha[0].warna": "isian tidak dikenal di baris ini",
        "unit_usaha[1].anggota_dilayani": "Tidak boleh melebihi jumlah anggota koperasi.",
        "unit_usaha[2].omzet_bulanan": "pertanyaan ini dilewati (tidak relevan) tetapi diisi",
        "unit_usaha[3].nama_unit_lainnya": "wajib diisi",
    }
    assert state.relevant["unit_usaha[1].omzet_bulanan"] is True
    assert state.relevant["unit_usaha[3].omzet_bulanan"] is False
    assert state.relevant["unit_usaha[3].nama_unit_lainnya"] is True
    assert problems(kes, kes_base() | {"unit_usaha": []}) == {"unit_usaha": "wajib diisi"}
    assert problems(kes, kes_base() | {"unit_usaha": "KANTOR"}) == {
        "unit_usaha": "harus daftar baris"
    }


def test_evaluate_gives_computed_values(kes):
    state = kes.evaluate(kes_base())
    assert state.computed["jumlah_unit"] == 4
    assert state.computed["jumlah_unit_beroperasi"] == 2
    assert state.computed["persen_unit_beroperasi"] == 50
    assert state.computed["omzet_total"] == 45_000_000
    assert state.computed["persen_pengurus_perempuan"] == 20
    assert state.computed["ekuitas"] == 200_000_000
    assert state.computed["persen_tunggakan"] is None  # financing not disbursed: skipped


def test_answers_must_be_an_object(usp):
    assert [p.message for p in usp.validate(["total_aset", 1])] == [
        "jawaban harus objek JSON (id -> nilai)"
    ]


def test_preview_never_raises(usp, kes):
    empty = usp.preview({})
    assert empty.total == 0 and not empty.complete
    assert all(not c.computable for c in empty.components)
    assert len(empty.warnings) == len(usp.components)
    partial = usp_base()
    del partial["kewajiban_lancar"]
    partial["kas"] = "x"
    result = usp.preview(partial)
    assert not result.component("rasio_kas").computable
    assert "Rasio kas: tidak dapat dihitung (data belum lengkap); skor 0." in result.warnings
    assert result.component("modal_sendiri_aset").nilai == 50
    assert kes.preview({"jumlah_anggota": 10}).total >= 0


def test_expression_null_semantics():
    scope = Scope(frozenset({"a", "b"}))

    def run(text, **values):
        return compile_expression(text, scope)(values)

    assert run("a + b", a=1, b=None) is None
    assert run("a / b", a=1, b=0) is None
    assert run("a > b", a=None, b=1) is None
    assert run("'x' if a > 2 else 'y'", a=3) == "x"
    assert run("not a and b == None", a=0, b=None) is True
    assert run("a in ['P', 'Q']", a="Q") is True
    assert run("2 < a <= 5", a=5) is True
    assert run("round(share(a, b), 1)", a=1, b=3) == 33.3
    assert run("coalesce(a, b, 7)", a=None, b=None) == 7
    assert run("answered(a) or selected(b, 'X')", a="", b=["X"]) is True
    assert run("-a % 3 + max(a, b)", a=4, b=9) == 11


def test_expressions_cannot_run_away():
    scope = Scope(frozenset({"a"}))
    assert compile_expression("'x' * 1000000000", scope)({}) is None
    assert compile_expression("[1] * 1000000000", scope)({}) is None
    assert compile_expression("sum(['x', 'y'])", scope)({}) is None
    for text in ("-" * 900 + "1", "a + " * 600 + "a", "1" * 2001):
        with pytest.raises(ExpressionError):
            compile_expression(text, scope)
