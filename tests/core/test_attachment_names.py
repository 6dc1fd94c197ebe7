"""Attachments keep the extension of what is stored and open through a named copy."""

from __future__ import annotations

import pytest
from PIL import Image

from kopdes_desktop.core import attachments


def test_a_name_ends_in_the_extension_of_what_is_stored():
    assert attachments.named_for("IMG_0001.HEIC", "image/jpeg") == "IMG_0001.jpg"
    assert attachments.named_for("foto.png", "image/jpeg") == "foto.jpg"
    assert attachments.named_for("Gerai.JPEG", "image/jpeg") == "Gerai.JPEG"
    assert attachments.named_for("notulen rapat", "application/pdf") == "notulen rapat.pdf"
    assert attachments.named_for("laporan.v2", "application/pdf") == "laporan.v2.pdf"
    assert attachments.named_for("", "image/png") == "Berkas.png"


def test_a_stored_photo_is_named_for_its_content(store, data_paths, tmp_path):
    source = tmp_path / "gerai.png"
    Image.new("RGB", (10, 10), "red").save(source, "JPEG")  # a JPEG with a .png name
    stored = attachments.store_file(data_paths, source)
    assert (stored.mime, stored.filename) == ("image/jpeg", "gerai.jpg")


def test_an_old_file_without_extension_opens_through_a_named_copy(store, data_paths, tmp_path):
    source = tmp_path / "notulen.pdf"
    source.write_bytes(b"%PDF-1.4 notulen rapat pengurus")
    stored = attachments.store_file(data_paths, source)
    copy = attachments.open_copy(data_paths, stored.sha256, 'notulen: "rapat"', stored.mime)
    assert copy.name == "notulen rapat.pdf"
    assert copy.read_bytes() == source.read_bytes()
    assert copy.parent.parent == attachments.opened_folder()
    assert data_paths.root not in copy.parents  # the data folder keeps sealed bytes only
    assert copy.parent.parent.stat().st_mode & 0o777 == 0o700
    again = attachments.open_copy(data_paths, stored.sha256, 'notulen: "rapat"', stored.mime)
    assert again == copy
    assert attachments.file_path(data_paths, stored.sha256).exists()


def test_a_missing_file_is_said_in_words(data_paths):
    with pytest.raises(attachments.AttachmentError) as caught:
        attachments.open_copy(data_paths, "ab" * 32, "foto.jpg", "image/jpeg")
    assert caught.value.message == "Berkas lampiran foto.jpg tidak ada di folder data."
