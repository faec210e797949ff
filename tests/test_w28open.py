"""Opening a build faster (issue 24: at 10,000 listings in under 1 s) without opening it any
differently: the same arrays."""

from __future__ import annotations

import pytest

from directory.search.columns import NEEDED, PREVENTION_WORDS, SETTING_WORDS, SUICIDE_WORDS, _says

TEXTS = [
    "We work to prevent child sexual abuse.",
    "WE WORK TO PREVENT CHILD SEXUAL ABUSE",
    "Advice on how to keep children safe from sexual abuse online.",
    "We protect children from harm.",
    "Support after sexual abuse or harassment at school, college or another place of learning.",
    "Abuse that happened AT SCHOOL.",
    "Abuse. At school we talk.",  # a full stop between: not a setting
    "A line for thoughts of suicide.",
    "Samaritans: SUICIDAL feelings",
    "Counselling for adult survivors in Leeds.",
    "Prevention works at school, not abuse.",
    # re.IGNORECASE takes the Kelvin sign for "k" and the long s for "s": never skipped
    "\u212aeep children safe from abuse",
    "Abu\u017fe at \u017fchool",
    "",
]


@pytest.mark.parametrize("words", [PREVENTION_WORDS, SUICIDE_WORDS, *SETTING_WORDS.values()])
def test_a_listing_is_read_as_the_pattern_reads_it(words, bundled):
    """The words looked for before a pattern is run never change what it finds: on every
    bundled listing's description and on texts written to match, or nearly."""
    assert words in NEEDED
    texts = TEXTS + [s.description for s in bundled] + [s.name for s in bundled]
    for text in texts:
        assert _says(words, text) == bool(words.search(text)), text


def test_the_bundled_build_still_marks_prevention_and_suicide_lines(bundled_index):
    columns = bundled_index.columns
    named = {columns.ids[p] for p in columns.prevention.nonzero()[0]}
    assert named, "no bundled listing read as preventing abuse"
    assert columns.suicide.any()
