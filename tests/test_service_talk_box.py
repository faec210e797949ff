"""(fifth walk-through F5) "Talk to someone now" on a service's own page fits the people the
service is for: adults' lines on an adults' service, children's lines first on a children's
service, Stop It Now on the page of a line for people worried about their own thoughts, parents'
lines on a parents' service; the site's own list on a service for everyone."""

from __future__ import annotations

import re

import pytest

CHILDRENS = {"childline", "meic"}


def talk_box(client, path: str) -> list[str]:
    """The services the page's "Talk to someone now" box names, in order."""
    html = client.get(path).get_data(as_text=True)
    found = re.search(r'aria-labelledby="helplines-title">(.*?)</section>', html, re.S)
    assert found, "no talk box"
    prefix = "/cy" if path.startswith("/cy/") else ""
    return re.findall(rf'href="{prefix}/service/([a-z0-9-]+)"', found.group(1))


@pytest.mark.parametrize("language", ["", "/cy"])
@pytest.mark.parametrize(
    "sid", ["stepping-stones-north-wales", "we-are-survivors", "napac", "safe-place-merseyside"]
)
def test_an_adults_service_page_offers_adults_lines(bundled_client, sid, language):
    lines = talk_box(bundled_client, f"{language}/service/{sid}")
    assert lines, lines
    assert not CHILDRENS & set(lines), lines
    assert "nspcc-helpline" not in lines, lines  # (for adults worried about a child)
    assert lines[0] in {"rape-crisis-247", "live-fear-free"}, lines


def test_a_childrens_service_page_offers_childline_first(bundled_client):
    assert talk_box(bundled_client, "/service/rasa-merseyside-sunflowers")[0] == "childline"
    assert talk_box(bundled_client, "/cy/service/rasa-merseyside-sunflowers")[0] == "meic"


@pytest.mark.parametrize("language", ["", "/cy"])
def test_the_worried_line_page_offers_lines_for_people_worried_about_themselves(
    bundled_client, language
):
    lines = talk_box(bundled_client, f"{language}/service/stop-it-now")
    assert lines[0] == "stop-it-now", lines
    assert set(lines) <= {"stop-it-now", "samaritans"}, lines


def test_a_parents_service_page_offers_the_parents_line_first(bundled_client):
    lines = talk_box(bundled_client, "/service/family-lives")
    assert lines[0] == "nspcc-helpline", lines
    assert "childline" not in lines, lines


def test_a_service_for_all_ages_keeps_the_sites_list(bundled_client):
    """(children and adults alike: the site's lines, Childline among them)"""
    assert "childline" in talk_box(bundled_client, "/service/new-pathways")
