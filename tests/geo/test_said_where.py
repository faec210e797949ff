"""(third independent place check) A place said as people say where they live ("we live in
…", "I live near …", "dw i'n byw yn …") is searched near, as the place alone is; a shared name
said so asks which, as the name alone does. Other towns than the check's."""

from __future__ import annotations

import pytest

from ..helpers import asked_which, searched, text_of

WORDS = "someone to talk to"


@pytest.mark.parametrize(
    ("typed", "welsh", "heading"),
    [
        ("we live in Barnsley", False, "Services near Barnsley"),
        ("I live near Truro", False, "Services near Truro"),
        ("my daughter lives in Stafford", False, "Services near Stafford"),
        ("I'm in Bolton", False, "Services near Bolton"),
        ("dw i'n byw yng Nghaerdydd", True, "Gwasanaethau ger Caerdydd"),
        ("rydyn ni'n byw ger Aberystwyth", True, "Gwasanaethau ger Aberystwyth"),
    ],
)
def test_a_place_said_as_where_someone_lives_is_searched_near(
    bundled_client, typed, welsh, heading
):
    soup = searched(bundled_client, WORDS, typed, welsh=welsh)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


@pytest.mark.parametrize("typed", ["we live in Sudbury", "in Sudbury"])
def test_a_shared_name_said_so_asks_which_as_the_name_alone_does(bundled_client, typed):
    alone = asked_which(searched(bundled_client, WORDS, "Sudbury"))
    assert len(alone) > 1  # guard: the name alone asks
    assert asked_which(searched(bundled_client, WORDS, typed)) == alone


@pytest.mark.parametrize("typed", ["Barnsley", "in Barnsley"])
def test_a_place_typed_plainly_reads_as_before(bundled_client, typed):
    """Guard: what worked before the change works the same."""
    soup = searched(bundled_client, WORDS, typed)
    assert text_of(soup, "h1").startswith("Services near Barnsley"), text_of(soup, "h1")
