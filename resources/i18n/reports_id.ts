<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="94" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="155" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="158" />
        <source>Report preview</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="104" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="167" />
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="105" />
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="106" />
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="107" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="110" />
        <source>Scoring &amp;appendix</source>
        <translation>&amp;Lampiran perhitungan nilai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="111" />
        <source>Add how the score was computed, after the signatures (not needed for the board)</source>
        <translation>Tambahkan cara nilai dihitung, sesudah tanda tangan (tidak perlu untuk pengurus)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="113" />
        <source>My private &amp;notes</source>
        <translation>Catatan &amp;pribadi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="114" />
        <source>Print your own notes of the visit and the cooperative (left out of the board's copy)</source>
        <translation>Cetak catatan Anda sendiri tentang kunjungan dan koperasi (tidak ada di salinan untuk pengurus)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="156" />
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="174" />
        <source>Saved to %1</source>
        <translation>Tersimpan di %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="180" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="187" />
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="181" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="202" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="34" />
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="35" />
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="36" />
        <source>Save report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="37" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="88" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="90" />
        <source>Monthly report to the Dinas</source>
        <translation>Laporan bulanan ke Dinas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="94" />
        <source>Problems met this month: access, signal, ...</source>
        <translation>Kendala bulan ini: akses jalan, sinyal, ...</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="96" />
        <source>What you plan to do next month</source>
        <translation>Rencana kegiatan bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="97" />
        <source>&amp;Save notes</source>
        <translation>&amp;Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="98" />
        <source>&amp;Monthly report…</source>
        <translation>Laporan &amp;bulanan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="104" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="107" />
        <source>Search cooperative, village or kabupaten</source>
        <translation>Cari koperasi, desa atau kabupaten</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="116" />
        <source>Select &amp;all shown</source>
        <translation>Pilih &amp;semua yang tampil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="117" />
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="118" />
        <source>Latest &amp;assessment…</source>
        <translation>&amp;Penilaian terakhir…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="119" />
        <source>Batch of reports into a folder</source>
        <translation>Banyak laporan sekaligus ke satu folder</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="121" />
        <source>Latest assessment of each selected cooperative</source>
        <translation>Penilaian terakhir setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="122" />
        <source>Profile of each selected cooperative</source>
        <translation>Profil setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="123" />
        <source>Every final assessment of the chosen month</source>
        <translation>Semua penilaian final pada bulan terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="124" />
        <source>With the scoring appendix</source>
        <translation>Dengan lampiran perhitungan nilai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="125" />
        <source>With my private notes</source>
        <translation>Dengan catatan pribadi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="126" />
        <source>&amp;Generate…</source>
        <translation>&amp;Buat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="127" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="155" />
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="156" />
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="157" />
        <source>Issues met</source>
        <translation>Kendala yang dihadapi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="158" />
        <source>Plans for next month</source>
        <translation>Rencana bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="256" />
        <source>Unsaved notes restored; they are saved as you type.</source>
        <translation>Catatan yang belum tersimpan dipulihkan; catatan disimpan selagi diketik.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="259" />
        <source>Monthly notes are written only for the mentor of this laptop; these are %1's, read-only.</source>
        <translation>Catatan bulanan hanya untuk pendamping laptop ini; ini catatan %1, hanya dibaca.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="263" />
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="318" />
        <source>Notes saved</source>
        <translation>Catatan tersimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="270" />
        <source>Not saved yet…</source>
        <translation>Belum disimpan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="350" />
        <source>This cooperative has no final assessment yet.</source>
        <translation>Koperasi ini belum punya penilaian final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="358" />
        <source>Folder for the reports</source>
        <translation>Folder untuk laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="394" />
        <source>Stopping after the current report…</source>
        <translation>Berhenti setelah laporan yang sedang dibuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="402" />
        <source>Generating %1 reports…</source>
        <translation>Membuat %1 laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="415" />
        <source>%1 reports written.</source>
        <translation>%1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="417" />
        <source>Cancelled: %1 reports written.</source>
        <translation>Dibatalkan: %1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="420" />
        <source>%1 could not be made.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
</context>
</TS>