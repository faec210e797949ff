"""(twenty-third Welsh review F6 and F7; w56cy) The Deaf line and the text-first talk box.
"sa i'n gallu clywed / siarad" (the South's "I can't hear / speak") is "sa in gallu" once
cleaned, which the Welsh readings (written "sa i n gallu") never matched: no Deaf line under
the 999 warning, and phone numbers first. And "troi clust fyddar" (turn a deaf ear: a parent
who would not listen) was read as a Deaf asker and sent a hearing child to text lines, where
the English "turned a deaf ear" was mended. Guards: a Deaf asker said plainly, and the English
idiom, unchanged. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box

DEAF_LINE = "Ydych chi’n fyddar? Ffoniwch 999 yn Iaith Arwyddion Prydain (BSL)"


def _page_text(soup) -> str:
    return " ".join(soup.get_text(" ").split())


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("sa i'n gallu clywed, mae e'n fy mwrw i nawr", "Castell-nedd"),
        ("sa i'n gallu clywed a ma fe'n dod lan staer nawr, plis help", "Llanelli"),
    ],
)
def test_sa_in_gallu_clywed_with_danger_shows_the_deaf_line(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert DEAF_LINE in _page_text(soup), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("sa i'n gallu clywed ac mae e'n gas efo fi", "Aberdâr"),
        ("sa i'n gallu siarad ar y ffôn, ma fe'n gwrando", "Pontardawe"),
    ],
)
def test_sa_in_gallu_puts_text_and_chat_first(bundled_client, words, place):
    box = talk_box(searched(bundled_client, words, place, welsh=True))
    assert "Tecstiwch" in box[0] or "Sgwrsiwch" in box[0], (words, box)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwedes i wrth dad ond nath e droi clust fyddar", "Merthyr Tudful"),
        ("mi ddudis i wrth yr athrawes ond syrthiodd ar glustiau byddar", "Llanrwst"),
    ],
)
def test_the_welsh_deaf_ear_idiom_keeps_phone_numbers_first(bundled_client, words, place):
    box = talk_box(searched(bundled_client, words, place, welsh=True))
    assert "Tecstiwch" not in box[0] and "Sgwrsiwch" not in box[0], (words, box)


def test_guard_a_deaf_asker_said_plainly_still_gets_the_deaf_line(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "dw i'n fyddar ac mae e'n fy mwrw i nawr", "Y Fenni", True)
    assert DEAF_LINE in _page_text(soup)


def test_guard_the_english_idiom_is_unchanged(bundled_client):
    # guard: passes before and after the change
    box = talk_box(searched(bundled_client, "i told my dad but he turned a deaf ear", "Neath"))
    assert "Text" not in box[0] and "chat" not in box[0].lower(), box
