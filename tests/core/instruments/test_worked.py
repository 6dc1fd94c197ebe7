"""Complete worked examples, scored by hand (the arithmetic is in the comments)."""

from __future__ import annotations

from kopdes_desktop.core.instruments import ScoreResult

from .helpers import kes_base, usp_base


def aspect_scores(result: ScoreResult) -> dict[str, float]:
    return {a.id: a.score for a in result.aspects}


def test_example_1_usp_healthy(usp):
    # Permodalan (15):
    #   ekuitas / total_aset = 400 / 1000 = 40%        -> (20,40] -> 50  -> 50 x 6 / 100 = 3.00
    #   ekuitas / pinjaman_berisiko = 400/120 = 333,3% -> round up, cap -> 100 -> 6.00
    #   CAR = 350 / 5000 = 7%                          -> [6,8) -> 75    -> 2.25   sum 11.25
    # Kualitas aktiva produktif (25):
    #   pinjaman_anggota / diberikan = 480/600 = 80%   -> >75 -> 100     -> 10.00
    #   RPM = 0,5 x 20 + 0,75 x 8 + 4 = 20 juta; 20/600 = 3,33% -> (0,10] -> 80 -> 4.00
    #   cadangan / RPM = 16 / 20 = 80%                 -> round up 80    -> 4.00
    #   berisiko / diberikan = 120 / 600 = 20%         -> <21 -> 100     -> 5.00   sum 23.00
    # Manajemen (15): 10x0,25 + 5x0,5 + 4x0,6 + 8x0,3 + 4x0,6 = 2,5+2,5+2,4+2,4+2,4 = 12.20
    # Efisiensi (10):
    #   170 / 200 = 85%                                -> <90 -> 100     -> 4.00
    #   beban_usaha / shu_kotor = 20 / 40 = 50%        -> (40,60] -> 75  -> 3.00
    #   biaya_karyawan / volume = 45 / 900 = 5%        -> <=5 -> 100     -> 2.00   sum 9.00
    # Likuiditas (15):
    #   (20 + 30) / 400 = 12,5%                        -> (10,15] -> 100 -> 10.00
    #   600 / 700 = 85,71%                             -> >=80 -> 100    -> 5.00   sum 15.00
    # Kemandirian dan pertumbuhan (10):
    #   60 / 1000 = 6%                                 -> [5,7.5) -> 50  -> 1.50
    #   16 / 400 = 4%                                  -> [4,5) -> 75    -> 2.25
    #   30 / (20 + 4) = 125%                           -> >100 -> 100    -> 4.00   sum 7.75
    # Jatidiri (10):
    #   200 / (200 + 50) = 80%                         -> >=75 -> 100    -> 7.00
    #   12 / (50 + 100) = 8%                           -> [7.5,10) -> 75 -> 2.25   sum 9.25
    # Total = 11.25 + 23 + 12.2 + 9 + 15 + 7.75 + 9.25 = 87.45 -> Sehat (>= 80)
    result = usp.score(usp_base())
    assert aspect_scores(result) == {
        "permodalan": 11.25,
        "kualitas_aktiva_produktif": 23.0,
        "manajemen": 12.2,
        "efisiensi": 9.0,
        "likuiditas": 15.0,
        "kemandirian_pertumbuhan": 7.75,
        "jatidiri": 9.25,
    }
    assert result.total == 87.45
    assert result.category == "Sehat"
    assert result.warnings == ()
    assert result.component("rpm_pinjaman").ratio == 3.3333
    assert result.component("cadangan_rpm").nilai == 80


def test_example_2_usp_zero_denominators(usp):
    answers = usp_base() | {
        "kewajiban_lancar": 0,  # rasio kas cannot be computed -> 0 and a warning
        "pinjaman_kurang_lancar": 0,
        "pinjaman_diragukan": 0,
        "pinjaman_macet": 0,  # RPM = 0
        "ekuitas": 100_000_000,
        "pinjaman_anggota": 120_000_000,
        "modal_tertimbang": 150_000_000,
        "beban_operasi_anggota": 196_000_000,
        "partisipasi_neto": 4_000_000,
        "manajemen_umum_ya": 4,
        "manajemen_kelembagaan_ya": 2,
        "manajemen_permodalan_ya": 1,
        "manajemen_aktiva_ya": 3,
        "manajemen_likuiditas_ya": 0,
    }
    # Permodalan: 100/1000 = 10% -> 25 -> 1.50; 100/120 = 83,33% -> up to 90 -> 6 x 0,9 = 5.40;
    #   CAR 150/5000 = 3% -> 0 -> 0.                                         sum 6.90
    # KAP: 120/600 = 20% -> <=25 -> 0; RPM = 0 -> ratio 0 -> [0,0] -> 100 -> 5.00;
    #   cadangan / RPM with RPM = 0 -> nilai 100 by rule -> 5.00; 120/600 = 20% -> 5.00   sum 15.00
    # Manajemen: 4x0,25 + 2x0,5 + 1x0,6 + 3x0,3 + 0 = 1 + 1 + 0,6 + 0,9 = 3.50
    # Efisiensi: 196/200 = 98% -> [95,100] -> 50 -> 2.00; 20/40 -> 3.00; 45/900 -> 2.00  sum 7.00
    # Likuiditas: (20+30)/0 -> not computable -> 0; 600/700 -> 5.00         sum 5.00
    # Kemandirian: 60/1000 = 6% -> 1.50; 16/100 = 16% -> 100 -> 3.00;
    #   4/24 = 16,67% -> <=100 -> 0                                          sum 4.50
    # Jatidiri: 7.00 + 2.25 = 9.25
    # Total = 6.9 + 15 + 3.5 + 7 + 5 + 4.5 + 9.25 = 51.15 -> Dalam Pengawasan (51 to < 66)
    result = usp.score(answers)
    assert aspect_scores(result) == {
        "permodalan": 6.9,
        "kualitas_aktiva_produktif": 15.0,
        "manajemen": 3.5,
        "efisiensi": 7.0,
        "likuiditas": 5.0,
        "kemandirian_pertumbuhan": 4.5,
        "jatidiri": 9.25,
    }
    assert result.total == 51.15
    assert result.category == "Dalam Pengawasan"
    kas = result.component("rasio_kas")
    assert not kas.computable and kas.skor == 0 and kas.nilai == 0
    assert len(result.warnings) == 1 and "Rasio kas" in result.warnings[0]
    assert "nol" in result.warnings[0] and "zero" in result.warnings_en[0]
    assert result.component("cadangan_rpm").computable


def test_example_3_usp_losses(usp):
    answers = usp_base() | {
        "shu_kotor": -10_000_000,
        "shu_sebelum_pajak": -30_000_000,
        "shu_bagian_anggota": -8_000_000,
        "partisipasi_neto": -5_000_000,
    }
    # From example 1 (87.45):
    #   beban_usaha / shu_kotor: negative SHU kotor -> lowest nilai 25 by rule -> 4 x 0,25 = 1.00
    #     (was 3.00: -2.00)
    #   ROA -30/1000 = -3% -> <5 -> 25 -> 0.75 (was 1.50: -0.75)
    #   ROE -8/400 = -2% -> <3 -> 25 -> 0.75 (was 2.25: -1.50)
    #   kemandirian -5/24 < 100% -> 0 (was 4.00: -4.00)
    # Total = 87.45 - 2 - 0.75 - 1.5 - 4 = 79.20 -> Cukup Sehat (66 to < 80)
    result = usp.score(answers)
    assert result.total == 79.2
    assert result.category == "Cukup Sehat"
    assert result.aspect("efisiensi").score == 7.0
    assert result.aspect("kemandirian_pertumbuhan").score == 1.5
    assert len(result.warnings) == 1 and "negatif" in result.warnings[0]


def test_example_4_kesiapan_developing(kes):
    # Kelembagaan (25), six indicators:
    #   documents 5 of 6 = 83,33% -> 4; SIMKOPDES TERDAFTAR -> 50 -> 2;
    #   organs: pengurus >= 5 yes, pengawas >= 3 yes, women 1/5 = 20% < 30 no -> 66,67% -> 3;
    #   members' meeting 100% -> 4; 120 members -> [100, inf) -> 4; growth (120-100)/100 = 20% -> 4
    #   21 / (6 x 4) = 87,5% -> 87,5 x 25 / 100 = 21,875 -> 21.88 (half up)
    # Perencanaan (15): work plan 4; business plan approved 4; proposal DIAJUKAN 60 -> 3;
    #   prerequisites 5 of 6 (no NPWP) = 83,33% -> 4; 15/16 = 93,75% -> x 15 / 100 = 14.06
    # Unit usaha (25): 2 of 4 units operating = 50% -> 2;
    #   turnover 0 + 45 juta -> [10, 50 juta) -> 2;
    #   600 transactions -> [500, 1500) -> 3; max members served 90 / 120 = 75% -> 3;
    #   10/16 = 62,5% -> x 25 / 100 = 15,625 -> 15.63
    # Keuangan (20): MANUAL 60 -> 3; monthly statements 4; capital: pokok > 0, wajib > 0,
    #   equity 250 - 50 > 0 -> 100% -> 4; SHU 12 juta -> (5, 25 juta] -> 3;
    #   arrears: no financing disbursed -> does not apply, n = 4; 14/16 = 87,5% -> 17.50
    # Tata kelola (15): 2 board meetings -> 3; 2 of 5 SOPs = 40% -> 2; supervision 1 of 2 -> 2;
    #   45% members transacting -> 2; reporting KADANG 50 -> 2; 11/20 = 55% -> 8.25
    # Total = 21.88 + 14.06 + 15.63 + 17.5 + 8.25 = 77.32 -> Berkembang (66 to < 80)
    result = kes.score(kes_base())
    assert aspect_scores(result) == {
        "kelembagaan_legalitas": 21.88,
        "perencanaan_usaha": 14.06,
        "unit_usaha": 15.63,
        "keuangan_pembukuan": 17.5,
        "tata_kelola_partisipasi": 8.25,
    }
    assert result.total == 77.32
    assert result.category == "Berkembang"
    assert result.component("kelengkapan_organ").nilai == 3
    arrears = result.component("tunggakan_pembiayaan")
    assert not arrears.computable and arrears.nilai is None
    assert result.warnings == (
        "Tunggakan pembiayaan terhadap outstanding: tidak dinilai (tidak berlaku).",
    )


def test_example_5_kesiapan_critical(kes):
    answers = {
        "ahu_terdaftar": False,
        "nik_koperasi_ada": False,
        "nib_ada": False,
        "npwp_ada": False,
        "rekening_bank_ada": False,
        "ad_art_ada": True,
        "simkopdes_status": "BELUM",
        "jumlah_pengurus": 3,
        "jumlah_pengurus_perempuan": 0,
        "jumlah_pengawas": 1,
        "rapat_anggota_terlaksana": False,
        "jumlah_anggota": 35,
        "rencana_kerja_ada": False,
        "rencana_bisnis_status": "BELUM",
        "proposal_pembiayaan_status": "DICAIRKAN",
        "bank_penyalur": "BNI",
        "unit_usaha": [{"jenis_unit": "SEMBAKO", "status": "PREPARING"}],
        "pembukuan": "TIDAK_ADA",
        "kas": 2_000_000,
        "aset": 20_000_000,
        "kewajiban": 25_000_000,
        "simpanan_pokok_terkumpul": 3_500_000,
        "simpanan_wajib_terkumpul": 0,
        "pendapatan": 10_000_000,
        "shu": -4_000_000,
        "plafon_pembiayaan": 500_000_000,
        "pembiayaan_dicairkan": 300_000_000,
        "pembiayaan_outstanding": 280_000_000,
        "tunggakan": 28_000_000,
        "rapat_pengurus_3_bulan": 0,
        "pengawasan_internal": False,
        "persen_anggota_bertransaksi": 10,
        "laporan_ke_dinas": "TIDAK",
    }
    # Kelembagaan: documents 1/6 = 16,67% -> 1; SIMKOPDES 0 -> 1; organs 0/3 -> 1; meeting 0 -> 1;
    #   35 members -> [20, 50) -> 2; growth: first assessment, does not apply (n = 5)
    #   6 / 20 = 30% -> x 25 / 100 = 7.50
    # Perencanaan: 1 + 1 + DICAIRKAN 100 -> 4 + prerequisites 0/6 -> 1 = 7/16 = 43,75%
    #   -> x 15 / 100 = 6,5625 -> 6.56
    # Unit usaha: 0 of 1 operating -> 1; turnover 0 -> 1; transactions 0 -> 1; served 0% -> 1
    #   4 / 16 = 25% -> 6.25
    # Keuangan: no bookkeeping -> 1; statements skipped -> 0% -> 1; capital: pokok > 0 only,
    #   equity 20 - 25 < 0 -> 1/3 = 33,33% -> 2; SHU loss -> 1; arrears 28/280 = 10% -> (5,10] -> 2
    #   7 / 20 = 35% -> x 20 / 100 = 7.00
    # Tata kelola: 0 meetings -> 1; no SOP -> 1; supervision 0/2 -> 1; 10% -> 1; TIDAK -> 1
    #   5 / 20 = 25% -> x 15 / 100 = 3.75
    # Total = 7.5 + 6.56 + 6.25 + 7 + 3.75 = 31.06 -> Kritis (< 51)
    result = kes.score(answers)
    assert aspect_scores(result) == {
        "kelembagaan_legalitas": 7.5,
        "perencanaan_usaha": 6.56,
        "unit_usaha": 6.25,
        "keuangan_pembukuan": 7.0,
        "tata_kelola_partisipasi": 3.75,
    }
    assert result.total == 31.06
    assert result.category == "Kritis"
    assert result.category_id == "kritis"
    assert result.component("tunggakan_pembiayaan").ratio == 10.0


def test_example_6_usp_perfect(usp):
    answers = usp_base() | {
        "ekuitas": 500_000_000,  # 50% -> (40,60] -> 100
        "modal_tertimbang": 450_000_000,  # CAR 9% -> 100
        # RPM = 0: RPM / pinjaman = 0 -> [0,0] -> 100, and cadangan / RPM -> 100 by rule
        "pinjaman_kurang_lancar": 0,
        "pinjaman_diragukan": 0,
        "pinjaman_macet": 0,
        "shu_sebelum_pajak": 100_000_000,  # 10% -> 100
        "manajemen_umum_ya": 12,
        "manajemen_kelembagaan_ya": 6,
        "manajemen_permodalan_ya": 5,
        "manajemen_aktiva_ya": 10,
        "manajemen_likuiditas_ya": 5,  # 3 x 5 = 15
        "pea": 15_000_000,  # 15/150 = 10% -> 100
        "beban_usaha": 16_000_000,  # 16/40 = 40% -> <=40 -> 100; kemandirian 30/20 = 150%
    }
    # Every component gets its full weight; ROE 16/500 = 3,2% -> [3,4) -> 50 -> 1.50 (not 3):
    # Total = 100 - 1.5 = 98.50 -> Sehat
    result = usp.score(answers)
    assert result.total == 98.5
    assert result.component("rentabilitas_modal_sendiri").nilai == 50
    assert all(
        c.skor == c.weight for c in result.components if c.id != "rentabilitas_modal_sendiri"
    )
