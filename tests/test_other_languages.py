"""(judged43) Words typed in a language the search does not read (not English, not Welsh) are
not "misspelt": the page must not offer to "correct" one of them into an English word it
happens to look like. English that is misspelt, text-speak or jargon still gets its
correction when the correction changes the page."""

from __future__ import annotations

import pytest

from directory.search.words import reads_as_english

from .helpers import searched, text_of

#: a person asking for help in their own language, in other words than the judged set's
OTHER_LANGUAGES = [
    # Spanish: "my son of 12 was abused by his uncle, I need help in Spanish"
    "mi hijo de 12 años fue abusado por su tío, necesito ayuda en español",
    # Polish: "my daughter is 9 and her uncle touched her, I need help"
    "moja córka ma 9 lat i wujek ją dotykał, potrzebuję pomocy",
    # Romanian: "I was abused by my stepfather when I was little, I am looking for counselling"
    "am fost abuzata de tatal meu vitreg cand eram mica, caut consiliere",
]


@pytest.mark.parametrize("words", OTHER_LANGUAGES)
def test_words_in_another_language_are_not_called_misspelt(bundled_client, words):
    soup = searched(bundled_client, words, "Leeds")
    assert not soup.select(".app-suggestion"), text_of(soup, ".app-suggestion")


def test_misspelt_english_in_a_sentence_is_still_corrected(bundled_client):
    soup = searched(bundled_client, "councilling for my dauhgter who was abused by her grandad")
    assert "counselling" in text_of(soup, ".app-suggestion")


#: English as people type it on a phone, and as professionals write it: read as English
ENGLISH = [
    "sum1 dun stuf 2 me n i dnt no wot 2 do",
    "ma step dad keeps cumin in2 ma room at nite",
    "ChISVA referral - 13yo girl disclosed intrafamilial CSA, ABE interview booked",
    "my unkle tuchd me wen i was litle and i cant tel any1",
]


@pytest.mark.parametrize("words", ENGLISH)
def test_english_however_it_is_typed_reads_as_english(words):
    assert reads_as_english(words.lower().replace(",", " ").split())


@pytest.mark.parametrize("words", OTHER_LANGUAGES)
def test_another_language_does_not_read_as_english(words):
    assert not reads_as_english(words.lower().replace(",", " ").split())
