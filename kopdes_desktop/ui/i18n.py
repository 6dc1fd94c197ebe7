"""Loading the interface translations: every ``resources/i18n/*_<lang>.qm`` plus qtbase.

Each area of the interface keeps its own Qt Linguist file (``app_id.ts``, ``visit_id.ts``, ...);
all of them are installed so a view never needs to know which file holds its strings. English is
the source language, so ``en`` installs nothing but Qt's own English texts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kopdes_desktop import resources

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
LOCALES = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


_current = "id"
TRANSLATORS = "kopdesTranslators"
"""The application's dynamic property holding the translators installed here."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for pyside6-lupdate under ``context`` and return it untranslated.

    It does what PySide6's ``QtCore.QT_TRANSLATE_NOOP`` does; that one's stub declares its
    result as ``object``, so a table of marked labels would lose its ``str`` type. lupdate
    finds the call by its name, whichever module it comes from. Translate the result when it
    is shown (``QCoreApplication.translate(context, source)``).
    """
    return source


def current_language() -> str:
    """The language the interface was started in (``id`` or ``en``)."""
    return _current


def i18n_dir() -> Path:
    """The folder holding the ``.ts`` sources and compiled ``.qm`` files."""
    return resources.path("i18n")


def translation_files(language: str) -> list[Path]:
    """The compiled translations of ``language``, ours first, then qtbase's."""
    folder = i18n_dir()
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*_{language}.qm"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install every translation for ``language`` on ``app``; returns them (keep a reference).

    Calling it again removes the translators an earlier call installed, so tests can switch
    languages in one process.
    """
    global _current
    previous = app.property(TRANSLATORS)
    for old in previous if isinstance(previous, list) else []:
        app.removeTranslator(old)
    language = language if language in LANGUAGES else "id"
    _current = language
    QLocale.setDefault(LOCALES[language])
    installed: list[QTranslator] = []
    if language != "en":
        files = translation_files(language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        shipped = Path(qt_dir) / f"qtbase_{language}.qm"
        if shipped.is_file() and not any(f.name == shipped.name for f in files):
            files.append(shipped)
        for file in files:
            translator = QTranslator(app)
            if translator.load(str(file)):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                log.warning("translation %s could not be loaded", file)
    app.setProperty(TRANSLATORS, installed)
    return installed
