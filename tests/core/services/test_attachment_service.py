"""AttachmentService over a real store and data folder: files attached, named, opened,
detached, and refused with a typed error."""

from __future__ import annotations

import pytest
from PIL import Image

from kopdes_desktop.core.attachments import AttachmentError, file_path
from kopdes_desktop.core.services.attachment_service import AttachmentInfo
from kopdes_desktop.core.services.hub import Services
from kopdes_desktop.errors import NotFoundError
from tests.core.services.visit_seed import TODAY, seed_cooperative


@pytest.fixture
def services(store):
    return Services(store)


@pytest.fixture
def visit_id(store, services):
    return services.visits.create(
        seed_cooperative(store), today=TODAY, visit_date=TODAY, purpose="Monitoring gerai"
    )


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "gerai depan.png"
    Image.new("RGB", (64, 48), "navy").save(path)
    return path


def test_a_photo_is_attached_listed_named_and_opened(store, services, visit_id, photo):
    attached = services.attachments.add(photo, "visit", visit_id, max_px=32)
    assert attached.gps is None
    info = attached.info
    assert isinstance(info, AttachmentInfo)
    assert (info.filename, info.mime) == ("gerai depan.png", "image/png")
    assert file_path(store.paths, info.sha256).exists()
    assert services.attachments.list_for("visit", visit_id) == [info]
    assert services.attachments.get(info.id) == info
    assert services.attachments.names([info.id, "gone"]) == {
        info.id: "gerai depan.png",
        "gone": "?",
    }
    copy = services.attachments.open_copy(info.id)
    assert copy.name == "gerai depan.png"
    with Image.open(copy) as opened:
        assert max(opened.size) == 32  # the photo was stored at the size asked


def test_a_detached_file_is_gone_from_its_record(services, visit_id, photo):
    info = services.attachments.add(photo, "visit", visit_id).info
    services.attachments.remove(info.id)
    assert services.attachments.list_for("visit", visit_id) == []
    with pytest.raises(NotFoundError):
        services.attachments.get(info.id)


def test_an_unreadable_file_is_refused_and_nothing_is_recorded(services, visit_id, tmp_path):
    fake = tmp_path / "foto.jpg"
    fake.write_bytes(b"not a photo at all")
    with pytest.raises(AttachmentError):
        services.attachments.add(fake, "visit", visit_id)
    assert services.attachments.list_for("visit", visit_id) == []


def test_the_signed_page_marks_an_assessment_signed(services, visit_id, photo):
    assert services.attachments.signed_pages("assessment", "a1") == []
    page = services.attachments.add_signed_page(photo, "assessment", "a1")
    services.attachments.add(photo, "assessment", "a1")  # an ordinary attachment
    assert services.attachments.signed_pages("assessment", "a1") == [page]
    assert len(services.attachments.list_for("assessment", "a1")) == 2
