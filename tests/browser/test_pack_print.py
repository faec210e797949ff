"""Fourth walk-through F5: a referral pack of three services printed on four pages, with the
lines to call twice. Printed by Chromium (A4 and Letter): two sheets at most, the lines once."""

from __future__ import annotations

import re

import pytest

THREE = ["trust-house-lancashire", "safety-net-cumbria", "new-pathways"]
#: three with long descriptions, sources and addresses
LONGER = ["emcypsas-serenity-northampton", "nspcc-helpline", "childline"]


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.parametrize("ids", [THREE, LONGER])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_three_services_print_on_two_sheets_with_the_lines_once(browser, real_server, ids, paper):
    context = browser.new_context()
    page = context.new_page()
    page.goto(real_server + "/referral-pack?" + "&".join(f"id={i}" for i in ids))
    # the print style sheet is loaded (media="print" sheets load late)
    page.wait_for_function(
        "() => [...document.styleSheets].some(s => (s.href || '').includes('/print.'))"
        " && [...document.styleSheets].every(s => { try { return s.cssRules.length > 0 }"
        " catch (e) { return true } })"
    )
    pdf = page.pdf(format=paper)
    page.emulate_media(media="print")
    shown = page.evaluate(
        "() => [...document.querySelectorAll('h2')].filter(h => h.checkVisibility())"
        ".map(h => h.textContent.trim())"
    )
    context.close()
    assert _pages(pdf) <= 2
    assert shown.count("Talk to someone now") == 1
    assert len([h for h in shown if h != "Talk to someone now"]) == 3
