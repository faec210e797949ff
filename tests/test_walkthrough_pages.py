"""The walk-through's page findings (F3, F4, F8, F11): what a person sees on the pages, with
the bundled listings."""

import re


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


def _search(client, q: str, location: str = "") -> str:
    response = client.post("/search", data={"q": q, "location": location})
    assert response.status_code == 303
    return client.get(response.headers["Location"]).get_data(as_text=True)


def _first_card(html: str, section: str) -> int:
    start = html.index(section)
    return html.index('class="app-result"', start)


def test_a_child_sees_the_talk_box_before_the_local_cards(bundled_client):
    """F3: the first screen led with a forensic centre 36-47 miles away; Childline came after."""
    for q, place in [
        ("my grandad touches me im 13", "Wolverhampton"),
        ("my grandad does stuff to me i dont like", "Plymouth"),
    ]:
        html = _search(bundled_client, q, place)
        talk = html.index("app-talk-now")
        assert 'class="app-result"' in html[talk:]
        assert 'class="app-result"' not in html[html.index("<main") : talk], (q, place)
        assert "Childline" in html[talk : html.index("</aside>", talk)]


def test_a_professional_still_sees_local_cards_first(bundled_client):
    # an adult now gets the talk box first, so that a phone's first screen holds a number
    # (fourth walk-through F1); a professional making a referral, whose first local card has
    # a number of its own, still gets the local services first
    html = _search(bundled_client, "referral for a client, adult survivor of abuse", "Chelmsford")
    talk = html.index("app-talk-now")
    assert 'class="app-result"' in html[html.index("<main") : talk]


def test_did_you_mean_does_not_repeat_the_words(bundled_client):
    """F4: "Did you mean my grandad tuches me at nite?" at the top of the results. (Twenty-
    fourth walk-through F5: those words alone are no longer called misspelt, the search reads
    them already; a misspelt kind of help with them still is.)"""
    html = _search(bundled_client, "my granded tuches me at nite, need councilling")
    assert "app-suggestion" in html
    line = html[html.index("app-suggestion") : html.index("</p>", html.index("app-suggestion"))]
    for word in ("grandad", "granded", "tuches", "nite"):
        assert word not in line, line
    assert "Search with the spelling corrected" in line


def test_other_services_near_you_come_before_the_other_national_services(bundled_client):
    """F2: local services matching fewer words sat below 27-28 national cards."""
    # (fifth walk-through F3) Leicester's children's services now fit this parent and come
    # first; in Liverpool the SARC still matches fewer words
    html = _search(
        bundled_client, "her father abused my 9 year old, where can we both get help", "Liverpool"
    )
    assert 'id="more-title"' in html
    assert html.index('id="more-title"') < html.index('id="more-national"')
    assert html.index('id="national-title"') < html.index('id="more-title"')


def test_far_services_listed_for_their_area_say_so(bundled_client):
    """F9: "Services within 25 miles" above services 36-47 miles away; "0.0 miles away"."""
    html = _search(bundled_client, "my uncel abusing me", "Hereford")
    miles = [float(m) for m in re.findall(r"([0-9]+(?:\.[0-9])?) miles away", html)]
    if any(m > 25 for m in miles):
        assert "and services that cover it" in html
        for m in re.finditer(r'<p class="govuk-body app-where">(.*?)</p>', html, re.S):
            far = re.search(r"([0-9]+(?:\.[0-9])?) miles away", m.group(1))
            if far and float(far.group(1)) > 25:
                assert m.group(1).startswith("<strong>Covers your area"), m.group(1)
    assert "0.0 miles away" not in _search(bundled_client, "", "Plymouth")


def test_the_pack_csv_says_when_where_from_and_who_to_call(bundled_client):
    """F8: the CSV had no date, no site address and no helplines; the printed pack has them."""
    import csv
    import io

    text = bundled_client.get("/referral-pack.csv?id=childline").get_data(as_text=True)
    header, *rows = list(csv.reader(io.StringIO(text)))
    flat = "\n".join(",".join(r) for r in rows)
    assert re.search(r"Made on \d+ \w+ 20\d\d from Find support, http", flat), flat[-600:]
    # (w30pack) each line a row of its own, in the same columns as the services
    lines = [dict(zip(header, r, strict=True)) for r in rows if r[0] == "Talk to someone now"]
    assert ("Childline", "0800 1111") in [(r["Service"], r["Phone"]) for r in lines]
    assert lines[-1]["Phone"] == "999"


def test_the_start_page_offers_a_childrens_line_near_the_top(bundled_client):
    """F3: the start page's first screen had no children's line."""
    html = bundled_client.get("/").get_data(as_text=True)
    line = html.index("app-child-line")
    assert line < html.index('id="q"')
    assert 'href="tel:' in html[line : html.index("</p>", line)]
