"""Refresh every Qt Linguist file of the GUI and compile it.

For each area (app shell, visit editor, reports, sync) pyside6-lupdate collects the source
texts of its modules into ``resources/i18n/<area>_id.ts``, the Indonesian texts are filled in
from that area's dictionary (``scripts/i18n_<area>_texts.py``) and pyside6-lrelease compiles the
``.qm``. The small ``qtbase_id`` translation of Qt's own buttons and dialogs is written from
``i18n_qtbase_texts``. A source text without an Indonesian entry is reported and left
unfinished, so the test that counts unfinished messages fails until it is translated.

    python scripts/i18n.py [AREA ...]
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

I18N = ROOT / "resources" / "i18n"
UI = ROOT / "kopdes_desktop" / "ui"


def _modules(folder: str, *names: str) -> list[Path]:
    return [UI / folder / f"{name}.py" for name in names]


AREAS: dict[str, list[Path]] = {
    "app": [
        UI / "app.py",
        UI / "main_window.py",
        UI / "window_parts.py",
        UI / "onboarding.py",
        UI / "help.py",
        UI / "about.py",
        *_modules(
            "views",
            "home",
            "cooperatives",
            "cooperative_page",
            "cooperative_profile",
            "cooperative_records",
            "cooperative_history",
            "visits_list",
            "followups",
            "settings_view",
        ),
        *sorted((UI / "models").glob("*.py")),
        *sorted((UI / "widgets").glob("*.py")),
        *_modules(
            "dialogs",
            "crash",
            "progress",
            "close_action",
            "unit",
            "person",
            "member_count",
            "plan_dialog",
            "reminders",
        ),
        *_modules("dialogs", "passphrase", "recovery_key"),
        *_modules("views", "cooperative_health"),
        *_modules("dialogs", "financing_dialog", "financing_entry", "rat_dialog"),
    ],
    "editor": [
        *sorted((UI / "forms").glob("*.py")),
        *_modules(
            "views",
            "visit_editor",
            "visit_pages",
            "visit_tables",
            "trash_view",
            "visit_share",
            "plan_panel",
        ),
        *_modules(
            "dialogs",
            "visit_dialog",
            "finding_dialog",
            "instrument_choice",
            "draft_recovery",
            "confirm",
            "profile_update",
        ),
    ],
    "reports": [
        *_modules("views", "reports_view"),
        UI / "report_actions.py",
        *_modules("dialogs", "pdf_preview", "verify_report"),
    ],
    "sync": [
        *_modules(
            "views", "sync_view", "sync_online", "sync_tables", "sync_lists", "sync_province"
        ),
        *_modules("dialogs", "trust_dialog", "conflict_dialog"),
    ],
}


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


def write_qtbase(ts_file: Path) -> None:
    """Write the qtbase translation source from its dictionary."""
    from i18n_qtbase_texts import QTBASE_INDONESIAN

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


def compile_ts(ts_file: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        check=True,
    )


def refresh(area: str) -> list[str]:
    """Collect, fill and compile one area; returns its untranslated texts."""
    ts_file = I18N / f"{area}_id.ts"
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, AREAS[area]),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "id",
            "-ts",
            str(ts_file),
        ],
        check=True,
    )
    texts = importlib.import_module(f"i18n_{area}_texts").INDONESIAN
    missing = fill(ts_file, texts)
    compile_ts(ts_file)
    return missing


def main(argv: list[str]) -> int:
    areas = argv or list(AREAS)
    unknown = [area for area in areas if area not in AREAS]
    if unknown:
        print(f"unknown area(s): {', '.join(unknown)}; known: {', '.join(AREAS)}")
        return 2
    I18N.mkdir(parents=True, exist_ok=True)
    missing = [line for area in areas for line in refresh(area)]
    if "app" in areas:
        write_qtbase(I18N / "qtbase_id.ts")
        compile_ts(I18N / "qtbase_id.ts")
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
