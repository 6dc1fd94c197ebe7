"""Refresh the application shell's Qt Linguist file and the small qtbase translation.

Runs pyside6-lupdate over the shell, list and settings modules into
``resources/i18n/app_id.ts`` and fills it from :data:`i18n_app_texts.INDONESIAN`; writes
``resources/i18n/qtbase_id.ts`` from :data:`i18n_qtbase_texts.QTBASE_INDONESIAN`; compiles both
with pyside6-lrelease. A source text without an Indonesian entry is reported and left
unfinished, so the test that counts unfinished messages fails until it is translated.

    python scripts/i18n_app.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from i18n_app_texts import INDONESIAN  # noqa: E402
from i18n_qtbase_texts import QTBASE_INDONESIAN  # noqa: E402

I18N = ROOT / "resources" / "i18n"
UI = ROOT / "kopdes_desktop" / "ui"
SOURCES = [
    UI / "app.py",
    UI / "main_window.py",
    *(UI / "views" / f"{name}.py" for name in (
        "home", "cooperatives", "cooperative_page", "cooperative_profile", "cooperative_records",
        "cooperative_history", "visits_list", "followups", "settings_view")),
    *sorted((UI / "models").glob("*.py")),
    *sorted((UI / "widgets").glob("*.py")),
    *(UI / "dialogs" / f"{name}.py" for name in (
        "crash", "progress", "close_action", "unit", "person", "member_count")),
]


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def fill(ts_file: Path) -> list[str]:
    """Write the Indonesian texts into ``ts_file``; returns the sources still untranslated."""
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in list(context.iter("message")):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                context.remove(message)
                continue
            text = INDONESIAN.get((name, source)) or INDONESIAN.get(source)
            if text is None:
                missing.append(f"{name}: {source}")
                translation.set("type", "unfinished")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def write_qtbase(ts_file: Path) -> None:
    """Write the qtbase translation source from the dictionary."""
    root = ET.Element("TS", version="2.1", language="id_ID", sourcelanguage="en")
    for context_name, texts in QTBASE_INDONESIAN.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source, target in texts.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = target
    ET.indent(root)
    ET.ElementTree(root).write(ts_file, encoding="utf-8", xml_declaration=True)


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    app_ts = I18N / "app_id.ts"
    subprocess.run([_tool("pyside6-lupdate"), *map(str, SOURCES), "-no-obsolete",
                    "-source-language", "en", "-target-language", "id", "-ts", str(app_ts)],
                   check=True)
    missing = fill(app_ts)
    qtbase_ts = I18N / "qtbase_id.ts"
    write_qtbase(qtbase_ts)
    for ts_file in (app_ts, qtbase_ts):
        subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm",
                        str(ts_file.with_suffix(".qm"))], check=True)
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
