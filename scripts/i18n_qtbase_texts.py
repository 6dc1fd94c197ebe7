"""Indonesian texts for the standard Qt buttons and dialogs the app uses, by Qt context.

Qt ships no Indonesian qtbase translation; these are the strings a mentor sees in message
boxes, button boxes, file dialogs and text-field context menus.
"""

QTBASE_INDONESIAN: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK", "Save": "Simpan", "Save All": "Simpan Semua", "Open": "Buka",
        "&Yes": "&Ya", "Yes to &All": "Ya untuk &Semua", "&No": "&Tidak",
        "N&o to All": "T&idak untuk Semua", "Abort": "Batalkan", "Retry": "Coba Lagi",
        "Ignore": "Abaikan", "Close": "Tutup", "Cancel": "Batal", "Discard": "Buang",
        "Help": "Bantuan", "Apply": "Terapkan", "Reset": "Atur Ulang",
        "Restore Defaults": "Kembalikan Bawaan",
    },
    "QDialogButtonBox": {"OK": "OK"},
    "QMessageBox": {
        "Show Details...": "Tampilkan Rincian...", "Hide Details...": "Sembunyikan Rincian...",
    },
    "QProgressDialog": {"Cancel": "Batal"},
    "QInputDialog": {"Enter a value:": "Masukkan nilai:"},
    "QFileDialog": {
        "Look in:": "Cari di:", "&Look in:": "&Cari di:", "File &name:": "&Nama berkas:",
        "Files of type:": "Jenis berkas:", "Files of &type:": "&Jenis berkas:",
        "&Open": "&Buka", "&Save": "&Simpan", "&Choose": "&Pilih", "Open": "Buka",
        "Save As": "Simpan Sebagai", "Back": "Kembali", "Forward": "Maju",
        "Go back": "Kembali", "Go forward": "Maju",
        "Parent Directory": "Folder Induk", "Go to the parent directory": "Ke folder induk",
        "Create New Folder": "Buat Folder Baru", "Create a New Folder": "Buat Folder Baru",
        "New Folder": "Folder Baru", "&New Folder": "Folder &Baru",
        "List View": "Tampilan Daftar", "Detail View": "Tampilan Rinci",
        "Change to list view mode": "Ganti ke tampilan daftar",
        "Change to detail view mode": "Ganti ke tampilan rinci",
        "All Files (*)": "Semua Berkas (*)", "All files (*)": "Semua berkas (*)",
        "Directories": "Folder", "Directory:": "Folder:", "Files": "Berkas",
        "Find Directory": "Cari Folder", "Recent Places": "Tempat Terakhir",
        "Sidebar": "Bilah Samping", "List of places and bookmarks": "Daftar tempat dan penanda",
        "Show &hidden files": "Tampilkan berkas &tersembunyi", "&Rename": "&Ganti Nama",
        "&Delete": "&Hapus", "Delete": "Hapus", "Remove": "Hapus",
        "%1 already exists.\nDo you want to replace it?":
            "%1 sudah ada.\nApakah Anda ingin menggantinya?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkas yang diberikan.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nFolder tidak ditemukan.\nPeriksa kembali nama folder yang diberikan.",
        "Are you sure you want to delete '%1'?": "Yakin ingin menghapus '%1'?",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "'%1' dilindungi dari penulisan.\nTetap ingin menghapusnya?",
        "Could not delete directory.": "Folder tidak dapat dihapus.",
    },
    "QFileSystemModel": {
        "Name": "Nama", "Size": "Ukuran", "Type": "Jenis", "Kind": "Jenis",
        "Date Modified": "Tanggal Diubah", "My Computer": "Komputer Saya",
        "Computer": "Komputer",
    },
    "QLineEdit": {
        "&Undo": "&Urungkan", "&Redo": "U&langi", "Cu&t": "Po&tong", "&Copy": "&Salin",
        "&Paste": "&Tempel", "Delete": "Hapus", "Select All": "Pilih Semua",
    },
    "QWidgetTextControl": {
        "&Undo": "&Urungkan", "&Redo": "U&langi", "Cu&t": "Po&tong", "&Copy": "&Salin",
        "&Paste": "&Tempel", "Delete": "Hapus", "Select All": "Pilih Semua",
        "Copy &Link Location": "Salin &Alamat Tautan",
    },
}
