"""The Welsh catalogue is complete: every English string the code and templates hold today (a
fresh extraction, as scripts/translations makes it) has a finished Welsh translation."""

from __future__ import annotations

import contextlib
import re
import shlex
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from directory.config import PROJECT_ROOT
from directory.web.i18n import vocabulary_labels

PO = PROJECT_ROOT / "translations" / "cy" / "LC_MESSAGES" / "messages.po"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%%")


def extract_command(pot: Path) -> list[str]:
    """The ``pybabel extract`` command scripts/translations runs, writing to ``pot``."""
    script = (PROJECT_ROOT / "scripts" / "translations").read_text()
    found = re.search(r'^\s*"\$pybabel" (-q extract .*?)\n\s*;;', script, re.M | re.S)
    assert found, "scripts/translations no longer runs pybabel extract as this test reads it"
    words = shlex.split(found.group(1).replace("\\\n", " "))
    assert words.count("${2:-$pot_default}") == 1, words
    return ["pybabel", *(str(pot) if w == "${2:-$pot_default}" else w for w in words)]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """A fresh extraction, as `scripts/translations extract` makes it: its own command, run
    in this process (the script in a process of its own imported the app again, ~1.3 s)."""
    pot = tmp_path_factory.mktemp("pot") / "messages.pot"
    with contextlib.chdir(PROJECT_ROOT):
        CommandLineInterface().run(extract_command(pot))
    with pot.open("rb") as f:
        return read_po(f)


@pytest.fixture(scope="module")
def welsh():
    with PO.open("rb") as f:
        return read_po(f)


def forms(message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def unfinished(extracted, welsh) -> list[str]:
    """The extracted strings without a finished Welsh translation."""
    problems = []
    for message in extracted:
        if not message.id:
            continue
        translated = welsh.get(message.id)
        if translated is None:
            problems.append(f"no Welsh: {message.id!r}")
        elif translated.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        elif not all(form.strip() for form in forms(translated)):
            problems.append(f"empty: {message.id!r}")
    return problems


def test_every_english_string_has_a_finished_welsh_translation(extracted, welsh):
    problems = unfinished(extracted, welsh)
    assert problems == [], "run scripts/translations update and translate:\n" + "\n".join(problems)


def test_strings_translated_in_python_with_markup_are_extracted_too(extracted):
    # strings once put together in Python (web/helpers.py, i18n.markup_gettext); an extraction
    # that missed them let "scripts/translations update" drop their Welsh
    ids = {message.id for message in extracted}
    assert {"%(miles)s miles away", "Covers your area"} <= ids


def test_a_new_or_changed_string_without_finished_welsh_is_reported(extracted):
    with PO.open("rb") as f:
        welsh = read_po(f)
    welsh.delete("Exit this page")
    welsh.get("Get help now").flags.add("fuzzy")
    welsh.get("Search").string = ""
    assert sorted(unfinished(extracted, welsh)) == [
        "empty: 'Search'",
        "fuzzy: 'Get help now'",
        "no Welsh: 'Exit this page'",
    ]


def test_translations_keep_their_placeholders(welsh):
    for message in welsh:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[1]
        for form in forms(message):
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(english)), (
                message.id,
                form,
            )


def test_vocabulary_labels_and_the_exit_wording_are_in_the_catalogue(extracted, welsh):
    for label in vocabulary_labels():
        assert extracted.get(label) is not None, label
    # GOV.UK Frontend's own Welsh for the component (HMRC's Welsh messages for govuk-frontend)
    assert welsh.get("Exit this page").string == "Gadael y dudalen hon"
    assert welsh.get("Skip to main content").string == "Neidio i’r prif gynnwys"
    assert welsh.get("There is a problem").string == "Mae problem wedi codi"
