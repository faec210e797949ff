"""A printed referral pack or results page carries no site navigation (fifth walk-through F7:
the header's links and "Exit this page" printed in grey), even when the separate print sheet
has not arrived yet or is blocked: the main sheet holds the print rules too. The date, the
site's address and the lines to call still print."""

from __future__ import annotations

import pytest

PACK = "/referral-pack?id=nspcc-helpline&id=new-pathways"


def _printed_text(page) -> str:
    page.emulate_media(media="print")
    return page.evaluate(
        "() => [...document.body.querySelectorAll('*')].filter(e => e.checkVisibility()"
        " && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))"
        ".map(e => [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim())"
        ".join(' ')).join('\\n')"
    )


@pytest.mark.parametrize("print_sheet", ["blocked", "loaded"])
@pytest.mark.parametrize(
    ("prefix", "gone", "kept"),
    [
        (
            "",
            [
                "Staying safe online",
                "Exit this page",
                "Cymraeg",
                "About",
                "Download as a spreadsheet",
            ],
            ["Made on", "Talk to someone now", "999"],
        ),
        (
            "/cy",
            ["Aros yn ddiogel ar-lein", "Gadael y dudalen hon", "English"],
            ["Cafodd y pecyn hwn ei wneud", "999"],
        ),
    ],
)
def test_the_pack_prints_without_the_sites_links(
    browser, real_server, print_sheet, prefix, gone, kept
):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    if print_sheet == "blocked":
        page.route("**/static/build/print.*", lambda route: route.abort())
    page.goto(real_server + prefix + PACK)
    text = _printed_text(page)
    context.close()
    lines = text.splitlines()
    for words in gone:
        assert not any(line.startswith(words) for line in lines), (words, text[:800])
    for words in kept:
        assert words in text, words
    assert real_server in text  # the site's address, on paper


def test_a_results_page_prints_without_the_header_or_exit(browser, real_server):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.route("**/static/build/print.*", lambda route: route.abort())
    page.goto(real_server + "/search?q=counselling&location=Leeds")
    text = _printed_text(page)
    context.close()
    assert "Exit this page" not in text
    assert "Staying safe online" not in text
