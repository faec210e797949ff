"""Text that cannot fool a maintainer: control characters, direction overrides, invisible
characters and look-alike letters in listing text.

Three uses:

- the model's text validators (``plain_text``, ``one_line``, ``name_text``, at the end) remove
  markup and control characters (``no_markup``, ``strip_controls``), refuse
  direction-changing characters in names (``direction_changing``) and remove zero-width ones
  from names (``strip_zero_width``), so none is stored or served;
- ``directory validate``, ``import`` and ``refresh`` flag what a maintainer should look at
  (``hidden_characters`` in a raw record, ``spoofing_warnings`` for a listing: names that mix
  scripts, like a Cyrillic "С" in "Сhildline", or pile up combining marks);
- anything the CLI prints from a listing goes through ``for_terminal``, which shows every
  character a terminal would act on, or that cannot be seen, as an escape (``\\x1b``,
  ``\\u202e``).

Scripts are read from the Unicode character names in Python's own ``unicodedata`` ("CYRILLIC
CAPITAL LETTER ES"): enough to tell Latin from Cyrillic, Greek and the rest without a new
dependency. Nothing here imports the web layer (or anything else of ours).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import nh3

#: C0 controls but tab and newline, DEL and the C1 controls
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: direction embeddings, overrides and isolates ("Trojan Source"): never wanted in any text
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: direction controls and marks: a name holding one may read as another's (refused)
DIRECTION = BIDI_CONTROLS | frozenset("\u200e\u200f\u061c")
#: zero-width characters and the soft hyphen: harmless in running text of some languages,
#: invisible in a name (removed from names; web pages bring them in by accident)
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_ALWAYS_REMOVED = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")
#: more combining marks than this on one letter is flagged (Vietnamese uses two)
MAX_COMBINING = 3


def strip_controls(value: str, keep_lines: bool = True) -> str:
    """``value`` without control characters, direction overrides or zero-width spaces.

    With ``keep_lines`` a tab and a line break stay (a carriage return, alone or before a
    line feed, becomes a line feed); without, tabs and line breaks become spaces."""
    if value.isprintable():  # nearly every text: nothing to remove (and fast)
        return value
    if keep_lines:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    else:
        value = value.replace("\r\n", " ").translate({9: " ", 10: " ", 13: " "})
    return _ALWAYS_REMOVED.sub("", _CONTROLS.sub("", value))


def direction_changing(value: str) -> list[str]:
    """The direction-changing characters in a name, as "U+202E RIGHT-TO-LEFT OVERRIDE" (none:
    an empty list)."""
    if value.isprintable():  # every one of them is a format character, not printable
        return []
    return [describe(c) for c in dict.fromkeys(c for c in value if c in DIRECTION)]


def strip_zero_width(value: str) -> str:
    """A name without zero-width characters or soft hyphens: "Child\\u200bline" is
    "Childline", as it reads."""
    return value if value.isprintable() else ZERO_WIDTH.sub("", value)


def describe(char: str) -> str:
    """A character as "U+202E RIGHT-TO-LEFT OVERRIDE" (a control: "U+001B CONTROL")."""
    fallback = "CONTROL" if unicodedata.category(char) == "Cc" else "UNNAMED"
    return f"U+{ord(char):04X} {unicodedata.name(char, fallback)}"


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _hidden(char: str) -> bool:
    """A control, format (direction, zero-width), private, unassigned or surrogate character,
    or a line or paragraph separator: not a space, which is harmless however wide."""
    return not char.isprintable() and unicodedata.category(char) not in ("Zs",)


def for_terminal(text: object, keep_lines: bool = False) -> str:
    """``text`` safe to print on a maintainer's terminal: every control character (escape
    sequences, bell, NUL), direction override and invisible character is shown as an escape
    such as ``\\x1b`` or ``\\u202e``; a backslash stays as it is. ``keep_lines`` keeps line
    breaks (for messages of several lines)."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(_escape(c) if _hidden(c) and not (keep_lines and c == "\n") else c for c in text)


def hidden_characters(raw: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every (field path, character) of a raw record whose text holds a character that is
    not seen as it is: controls (but tab and line breaks), direction controls, invisible
    ones."""
    if isinstance(raw, str):
        for char in dict.fromkeys(raw):
            if _hidden(char) and char not in "\t\n\r":
                yield path or "(record)", char
    elif isinstance(raw, dict):
        for key, value in raw.items():
            yield from hidden_characters(value, f"{path}.{key}" if path else str(key))
    elif isinstance(raw, list):
        for position, value in enumerate(raw):
            yield from hidden_characters(value, f"{path}[{position}]")


def _script(char: str) -> str:
    """The script of a letter, from its Unicode name ("LATIN", "CYRILLIC", "GREEK"...)."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def mixed_script(text: str) -> list[str]:
    """The words of ``text`` whose letters come from more than one script, each as
    "'Сhildline' (letters of Cyrillic С, Latin h)"."""
    found = []
    for word in re.findall(r"\w+", text):
        scripts: dict[str, str] = {}
        for char in word:
            if char.isalpha():
                scripts.setdefault(_script(char), char)
        if len(scripts) > 1:
            letters = ", ".join(f"{script.title()} {c}" for script, c in scripts.items())
            found.append(f"{word!r} (letters of {letters})")
    return found


def most_combining(text: str) -> int:
    """The most combining marks on one letter of ``text``."""
    most = run = 0
    for char in text:
        run = run + 1 if unicodedata.combining(char) or unicodedata.category(char) == "Me" else 0
        most = max(most, run)
    return most


def spoofing_warnings(fields: dict[str, str]) -> list[str]:
    """What a maintainer should look at in a listing's names (``{"name": ..., ...}``): words
    that mix scripts and letters piled with combining marks. Warnings, not errors: a name may
    rightly be written in another script."""
    warnings = []
    for field, text in fields.items():
        for word in mixed_script(text):
            warnings.append(f"{field}: mixes scripts, a look-alike? {for_terminal(word)}")
        marks = most_combining(text)
        if marks > MAX_COMBINING:
            warnings.append(f"{field}: {marks} combining marks on one letter")
    return warnings


def listing_warnings(service: Any) -> list[str]:
    """``spoofing_warnings`` for a listing's names: the service's, its Welsh name, its
    organisation's and its venues'."""
    names = {
        "name": service.name,
        "name_cy": service.name_cy,
        "organisation": service.organisation,
        **{f"locations.{i}.name": venue.name for i, venue in enumerate(service.locations)},
    }
    return spoofing_warnings({field: text for field, text in names.items() if text})


def hidden_warnings(raw: Any) -> list[str]:
    """One line for each field of a raw record holding characters a reader cannot see: the
    model removes them (controls, direction overrides, zero-width spaces) or refuses them (in
    names); a maintainer should know either way."""
    by_field: dict[str, list[str]] = {}
    for path, char in hidden_characters(raw):
        by_field.setdefault(path, []).append(describe(char))
    return [f"{path}: hidden characters {', '.join(chars)}" for path, chars in by_field.items()]


# --- the model's text validators (model.py) --------------------------------------------

_TAG_END = re.compile(r"(?i)</(p|div|li|h[1-6]|td|tr)\s*>|<br\s*/?>")


def no_markup(value: Any) -> Any:
    """Listing text is plain text: markup from any source (HTML tags, scripts and styles with
    their content) is removed before it is stored, so no page, API answer, CSV or export ever
    carries it. Text without ``<`` is left exactly as it is."""
    if not isinstance(value, str) or "<" not in value:
        return value
    spaced = _TAG_END.sub(" ", value)
    cleaned = nh3.clean(spaced, tags=set(), clean_content_tags={"script", "style"})
    return " ".join(html.unescape(cleaned).split())


def plain_text(value: Any) -> Any:
    """Plain text without markup, control characters (but tab and line break), direction
    overrides or zero-width spaces: none of them is stored or served."""
    value = no_markup(value)
    return strip_controls(value) if isinstance(value, str) else value


def one_line(value: Any) -> Any:
    """Plain text on one line: tabs and line breaks become spaces."""
    value = no_markup(value)
    return strip_controls(value, keep_lines=False) if isinstance(value, str) else value


def name_text(value: Any) -> Any:
    """A name on one line. A direction-changing character is refused (it can make a name read
    as another's: a maintainer decides), zero-width characters are removed (the name is then
    what it looks like)."""
    value = no_markup(value)
    if not isinstance(value, str):
        return value
    direction = direction_changing(value)
    if direction:
        raise ValueError(
            "a name may not hold direction-changing characters: " + ", ".join(direction)
        )
    return strip_zero_width(strip_controls(value, keep_lines=False))
