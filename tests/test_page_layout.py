"""Issue 25 (part B), what the pages hold: the results summary does not repeat the words typed,
the service page puts how to make contact first, the referral pack says when and where it was
made and gives the helplines, the query field is not spell-checked, the danger line is in a
landmark, and the neutral page that replaces a search after "Exit this page"."""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date

from directory.web.i18n import long_date


def _html(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


def _post_search(client, **form: str) -> str:
    response = client.post("/search", data=form)
    assert response.status_code == 303
    return _html(client, response.headers["Location"])


def test_the_results_summary_and_headings_never_repeat_the_words_typed(client):
    html = _post_search(client, q="stepdad counselling", location="Leeds")
    summary = re.search(r'<p class="govuk-body app-search-summary">(.*?)</p>', html, re.S)
    assert "stepdad" not in summary.group(1)
    assert "Within 25 miles" in summary.group(1)
    assert re.search(r"<h1[^>]*>Services near Leeds", html)
    assert not [h for h in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", html, re.S) if "stepdad" in h]
    # nor anywhere else in a results address's page, not even the field (issue 25: the tab
    # that typed them puts them back); the field is empty and says why
    assert "stepdad" not in html
    assert re.search(r'<input[^>]*id="q"[^>]*value=""', html)
    assert "Your words are not shown again, to keep them private." in html
    without_place = _post_search(client, q="stepdad")
    assert "Services that match your search." in without_place


def test_the_query_field_is_neither_spell_checked_nor_corrected(client):
    for html in (_html(client, "/"), _post_search(client, q="stepdad", location="Leeds")):
        field = re.search(r'<input[^>]*id="q"[^>]*>', html).group(0)
        assert 'spellcheck="false"' in field
        assert 'autocorrect="off"' in field and 'autocomplete="off"' in field


def test_the_danger_line_is_inside_the_banner_landmark(client):
    html = _html(client, "/")
    header = re.search(r'<header class="app-header">(.*?)</header>', html, re.S).group(1)
    assert 'href="tel:999"' in header and "app-danger-bar" in header


def test_a_results_page_names_the_neutral_page_that_replaces_it_after_exit(client):
    html = _post_search(client, q="stepdad", location="Leeds")
    assert re.search(r'<html [^>]*data-app-private="/search-ended"', html)
    assert "data-app-private-back" not in html.split(">", 2)[1]  # never shown again
    # every other page too (walk-through F4: Back after Exit showed Childline's page), but one
    # opened afresh from a link is shown
    about = _html(client, "/about")
    assert re.search(r'<html [^>]*data-app-private="/search-ended" data-app-private-back', about)
    ended = _html(client, "/search-ended")
    assert "data-app-private" not in ended
    assert "This search has ended" in ended and "stepdad" not in ended
    assert 'name="robots" content="noindex"' in ended


def test_the_service_page_shows_how_to_make_contact_before_the_rest(client):
    html = _html(client, "/service/fictional-leeds-counselling")
    contact = html.index(">Contact</h2>")
    for later in ("Who it is for", "How to get access", "app-checked", "Opening hours"):
        assert contact < html.index(later), later


def test_eligibility_not_stated_comes_after_what_is_known(bundled_client):
    html = _html(bundled_client, "/service/childline")
    assert html.index(">Contact</h2>") < html.index("0800 1111") < html.index("Who it is for")
    eligibility = re.search(r"Eligibility\s*</dt>\s*<dd[^>]*>\s*Not stated", html)
    if eligibility:
        assert eligibility.start() > html.index("Opening hours")


def test_the_referral_pack_says_when_and_where_it_was_made_and_gives_the_helplines(
    bundled_client,
):
    app = bundled_client.application
    html = _html(bundled_client, "/referral-pack?id=childline&id=napac")
    with app.test_request_context("/"):
        today = long_date(dt.date.today())
    assert f"Made on {today} from Find support, {app.config['DIRECTORY_PUBLIC_URL']}/" in html
    helplines = html[
        html.index('id="pack-helplines-title"') : html.index(
            "</section>", html.index('id="pack-helplines-title"')
        )
    ]
    assert 'href="tel:08001111"' in helplines or "0800 1111" in helplines
    # the dates as the pages write them ("26 November 2026"), not ISO
    assert not re.search(r"<dd[^>]*>\s*\d{4}-\d{2}-\d{2}\s*</dd>", html)
    welsh = _html(bundled_client, "/cy/referral-pack?id=childline")
    heddiw = format_date(dt.date.today(), "d MMMM y", locale="cy")  # "5 Rhagfyr 2026"
    assert heddiw in welsh and heddiw != today


def test_the_start_page_lets_a_professional_turn_on_the_referral_pack(client):
    start = _html(client, "/")
    assert 'name="as_professional"' in start
    html = _post_search(client, q="counselling", location="Leeds", as_professional="1")
    assert "Your referral pack is empty" in html  # not "0 services" (ninth walk-through F8)
    assert "Add to pack" in html
    # not chosen: no pack tools
    assert "Add to pack" not in _post_search(client, q="counselling", location="Leeds")


def test_staying_safe_says_what_remains_on_the_phone_and_without_javascript(client):
    html = _html(client, "/staying-safe-online")
    # (issue 25: the tab keeps the words, a results page no longer holds them)
    assert "call log" in html and "keyboard" in html and "keeps your search words" in html
    assert "With JavaScript off" in html
