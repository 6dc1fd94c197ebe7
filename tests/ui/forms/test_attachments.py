"""The attachment store: photos upright and downscaled, GPS read, bad files refused whole."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from kopdes_desktop.core import attachments
from kopdes_desktop.core.services import visits
from kopdes_desktop.store.models import Attachment

from .conftest import TODAY


def _stored_files(paths) -> list:  # noqa: ANN001
    return sorted(p for p in paths.attachments.rglob("*") if p.is_file())


def _big_rotated_jpeg(path) -> None:  # noqa: ANN001
    """4000x2000 pixels, top-left corner blue, EXIF orientation 6 (turn 90° clockwise)."""
    image = Image.new("RGB", (4000, 2000), (200, 30, 30))
    image.paste((0, 0, 255), (0, 0, 400, 400))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {
        1: "N",
        2: (IFDRational(2), IFDRational(50), IFDRational(30)),
        3: "E",
        4: (IFDRational(117), IFDRational(22), IFDRational(12)),
    }
    image.save(path, quality=92, exif=exif.tobytes())


def test_big_photo_is_turned_upright_downscaled_and_its_gps_offered(ctx, ids, tmp_path):
    source = tmp_path / "IMG_0001.JPG"
    _big_rotated_jpeg(source)
    with ctx.store.session() as session:
        row, stored = attachments.add(
            session, ctx.paths, source, "visit", ids["old_visit"], max_px=1600
        )
        row_id = row.id
    assert stored.gps == (2.841667, 117.37)
    assert (stored.width, stored.height) == (800, 1600)  # upright: portrait now
    [file] = _stored_files(ctx.paths)
    assert file == attachments.file_path(ctx.paths, stored.sha256)
    assert file.parent.name == stored.sha256[:2]
    with Image.open(io.BytesIO(attachments.read_bytes(file))) as saved:  # stored sealed
        assert saved.size == (800, 1600)
        assert saved.getexif().get(0x0112) is None
        # orientation 6 puts the old top-left corner at the top right
        r, g, b = saved.getpixel((790, 10))
        assert b > 200 and r < 60
        r, g, b = saved.getpixel((10, 10))
        assert r > 150 and b < 80
    with ctx.store.read() as session:
        row = session.get(Attachment, row_id)
        size = len(attachments.read_bytes(file))  # the photo's size, not the sealed file's
        assert (row.mime, row.filename, row.size) == ("image/jpeg", "IMG_0001.JPG", size)
        assert [a.id for a in attachments.list_for(session, "visit", ids["old_visit"])] == [row_id]


def test_small_photo_is_kept_as_it_is_and_stored_once(ctx, tmp_path):
    source = tmp_path / "kecil.png"
    Image.new("RGB", (300, 200), (1, 2, 3)).save(source)
    first = attachments.store_file(ctx.paths, source)
    second = attachments.store_file(ctx.paths, source)
    assert first.sha256 == second.sha256 and first.mime == "image/png" and first.gps is None
    [file] = _stored_files(ctx.paths)
    assert attachments.read_bytes(file) == source.read_bytes()  # stored sealed


def test_a_photo_with_the_wrong_extension_is_stored_as_what_it_is(ctx, tmp_path):
    source = tmp_path / "papan.png"
    Image.new("RGB", (120, 80), (5, 5, 5)).save(source, format="JPEG")
    assert attachments.store_file(ctx.paths, source).mime == "image/jpeg"


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def test_documents_are_accepted_by_their_content(ctx, tmp_path):
    (tmp_path / "rat.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    (tmp_path / "notulen.docx").write_bytes(_docx_bytes())
    pdf = attachments.store_file(ctx.paths, tmp_path / "rat.pdf")
    docx = attachments.store_file(ctx.paths, tmp_path / "notulen.docx")
    assert pdf.mime == "application/pdf" and docx.mime.endswith("wordprocessingml.document")
    assert len(_stored_files(ctx.paths)) == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "rusak.jpg",
            b"\xff\xd8\xff\xe0" + b"\x00garbage" * 50,
            "Berkas rusak.jpg bukan foto yang dapat dibaca (rusak atau jenisnya lain).",
        ),
        (
            "foto.png",
            b"%PDF-1.4 not a picture",
            "Berkas foto.png bukan foto yang dapat dibaca (rusak atau jenisnya lain).",
        ),
        (
            "laporan.pdf",
            b"just text",
            "Berkas laporan.pdf bukan dokumen PDF yang dapat dibaca (rusak atau jenisnya lain).",
        ),
        (
            "tabel.xlsx",
            _docx_bytes(),
            "Berkas tabel.xlsx bukan lembar kerja Excel (XLSX) yang dapat dibaca (rusak atau "
            "jenisnya lain).",
        ),
        (
            "setup.exe",
            b"MZ\x90\x00",
            "Jenis berkas .exe tidak diterima. Pilih foto (JPEG, PNG, WebP, HEIC) atau dokumen "
            "(PDF, DOCX, XLSX).",
        ),
        ("kosong.jpg", b"", "Berkas kosong.jpg kosong."),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(ctx, ids, tmp_path, name, content, message):
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(attachments.AttachmentError) as caught:
        with ctx.store.session() as session:
            attachments.add(session, ctx.paths, source, "visit", ids["old_visit"])
    assert caught.value.message == message
    assert caught.value.message_en != message
    assert _stored_files(ctx.paths) == []
    with ctx.store.read() as session:
        assert session.query(Attachment).count() == 0


def test_a_huge_file_is_refused_before_it_is_read(ctx, tmp_path):
    source = tmp_path / "video.pdf"
    with open(source, "wb") as out:
        out.truncate(attachments.MAX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(attachments.AttachmentError) as caught:
        attachments.store_file(ctx.paths, source)
    assert caught.value.message == "Berkas video.pdf terlalu besar (25,0 MB; maksimal 25 MB)."
    assert _stored_files(ctx.paths) == []


def test_removed_attachment_is_a_tombstone(ctx, ids, tmp_path):
    source = tmp_path / "a.png"
    Image.new("RGB", (10, 10)).save(source)
    with ctx.store.session() as session:
        visit = visits.create(
            session, ids["coop"], today=TODAY, visit_date=TODAY, purpose="Monitoring gerai"
        )
        row, _ = attachments.add(session, ctx.paths, source, "visit", visit.id)
    with ctx.store.session() as session:
        attachments.remove(session, row.id)
    with ctx.store.read() as session:
        assert attachments.list_for(session, "visit", visit.id) == []
        assert session.get(Attachment, row.id).deleted
