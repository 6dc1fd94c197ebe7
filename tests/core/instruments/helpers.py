"""Answer sets and definitions shared by the instrument tests."""

from __future__ import annotations

import copy
import json

from kopdes_desktop import resources


def usp_base() -> dict:
    """A complete, valid kesehatan-usp-2016 answer set (worked example 1 in test_worked)."""
    return {
        "total_aset": 1_000_000_000,
        "ekuitas": 400_000_000,
        "kas": 20_000_000,
        "bank": 30_000_000,
        "kewajiban_lancar": 400_000_000,
        "simpanan_pokok": 50_000_000,
        "simpanan_wajib": 100_000_000,
        "modal_tertimbang": 350_000_000,
        "atmr": 5_000_000_000,
        "pinjaman_diberikan": 600_000_000,
        "pinjaman_anggota": 480_000_000,
        "pinjaman_berisiko": 120_000_000,
        "pinjaman_kurang_lancar": 20_000_000,
        "pinjaman_diragukan": 8_000_000,
        "pinjaman_macet": 4_000_000,
        "cadangan_risiko": 16_000_000,
        "volume_pinjaman": 900_000_000,
        "dana_diterima": 700_000_000,
        "partisipasi_bruto": 200_000_000,
        "beban_operasi_anggota": 170_000_000,
        "partisipasi_neto": 30_000_000,
        "pendapatan": 50_000_000,
        "beban_usaha": 20_000_000,
        "beban_perkoperasian": 4_000_000,
        "biaya_karyawan": 45_000_000,
        "shu_kotor": 40_000_000,
        "shu_sebelum_pajak": 60_000_000,
        "shu_bagian_anggota": 16_000_000,
        "pea": 12_000_000,
        "manajemen_umum_ya": 10,
        "manajemen_kelembagaan_ya": 5,
        "manajemen_permodalan_ya": 4,
        "manajemen_aktiva_ya": 8,
        "manajemen_likuiditas_ya": 4,
    }


def kes_base() -> dict:
    """A complete, valid kesiapan-kdkmp answer set (worked example 4 in test_worked)."""
    return {
        "ahu_terdaftar": True,
        "nomor_ahu": "AHU-0001234.AH.01.29.TAHUN 2025",
        "nik_koperasi_ada": True,
        "nib_ada": True,
        "nib": "9120001234567",
        "npwp_ada": False,
        "rekening_bank_ada": True,
        "ad_art_ada": True,
        "simkopdes_status": "TERDAFTAR",
        "jumlah_pengurus": 5,
        "jumlah_pengurus_perempuan": 1,
        "jumlah_pengawas": 3,
        "rapat_anggota_terlaksana": True,
        "tanggal_rapat_anggota": "2025-08-17",
        "jumlah_anggota": 120,
        "jumlah_anggota_sebelumnya": 100,
        "rencana_kerja_ada": True,
        "rencana_bisnis_status": "DISETUJUI",
        "tanggal_musyawarah_desa": "2025-07-20",
        "proposal_pembiayaan_status": "DIAJUKAN",
        "bank_penyalur": "BRI",
        "unit_usaha": [
            {
                "jenis_unit": "KANTOR",
                "status": "OPERATING",
                "omzet_bulanan": 0,
                "transaksi_bulanan": 0,
                "anggota_dilayani": 0,
            },
            {
                "jenis_unit": "SEMBAKO",
                "status": "OPERATING",
                "omzet_bulanan": 45_000_000,
                "transaksi_bulanan": 600,
                "anggota_dilayani": 90,
                "nilai_stok": 30_000_000,
                "jumlah_pemasok": 4,
            },
            {"jenis_unit": "KLINIK", "status": "PREPARING"},
            {"jenis_unit": "LAINNYA", "nama_unit_lainnya": "Pangkalan LPG", "status": "PLANNED"},
        ],
        "pembukuan": "MANUAL",
        "laporan_keuangan_bulanan": True,
        "kas": 15_000_000,
        "aset": 250_000_000,
        "kewajiban": 50_000_000,
        "simpanan_pokok_terkumpul": 12_000_000,
        "simpanan_wajib_terkumpul": 3_600_000,
        "pendapatan": 180_000_000,
        "shu": 12_000_000,
        "rapat_pengurus_3_bulan": 2,
        "sop_tertulis": ["KEUANGAN", "PELAYANAN"],
        "pengawasan_internal": True,
        "laporan_pengawas_tertulis": False,
        "persen_anggota_bertransaksi": 45,
        "laporan_ke_dinas": "KADANG",
    }


def shipped_definition(instrument_id: str) -> dict:
    """A fresh copy of a shipped definition, to mutate in loading tests."""
    text = resources.read_text("instruments", instrument_id, "1.0.json")
    return copy.deepcopy(json.loads(text))
