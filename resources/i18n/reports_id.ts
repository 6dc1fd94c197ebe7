<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="45" />
        <source>Report preview</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="55" />
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="56" />
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="57" />
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="58" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="88" />
        <source>Saved to %1</source>
        <translation>Tersimpan di %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="94" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="101" />
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="95" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="131" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="28" />
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="29" />
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="80" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="82" />
        <source>Monthly report to the Dinas</source>
        <translation>Laporan bulanan ke Dinas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="86" />
        <source>Problems met this month: access, signal, ...</source>
        <translation>Kendala bulan ini: akses jalan, sinyal, ...</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="88" />
        <source>What you plan to do next month</source>
        <translation>Rencana kegiatan bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="89" />
        <source>&amp;Save notes</source>
        <translation>&amp;Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="90" />
        <source>&amp;Monthly report…</source>
        <translation>Laporan &amp;bulanan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="92" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="95" />
        <source>Search cooperative, village or kabupaten</source>
        <translation>Cari koperasi, desa atau kabupaten</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="104" />
        <source>Select &amp;all shown</source>
        <translation>Pilih &amp;semua yang tampil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="105" />
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="106" />
        <source>Latest &amp;assessment…</source>
        <translation>&amp;Penilaian terakhir…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="107" />
        <source>Batch of reports into a folder</source>
        <translation>Banyak laporan sekaligus ke satu folder</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="109" />
        <source>Latest assessment of each selected cooperative</source>
        <translation>Penilaian terakhir setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="110" />
        <source>Profile of each selected cooperative</source>
        <translation>Profil setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="111" />
        <source>Every final assessment of the chosen month</source>
        <translation>Semua penilaian final pada bulan terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="112" />
        <source>&amp;Generate…</source>
        <translation>&amp;Buat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="113" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="138" />
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="139" />
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="140" />
        <source>Issues met</source>
        <translation>Kendala yang dihadapi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="141" />
        <source>Plans for next month</source>
        <translation>Rencana bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="215" />
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="258" />
        <source>Notes saved</source>
        <translation>Catatan tersimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="286" />
        <source>This cooperative has no final assessment yet.</source>
        <translation>Koperasi ini belum punya penilaian final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="294" />
        <source>Folder for the reports</source>
        <translation>Folder untuk laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="331" />
        <source>Stopping after the current report…</source>
        <translation>Berhenti setelah laporan yang sedang dibuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="339" />
        <source>Generating %1 reports…</source>
        <translation>Membuat %1 laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="352" />
        <source>%1 reports written.</source>
        <translation>%1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="354" />
        <source>Cancelled: %1 reports written.</source>
        <translation>Dibatalkan: %1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="357" />
        <source>%1 could not be made.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
</context>
</TS>