<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/about.py" line="34" />
        <source>About Kopdes Desktop</source>
        <translation>Tentang Kopdes Desktop</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/about.py" line="44" />
        <source>Kopdes Desktop</source>
        <translation>Kopdes Desktop</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/about.py" line="48" />
        <source>Offline-first mentoring of the Koperasi Desa/Kelurahan Merah Putih in Kalimantan Utara: visits, assessments, follow-ups, reports and sync with the province.</source>
        <translation>Pendampingan Koperasi Desa/Kelurahan Merah Putih di Kalimantan Utara yang bekerja tanpa sinyal: kunjungan, penilaian, tindak lanjut, laporan dan sinkronisasi dengan provinsi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/about.py" line="60" />
        <source>Version:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/about.py" line="61" />
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/about.py" line="62" />
        <source>Database:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/about.py" line="63" />
        <source>Running on:</source>
        <translation>Berjalan di atas:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/about.py" line="64" />
        <source>Open data folder</source>
        <translation>Buka folder data</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="40" />
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="41" />
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="42" />
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="43" />
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/actions.py" line="45" />
        <source>Closed on</source>
        <translation>Ditutup pada</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="247" />
        <source>Close at a visit…</source>
        <translation>Tutup pada kunjungan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="265" />
        <source>%1 open, %2 overdue</source>
        <translation>%1 terbuka, %2 terlambat</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="176" />
        <source>Kopdes Desktop cannot start</source>
        <translation>Kopdes Desktop tidak dapat dimulai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="177" />
        <source>The data could not be opened. Nothing was changed.</source>
        <translation>Data tidak dapat dibuka. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="190" />
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="191" />
        <source>Preparing the demo data (411 cooperatives, a year of visits). This takes a little while, once.</source>
        <translation>Menyiapkan data demo (411 koperasi, kunjungan satu tahun). Ini memerlukan sedikit waktu, sekali saja.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="302" />
        <source>Kopdes Desktop is already open with this data folder; its window was brought forward.</source>
        <translation>Kopdes Desktop sudah terbuka dengan folder data ini; jendelanya ditampilkan ke depan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="314" />
        <source>Kopdes Desktop is already open</source>
        <translation>Kopdes Desktop sudah terbuka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/app.py" line="315" />
        <source>Kopdes Desktop is already open with the data folder %1. Use the window that is open, or close it first.</source>
        <translation>Kopdes Desktop sudah terbuka dengan folder data %1. Gunakan jendela yang sudah terbuka, atau tutup dulu.</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="101" />
        <source>Assessed on</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="102" />
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="103" />
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="208" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="104" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="105" />
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="106" />
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="130" />
        <source>Open assessment</source>
        <translation>Buka penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="131" />
        <source>Print assessment report</source>
        <translation>Cetak laporan penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="132" />
        <source>No final assessment yet.</source>
        <translation>Belum ada penilaian final.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="140" />
        <source>Instrument:</source>
        <translation>Instrumen:</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="52" />
        <source>Close follow-up</source>
        <translation>Tutup tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="58" />
        <source>No later visit is recorded for this cooperative. The follow-up will be closed today without a visit; record the visit first to link it.</source>
        <translation>Belum ada kunjungan berikutnya untuk koperasi ini. Tindak lanjut akan ditutup hari ini tanpa kunjungan; catat kunjungannya dulu untuk menautkannya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="63" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="64" />
        <source>Dropped (no longer needed)</source>
        <translation>Dibatalkan (tidak diperlukan lagi)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="70" />
        <source>What was seen at the visit (optional)</source>
        <translation>Apa yang terlihat saat kunjungan (opsional)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="88" />
        <source>Closed at visit:</source>
        <translation>Ditutup pada kunjungan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="90" />
        <source>Outcome:</source>
        <translation>Hasil:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="92" />
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="106" />
        <source>%1 — %2 (owner: %3)</source>
        <translation>%1 — %2 (penanggung jawab: %3)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="138" />
        <source>The note typed earlier and not saved is restored.</source>
        <translation>Catatan yang diketik sebelumnya dan belum disimpan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="145" />
        <source>Throw away the note you typed?</source>
        <translation>Buang catatan yang Anda ketik?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/close_action.py" line="146" />
        <source>&amp;Throw away</source>
        <translation>&amp;Buang</translation>
    </message>
</context>
<context>
    <name>CooperativePage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="58" />
        <source>This cooperative has been handed over to another mentor: your records stay here to read, but they can no longer be changed on this laptop.</source>
        <translation>Koperasi ini sudah diserahkan kepada pendamping lain: data Anda tetap di sini untuk dibaca, tetapi tidak dapat diubah lagi dari laptop ini.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="68" />
        <source>Back to list</source>
        <translation>Kembali ke daftar</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="69" />
        <source>New visit (Ctrl+N)</source>
        <translation>Kunjungan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="70" />
        <source>Preview profile</source>
        <translation>Pratinjau profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="71" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="72" />
        <source>Print the Profil Koperasi</source>
        <translation>Cetak Profil Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="73" />
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="74" />
        <source>Save the Profil Koperasi as PDF</source>
        <translation>Simpan Profil Koperasi sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="75" />
        <source>Plan a visit…</source>
        <translation>Rencanakan kunjungan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="84" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="85" />
        <source>Units and board</source>
        <translation>Unit usaha dan pengurus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="86" />
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="87" />
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="88" />
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="89" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="90" />
        <source>RAT and financing</source>
        <translation>RAT dan pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="154" />
        <source>Follow-ups (%1 open)</source>
        <translation>Tindak Lanjut (%1 terbuka)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="163" />
        <source>Mentor: %1</source>
        <translation>Pendamping: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="165" />
        <source>No mentor assigned</source>
        <translation>Belum ada pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="174" />
        <source>Latest readiness: &lt;b style='color:%1'&gt;%2&lt;/b&gt; (%3, %4)</source>
        <translation>Kesiapan terakhir: &lt;b style='color:%1'&gt;%2&lt;/b&gt; (%3, %4)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="182" />
        <source>Latest readiness: %1</source>
        <translation>Kesiapan terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_page.py" line="221" />
        <source>Saved to %1</source>
        <translation>Tersimpan di %1</translation>
    </message>
</context>
<context>
    <name>CooperativeTableModel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="47" />
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="48" />
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="49" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="50" />
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="51" />
        <source>Latest category</source>
        <translation>Kategori terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="52" />
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="53" />
        <source>Assessed on</source>
        <translation>Tanggal penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="54" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/cooperatives.py" line="55" />
        <source>Units running</source>
        <translation>Unit jalan</translation>
    </message>
</context>
<context>
    <name>CooperativesView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="54" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="59" />
        <source>Search by name, village, kecamatan, kabupaten or legal number (Ctrl+F)</source>
        <translation>Cari nama, desa, kecamatan, kabupaten atau nomor legalitas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="63" />
        <source>Any unit status</source>
        <translation>Semua status unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="66" />
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="91" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="92" />
        <source>New visit (Ctrl+N)</source>
        <translation>Kunjungan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="135" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="142" />
        <source>All kabupaten/kota</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="146" />
        <source>Any category</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperatives.py" line="174" />
        <source>Showing %1 of %2 cooperatives</source>
        <translation>Menampilkan %1 dari %2 koperasi</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="33" />
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="36" />
        <source>An unexpected error occurred. Everything you saved before is safe: each change is either stored completely or not at all. The last action may not have been saved; please check it and try again.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Semua yang sudah Anda simpan tetap aman: setiap perubahan tersimpan utuh atau tidak sama sekali. Tindakan terakhir mungkin belum tersimpan; periksa dan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="42" />
        <source>(no log file)</source>
        <translation>(tidak ada berkas log)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="44" />
        <source>The details were written to the log: %1</source>
        <translation>Rinciannya dicatat di log: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="50" />
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="78" />
        <source>Show details</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="51" />
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="52" />
        <source>Quit the app</source>
        <translation>Keluar dari aplikasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="54" />
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/crash.py" line="78" />
        <source>Hide details</source>
        <translation>Sembunyikan rincian</translation>
    </message>
</context>
<context>
    <name>EmptyStoreNote</name>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/tables.py" line="30" />
        <source>Nothing here yet. The cooperative registry and your assignments come from the province: Home shows the steps to get started (or open the demo data there).</source>
        <translation>Belum ada isinya. Daftar koperasi dan penugasan Anda datang dari provinsi: Beranda menampilkan langkah untuk memulai (atau buka data demo di sana).</translation>
    </message>
</context>
<context>
    <name>FinancingDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="40" />
        <source>Record financing</source>
        <translation>Catat pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="43" />
        <source>The bank's terms as in the financing agreement. The instalments are computed from them.</source>
        <translation>Syarat bank sesuai perjanjian pembiayaan. Angsuran dihitung dari syarat ini.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="50" />
        <source>e.g. BRI, BNI, Mandiri, BSI</source>
        <translation>mis. BRI, BNI, Mandiri, BSI</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="53" />
        <source>Disbursed</source>
        <translation>Dicairkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="65" />
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="69" />
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="71" />
        <source>Annuity (equal instalments)</source>
        <translation>Anuitas (angsuran sama besar)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="72" />
        <source>Equal principal</source>
        <translation>Pokok tetap</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="85" />
        <source>Lender:</source>
        <translation>Pemberi pembiayaan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="86" />
        <source>Ceiling:</source>
        <translation>Plafon:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="88" />
        <source>Disbursed:</source>
        <translation>Dicairkan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="89" />
        <source>Disbursed on:</source>
        <translation>Tanggal cair:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="90" />
        <source>Interest a year:</source>
        <translation>Bunga per tahun:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="91" />
        <source>Tenor:</source>
        <translation>Tenor:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="92" />
        <source>Grace period:</source>
        <translation>Masa tenggang:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="93" />
        <source>Instalments:</source>
        <translation>Angsuran:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_dialog.py" line="107" />
        <source>Not an amount of Rupiah.</source>
        <translation>Bukan jumlah rupiah.</translation>
    </message>
</context>
<context>
    <name>FinancingEntryDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_entry.py" line="44" />
        <source>Record a payment</source>
        <translation>Catat pembayaran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_entry.py" line="45" />
        <source>An instalment paid to %1.</source>
        <translation>Angsuran yang dibayar kepada %1.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_entry.py" line="47" />
        <source>Record arrears</source>
        <translation>Catat tunggakan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_entry.py" line="48" />
        <source>The arrears owed to %1 on a date, as the bank's statement shows.</source>
        <translation>Tunggakan kepada %1 per tanggal, sesuai rekening koran atau surat bank.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_entry.py" line="66" />
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_entry.py" line="67" />
        <source>Amount:</source>
        <translation>Jumlah:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_entry.py" line="80" />
        <source>Not an amount of Rupiah.</source>
        <translation>Bukan jumlah rupiah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/financing_entry.py" line="82" />
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
</context>
<context>
    <name>FollowupsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="58" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="62" />
        <source>Search cooperative, follow-up or owner</source>
        <translation>Cari koperasi, tindak lanjut atau penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="65" />
        <source>Open and in progress</source>
        <translation>Terbuka dan sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="66" />
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="67" />
        <source>Due in the next 14 days</source>
        <translation>Jatuh tempo 14 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="68" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="69" />
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="92" />
        <source>Mark in progress</source>
        <translation>Tandai sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="93" />
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="94" />
        <source>Close at a visit…</source>
        <translation>Tutup pada kunjungan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="95" />
        <source>Open cooperative</source>
        <translation>Buka koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/followups.py" line="172" />
        <source>Showing %1 of %2 · %3 overdue</source>
        <translation>Menampilkan %1 dari %2 · %3 terlambat</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="63" />
        <source>Annual members' meeting (RAT)</source>
        <translation>Rapat Anggota Tahunan (RAT)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="66" />
        <source>Record RAT…</source>
        <translation>Catat RAT…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="67" />
        <source>Bank financing</source>
        <translation>Pembiayaan bank</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="70" />
        <source>Lender</source>
        <translation>Pemberi pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="71" />
        <source>Ceiling</source>
        <translation>Plafon</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="72" />
        <source>Disbursed</source>
        <translation>Dicairkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="73" />
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="74" />
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="75" />
        <source>Next instalments</source>
        <translation>Angsuran berikutnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="96" />
        <source>Add financing…</source>
        <translation>Tambah pembiayaan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="97" />
        <source>Record payment…</source>
        <translation>Catat pembayaran…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="98" />
        <source>Record arrears…</source>
        <translation>Catat tunggakan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="133" />
        <source>Fiscal year ends on %1 each year.</source>
        <translation>Tahun buku berakhir setiap %1.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_health.py" line="143" />
        <source>No financing flags.</source>
        <translation>Tidak ada tanda bahaya pembiayaan.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="22" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="24" />
        <source>Home shows what needs your attention today: your cooperatives by their latest category, this month's visits, follow-ups overdue or due in the next 14 days, assessments still in draft, and changes not yet sent to the province.</source>
        <translation>Beranda menampilkan yang perlu Anda perhatikan hari ini: koperasi Anda menurut kategori terakhir, kunjungan bulan ini, tindak lanjut yang terlambat atau jatuh tempo dalam 14 hari, penilaian yang masih draf, dan perubahan yang belum dikirim ke provinsi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="31" />
        <source>Each figure card opens the list it counts. Click a line in a list to open that cooperative, visit or draft.</source>
        <translation>Setiap kartu angka membuka daftar yang dihitungnya. Klik baris dalam daftar untuk membuka koperasi, kunjungan atau draf tersebut.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="36" />
        <source>While the laptop holds no cooperative yet, Home shows the getting-started guide instead.</source>
        <translation>Selama laptop belum berisi koperasi, Beranda menampilkan panduan memulai.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="44" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="46" />
        <source>The list opens on your own cooperatives (those assigned to you); untick “Only my cooperatives” to see every cooperative in the province.</source>
        <translation>Daftar dibuka pada koperasi Anda sendiri (yang ditugaskan kepada Anda); hapus centang “Hanya koperasi saya” untuk melihat semua koperasi di provinsi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="52" />
        <source>Type in the search box to find a cooperative by name, village, kecamatan, kabupaten or legal number; Down goes to the table and Enter opens the cooperative.</source>
        <translation>Ketik di kotak pencarian untuk mencari koperasi menurut nama, desa, kecamatan, kabupaten atau nomor badan hukum; panah Bawah pindah ke tabel dan Enter membuka koperasi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="58" />
        <source>The filters narrow the list by kabupaten, business unit status and latest category. Ctrl+N starts a visit for the selected cooperative.</source>
        <translation>Penyaring mempersempit daftar menurut kabupaten, status unit usaha dan kategori terakhir. Ctrl+N memulai kunjungan untuk koperasi yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="67" />
        <source>A cooperative</source>
        <translation>Satu koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="69" />
        <source>The page has six tabs (Alt+1 to Alt+6): profile, business units and board, members, visits, assessments with their trend, and follow-ups.</source>
        <translation>Halaman ini punya enam tab (Alt+1 sampai Alt+6): profil, unit usaha dan pengurus, anggota, kunjungan, penilaian beserta trennya, dan tindak lanjut.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="75" />
        <source>Profile changes are checked field by field and saved on this laptop; they go to the province with the next sync.</source>
        <translation>Perubahan profil diperiksa per isian dan disimpan di laptop ini; perubahan dikirim ke provinsi pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="83" />
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="85" />
        <source>Visits to your cooperatives, newest first. Choose a period, a kabupaten or a status, or untick “Only my cooperatives” to see the visits of every mentor.</source>
        <translation>Kunjungan ke koperasi Anda, terbaru di atas. Pilih periode, kabupaten atau status, atau hapus centang “Hanya koperasi saya” untuk melihat kunjungan semua pendamping.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="91" />
        <source>Open a visit to record its details, assessments, findings and follow-ups.</source>
        <translation>Buka kunjungan untuk mencatat rincian, penilaian, temuan dan tindak lanjutnya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="97" />
        <source>A visit</source>
        <translation>Satu kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="99" />
        <source>A visit holds what happened at one meeting: its details, the assessments made, the findings and the follow-ups agreed with the board.</source>
        <translation>Kunjungan memuat apa yang terjadi dalam satu pertemuan: rinciannya, penilaian yang dibuat, temuan, dan tindak lanjut yang disepakati dengan pengurus.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="105" />
        <source>In an assessment form, press F1 on a question to read what it asks and how the score and its categories are worked out. Answers are saved as you type.</source>
        <translation>Di formulir penilaian, tekan F1 pada sebuah pertanyaan untuk membaca maksudnya serta cara skor dan kategorinya dihitung. Jawaban tersimpan selagi Anda mengetik.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="114" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="116" />
        <source>What the boards agreed to do, with owner and due date; overdue ones are marked. The list opens on your own cooperatives.</source>
        <translation>Yang disepakati pengurus untuk dikerjakan, dengan penanggung jawab dan tenggat; yang terlambat ditandai. Daftar dibuka pada koperasi Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="121" />
        <source>Mark a follow-up in progress, or close it at a later visit (Enter on an open follow-up).</source>
        <translation>Tandai tindak lanjut sedang berjalan, atau tutup pada kunjungan berikutnya (Enter pada tindak lanjut yang terbuka).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="129" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="131" />
        <source>Print the assessment report, the monthly mentor report and cooperative profiles as PDF, one by one or in batches, for the board to sign.</source>
        <translation>Cetak laporan hasil penilaian, laporan bulanan pendamping dan profil koperasi sebagai PDF, satu per satu atau sekaligus, untuk ditandatangani pengurus.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="140" />
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="142" />
        <source>Sync sends your work to the province and receives the cooperative registry, instruments and assignments back.</source>
        <translation>Sinkronisasi mengirim pekerjaan Anda ke provinsi dan menerima daftar koperasi, instrumen dan penugasan sebagai balasan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="147" />
        <source>Without a connection, export a sync file to a USB stick or a messaging app and import the province's files. Online, enrol this laptop once with the officer's code, then press “Sync now”.</source>
        <translation>Tanpa sambungan, ekspor berkas sinkron ke USB atau aplikasi pesan dan impor berkas dari provinsi. Saat daring, daftarkan laptop ini sekali dengan kode dari petugas, lalu tekan “Sinkronkan sekarang”.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="153" />
        <source>“Last exported” only means a file was written. “Last received by the province” means a receipt came back: the province has your data up to then.</source>
        <translation>“Terakhir diekspor” hanya berarti berkas sudah ditulis. “Terakhir diterima provinsi” berarti tanda terima sudah kembali: provinsi memiliki data Anda sampai saat itu.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="162" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="164" />
        <source>Your profile (name, role, kabupaten), the language, the font size, high-contrast colours, the photo size limit, and backup and restore of the data folder.</source>
        <translation>Profil Anda (nama, peran, kabupaten), bahasa, ukuran huruf, warna kontras tinggi, batas ukuran foto, serta pencadangan dan pemulihan folder data.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="170" />
        <source>Language, font size and colours apply the next time the app starts.</source>
        <translation>Bahasa, ukuran huruf dan warna berlaku saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="188" />
        <source>Keys: Ctrl+1 to Ctrl+7 switch pages, Ctrl+F searches cooperatives, Ctrl+N starts a visit, F5 reloads, F1 shows this help.</source>
        <translation>Tombol: Ctrl+1 sampai Ctrl+7 berpindah halaman, Ctrl+F mencari koperasi, Ctrl+N memulai kunjungan, F5 memuat ulang, F1 menampilkan bantuan ini.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="200" />
        <source>An answer is required.</source>
        <translation>Wajib dijawab.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="202" />
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="207" />
        <source>Allowed range: %1 to %2</source>
        <translation>Rentang yang diterima: %1 sampai %2</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="213" />
        <source>Choices: %1</source>
        <translation>Pilihan: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="221" />
        <source>Counts in the score of: %1</source>
        <translation>Dihitung dalam skor: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="231" />
        <source>How the score works</source>
        <translation>Cara skor dihitung</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="233" />
        <source>The total is out of %1; each aspect adds up to its weight:</source>
        <translation>Nilai total paling tinggi %1; setiap aspek menyumbang sampai bobotnya:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="235" />
        <source>up to %1</source>
        <translation>sampai %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="236" />
        <source>Categories by total score:</source>
        <translation>Kategori menurut nilai total:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="238" />
        <source>The category is shown once every required answer is filled in; until then the score is provisional.</source>
        <translation>Kategori ditampilkan setelah semua jawaban wajib terisi; sebelum itu skornya masih sementara.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="257" />
        <source>%1 or more</source>
        <translation>%1 ke atas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="259" />
        <source>%1 to below %2</source>
        <translation>%1 sampai di bawah %2</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="273" />
        <source>The instrument gives no further explanation for this question.</source>
        <translation>Instrumen tidak memberi penjelasan lebih lanjut untuk pertanyaan ini.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/help.py" line="290" />
        <source>Help: %1</source>
        <translation>Bantuan: %1</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="73" />
        <source>My cooperatives</source>
        <translation>Koperasi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="74" />
        <location filename="../../kopdes_desktop/ui/views/home.py" line="82" />
        <source>Visits this month</source>
        <translation>Kunjungan bulan ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="75" />
        <source>Overdue follow-ups</source>
        <translation>Tindak lanjut terlambat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="76" />
        <source>Due in the next 14 days</source>
        <translation>Jatuh tempo 14 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="77" />
        <location filename="../../kopdes_desktop/ui/views/home.py" line="86" />
        <source>Drafts in progress</source>
        <translation>Draf yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="78" />
        <source>Unsynced changes</source>
        <translation>Perubahan belum disinkronkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="80" />
        <source>My cooperatives by latest category</source>
        <translation>Koperasi saya menurut kategori terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="80" />
        <source>No cooperatives assigned yet.</source>
        <translation>Belum ada koperasi yang ditugaskan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="82" />
        <source>No visits this month yet.</source>
        <translation>Belum ada kunjungan bulan ini.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="84" />
        <source>Follow-ups: overdue and upcoming</source>
        <translation>Tindak lanjut: terlambat dan segera jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="84" />
        <source>Nothing overdue or due soon.</source>
        <translation>Tidak ada yang terlambat atau segera jatuh tempo.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="86" />
        <source>No drafts.</source>
        <translation>Tidak ada draf.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="88" />
        <source>RAT deadlines and financing</source>
        <translation>Batas RAT dan pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="89" />
        <source>No RAT due soon and no financing flags.</source>
        <translation>Tidak ada RAT yang segera jatuh tempo dan tidak ada tanda bahaya pembiayaan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="224" />
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="237" />
        <source>%1 — %2 (started %3)</source>
        <translation>%1 — %2 (dimulai %3)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="179" />
        <source>Welcome, %1</source>
        <translation>Selamat datang, %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="68" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="181" />
        <source>Welcome. Please fill in your profile in Settings.</source>
        <translation>Selamat datang. Silakan isi profil Anda di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="297" />
        <source>By latest category: %1</source>
        <translation>Menurut kategori terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="301" />
        <source>Overdue since %1</source>
        <translation>Terlambat sejak %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/home.py" line="301" />
        <source>Due %1</source>
        <translation>Tenggat %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="16" />
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="17" />
        <source>Grocery outlet</source>
        <translation>Gerai sembako</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="18" />
        <source>Savings and loans</source>
        <translation>Simpan pinjam</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="19" />
        <source>Village clinic</source>
        <translation>Klinik desa</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="20" />
        <source>Village pharmacy</source>
        <translation>Apotek desa</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="21" />
        <source>Warehouse / cold storage</source>
        <translation>Gudang / cold storage</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="22" />
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="23" />
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="26" />
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="49" />
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="27" />
        <source>Preparing</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="28" />
        <source>Operating</source>
        <translation>Beroperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="29" />
        <source>Suspended</source>
        <translation>Berhenti sementara</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="32" />
        <source>Not registered</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="33" />
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="34" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="35" />
        <source>Up to date</source>
        <translation>Mutakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="38" />
        <source>New cooperative</source>
        <translation>Pembentukan baru</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="39" />
        <source>Development of an existing one</source>
        <translation>Pengembangan koperasi yang ada</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="40" />
        <source>Revitalisation</source>
        <translation>Revitalisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="43" />
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="44" />
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="45" />
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="51" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="46" />
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="50" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="54" />
        <source>Board (pengurus)</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="55" />
        <source>Supervisors (pengawas)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="58" />
        <source>Mentor (Pendamping)</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="59" />
        <source>Business Assistant (BA)</source>
        <translation>Business Assistant (BA)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="62" />
        <source>Not stated</source>
        <translation>Tidak disebut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="63" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="64" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="66" />
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/labels.py" line="67" />
        <source>%1, overdue</source>
        <translation>%1, terlambat</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../kopdes_desktop/ui/window_parts.py" line="63" />
        <source>Loading data…</source>
        <translation>Memuat data…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="202" />
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="203" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="204" />
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="205" />
        <source>Follow-ups</source>
        <translation>Tindak Lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="206" />
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="207" />
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="208" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="212" />
        <source>Kopdes Desktop — cooperative mentoring</source>
        <translation>Kopdes Desktop — pendampingan koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="219" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="222" />
        <source>Trash…</source>
        <translation>Sampah…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="225" />
        <source>Deleted drafts, rows, attachments, findings and follow-ups, restorable for 30 days</source>
        <translation>Draf, baris, lampiran, temuan dan tindak lanjut yang dihapus, dapat dipulihkan selama 30 hari</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="228" />
        <source>Help (F1)</source>
        <translation>Bantuan (F1)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="229" />
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="473" />
        <source>Unsynced changes: %1</source>
        <translation>Perubahan belum disinkronkan: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="493" />
        <source>last received by the province %1</source>
        <translation>terakhir diterima provinsi %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="499" />
        <source>last exported %1</source>
        <translation>terakhir diekspor %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="504" />
        <source>Nothing sent to the province yet</source>
        <translation>Belum ada yang dikirim ke provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="477" />
        <source>%1 cooperatives · %2 visits · %3 assessments</source>
        <translation>%1 koperasi · %2 kunjungan · %3 penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/main_window.py" line="262" />
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
</context>
<context>
    <name>MemberCountDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/member_count.py" line="35" />
        <source>Record member count</source>
        <translation>Catat jumlah anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/member_count.py" line="53" />
        <source>As of:</source>
        <translation>Per tanggal:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/member_count.py" line="54" />
        <source>Members:</source>
        <translation>Anggota:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/member_count.py" line="55" />
        <source>Of whom women:</source>
        <translation>Di antaranya perempuan:</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="213" />
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="213" />
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="213" />
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="213" />
        <source>Share of women</source>
        <translation>Porsi perempuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="232" />
        <source>Record member count</source>
        <translation>Catat jumlah anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="248" />
        <source>Latest: %1 members</source>
        <translation>Terakhir: %1 anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="253" />
        <source>No member count recorded yet.</source>
        <translation>Belum ada jumlah anggota yang dicatat.</translation>
    </message>
</context>
<context>
    <name>MineToggle</name>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/scope.py" line="25" />
        <location filename="../../kopdes_desktop/ui/widgets/scope.py" line="47" />
        <source>Only my cooperatives</source>
        <translation>Hanya koperasi saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/scope.py" line="36" />
        <source>No cooperative is assigned to the mentor of this laptop: all are shown.</source>
        <translation>Belum ada koperasi yang ditugaskan kepada pendamping laptop ini: semua ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/scope.py" line="40" />
        <source>Untick to show the cooperatives of every mentor.</source>
        <translation>Hapus centang untuk menampilkan koperasi semua pendamping.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/scope.py" line="45" />
        <source>Only my cooperatives (%1)</source>
        <translation>Hanya koperasi saya (%1)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="31" />
        <source>Data passphrase</source>
        <translation>Kata sandi data</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="34" />
        <source>This computer has no keyring to keep the key of your data safely. Choose a passphrase of at least %1 characters: Kopdes Desktop asks for it at every start. Without it, or the recovery key shown next, the data cannot be opened.</source>
        <translation>Komputer ini tidak punya keyring untuk menyimpan kunci data Anda dengan aman. Buat kata sandi minimal %1 karakter: Kopdes Desktop menanyakannya setiap kali dibuka. Tanpa kata sandi ini, atau kunci pemulihan yang ditampilkan berikutnya, data tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="40" />
        <source>The data in %1 is locked. Enter the data passphrase or the recovery key.</source>
        <translation>Data di %1 terkunci. Masukkan kata sandi data atau kunci pemulihan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="52" />
        <source>Wrong passphrase or recovery key. Try again.</source>
        <translation>Kata sandi atau kunci pemulihan salah. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="65" />
        <source>New passphrase:</source>
        <translation>Kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="65" />
        <source>Passphrase or recovery key:</source>
        <translation>Kata sandi atau kunci pemulihan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="68" />
        <source>Repeat it:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="77" />
        <source>Enter the passphrase.</source>
        <translation>Masukkan kata sandi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="81" />
        <source>The passphrase is too short (at least %1 characters).</source>
        <translation>Kata sandi terlalu pendek (minimal %1 karakter).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/passphrase.py" line="87" />
        <source>The two passphrases differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="44" />
        <source>Board or supervisor member</source>
        <translation>Pengurus atau pengawas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="59" />
        <source>16 digits (optional)</source>
        <translation>16 angka (opsional)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="71" />
        <source>Organ:</source>
        <translation>Organ:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="72" />
        <source>Role:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="73" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="74" />
        <source>Gender:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="75" />
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/person.py" line="76" />
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/plan_calendar.py" line="50" />
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/plan_calendar.py" line="59" />
        <source>&lt;span style='background:%1'&gt;&amp;nbsp;planned visit&amp;nbsp;&lt;/span&gt; &lt;span style='background:%2'&gt;&amp;nbsp;follow-up due&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style='background:%1'&gt;&amp;nbsp;rencana kunjungan&amp;nbsp;&lt;/span&gt; &lt;span style='background:%2'&gt;&amp;nbsp;tenggat tindak lanjut&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/plan_calendar.py" line="70" />
        <source>Plan a &amp;visit…</source>
        <translation>Rencanakan &amp;kunjungan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/plan_calendar.py" line="116" />
        <source>Visit: %1 — %2</source>
        <translation>Kunjungan: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/plan_calendar.py" line="118" />
        <source>Follow-up overdue: %1 — %2</source>
        <translation>Tindak lanjut terlambat: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/plan_calendar.py" line="120" />
        <source>Follow-up due: %1 — %2</source>
        <translation>Tenggat tindak lanjut: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/plan_calendar.py" line="126" />
        <source>Week of %1 to %2</source>
        <translation>Minggu %1 sampai %2</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/widgets/plan_calendar.py" line="152" />
        <source>Nothing planned or due this week.</source>
        <translation>Tidak ada rencana atau tenggat minggu ini.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="54" />
        <source>Plan a visit</source>
        <translation>Rencanakan kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="54" />
        <source>Change the plan</source>
        <translation>Ubah rencana</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Type to search…</source>
        <translation>Ketik untuk mencari…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="73" />
        <source>What to bring, whom to meet…</source>
        <translation>Apa yang dibawa, siapa yang ditemui…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="89" />
        <source>&amp;Cooperative *</source>
        <translation>&amp;Koperasi *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="90" />
        <source>&amp;Date *</source>
        <translation>&amp;Tanggal *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="92" />
        <source>&amp;Purpose *</source>
        <translation>T&amp;ujuan *</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="93" />
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/plan_dialog.py" line="128" />
        <source>Choose the cooperative to visit.</source>
        <translation>Pilih koperasi yang akan dikunjungi.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="79" />
        <source>13 digits</source>
        <translation>13 angka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="80" />
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="81" />
        <source>15 or 16 digits</source>
        <translation>15 atau 16 angka</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="83" />
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="85" />
        <source>e.g. 2.84</source>
        <translation>mis. 2.84</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="87" />
        <source>e.g. 117.37</source>
        <translation>mis. 117.37</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="95" />
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="97" />
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="210" />
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="116" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="117" />
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="118" />
        <source>Formation:</source>
        <translation>Model pembentukan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="119" />
        <source>SIMKOPDES:</source>
        <translation>SIMKOPDES:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="120" />
        <source>Founded on:</source>
        <translation>Tanggal berdiri:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="121" />
        <source>AHU decree:</source>
        <translation>SK AHU:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="122" />
        <source>NIK koperasi:</source>
        <translation>NIK koperasi:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="123" />
        <source>NIB:</source>
        <translation>NIB:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="124" />
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="126" />
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="127" />
        <source>Account number:</source>
        <translation>Nomor rekening:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="128" />
        <source>Office latitude:</source>
        <translation>Lintang kantor:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="129" />
        <source>Office longitude:</source>
        <translation>Bujur kantor:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="131" />
        <source>Financing ceiling (Rp):</source>
        <translation>Plafon pembiayaan (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="134" />
        <source>Disbursed (Rp):</source>
        <translation>Pencairan (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="138" />
        <source>Outstanding (Rp):</source>
        <translation>Baki debet (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="141" />
        <source>Arrears (Rp):</source>
        <translation>Tunggakan (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="142" />
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="143" />
        <source>Identity and legal numbers</source>
        <translation>Identitas dan legalitas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="145" />
        <source>Bank, office and financing</source>
        <translation>Bank, kantor dan pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="201" />
        <source>Changes typed on %1 and not saved are restored: save them, or undo them.</source>
        <translation>Perubahan yang diketik pada %1 dan belum disimpan dipulihkan: simpan, atau batalkan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="211" />
        <source>Throw away the changes typed into this profile?</source>
        <translation>Buang perubahan yang diketik pada profil ini?</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="212" />
        <source>&amp;Throw away</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="240" />
        <source>Last changed %1</source>
        <translation>Terakhir diubah %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="252" />
        <source>Type a date such as 3-11-2025.</source>
        <translation>Ketik tanggal seperti 3-11-2025.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="257" />
        <source>Type a number such as 2.84.</source>
        <translation>Ketik angka seperti 2.84.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="263" />
        <source>Type a number such as 117.37.</source>
        <translation>Ketik angka seperti 117.37.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="275" />
        <source>Type an amount such as 1.250.000.</source>
        <translation>Ketik jumlah seperti 1.250.000.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="290" />
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_profile.py" line="293" />
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/progress.py" line="36" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RatDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/rat_dialog.py" line="36" />
        <source>Record RAT</source>
        <translation>Catat RAT</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/rat_dialog.py" line="39" />
        <source>The RAT must be held within six months after the fiscal year ends (Permenkop UKM 19/2015).</source>
        <translation>RAT wajib diselenggarakan paling lambat enam bulan setelah tahun buku berakhir (Permenkop UKM 19/2015).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/rat_dialog.py" line="62" />
        <source>Fiscal year ends (MM-DD):</source>
        <translation>Akhir tahun buku (BB-TT):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/rat_dialog.py" line="63" />
        <source>Fiscal year:</source>
        <translation>Tahun buku:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/rat_dialog.py" line="64" />
        <source>RAT held on:</source>
        <translation>Tanggal RAT:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/recovery_key.py" line="31" />
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/recovery_key.py" line="34" />
        <source>Your data is encrypted. Write this recovery key down and keep it somewhere safe, away from the laptop: with it the data and its backups can be opened on another laptop if the passphrase is forgotten or the laptop is replaced. It is shown only now (the command kopdes kunci-pemulihan prints it again).</source>
        <translation>Data Anda terenkripsi. Catat kunci pemulihan ini dan simpan di tempat aman, terpisah dari laptop: dengan kunci ini data dan cadangannya dapat dibuka di laptop lain bila kata sandi lupa atau laptop diganti. Kunci ini hanya ditampilkan sekarang (perintah kopdes kunci-pemulihan menampilkannya lagi).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/recovery_key.py" line="47" />
        <source>I have written the recovery key down</source>
        <translation>Saya sudah mencatat kunci pemulihan</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="45" />
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="49" />
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="54" />
        <source>Double-click an entry to open it.</source>
        <translation>Klik dua kali sebuah baris untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="87" />
        <source>Visits planned today</source>
        <translation>Kunjungan yang direncanakan hari ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="88" />
        <source>Visits planned tomorrow</source>
        <translation>Kunjungan yang direncanakan besok</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="95" />
        <source>Follow-ups due</source>
        <translation>Tindak lanjut yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="97" />
        <source>overdue since %1</source>
        <translation>terlambat sejak %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="97" />
        <source>due %1</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/reminders.py" line="107" />
        <source>   and %1 more in Tindak Lanjut</source>
        <translation>   dan %1 lainnya di Tindak Lanjut</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="121" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="131" />
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="156" />
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="161" />
        <source>Open data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="162" />
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="163" />
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="168" />
        <source>A backup holds the database, the photos and documents, and this laptop's key. Keep it on a USB drive, away from the laptop.</source>
        <translation>Cadangan berisi basis data, foto dan dokumen, serta kunci laptop ini. Simpan di flashdisk, terpisah dari laptop.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="200" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="201" />
        <source>Role:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="202" />
        <source>Kabupaten/Kota:</source>
        <translation>Kabupaten/Kota:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="203" />
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="204" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="205" />
        <source>Font size:</source>
        <translation>Ukuran huruf:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="206" />
        <source>Colours:</source>
        <translation>Warna:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="207" />
        <source>Largest photo side:</source>
        <translation>Sisi foto terpanjang:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="208" />
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="310" />
        <source>Mentor profile</source>
        <translation>Profil pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="212" />
        <source>Interface and photos</source>
        <translation>Tampilan dan foto</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="217" />
        <source>Data, backup and restore</source>
        <translation>Data, cadangan dan pemulihan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="219" />
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="255" />
        <source>(not set)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="274" />
        <source>Changes not saved yet.</source>
        <translation>Perubahan belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="289" />
        <source>No backup has been made on this laptop yet.</source>
        <translation>Belum pernah ada cadangan dari laptop ini.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="293" />
        <source>Last backup: %1 (%2)</source>
        <translation>Cadangan terakhir: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="66" />
        <source>The last backup is %1 days old: back up now, to a USB drive.</source>
        <translation>Cadangan terakhir sudah %1 hari: cadangkan sekarang ke flashdisk.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="70" />
        <source>Nothing has been backed up for %1 days: back up now, to a USB drive.</source>
        <translation>Sudah %1 hari tanpa cadangan: cadangkan sekarang ke flashdisk.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="140" />
        <source>High contrast (black text, strong lines)</source>
        <translation>Kontras tinggi (teks hitam pekat, garis tebal)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="141" />
        <source>Easier to read in sunlight or on a dim screen</source>
        <translation>Lebih mudah dibaca di bawah sinar matahari atau di layar yang redup</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="151" />
        <source>A new language, font size or contrast is applied the next time the app starts.</source>
        <translation>Bahasa, ukuran huruf atau kontras yang baru berlaku saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="320" />
        <source>Not saved.</source>
        <translation>Belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="324" />
        <source>Profile saved.</source>
        <translation>Profil tersimpan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="337" />
        <source>Saved. Restart the app to use the new language.</source>
        <translation>Tersimpan. Buka ulang aplikasi untuk memakai bahasa yang baru.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="339" />
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="349" />
        <source>Back up the data</source>
        <translation>Cadangkan data</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="351" />
        <source>Kopdes backup (*.zip)</source>
        <translation>Cadangan Kopdes (*.zip)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="371" />
        <source>Backup written to %1 (the database, %2 attachments, %3 keys).</source>
        <translation>Cadangan ditulis ke %1 (basis data, %2 lampiran, %3 kunci).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="398" />
        <source>The current data is kept aside in the backups folder.</source>
        <translation>Data saat ini disimpan terpisah di folder backups.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="402" />
        <source>Replace the data on this laptop with this backup? It holds the database only (an older backup).</source>
        <translation>Ganti data di laptop ini dengan cadangan ini? Isinya hanya basis data (cadangan versi lama).</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="415" />
        <source>Replace the data on this laptop with the backup of %1? It holds the database, %2 attachments and %3 keys.</source>
        <translation>Ganti data di laptop ini dengan cadangan tanggal %1? Isinya basis data, %2 lampiran dan %3 kunci.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="436" />
        <source>Checking and restoring the backup…</source>
        <translation>Memeriksa dan memulihkan cadangan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="361" />
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="362" />
        <source>Writing the backup…</source>
        <translation>Menulis cadangan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="383" />
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="385" />
        <source>Kopdes backup (*.zip *.sqlite3)</source>
        <translation>Cadangan Kopdes (*.zip *.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="392" />
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="428" />
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/settings_view.py" line="449" />
        <source>Restored. The previous data was kept as %1</source>
        <translation>Dipulihkan. Data sebelumnya disimpan sebagai %1</translation>
    </message>
</context>
<context>
    <name>StartGuide</name>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="72" />
        <source>Fill in your profile</source>
        <translation>Isi profil Anda</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="74" />
        <source>Your name and role go on every report and tell the province whose laptop this is.</source>
        <translation>Nama dan peran Anda tercantum di setiap laporan dan memberi tahu provinsi milik siapa laptop ini.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="77" />
        <source>Open Settings</source>
        <translation>Buka Pengaturan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="81" />
        <source>Trust the province file</source>
        <translation>Percayai berkas provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="83" />
        <source>The province officer gives you a province file (USB or messaging). Trusting it lets this laptop check what the province sends and seal what it sends back.</source>
        <translation>Petugas provinsi memberi Anda berkas provinsi (lewat USB atau aplikasi pesan). Dengan memercayainya, laptop ini dapat memeriksa kiriman provinsi dan menyegel kiriman baliknya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="87" />
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="97" />
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="107" />
        <source>Open Sync</source>
        <translation>Buka Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="91" />
        <source>Enrol this laptop (when online)</source>
        <translation>Daftarkan laptop ini (saat daring)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="93" />
        <source>With the server address and the one-time code from the officer, enrolling trusts the province too. Without a connection, exchange files on a USB stick instead.</source>
        <translation>Dengan alamat server dan kode sekali pakai dari petugas, pendaftaran sekaligus memercayai provinsi. Tanpa sambungan, tukar berkas lewat USB saja.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="101" />
        <source>Receive the cooperative registry</source>
        <translation>Terima daftar koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="103" />
        <source>Your cooperatives and assignments arrive from the province: import its reference file, or press “Sync now” once enrolled. The lists fill in then.</source>
        <translation>Koperasi dan penugasan Anda datang dari provinsi: impor berkas referensinya, atau tekan “Sinkronkan sekarang” setelah terdaftar. Daftar-daftar lalu terisi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="112" />
        <source>Getting started</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="116" />
        <source>This laptop holds no cooperative yet. Four steps make it ready for work; each button opens the page where the step is done.</source>
        <translation>Laptop ini belum berisi koperasi. Empat langkah menyiapkannya untuk bekerja; setiap tombol membuka halaman tempat langkah itu dikerjakan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="150" />
        <source>Open the demo data</source>
        <translation>Buka data demo</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="154" />
        <source>Just looking? The demo opens in its own window with 411 made-up cooperatives, kept apart from your data.</source>
        <translation>Sekadar melihat-lihat? Demo terbuka di jendelanya sendiri dengan 411 koperasi rekaan, terpisah dari data Anda.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="188" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="188" />
        <source>To do</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="199" />
        <source>The demo is starting in its own window…</source>
        <translation>Demo sedang dibuka di jendelanya sendiri…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/onboarding.py" line="201" />
        <source>The demo could not be started.</source>
        <translation>Demo tidak dapat dibuka.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="41" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="42" />
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="43" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="44" />
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="45" />
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_history.py" line="69" />
        <source>Open visit</source>
        <translation>Buka kunjungan</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="44" />
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="65" />
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="66" />
        <source>Name (other kind):</source>
        <translation>Nama (jenis lainnya):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="67" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="68" />
        <source>Monthly turnover (Rp):</source>
        <translation>Omzet bulanan (Rp):</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="69" />
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/unit.py" line="91" />
        <source>Type an amount such as 1.250.000.</source>
        <translation>Ketik jumlah seperti 1.250.000.</translation>
    </message>
</context>
<context>
    <name>UnitsBoardTab</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="70" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="70" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="70" />
        <source>Monthly turnover</source>
        <translation>Omzet bulanan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="70" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="83" />
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="84" />
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="85" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="86" />
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="87" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="113" />
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="114" />
        <source>Edit unit</source>
        <translation>Ubah unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="115" />
        <source>Remove unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="116" />
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="117" />
        <source>Edit person</source>
        <translation>Ubah orang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="118" />
        <source>Remove person</source>
        <translation>Hapus orang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="141" />
        <source>Business units</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="149" />
        <source>Board (pengurus) and supervisors (pengawas)</source>
        <translation>Pengurus dan pengawas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="183" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="184" />
        <source>Remove %1? It stays in the history.</source>
        <translation>Hapus %1? Tetap tercatat dalam riwayat.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/cooperative_records.py" line="185" />
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="40" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="41" />
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="42" />
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="43" />
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="44" />
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="45" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="46" />
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/models/visits.py" line="47" />
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
</context>
<context>
    <name>VisitsListView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="59" />
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="63" />
        <source>Search cooperative, village or purpose</source>
        <translation>Cari koperasi, desa atau tujuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="67" />
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="68" />
        <source>Last 3 months</source>
        <translation>3 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="66" />
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="69" />
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="70" />
        <source>All visits</source>
        <translation>Semua kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="77" />
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="100" />
        <source>Open visit</source>
        <translation>Buka kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="101" />
        <source>Open cooperative</source>
        <translation>Buka koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="141" />
        <source>All kabupaten/kota</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/visits_list.py" line="187" />
        <source>Showing %1 of %2 visits</source>
        <translation>Menampilkan %1 dari %2 kunjungan</translation>
    </message>
</context>
</TS>