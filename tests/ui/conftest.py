"""Fixtures for the GUI tests: a dataset made once per session, copied into each test."""

from __future__ import annotations

import shutil
import sys
import threading
from datetime import date

import pytest

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.ui import i18n, workers
from kopdes_desktop.ui.context import AppContext

from .seed import seed_small

TODAY = date.today()


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory) -> DataPaths:
    """A data folder with the small dataset, built once and then only copied."""
    paths = DataPaths(tmp_path_factory.mktemp("ui-template") / "data")
    store = Store.open(paths)
    try:
        seed_small(store, TODAY)
    finally:
        store.close()
    return paths


@pytest.fixture
def seeded_paths(template_dir, tmp_path) -> DataPaths:
    target = tmp_path / "data"
    shutil.copytree(template_dir.root, target)
    return DataPaths(target)


@pytest.fixture
def ctx(seeded_paths, qapp):
    """An AppContext over a fresh copy of the dataset, in English unless a test installs id."""
    workers.set_synchronous(True)
    i18n.install_translators(qapp, "en")
    context = AppContext.open(seeded_paths, fixed_today=TODAY)
    yield context
    workers.wait_all()
    workers.set_synchronous(False)
    context.close()


@pytest.fixture
def empty_ctx(data_paths, qapp):
    workers.set_synchronous(True)
    i18n.install_translators(qapp, "en")
    context = AppContext.open(data_paths, fixed_today=TODAY)
    yield context
    workers.wait_all()
    workers.set_synchronous(False)
    context.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> DataPaths:
    """The 1x demo dataset, generated once per session (it takes a while)."""
    from kopdes_desktop.core import demo

    paths = DataPaths(tmp_path_factory.mktemp("ui-demo") / "data")
    store = Store.open(paths)
    try:
        demo.generate(store, scale=1, today=TODAY)
    finally:
        store.close()
    return paths


@pytest.fixture
def demo_ctx(demo_template, tmp_path, qapp):
    """An AppContext over a fresh copy of the demo dataset."""
    target = tmp_path / "demo"
    shutil.copytree(demo_template.root, target)
    workers.set_synchronous(True)
    i18n.install_translators(qapp, "en")
    context = AppContext.open(DataPaths(target), fixed_today=TODAY)
    yield context
    workers.wait_all()
    workers.set_synchronous(False)
    context.close()


@pytest.fixture
def indonesian(qapp):
    """Install the Indonesian translation for one test; English again afterwards."""
    i18n.install_translators(qapp, "id")
    yield
    i18n.install_translators(qapp, "en")


@pytest.fixture
def restore_hooks(qapp):
    """main() installs the crash hook, translations and a font; put them back afterwards,
    and close the window main() leaves open when it quits for the start-up probe (a window
    left visible would keep the next main() from ending when its own window closes)."""
    hooks = (sys.excepthook, threading.excepthook)
    font = qapp.font()
    palette = qapp.palette()
    yield
    for widget in qapp.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    sys.excepthook, threading.excepthook = hooks
    qapp.setFont(font)
    qapp.setPalette(palette)
    i18n.install_translators(qapp, "en")
