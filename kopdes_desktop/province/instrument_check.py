"""Checking an uploaded instrument definition: every problem, in Indonesian, with where it is.

The file is read as the laptop reads it (:func:`kopdes_desktop.core.instruments.load_definition`:
JSON Schema, then every semantic check), and each problem is given its place: the path in the
definition (``sections[1].items[4].type``), the item, aspect or component it concerns, and the
line of the file. JSON Schema's own messages are English; they are worded here in Indonesian.
"""

from __future__ import annotations

import json
import os
import re
from _json import scanstring  # what json.decoder uses (typeshed types it only here)
from dataclasses import dataclass, field
from typing import Any

from kopdes_desktop.core.instruments import Instrument, InstrumentError, load_definition
from kopdes_desktop.core.instruments.loader import _validator

MAX_BYTES = 1024 * 1024
"""The largest definition accepted (the shipped ones are under 50 KB)."""

Path = tuple[str | int, ...]
TYPE_WORDS = {
    "string": "teks",
    "number": "angka",
    "integer": "bilangan bulat",
    "boolean": "true/false",
    "object": "objek {...}",
    "array": "daftar [...]",
    "null": "null",
}
_NUMBER = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
_JSON_WORDS = {
    "Expecting value": "nilai diharapkan",
    "Expecting ',' delimiter": "tanda koma diharapkan",
    "Expecting ':' delimiter": "tanda titik dua diharapkan",
    "Expecting property name enclosed in double quotes": (
        "nama kolom dalam tanda kutip ganda diharapkan"
    ),
    "Extra data": "ada isi lagi setelah akhir JSON",
    "Unterminated string starting at": "teks tidak ditutup tanda kutip",
    "Invalid control character at": "karakter kendali dalam teks",
    "Invalid \\escape": "escape tidak sah",
}


@dataclass(frozen=True)
class Problem:
    """One problem: its place (``where``: a path such as ``sections[0].items[2]``, the item
    or part it concerns in ``subject``, the line of the file or 0) and the message."""

    where: str
    subject: str
    line: int
    message: str

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()

    def text(self) -> str:
        place = f"baris {self.line}, " if self.line else ""
        subject = f" ({self.subject})" if self.subject and self.subject != self.where else ""
        return f"{place}{self.where or 'berkas'}{subject}: {self.message}"


@dataclass
class Checked:
    """The outcome of a check: the instrument when the definition is valid, and the problems."""

    size: int
    data: Any = None
    instrument: Instrument | None = None
    problems: list[Problem] = field(default_factory=list)
    lines: dict[Path, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.instrument is not None and not self.problems


def read_limited(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes, read no further than one byte past :data:`MAX_BYTES`."""
    with open(path, "rb") as handle:
        return handle.read(MAX_BYTES + 1)


def check_bytes(raw: bytes) -> Checked:
    """Every problem of a definition file's bytes (size, encoding, JSON, schema, semantics)."""
    checked = Checked(len(raw))
    if len(raw) > MAX_BYTES:
        checked.problems.append(
            Problem(
                "",
                "",
                0,
                (
                    f"berkas terlalu besar (lebih dari {MAX_BYTES // 1024:,} KB; "
                    "definisi instrumen biasanya di bawah 100 KB)"
                ).replace(",", "."),
            )
        )
        return checked
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        checked.problems.append(
            Problem(
                "",
                "",
                0,
                f"berkas bukan teks UTF-8 (byte ke-{exc.start + 1}); simpan sebagai JSON UTF-8",
            )
        )
        return checked
    try:
        checked.data = json.loads(text)
    except json.JSONDecodeError as exc:
        words = next((v for k, v in _JSON_WORDS.items() if exc.msg.startswith(k)), exc.msg)
        checked.problems.append(
            Problem("", "", exc.lineno, f"bukan JSON yang sah: {words} (kolom {exc.colno})")
        )
        return checked
    lines = checked.lines = positions(text)
    problems = schema_problems(checked.data, lines)
    if not problems:
        try:
            checked.instrument = load_definition(checked.data, "unggahan")
        except InstrumentError as exc:
            problems = [_semantic(p, checked.data, lines) for p in exc.problems]
    checked.problems = problems
    return checked


def path_text(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def schema_problems(data: Any, lines: dict[Path, int]) -> list[Problem]:
    """Every JSON Schema violation, worded in Indonesian, in file order."""
    found = []
    for error in _validator().iter_errors(data):
        path = tuple(error.absolute_path)
        found.append(
            Problem(
                path_text(path), subject_of(data, path), _line(lines, path), schema_message(error)
            )
        )
    return sorted(found, key=lambda p: (p.line, p.where, p.message))


def schema_message(error: Any) -> str:
    """One JSON Schema error in Indonesian."""
    kind, wanted, value = error.validator, error.validator_value, error.instance
    if kind == "required":
        name = re.match(r"'(.+)' is a required property", error.message)
        return f"kolom wajib '{name.group(1) if name else wanted}' tidak ada"
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in value if k not in known) if isinstance(value, dict) else []
        return f"kolom tidak dikenal: {', '.join(repr(k) for k in extra)}"
    if kind == "type":
        kinds: list[str] = wanted if isinstance(wanted, list) else [wanted]
        return (
            f"harus berupa {' atau '.join(TYPE_WORDS.get(k, k) for k in kinds)}; "
            f"tertulis {_short(value)}"
        )
    if kind == "enum":
        return f"harus salah satu dari {', '.join(map(str, wanted))}; tertulis {_short(value)}"
    if kind == "const":
        return f"harus {_short(wanted)}; tertulis {_short(value)}"
    if kind == "pattern":
        return f"{_short(value)} tidak sesuai pola {wanted}"
    return _bounds(kind, wanted, value, error)


def _bounds(kind: str, wanted: Any, value: Any, error: Any) -> str:
    words = {
        "minLength": "tidak boleh kosong" if wanted == 1 else f"minimal {wanted} karakter",
        "maxLength": f"maksimal {wanted} karakter",
        "minItems": f"perlu minimal {wanted} butir",
        "maxItems": f"maksimal {wanted} butir",
        "minimum": f"harus {wanted} atau lebih; tertulis {_short(value)}",
        "maximum": f"harus {wanted} atau kurang; tertulis {_short(value)}",
        "exclusiveMinimum": f"harus lebih dari {wanted}; tertulis {_short(value)}",
        "exclusiveMaximum": f"harus kurang dari {wanted}; tertulis {_short(value)}",
    }
    if kind in words:
        return words[kind]
    if kind == "oneOf":
        names = [n for option in wanted for n in option.get("required", ())]
        if names:
            return f"harus memakai tepat satu dari {', '.join(names)}"
        return "harus cocok dengan tepat satu bentuk yang diizinkan"
    return f"tidak sah ({error.message})"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def subject_of(data: Any, path: Path) -> str:
    """The item, section, aspect or component a path lies in, as a reader names it."""
    subject, node = "", data
    names = {
        "sections": "bagian",
        "items": "pertanyaan",
        "aspects": "aspek",
        "components": "komponen",
        "categories": "kategori",
        "tables": "tabel",
    }
    for parent, part in zip(path, path[1:], strict=False):
        node = _child(node, parent)
        if node is None:
            break
        if parent in names and isinstance(node, (dict, list)) and _has(node, part):
            child = _child(node, part)
            ident = child.get("id") if isinstance(child, dict) else None
            label = (
                ident
                if isinstance(ident, str)
                else (part if isinstance(part, str) else f"ke-{part + 1}")
            )
            subject = f"{names[parent]} {label}"
    return subject


def _child(node: Any, key: str | int) -> Any:
    """``node[key]`` when ``node`` is an object or array that has ``key``, else None."""
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None


def _has(node: Any, key: str | int) -> bool:
    if isinstance(node, dict):
        return key in node
    return isinstance(key, int) and 0 <= key < len(node)


def _line(lines: dict[Path, int], path: Path) -> int:
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def _semantic(text: str, data: dict[str, Any], lines: dict[Path, int]) -> Problem:
    """A problem of the semantic checks (``"<id>: message"``), placed by its id."""
    where, sep, message = text.partition(": ")
    if not sep:
        return Problem("", "", 0, text)
    path = _find(data, where)
    return Problem(
        path_text(path) if path is not None else where,
        subject_of(data, (*path, "id")) if path else where,
        _line(lines, path) if path is not None else 0,
        message,
    )


def _find(data: dict[str, Any], where: str) -> Path | None:
    """Where an id named by a semantic check is defined."""
    scoring = data.get("scoring", {})
    fixed: dict[str, Path] = {"scoring": ("scoring",), "kategori": ("scoring", "categories")}
    if where in fixed:
        return fixed[where]
    if where.startswith("tabel "):
        return ("scoring", "tables", where[6:])
    ident = where.removeprefix("bagian ")
    for s, section in enumerate(data.get("sections", ())):
        if section.get("id") == ident:
            return ("sections", s)
        for i, item in enumerate(section.get("items", ())):
            if item.get("id") == ident:
                return ("sections", s, "items", i)
            for c, child in enumerate(item.get("items", ())):
                if child.get("id") == ident:
                    return ("sections", s, "items", i, "items", c)
    for a, aspect in enumerate(scoring.get("aspects", ())):
        if aspect.get("id") == ident:
            return ("scoring", "aspects", a)
        for c, comp in enumerate(aspect.get("components", ())):
            if comp.get("id") == ident:
                return ("scoring", "aspects", a, "components", c)
    return None


def positions(text: str) -> dict[Path, int]:
    """The line on which each value of a valid JSON text starts, by its path."""
    found: dict[Path, int] = {}
    _Scanner(text, found).value(0, ())
    return found


class _Scanner:
    """A walk over valid JSON text that notes each value's line (json keeps no positions)."""

    def __init__(self, text: str, found: dict[Path, int]) -> None:
        self.text, self.found = text, found
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def line(self, at: int) -> int:
        low, high = 0, len(self.newlines)
        while low < high:
            mid = (low + high) // 2
            if self.newlines[mid] < at:
                low = mid + 1
            else:
                high = mid
        return low + 1

    def skip(self, at: int) -> int:
        while at < len(self.text) and self.text[at] in " \t\r\n\ufeff":
            at += 1
        return at

    def value(self, at: int, path: Path) -> int:
        at = self.skip(at)
        self.found[path] = self.line(at)
        char = self.text[at]
        if char == "{":
            return self.members(at + 1, path, "}")
        if char == "[":
            return self.members(at + 1, path, "]")
        if char == '"':
            return scanstring(self.text, at + 1)[1]
        for word in ("true", "false", "null"):
            if self.text.startswith(word, at):
                return at + len(word)
        number = _NUMBER.match(self.text, at)
        assert number is not None  # the text parsed as JSON: any other value is a number
        return number.end()

    def members(self, at: int, path: Path, close: str) -> int:
        index = 0
        at = self.skip(at)
        while self.text[at] != close:
            if close == "}":
                key, at = scanstring(self.text, self.skip(at) + 1)
                at = self.skip(self.skip(at) + 1)  # past the colon
                at = self.value(at, (*path, key))
            else:
                at = self.value(at, (*path, index))
                index += 1
            at = self.skip(at)
            if self.text[at] == ",":
                at = self.skip(at + 1)
        return at + 1
