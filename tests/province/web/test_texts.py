"""Every text the workspace shows through ``_()`` has its English, and the pages are plain
server-rendered HTML with nothing loaded from elsewhere."""

from __future__ import annotations

import re

from kopdes_desktop import resources
from kopdes_desktop.province.conflict_views import PROVINCE_NAME
from kopdes_desktop.province.device_views import STATUS_WORDS
from kopdes_desktop.province.instrument_preview import TYPE_LABELS as ANSWER_TYPES
from kopdes_desktop.province.web import admin_pages as admin
from kopdes_desktop.province.web import (
    auth_pages,
    common,
    conflict_pages,
    device_pages,
    instrument_pages,
    registry_pages,
)
from kopdes_desktop.province.web.i18n import ENGLISH
from kopdes_desktop.province.web.render import ACTION_LABELS, FIELD_LABELS, NAV, ROLE_LABELS
from kopdes_desktop.sync.pending import TYPE_LABELS

CALL = re.compile(r"""_\(\s*(["'])(.+?)\1\s*\)""")


def _templates() -> dict[str, str]:
    folder = resources.path("web", "templates")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.html"))}


def test_every_translated_text_has_its_english() -> None:
    texts = {m.group(2) for source in _templates().values() for m in CALL.finditer(source)}
    texts |= {
        *ROLE_LABELS.values(),
        *FIELD_LABELS.values(),
        *ACTION_LABELS.values(),
        *(item.label for item in NAV),
        *auth_pages.REASONS.values(),
        *registry_pages.NOTICES.values(),
        *admin.NOTICES.values(),
        common.CSRF_REFUSED,
        common.READ_ONLY,
        common.ADMIN_ONLY,
    }
    texts |= {
        *instrument_pages.NOTICES.values(),
        instrument_pages.TOO_LARGE,
        instrument_pages.NO_FILE,
        *instrument_pages.QUALITIES,
        *ANSWER_TYPES.values(),
        *instrument_pages.STATUS_LABELS.values(),
    }
    texts |= {
        *device_pages.NOTICES.values(),
        *device_pages.BATCH_WORDS.values(),
        *conflict_pages.NOTICES.values(),
        device_pages.NOT_A_DEVICE_FILE,
        device_pages.TOO_BIG,
        device_pages.NO_FILE,
        device_pages.CONFIRM_REVOKE,
        device_pages.FINGERPRINT_NEEDED,
        device_pages.BAD_HOURS,
        conflict_pages.CHOOSE,
        *STATUS_WORDS.values(),
        *TYPE_LABELS.values(),
        PROVINCE_NAME,
    }
    assert len(texts) > 80
    assert sorted(t for t in texts if t not in ENGLISH) == []


def test_the_pages_load_nothing_from_the_internet() -> None:
    for name, source in _templates().items():
        assert not re.search(r"(src|href)=\"(https?:)?//", source), name
        assert "<script" not in source, name


def test_the_overview_texts_have_their_english() -> None:
    from kopdes_desktop.province.web import dashboard_pages as pages

    texts = {
        *pages.LIST_TITLES.values(),
        pages.UNKNOWN_LIST,
        pages.CHART_TITLE,
        pages.MAP_TITLE,
        pages.TREND_TITLE,
        pages.VISITS_TITLE,
        "Perangkat",
        "Tidak mengirim 14 hari",
        "Ada celah",
        "Divergensi",
        "Karantina",
        "Konflik terbuka",
        "Lampiran tidak ditemukan.",
    }
    assert sorted(t for t in texts if t not in ENGLISH) == []
