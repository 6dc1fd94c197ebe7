<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="60" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="121" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="124" />
        <source>Report preview</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="70" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="133" />
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="71" />
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="72" />
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="73" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="76" />
        <source>Scoring &amp;appendix</source>
        <translation>&amp;Lampiran perhitungan nilai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="77" />
        <source>Add how the score was computed, after the signatures (not needed for the board)</source>
        <translation>Tambahkan cara nilai dihitung, sesudah tanda tangan (tidak perlu untuk pengurus)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="79" />
        <source>My private &amp;notes</source>
        <translation>Catatan &amp;pribadi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="80" />
        <source>Print your own notes of the visit and the cooperative (left out of the board's copy)</source>
        <translation>Cetak catatan Anda sendiri tentang kunjungan dan koperasi (tidak ada di salinan untuk pengurus)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="122" />
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="140" />
        <source>Saved to %1</source>
        <translation>Tersimpan di %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="146" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="153" />
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="147" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="183" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="30" />
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="31" />
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="89" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="91" />
        <source>Monthly report to the Dinas</source>
        <translation>Laporan bulanan ke Dinas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="95" />
        <source>Problems met this month: access, signal, ...</source>
        <translation>Kendala bulan ini: akses jalan, sinyal, ...</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="97" />
        <source>What you plan to do next month</source>
        <translation>Rencana kegiatan bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="98" />
        <source>&amp;Save notes</source>
        <translation>&amp;Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="99" />
        <source>&amp;Monthly report…</source>
        <translation>Laporan &amp;bulanan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="105" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="108" />
        <source>Search cooperative, village or kabupaten</source>
        <translation>Cari koperasi, desa atau kabupaten</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="117" />
        <source>Select &amp;all shown</source>
        <translation>Pilih &amp;semua yang tampil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="118" />
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="119" />
        <source>Latest &amp;assessment…</source>
        <translation>&amp;Penilaian terakhir…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="120" />
        <source>Batch of reports into a folder</source>
        <translation>Banyak laporan sekaligus ke satu folder</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="122" />
        <source>Latest assessment of each selected cooperative</source>
        <translation>Penilaian terakhir setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="123" />
        <source>Profile of each selected cooperative</source>
        <translation>Profil setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="124" />
        <source>Every final assessment of the chosen month</source>
        <translation>Semua penilaian final pada bulan terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="125" />
        <source>With the scoring appendix</source>
        <translation>Dengan lampiran perhitungan nilai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="126" />
        <source>With my private notes</source>
        <translation>Dengan catatan pribadi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="127" />
        <source>&amp;Generate…</source>
        <translation>&amp;Buat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="128" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="156" />
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="157" />
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="158" />
        <source>Issues met</source>
        <translation>Kendala yang dihadapi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="159" />
        <source>Plans for next month</source>
        <translation>Rencana bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="257" />
        <source>Unsaved notes restored; they are saved as you type.</source>
        <translation>Catatan yang belum tersimpan dipulihkan; catatan disimpan selagi diketik.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="260" />
        <source>Monthly notes are written only for the mentor of this laptop; these are %1's, read-only.</source>
        <translation>Catatan bulanan hanya untuk pendamping laptop ini; ini catatan %1, hanya dibaca.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="264" />
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="319" />
        <source>Notes saved</source>
        <translation>Catatan tersimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="271" />
        <source>Not saved yet…</source>
        <translation>Belum disimpan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="352" />
        <source>This cooperative has no final assessment yet.</source>
        <translation>Koperasi ini belum punya penilaian final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="360" />
        <source>Folder for the reports</source>
        <translation>Folder untuk laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="400" />
        <source>Stopping after the current report…</source>
        <translation>Berhenti setelah laporan yang sedang dibuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="408" />
        <source>Generating %1 reports…</source>
        <translation>Membuat %1 laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="421" />
        <source>%1 reports written.</source>
        <translation>%1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="423" />
        <source>Cancelled: %1 reports written.</source>
        <translation>Dibatalkan: %1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="426" />
        <source>%1 could not be made.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
</context>
</TS>