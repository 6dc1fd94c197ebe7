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
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="29" />
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="30" />
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="78" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="80" />
        <source>Monthly report to the Dinas</source>
        <translation>Laporan bulanan ke Dinas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="84" />
        <source>Problems met this month: access, signal, ...</source>
        <translation>Kendala bulan ini: akses jalan, sinyal, ...</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="86" />
        <source>What you plan to do next month</source>
        <translation>Rencana kegiatan bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="87" />
        <source>&amp;Save notes</source>
        <translation>&amp;Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="88" />
        <source>&amp;Monthly report…</source>
        <translation>Laporan &amp;bulanan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="90" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="93" />
        <source>Search cooperative, village or kabupaten</source>
        <translation>Cari koperasi, desa atau kabupaten</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="101" />
        <source>Select &amp;all shown</source>
        <translation>Pilih &amp;semua yang tampil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="102" />
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="103" />
        <source>Latest &amp;assessment…</source>
        <translation>&amp;Penilaian terakhir…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="104" />
        <source>Batch of reports into a folder</source>
        <translation>Banyak laporan sekaligus ke satu folder</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="106" />
        <source>Latest assessment of each selected cooperative</source>
        <translation>Penilaian terakhir setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="107" />
        <source>Profile of each selected cooperative</source>
        <translation>Profil setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="108" />
        <source>Every final assessment of the chosen month</source>
        <translation>Semua penilaian final pada bulan terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="109" />
        <source>&amp;Generate…</source>
        <translation>&amp;Buat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="110" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="135" />
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="136" />
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="137" />
        <source>Issues met</source>
        <translation>Kendala yang dihadapi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="138" />
        <source>Plans for next month</source>
        <translation>Rencana bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="212" />
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="255" />
        <source>Notes saved</source>
        <translation>Catatan tersimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="283" />
        <source>This cooperative has no final assessment yet.</source>
        <translation>Koperasi ini belum punya penilaian final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="291" />
        <source>Folder for the reports</source>
        <translation>Folder untuk laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="323" />
        <source>Stopping after the current report…</source>
        <translation>Berhenti setelah laporan yang sedang dibuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="331" />
        <source>Generating %1 reports…</source>
        <translation>Membuat %1 laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="346" />
        <source>%1 reports written.</source>
        <translation>%1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="348" />
        <source>Cancelled: %1 reports written.</source>
        <translation>Dibatalkan: %1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="351" />
        <source>%1 could not be made.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
</context>
</TS>