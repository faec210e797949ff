"""(twenty-third Welsh review F8; w56cy) Two false alarms. A goodbye message to someone leaving
(a head teacher, a friend moving away: "neges ffarwel i'r pennaeth") was read as the asker's
own goodbye before suicide; not wanting to be here at work or in a lesson ("bod yma yn y
gwaith") as not wanting to live. Both showed "Perygl i'ch bywyd nawr?", which their English
twins do not. Now no warning; Samariaid stay first for not wanting to be here, as in English.
Guards: a goodbye sent to mum and "dwi ddim isio bod yma rhagor" still warn; the English twin.
Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OWN_LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("wi wedi hala neges ffarwel i'r pennaeth", "Caerfyrddin"),
        ("dwi di gyrru neges hwyl fawr i fy ffrind sy'n symud i Awstralia", "Caergybi"),
    ],
)
def test_a_goodbye_to_someone_leaving_brings_no_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place, welsh=True), OWN_LIFE_CY), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("sa i moyn bod yma yn y gwaith heddi", "Llandeilo"),
        ("dwi'm isio bod yma yn y wers", "Blaenau Ffestiniog"),
    ],
)
def test_not_wanting_to_be_here_at_work_or_in_class_brings_samariaid_but_no_warning(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place, welsh=True)
    assert not warned(soup, OWN_LIFE_CY), words
    assert talk_names(talk_box(soup))[0] == "Samariaid", (words, talk_box(soup))


@pytest.mark.parametrize(
    "words", ["dwi wedi anfon neges ffarwel i mam", "dwi ddim isio bod yma rhagor"]
)
def test_guard_a_goodbye_to_mum_and_not_wanting_to_be_here_still_warn(bundled_client, words):
    # guard: passes before and after the change
    assert warned(searched(bundled_client, words, "Llandeilo", welsh=True), OWN_LIFE_CY), words


def test_guard_the_english_twin_is_unchanged(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "i dont want to be here at school", "Llandeilo")
    assert not warned(soup, "If your life is at risk now")
    assert talk_names(talk_box(soup))[0] == "Samaritans"
