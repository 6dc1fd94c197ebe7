"""Refresh the Qt Linguist file of the Sinkronisasi page and its dialogs, and compile it.

Runs pyside6-lupdate over those modules into ``resources/i18n/sync_id.ts``, fills every
translation from :data:`scripts.i18n_sync_texts.INDONESIAN`, then compiles the ``.qm`` with
pyside6-lrelease. A source text without an Indonesian entry is reported and left unfinished, so
the test that counts unfinished messages fails until it is translated.

    python scripts/i18n_sync.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from i18n_sync_texts import INDONESIAN  # noqa: E402

TS_FILE = ROOT / "resources" / "i18n" / "sync_id.ts"
SOURCES = [
    ROOT / "kopdes_desktop" / "ui" / "views" / "sync_view.py",
    ROOT / "kopdes_desktop" / "ui" / "views" / "sync_online.py",
    ROOT / "kopdes_desktop" / "ui" / "views" / "sync_tables.py",
    ROOT / "kopdes_desktop" / "ui" / "views" / "sync_lists.py",
    ROOT / "kopdes_desktop" / "ui" / "views" / "sync_province.py",
    ROOT / "kopdes_desktop" / "ui" / "dialogs" / "trust_dialog.py",
    ROOT / "kopdes_desktop" / "ui" / "dialogs" / "conflict_dialog.py",
]


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def fill(ts_file: Path, texts: dict) -> list[str]:
    """Write ``texts`` into ``ts_file``; returns the sources still untranslated."""
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
            text = texts.get((name, source)) or texts.get(source)
            if text is None:
                missing.append(f"{name}: {source}")
                translation.set("type", "unfinished")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    """Refresh, fill and compile; 1 when a text still lacks its Indonesian."""
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lupdate"), *map(str, SOURCES), "-no-obsolete",
                    "-source-language", "en", "-target-language", "id", "-ts", str(TS_FILE)],
                   check=True)
    missing = fill(TS_FILE, INDONESIAN)
    subprocess.run([_tool("pyside6-lrelease"), str(TS_FILE), "-qm",
                    str(TS_FILE.with_suffix(".qm"))], check=True)
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
