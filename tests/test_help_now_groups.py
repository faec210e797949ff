"""(third walk-through F7.4, F9) Get help now is one list in groups by who each line is for, in
the order a frightened reader scans for themselves: children and young people; adults worried
about a child; adults abused as children and anyone affected; someone worried about their own
thoughts; coping and suicide; then lines for particular communities. The Welsh page keeps
Wales's own lines first."""

from __future__ import annotations

import html as html_text
import re

import pytest

from directory.facade import Directory
from directory.web.talk import HELP_NOW_GROUPS, help_now_group

from .helpers import GAZETTEER_PATH

GROUP_HEADINGS = [
    "For children and young people",
    "For parents and adults worried about a child",
    "For adults abused as children, and anyone affected",
    "If you are worried about your own thoughts, or someone else's behaviour",
    "Struggling to cope, or thinking of suicide",
    "For particular communities",
]


def _main(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True).split("<main")[1].split("</main>")[0]


def _read(html: str) -> list[str]:
    """The headings and the services, top to bottom."""
    found = re.findall(r'<h[23][^>]*>(.*?)</h[23]>|href="/(?:cy/)?service/([^"]+)"', html)
    return [html_text.unescape(heading) or service for heading, service in found]


def _group_of(page: list[str], service: str) -> str:
    at = page.index(service)
    return next(item for item in reversed(page[:at]) if item in GROUP_HEADINGS)


def test_the_groups_come_in_the_order_a_frightened_reader_scans(bundled_client):
    page = _read(_main(bundled_client, "/get-help-now"))
    headings = [item for item in page if item in GROUP_HEADINGS]
    assert headings == GROUP_HEADINGS
    assert page[page.index(GROUP_HEADINGS[0]) + 1] == "childline"


@pytest.mark.parametrize(
    ("service", "heading"),
    [
        ("nspcc-helpline", "For parents and adults worried about a child"),
        ("family-lives", "For parents and adults worried about a child"),
        ("rape-crisis-247", "For adults abused as children, and anyone affected"),
        ("napac", "For adults abused as children, and anyone affected"),
        ("stop-it-now", "If you are worried about your own thoughts, or someone else's behaviour"),
        ("samaritans", "Struggling to cope, or thinking of suicide"),
        ("papyrus-hopeline", "Struggling to cope, or thinking of suicide"),
        ("galop-rsa", "For particular communities"),
        ("jewish-womens-aid", "For particular communities"),
        ("karma-nirvana-honour-based-abuse-helpline", "For particular communities"),
    ],
)
def test_each_line_is_under_who_it_is_for(bundled_client, service, heading):
    page = _read(_main(bundled_client, "/get-help-now"))
    assert _group_of(page, service) == heading


def test_the_parents_line_and_stop_it_now_come_before_lines_for_particular_people(
    bundled_client,
):
    page = _read(_main(bundled_client, "/get-help-now"))
    # a suicide line for people up to 35 is no longer second, above the 24/7 line and the NSPCC
    assert page.index("papyrus-hopeline") > page.index("rape-crisis-247")
    assert page.index("samaritans") < page.index("papyrus-hopeline")
    for particular in (
        "galop-rsa",
        "jewish-womens-aid",
        "karma-nirvana-honour-based-abuse-helpline",
    ):
        assert page.index("nspcc-helpline") < page.index("stop-it-now") < page.index(particular)


def test_each_group_is_a_link_at_the_top_of_the_list(bundled_client):
    html = _main(bundled_client, "/get-help-now")
    jumps = re.search(r'<ul class="govuk-list app-help-groups">(.*?)</ul>', html, re.S).group(1)
    for code in re.findall(r'href="#help-([a-z-]+)"', jumps):
        assert f'id="help-{code}"' in html
    assert html.index("app-help-groups") < html.index("/service/childline")


def test_the_welsh_page_keeps_wales_first_and_groups_in_welsh(bundled_client):
    page = _read(_main(bundled_client, "/cy/get-help-now"))
    assert page.index("meic") < page.index("live-fear-free") < page.index("childline")
    assert "Ar gyfer plant a phobl ifanc" in page
    assert "Os ydych chi’n poeni am eich meddyliau eich hun, neu am ymddygiad rhywun arall" in page
    assert page.index("nspcc-helpline") < page.index("stop-it-now") < page.index("galop-rsa")


def test_grouping_loses_and_repeats_no_line(bundled_client, bundled_index, gazetteer):
    national = Directory(bundled_index, gazetteer, GAZETTEER_PATH).national_lines
    ids = {s.id for s in national}
    html = _main(bundled_client, "/get-help-now").split("Services across Wales")[0]
    shown = [item for item in _read(html) if item in ids]
    assert sorted(shown) == sorted(ids)
    assert {help_now_group(s) for s in national} <= set(HELP_NOW_GROUPS)
