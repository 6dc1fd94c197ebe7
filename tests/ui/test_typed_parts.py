"""The typed pieces the GUI is built on keep their promises at run time: the page base class,
the one QApplication helper, QDate conversions, the row proxy's source, the translators and
the base font kept on the application, and shortcuts connected positionally."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication

from kopdes_desktop.settings import Settings
from kopdes_desktop.ui import i18n
from kopdes_desktop.ui.app import BASE_FONT, apply_font_scale
from kopdes_desktop.ui.main_window import MainWindow
from kopdes_desktop.ui.models.labels import ACTION_STATUSES, label
from kopdes_desktop.ui.models.proxy import RowFilterProxy
from kopdes_desktop.ui.qt_app import qapp
from kopdes_desktop.ui.views.cooperative_page import HEALTH, PROFILE
from kopdes_desktop.ui.widgets.dates import from_qdate, to_qdate
from kopdes_desktop.ui.window_parts import LoadingPage, PageView

from .windows import shown


def test_qapp_returns_the_application_the_tests_run_under(qtbot) -> None:
    running = QApplication.instance()
    assert isinstance(running, QApplication)
    assert qapp() is running
    assert qapp(["ignored"]) is running  # one exists: no second one is made


@pytest.mark.parametrize("day", [date(2024, 2, 29), date(2026, 12, 31), date(1999, 1, 1)])
def test_dates_cross_into_qt_and_back(day: date) -> None:
    qdate = to_qdate(day)
    assert (qdate.year(), qdate.month(), qdate.day()) == (day.year, day.month, day.day)
    assert from_qdate(qdate) == day


def test_the_row_proxy_refuses_a_model_without_row_objects(qtbot) -> None:
    proxy = RowFilterProxy()
    with pytest.raises(TypeError, match="RowTableModel"):
        proxy.setSourceModel(QStandardItemModel())
    assert proxy.rowCount() == 0


def test_every_page_is_a_page_view(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for name in ("beranda", "koperasi", "cooperative", "kunjungan", "visit", "pengaturan"):
        assert isinstance(window.view(name), PageView)
    coop_id = window.view("koperasi").model.row_at(0).id
    window.navigate("cooperative", coop_id)
    assert window.view("cooperative").current_cooperative_id() == coop_id
    assert window.view("kunjungan").current_cooperative_id() is None


def test_a_page_without_refresh_says_so(qtbot) -> None:
    page = PageView()
    qtbot.addWidget(page)
    with pytest.raises(NotImplementedError, match="PageView"):
        page.refresh()


def test_the_shell_refreshes_and_counts_nothing_while_loading(qtbot, data_paths) -> None:
    window = MainWindow.shell(data_paths, Settings(data_paths.settings_file))
    qtbot.addWidget(window)
    window.navigate("koperasi")
    assert isinstance(window.current_view(), LoadingPage)
    window.refresh_current()  # F5 before the data is open: nothing to reload, no error
    window.new_visit()  # Ctrl+N likewise waits for the data
    assert window.loading


def test_alt_digits_switch_the_cooperative_tabs(qtbot, ctx) -> None:
    window = shown(qtbot, MainWindow(ctx))
    window.navigate("cooperative", window.view("koperasi").model.row_at(0).id)
    page = window.view("cooperative")
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == HEALTH
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == PROFILE


def test_down_in_the_search_box_moves_to_the_list(qtbot, ctx) -> None:
    window = shown(qtbot, MainWindow(ctx))
    window.focus_search()
    view = window.view("koperasi")
    assert view.search.hasFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()


def test_switching_language_replaces_the_installed_translators(qtbot) -> None:
    app = qapp()
    try:
        first = i18n.install_translators(app, "id")
        assert first and label(ACTION_STATUSES, "DONE") == "Selesai"
        assert i18n.install_translators(app, "en") == []
        assert label(ACTION_STATUSES, "DONE") == "Done"
        assert app.property(i18n.TRANSLATORS) == []
    finally:
        i18n.install_translators(app, "en")


def test_font_scale_starts_from_the_same_base_font(qtbot) -> None:
    app = qapp()
    before, kept_base = app.font(), app.property(BASE_FONT)
    try:
        apply_font_scale(app, 150)
        base = app.property(BASE_FONT)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        assert app.font().pointSizeF() == pytest.approx(size * 1.5)
        apply_font_scale(app, 150)  # again: from the base, not from the scaled font
        assert app.font().pointSizeF() == pytest.approx(size * 1.5)
        apply_font_scale(app, 100)
        assert app.font().pointSizeF() == pytest.approx(size)
    finally:
        app.setFont(before)
        app.setProperty(BASE_FONT, kept_base)


def test_marked_labels_are_plain_source_text(qtbot) -> None:
    assert i18n.QT_TRANSLATE_NOOP("Labels", "Done") == "Done"
    assert ACTION_STATUSES["DONE"] == "Done"
    assert QCoreApplication.translate("Labels", ACTION_STATUSES["DONE"]) in ("Done", "Selesai")
