"""The results page's first screen on a phone (390×844, real Chromium, the bundled listings):
for a child, a parent, an adult man abused as a boy, someone worried about their own thoughts,
a professional and a Welsh child, the first line of "Talk to someone now" AND the first result
card's name and its first way to get in touch (a number, or a website) are all on the first
screen, with "Exit this page" in view (and still in view after scrolling), and none of the words
typed anywhere on the page but the search field.

Before this budget the preamble (a two-line danger bar, a two-row header, "Search results", a
sentence saying where, the h2 saying it again, the age line, the professionals' link, "Filter
these results") put the first card's name at about 765 px and its contact lines below 1,100 px.

"On the first screen": the element's bounding box ends (bottom) within 844 CSS pixels of the top
of the page."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import SCREEN, Language

#: where the first screen's parts end, in CSS pixels from the top of the page
_BOTTOMS = """(contactLabel) => {
  const bottom = e => e ? e.getBoundingClientRect().bottom + window.scrollY : null
  const talk = document.querySelector('.app-talk-now li')
  const card = [...document.querySelectorAll('main .app-result')].find(c => c.checkVisibility())
  const title = card ? card.querySelector('.app-result__title') : null
  let contact = null
  for (const row of card ? card.querySelectorAll('.govuk-summary-list__row') : []) {
    if (row.querySelector('dt').innerText.trim() === contactLabel) {
      const value = row.querySelector('dd')
      contact = value.firstElementChild || value
      break
    }
  }
  return {talk: bottom(talk), title: bottom(title), contact: bottom(contact),
          titleText: title ? title.innerText : null}
}"""

#: (who, words, where, language, a word of theirs the page must not repeat)
PEOPLE = [
    (
        "child",
        "my mums boyfriend does stuff to me when shes out, im 12",
        "Leicester",
        "en",
        "boyfriend",
    ),
    (
        "parent",
        "our daughter is 7 and said her grandad touched her, what do we do now",
        "Watford",
        "en",
        "grandad",
    ),
    (
        "man",
        "i am 44, a priest abused me when i was an altar boy, looking for counselling",
        "Sunderland",
        "en",
        "priest",
    ),
    (
        "own-thoughts",
        "scared of my urges towards children, never acted on them, want help",
        "Exeter",
        "en",
        "urges",
    ),
    (
        "professional",
        "health visitor here, a mum says her 6 year old disclosed abuse by his father, "
        "where can i refer",
        "Nottingham",
        "en",
        "visitor",
    ),
    (
        "welsh-child",
        "mae fy llystad yn cyffwrdd â fi yn y nos, dwi’n 13",
        "Abertawe",
        "cy",
        "llystad",
    ),
    (
        # (w37child) nothing near: a plain line for a child, before the talk box
        "child-nothing-near",
        "my stepdad keeps touching me at night, im eleven",
        "Rotherham",
        "en",
        "stepdad",
    ),
    # (w45lang) a language asked for: the line saying no service here offers it is above the
    # talk box
    (
        "language-asked",
        "my husband only speaks Punjabi, our son was abused by his cousin, who can help us",
        "Southampton",
        "en",
        "cousin",
    ),
    # (w46adult) words written wholly in another language: the line that a service can be
    # asked for an interpreter is above the talk box, in English and on the Welsh page
    (
        "another-language",
        "meu filho foi abusado pelo padrasto",
        "Luton",
        "en",
        "padrasto",
    ),
    (
        "welsh-page-another-language",
        "mój syn był molestowany przez wujka",
        "Wrecsam",
        "cy",
        "wujka",
    ),
    # (w45ask) a child who wants someone now: the services available everywhere, with their
    # heading and line, come before those near, Childline's card first
    (
        "child-wants-someone-now",
        "need someone to talk to tonight, my step brother does stuff to me. im 14",
        "Hereford",
        "en",
        "brother",
    ),
    (
        "welsh-child-wants-someone-now",
        "dw i isio siarad efo rhywun heno, mae fy nghefnder yn cyffwrdd fi, dwi n 13",
        "Llanelli",
        "cy",
        "nghefnder",
    ),
    # (w43place) a whole country, and a postcode in a sentence: the page's lines about the
    # place are longer than "Within 25 miles" (for "near me" and the Crown Dependencies, whose
    # place is not used: test_place_not_found_screen.py)
    ("whole-country", "my neighbour abused me as a child, im 35 now", "England", "en", "neighbour"),
    (
        "postcode-in-a-sentence",
        "my brother abused me when we were kids",
        "my postcode is LS6 2AB",
        "en",
        "brother",
    ),
    # (w46child) someone asking to talk, with no place: the talk box above the cards available
    # everywhere
    ("talk-no-place", "i just need someone to talk to, feeling shaky", "", "en", "shaky"),
    # (w46child) a child who cannot phone: the lines available everywhere before those near
    (
        "child-cannot-phone",
        "im 11 and i cant call anyone, my brother does stuff to me",
        "Walsall",
        "en",
        "brother",
    ),
    # (w48crisis) a plan of suicide said as now: "If your life is at risk now, call 999 or go
    # to A&E." above the talk box, in English and on the Welsh page
    (
        "plan-now",
        "my uncle abused me for years and ive got all my tablets lined up",
        "Stockport",
        "en",
        "uncle",
    ),
    (
        "welsh-plan-now",
        "dw i'n 40, cefais fy ngham-drin yn blentyn, mae'r tabledi i gyd o fy mlaen i",
        "Caerdydd",
        "cy",
        "tabledi",
    ),
    # (w49suicide) a wish to die said with no time: the same warning above the talk box
    (
        "own-wish-no-time",
        "i want to end it all, my stepbrother abused me",
        "Gloucester",
        "en",
        "stepbrother",
    ),
    (
        "welsh-own-wish-no-time",
        "dw i moyn marw, cefais fy ngham-drin gan fy nhad pan on i'n blentyn",
        "Casnewydd",
        "cy",
        "nhad",
    ),
    # (w48cy2) an overdose counted, on the Welsh page: its longer warning to call 999 or go to
    # A&E above the talk box
    (
        "welsh-overdose-counted",
        "dw i newydd gymryd 30 ibuprofen, cefais fy ngham-drin gan fy nhad",
        "Abertawe",
        "cy",
        "ibuprofen",
    ),
    # (w49cy) the Welsh of ending it and of a bottle of pills: their warnings above the talk box
    (
        "welsh-ending-it",
        "dw i am roi diwedd ar bopeth, cefais fy ngham-drin gan fy ewythr",
        "Pen-y-bont ar Ogwr",
        "cy",
        "ewythr",
    ),
    (
        "welsh-bottle-of-pills",
        "dwi di llyncu potel o barasetamol, cefais fy ngham-drin gan fy nhaid",
        "Llanelli",
        "cy",
        "nhaid",
    ),
    # (w52suicide) someone else's suicide said as tonight: "Someone's life at risk now? Call
    # 999." above the talk box, in English and on the Welsh page
    (
        "others-suicide-tonight",
        "my cousin says she is going to end her life tonight, her stepdad abused her",
        "Nuneaton",
        "en",
        "stepdad",
    ),
    (
        "welsh-others-suicide-tonight",
        "mae fy nghefnder yn mynd i ladd ei hun heno, cafodd ei gam-drin gan ei ewythr",
        "Wrecsam",
        "cy",
        "nghefnder",
    ),
]


@pytest.mark.parametrize(
    ("who", "words", "where", "code", "theirs"), PEOPLE, ids=[p[0] for p in PEOPLE]
)
def test_the_talk_box_and_the_first_card_with_its_contact_are_on_the_first_screen(
    phone, real_server, who, words, where, code, theirs
):
    lang = Language(code)
    phone.goto(real_server + lang.prefix + "/")
    search_with_the_form(phone, words, where, lang)
    lang.check(phone)
    phone.evaluate("window.scrollTo(0, 0)")
    found = phone.evaluate(_BOTTOMS, "Cysylltu" if code == "cy" else "Contact")
    assert found["talk"] is not None, found
    assert found["title"] is not None and found["contact"] is not None, found
    height = SCREEN["height"]
    assert found["talk"] <= height, (who, found)
    assert found["title"] <= height, (who, found)
    assert found["contact"] <= height, (who, found)
    # Exit this page: on the first screen, and still in view halfway down the page
    exit_button = phone.get_by_role("button", name=lang("Exit this page")).first
    box = exit_button.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height
    phone.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)")
    box = exit_button.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height
    # none of their words on the page, except in the search field
    text = phone.locator("body").inner_text().casefold()
    assert words.casefold() not in text
    assert theirs.casefold() not in text, who
