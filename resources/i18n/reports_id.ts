<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="101" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="176" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="182" />
        <source>Report preview</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="111" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="190" />
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="112" />
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="113" />
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="114" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="117" />
        <source>Scoring &amp;appendix</source>
        <translation>&amp;Lampiran perhitungan nilai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="120" />
        <source>Add how the score was computed, after the signatures (not needed for the board)</source>
        <translation>Tambahkan cara nilai dihitung, sesudah tanda tangan (tidak perlu untuk pengurus)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="123" />
        <source>My private &amp;notes</source>
        <translation>Catatan &amp;pribadi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="126" />
        <source>Print your own notes of the visit and the cooperative (left out of the board's copy)</source>
        <translation>Cetak catatan Anda sendiri tentang kunjungan dan koperasi (tidak ada di salinan untuk pengurus)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="177" />
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="197" />
        <source>Saved to %1</source>
        <translation>Tersimpan di %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="204" />
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="213" />
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="206" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/pdf_preview.py" line="227" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="37" />
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="38" />
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="39" />
        <source>Save report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/report_actions.py" line="40" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="83" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="85" />
        <source>Chec&amp;k a report…</source>
        <translation>&amp;Periksa laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="86" />
        <source>Monthly report to the Dinas</source>
        <translation>Laporan bulanan ke Dinas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="90" />
        <source>Problems met this month: access, signal, ...</source>
        <translation>Kendala bulan ini: akses jalan, sinyal, ...</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="92" />
        <source>What you plan to do next month</source>
        <translation>Rencana kegiatan bulan berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="93" />
        <source>&amp;Save notes</source>
        <translation>&amp;Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="94" />
        <source>&amp;Monthly report…</source>
        <translation>Laporan &amp;bulanan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="100" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="103" />
        <source>Search cooperative, village or kabupaten</source>
        <translation>Cari koperasi, desa atau kabupaten</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="112" />
        <source>Select &amp;all shown</source>
        <translation>Pilih &amp;semua yang tampil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="113" />
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="114" />
        <source>Latest &amp;assessment…</source>
        <translation>&amp;Penilaian terakhir…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="115" />
        <source>Batch of reports into a folder</source>
        <translation>Banyak laporan sekaligus ke satu folder</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="119" />
        <source>Latest assessment of each selected cooperative</source>
        <translation>Penilaian terakhir setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="120" />
        <source>Profile of each selected cooperative</source>
        <translation>Profil setiap koperasi terpilih</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="121" />
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
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="258" />
        <source>Unsaved notes restored; they are saved as you type.</source>
        <translation>Catatan yang belum tersimpan dipulihkan; catatan disimpan selagi diketik.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="263" />
        <source>Monthly notes are written only for the mentor of this laptop; these are %1's, read-only.</source>
        <translation>Catatan bulanan hanya untuk pendamping laptop ini; ini catatan %1, hanya dibaca.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="268" />
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="319" />
        <source>Notes saved</source>
        <translation>Catatan tersimpan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="275" />
        <source>Not saved yet…</source>
        <translation>Belum disimpan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="360" />
        <source>This cooperative has no final assessment yet.</source>
        <translation>Koperasi ini belum punya penilaian final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="369" />
        <source>Folder for the reports</source>
        <translation>Folder untuk laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="421" />
        <source>Stopping after the current report…</source>
        <translation>Berhenti setelah laporan yang sedang dibuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="429" />
        <source>Generating %1 reports…</source>
        <translation>Membuat %1 laporan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="442" />
        <source>%1 reports written.</source>
        <translation>%1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="444" />
        <source>Cancelled: %1 reports written.</source>
        <translation>Dibatalkan: %1 laporan ditulis.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/reports_view.py" line="446" />
        <source>%1 could not be made.</source>
        <translation>%1 tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="54" />
        <source>Check a report</source>
        <translation>Periksa laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="57" />
        <source>Every report page carries a signed QR code. Open a photo, a scan or the PDF of the report, or paste the text a phone camera read from the code.</source>
        <translation>Setiap halaman laporan memuat kode QR bertanda tangan. Buka foto, hasil pindaian atau PDF laporan, atau tempel teks yang dibaca kamera ponsel dari kode itu.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="62" />
        <source>&amp;Open image or PDF…</source>
        <translation>&amp;Buka gambar atau PDF…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="64" />
        <source>…or paste the text of the QR code here</source>
        <translation>…atau tempel teks kode QR di sini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="66" />
        <source>Check &amp;text</source>
        <translation>Periksa &amp;teks</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="106" />
        <source>Open a photo, scan or PDF of the report</source>
        <translation>Buka foto, pindaian atau PDF laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="108" />
        <source>Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf)</source>
        <translation>Gambar dan PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="115" />
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="119" />
        <source>Pasted text</source>
        <translation>Teks yang ditempel</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="123" />
        <source>Reading and checking…</source>
        <translation>Membaca dan memeriksa…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="149" />
        <source>What the code says:</source>
        <translation>Isi yang ditandatangani:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="151" />
        <source>What the code claims (not vouched for):</source>
        <translation>Isi yang tertulis pada kode (tidak terjamin):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/verify_report.py" line="164" />
        <source>The file could not be checked: %1</source>
        <translation>Berkas tidak dapat diperiksa: %1</translation>
    </message>
</context>
</TS>