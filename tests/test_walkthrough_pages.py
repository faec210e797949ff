"""The walk-through's page findings (F3, F4, F8, F11): what a person sees on the pages, with
the bundled listings."""

import re

from markupsafe import Markup


def _li(html: str, name: str) -> str:
    start = html.index(name)
    return html[html.rindex("<li", 0, start) : html.index("</li>", start)]


def test_get_help_now_the_mix_shows_how_to_reach_it(bundled_client):
    """F11: "The Mix:" followed by nothing."""
    html = bundled_client.get("/get-help-now").get_data(as_text=True)
    item = _li(html, "The Mix")
    after = re.sub(r"<[^>]+>", " ", item.split("</a>:", 1)[1])
    assert after.split(), item
    assert 'href="https://www.themix.org.uk/"' in item or "Website" in after, item


def test_a_text_number_is_a_tappable_sms_link(bundled_client):
    """F11: "Text 85258" was plain text."""
    html = bundled_client.get("/get-help-now").get_data(as_text=True)
    assert 'href="sms:85258"' in _li(html, "Shout 85258")
