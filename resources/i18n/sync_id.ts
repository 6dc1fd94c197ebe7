<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="93" />
        <source>Conflict with province data</source>
        <translation>Bentrok dengan data provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="68" />
        <source>Another device changed the same field of &lt;b&gt;%1&lt;/b&gt; (%2) at the same time as you, and its value now stands. Keep yours to send it again as a change made after seeing theirs, or accept theirs.</source>
        <translation>Perangkat lain mengubah isian yang sama pada &lt;b&gt;%1&lt;/b&gt; (%2) pada saat yang sama dengan Anda, dan nilainya yang kini berlaku. Pertahankan nilai Anda untuk mengirimnya lagi sebagai perubahan sesudah melihat nilai mereka, atau terima nilai mereka.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="74" />
        <source>Changes from another device or the province were merged into &lt;b&gt;%1&lt;/b&gt; (%2), which you had changed too. Your other values are kept. Keep yours for this field to send it again, or accept the merged value.</source>
        <translation>Perubahan dari perangkat lain atau provinsi digabungkan ke &lt;b&gt;%1&lt;/b&gt; (%2), yang juga Anda ubah. Nilai Anda yang lain tetap. Pertahankan nilai Anda untuk isian ini agar dikirim lagi, atau terima nilai gabungan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="80" />
        <source>The province refused your data &lt;b&gt;%1&lt;/b&gt; (%2); the reason is below. Correct it in the app and it is sent again.</source>
        <translation>Provinsi menolak data Anda &lt;b&gt;%1&lt;/b&gt; (%2); alasannya di bawah. Perbaiki data itu di aplikasi, lalu data dikirim lagi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="85" />
        <source>The province sent a new version of &lt;b&gt;%1&lt;/b&gt; (%2) while your own change to it had not reached the province yet. Choose which version to keep.</source>
        <translation>Provinsi mengirim versi baru &lt;b&gt;%1&lt;/b&gt; (%2), sementara perubahan Anda atas data itu belum sampai ke provinsi. Pilih versi yang dipakai.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="99" />
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="99" />
        <source>On this laptop</source>
        <translation>Di laptop ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="99" />
        <source>From the province</source>
        <translation>Dari provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="116" />
        <source>&amp;Keep mine</source>
        <translation>&amp;Pertahankan milik saya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="119" />
        <source>&amp;Take the province's</source>
        <translation>&amp;Ambil versi provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/conflict_dialog.py" line="123" />
        <source>&amp;Understood</source>
        <translation>&amp;Mengerti</translation>
    </message>
</context>
<context>
    <name>OnlineBox</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="45" />
        <source>Online, when there is signal</source>
        <translation>Online, bila ada sinyal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="47" />
        <source>e.g. https://sinkron.kaltaraprov.go.id</source>
        <translation>mis. https://sinkron.kaltaraprov.go.id</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="49" />
        <source>one-time code from the officer</source>
        <translation>kode sekali pakai dari petugas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="50" />
        <source>&amp;Enrol this laptop</source>
        <translation>&amp;Daftarkan laptop</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="54" />
        <source>none (data only)</source>
        <translation>tidak ada (data saja)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="57" />
        <source>Also fetch the photos and documents of cooperatives handed over to you, up to this much per sync. 0: only their data.</source>
        <translation>Ambil juga foto dan dokumen koperasi yang diserahkan kepada Anda, paling banyak sebesar ini setiap sinkronisasi. 0: datanya saja.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="61" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="63" />
        <source>Send every batch and fetch the receipt and reference data (Ctrl+Shift+S)</source>
        <translation>Kirim semua paket lalu ambil tanda terima dan data referensi (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="75" />
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="79" />
        <source>Enrolment code</source>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="80" />
        <source>Attachments of handed-over cooperatives</source>
        <translation>Lampiran koperasi serahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="110" />
        <source>Cancelled. Nothing was marked as sent; batches already delivered are recognised next time.</source>
        <translation>Dibatalkan. Tidak ada yang ditandai terkirim; paket yang sudah sampai akan dikenali pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="119" />
        <source>Sync files can also travel by USB drive: “Export sync files…”.</source>
        <translation>Berkas sinkron juga bisa dibawa dengan flashdisk: “Ekspor berkas sinkron…”.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="121" />
        <source>Type the code from the officer under “Enrolment code” and press “Enrol this laptop”.</source>
        <translation>Ketik kode dari petugas pada “Kode pendaftaran” lalu tekan “Daftarkan laptop”.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="124" />
        <source>The reason for each refused batch is in the Batches list.</source>
        <translation>Alasan setiap paket yang ditolak ada di daftar Paket.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="130" />
        <source>%1 batches sent</source>
        <translation>%1 paket dikirim</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="133" />
        <source>%1 already received before</source>
        <translation>%1 sudah diterima sebelumnya</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="136" />
        <source>%1 waiting for approval</source>
        <translation>%1 menunggu persetujuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="139" />
        <source>receipt up to change %1</source>
        <translation>tanda terima sampai perubahan ke-%1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="144" />
        <source>reference data updated</source>
        <translation>data referensi diperbarui</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="147" />
        <source>%1 attachments received</source>
        <translation>%1 lampiran diterima</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_online.py" line="151" />
        <source>Sync finished: %1.</source>
        <translation>Sinkronisasi selesai: %1.</translation>
    </message>
</context>
<context>
    <name>ProvinceBox</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="46" />
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="56" />
        <source>&amp;Trust province file…</source>
        <translation>&amp;Percayai berkas provinsi…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="57" />
        <source>Save &amp;device file…</source>
        <translation>Si&amp;mpan berkas perangkat…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="59" />
        <source>The file the province officer enrols this laptop with</source>
        <translation>Berkas untuk petugas provinsi mendaftarkan laptop ini</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="85" />
        <source>No province is trusted yet. Import the province trust file the officer gave you, or enrol this laptop online.</source>
        <translation>Belum ada provinsi yang dipercayai. Impor berkas kepercayaan provinsi dari petugas, atau daftarkan laptop ini secara online.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="92" />
        <source>Sending to: &lt;b&gt;%1&lt;/b&gt;. Fingerprint to compare with the officer:</source>
        <translation>Dikirim ke: &lt;b&gt;%1&lt;/b&gt;. Sidik jari untuk dicocokkan dengan petugas:</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="99" />
        <source>No receipt from the province yet.</source>
        <translation>Belum ada tanda terima dari provinsi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="102" />
        <source>Last receipt: %1, covering changes up to no. %2.</source>
        <translation>Tanda terima terakhir: %1, mencakup perubahan sampai ke-%2.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="122" />
        <source>Province trust file</source>
        <translation>Berkas kepercayaan provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="124" />
        <source>Trust files (*.json);;All files (*)</source>
        <translation>Berkas kepercayaan (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="145" />
        <source>The province file was not trusted.</source>
        <translation>Berkas provinsi tidak jadi dipercayai.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="153" />
        <source>This laptop now sends to %1.</source>
        <translation>Laptop ini sekarang mengirim ke %1.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="162" />
        <source>Save device file</source>
        <translation>Simpan berkas perangkat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="162" />
        <source>Device files (*.json)</source>
        <translation>Berkas perangkat (*.json)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_province.py" line="172" />
        <source>Device file saved to %1. Give it to the province officer.</source>
        <translation>Berkas perangkat disimpan di %1. Serahkan kepada petugas provinsi.</translation>
    </message>
</context>
<context>
    <name>SyncLists</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_lists.py" line="75" />
        <source>What the province did with your values: where another device changed the same field and its value stands, where other changes were merged into a record you changed, and what it refused. Open one to keep your value or accept the province's.</source>
        <translation>Apa yang dilakukan provinsi dengan nilai Anda: isian yang juga diubah perangkat lain dan nilainya yang berlaku, perubahan lain yang digabungkan ke data yang Anda ubah, dan data yang ditolak. Buka satu untuk mempertahankan nilai Anda atau menerima nilai provinsi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_lists.py" line="82" />
        <source>&amp;Compare and choose…</source>
        <translation>&amp;Bandingkan dan pilih…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_lists.py" line="98" />
        <source>Batches</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_lists.py" line="99" />
        <source>Last import</source>
        <translation>Impor terakhir</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_lists.py" line="100" />
        <location filename="../../kopdes_desktop/ui/views/sync_lists.py" line="110" />
        <source>Conflicts</source>
        <translation>Bentrok</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_lists.py" line="108" />
        <source>Conflicts (%1)</source>
        <translation>Bentrok (%1)</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="25" />
        <source>Mentors</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="26" />
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="27" />
        <source>Member counts</source>
        <translation>Jumlah anggota</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="28" />
        <source>Business units</source>
        <translation>Gerai/unit usaha</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="29" />
        <source>Board and supervisors</source>
        <translation>Pengurus dan pengawas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="30" />
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="31" />
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="32" />
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="33" />
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="34" />
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="35" />
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="36" />
        <source>Monthly notes</source>
        <translation>Catatan bulanan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="39" />
        <source>Not sent yet</source>
        <translation>Belum dikirim</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="40" />
        <source>Exported</source>
        <translation>Sudah diekspor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="41" />
        <source>Received by the province</source>
        <translation>Diterima provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="42" />
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="45" />
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="46" />
        <source>Reference package</source>
        <translation>Paket referensi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="47" />
        <source>Unknown file</source>
        <translation>Berkas tak dikenal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="50" />
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="51" />
        <source>Nothing new</source>
        <translation>Tidak ada yang baru</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="52" />
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="55" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="56" />
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="57" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="58" />
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="59" />
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="60" />
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="61" />
        <source>AHU number</source>
        <translation>Nomor AHU</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="62" />
        <source>Bank account</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="63" />
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="64" />
        <source>Financing in arrears</source>
        <translation>Tunggakan pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="65" />
        <source>Financing ceiling</source>
        <translation>Plafon pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="66" />
        <source>Financing disbursed</source>
        <translation>Pembiayaan tersalur</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="67" />
        <source>Financing outstanding</source>
        <translation>Sisa pembiayaan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="68" />
        <source>Formation model</source>
        <translation>Model pembentukan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="69" />
        <source>Founded on</source>
        <translation>Tanggal berdiri</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="70" />
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="71" />
        <source>NIK Koperasi</source>
        <translation>NIK Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="72" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="73" />
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="74" />
        <source>Office latitude</source>
        <translation>Lintang kantor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="75" />
        <source>Office longitude</source>
        <translation>Bujur kantor</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="76" />
        <source>Village</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="77" />
        <source>SIMKOPDES status</source>
        <translation>Status SIMKOPDES</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="78" />
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="79" />
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="80" />
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="81" />
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="82" />
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="84" />
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="147" />
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="252" />
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="148" />
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="164" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="165" />
        <source>Changes no.</source>
        <translation>Perubahan ke-</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="166" />
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="167" />
        <source>Photos/files</source>
        <translation>Foto/berkas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="168" />
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="169" />
        <source>Made on</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="212" />
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="213" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="214" />
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="215" />
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="234" />
        <source>Your value lost</source>
        <translation>Nilai Anda kalah</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="235" />
        <source>Merged with other changes</source>
        <translation>Digabung dengan perubahan lain</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="236" />
        <source>Refused by the province</source>
        <translation>Ditolak provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="238" />
        <source>Held back by your change</source>
        <translation>Ditahan karena perubahan Anda</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="253" />
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="254" />
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_tables.py" line="255" />
        <source>Received on</source>
        <translation>Diterima</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="97" />
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="101" />
        <source>Not yet received by the province</source>
        <translation>Belum diterima provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="109" />
        <source>E&amp;xport sync files…</source>
        <translation>&amp;Ekspor berkas sinkron…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="110" />
        <source>To any folder or USB drive (Ctrl+E)</source>
        <translation>Ke folder mana saja atau flashdisk (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="111" />
        <source>&amp;Import files from the province…</source>
        <translation>&amp;Impor berkas dari provinsi…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="112" />
        <source>Receipts and reference packages (Ctrl+I)</source>
        <translation>Tanda terima dan paket referensi (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="113" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="189" />
        <source>%1 changes have not reached the province yet.</source>
        <translation>%1 perubahan belum sampai ke provinsi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="191" />
        <source>Everything on this laptop has reached the province.</source>
        <translation>Semua data di laptop ini sudah sampai ke provinsi.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="216" />
        <source>Export, import and “Sync now” need a trusted province: use “Trust province file…”, or enrol this laptop online.</source>
        <translation>Ekspor, impor, dan “Sinkronkan sekarang” memerlukan provinsi yang dipercayai: gunakan “Percayai berkas provinsi…” atau daftarkan laptop ini secara online.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="276" />
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="292" />
        <source>Folder or USB drive for the sync files</source>
        <translation>Folder atau flashdisk untuk berkas sinkron</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="311" />
        <source>Preparing and writing batches…</source>
        <translation>Menyiapkan dan menulis paket…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="320" />
        <source>%1 batch files written to %2 (%3 new). Take them to the province or send them by e-mail.</source>
        <translation>%1 berkas paket ditulis ke %2 (%3 baru). Bawa ke provinsi atau kirim lewat surel.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="328" />
        <source>Nothing to export: the province has received everything.</source>
        <translation>Tidak ada yang perlu diekspor: provinsi sudah menerima semuanya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="340" />
        <source>Files from the province</source>
        <translation>Berkas dari provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="342" />
        <source>Province files (*.kopdes-receipt *.kopdes-ref);;All files (*)</source>
        <translation>Berkas provinsi (*.kopdes-receipt *.kopdes-ref);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="357" />
        <source>Importing %1 files…</source>
        <translation>Mengimpor %1 berkas…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="365" />
        <source>%1 files: %2 applied, %3 with nothing new, %4 refused.</source>
        <translation>%1 berkas: %2 diterapkan, %3 tanpa hal baru, %4 ditolak.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="377" />
        <source>Conflict resolved.</source>
        <translation>Bentrok diselesaikan.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="388" />
        <source>Enrolling this laptop…</source>
        <translation>Mendaftarkan laptop ini…</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="395" />
        <source>Enrolled. Compare the province fingerprint with the officer: %1</source>
        <translation>Terdaftar. Cocokkan sidik jari provinsi dengan petugas: %1</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/views/sync_view.py" line="421" />
        <source>Connecting to the province server…</source>
        <translation>Menghubungi server provinsi…</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/trust_dialog.py" line="47" />
        <source>Trust the province file</source>
        <translation>Percayai berkas provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/trust_dialog.py" line="50" />
        <source>This file says it comes from &lt;b&gt;%1&lt;/b&gt;. Before trusting it, phone the province officer and read out the fingerprint below; every group must match what the officer sees.</source>
        <translation>Berkas ini menyatakan berasal dari &lt;b&gt;%1&lt;/b&gt;. Sebelum mempercayainya, telepon petugas provinsi dan bacakan sidik jari di bawah; setiap kelompok harus sama dengan yang dilihat petugas.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/trust_dialog.py" line="53" />
        <location filename="../../kopdes_desktop/ui/dialogs/trust_dialog.py" line="79" />
        <source>the province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/trust_dialog.py" line="73" />
        <source>This laptop already trusts another province, &lt;b&gt;%1&lt;/b&gt;, with the fingerprint below. Trusting this file replaces it: the %2 changes it has not acknowledged are sealed again for the new province, and batches go to the new province from now on. Replace it only if the province officer asked you to.</source>
        <translation>Laptop ini sudah mempercayai provinsi lain, &lt;b&gt;%1&lt;/b&gt;, dengan sidik jari di bawah. Mempercayai berkas ini menggantikannya: %2 perubahan yang belum diakui provinsi itu dikunci ulang untuk provinsi yang baru, dan mulai sekarang paket dikirim ke provinsi yang baru. Ganti hanya bila petugas provinsi memintanya.</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/trust_dialog.py" line="85" />
        <source>I &amp;compared every group with the officer</source>
        <translation>Saya sudah &amp;mencocokkan setiap kelompok dengan petugas</translation>
    </message>
    <message>
        <location filename="../../kopdes_desktop/ui/dialogs/trust_dialog.py" line="88" />
        <source>&amp;Trust this province</source>
        <translation>&amp;Percayai provinsi ini</translation>
    </message>
</context>
</TS>