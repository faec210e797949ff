"""(w61page, maintainers) Two readers of one thing folded into one.

``others_unresponsive`` had two Welsh readers of someone else not waking or not breathing; it
has one. ``asker_own_thinking`` had a text-speak table of its own beside ``spoken.texted_read``;
it reads text-speak with ``texted_read``, whose table took its words. No page changes
(``scripts/pages_digest.py`` before and after, and the judged queries): the guards below pass
on main too; the two checks of the structure do not.
"""

from __future__ import annotations

import pytest

from directory.search import asker_own_thinking, others_unresponsive
from directory.search.asker_own_thinking import own_thinking
from directory.search.lexicon import clean_text
from directory.search.others_unresponsive import unresponsive
from directory.search.spoken import spoken_read, texted_read


def test_one_welsh_reader_and_one_text_speak_table():
    assert not hasattr(others_unresponsive, "_UNRESPONSIVE_CY_KIN")
    assert not hasattr(asker_own_thinking, "_SPOKEN")


@pytest.mark.parametrize(
    ("words", "read"),
    [
        # guards (pass on main too): both Welsh ways of saying it, and neither for a habit
        ("mae fy ffrind ddim yn anadlu", True),  # after "mae"
        ("dydy o ddim yn deffro", True),
        ("fy nain ddim yn deffro", True),  # the one named first
        ("dwi methu ei deffro hi", True),
        ("mae fy nhad yn anymwybodol", True),
        ("fy mrawd ddim yn deffro yn y bore", False),  # a habit
        ("dwi ddim yn anadlu pan dwi'n panicio", False),  # the asker
    ],
)
def test_someone_else_not_waking_in_welsh_is_read_as_before(words, read):
    assert (unresponsive(clean_text(words)) is not None) is read


@pytest.mark.parametrize(
    ("words", "age", "read"),
    [
        # guards (pass on main too): text-speak of one's own thinking, as the page reads it
        ("i keep thinkin sumthin abowt young kids n i no its wrong", 30, True),
        ("im 15 n i keep picturin little kids in ways that r not normal", 15, True),
        ("i keep dreamin bout small children an it scares me", None, True),
        ("i no longer think about what he did when i was little", 30, False),
    ],
)
def test_own_thinking_in_text_speak_is_read_as_before(words, age, read):
    assert own_thinking(spoken_read(clean_text(words)), age) is read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("i no its wrong", "i know its wrong"),
        ("i dont no why", "i dont know why"),
        ("i no longer go there", "i no longer go there"),  # guard (main too): not text-speak
        ("sumthin abowt it", "something about it"),
        ("a bout of flu", "a bout of flu"),  # guard (main too): not "about"
    ],
)
def test_the_one_table_reads_the_words_the_other_held(typed, read):
    assert texted_read(typed) == read
