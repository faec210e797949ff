"""(issue 24, issue 25) A results page never buries the services that match under dozens of
others: the services near the place that fit the search less well ("Other services near
you") follow the last page of those that fit, at most ``LESSER_LOCAL_SHOWN`` of them, so the
first page holds at most a page of local services. Fictional listings, many in one city."""

from __future__ import annotations

import pytest

from directory.search import build_index
from directory.web import LESSER_LOCAL_SHOWN
from tests.fixtures.make_fictional import LEEDS, service, venue
from tests.helpers import new_app, page, write_data

#: fictional services in Leeds for adults (the asker's words fit them) and for children and
#: young people only (near, but not for an adult asking for themselves)
FOR_ADULTS = 26
FOR_CHILDREN = LESSER_LOCAL_SHOWN + 5


def _records() -> list[dict]:
    def local(sid: str, name: str, audiences: list[str], n: int) -> dict:
        return service(
            sid,
            name,
            description="Fictional counselling after sexual abuse, face to face in Leeds.",
            support_types=["counselling-therapy"],
            audiences=audiences,
            delivery_modes=["face-to-face"],
            referral_routes=["self-referral"],
            service_area={"local_authorities": ["E08000035"], "description": "Leeds"},
            locations=venue(LEEDS),
            contact={"phone": f"01632 960{n:03d}"},
        )

    adults = [
        local(f"fictional-adults-{n}", f"Fictional Adults Counselling {n}", ["adult-survivors"], n)
        for n in range(FOR_ADULTS)
    ]
    children = [
        local(
            f"fictional-children-{n}",
            f"Fictional Children Counselling {n}",
            ["children-young-people"],
            100 + n,
        )
        for n in range(FOR_CHILDREN)
    ]
    return adults + children


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from directory.data import validate_records

    records = _records()
    services, errors = validate_records(records, "fictional")
    assert not errors, errors
    root = tmp_path_factory.mktemp("crowded")
    build_index(services, root)
    data = write_data(tmp_path_factory.mktemp("data"), records)
    return new_app(DIRECTORY_INDEX_PATH=root, DIRECTORY_DATA_PATH=data).test_client()


WORDS = "counselling for me, i was sexually abused as a child"


def _cards(soup, section: str) -> list[str]:
    return [a["href"] for a in soup.select(f"section[aria-labelledby={section}] .app-result h3 a")]


def test_the_first_page_holds_a_page_of_local_services_and_no_more(client):
    soup = page(client.get("/search", query_string={"q": WORDS, "location": "Leeds"}))
    near = _cards(soup, "local-title")
    assert len(near) == 20
    assert all("adults" in href for href in near)
    # the services near that fit less well are not on this page, nor said to be
    assert not soup.select("#more-title")


def test_the_services_that_fit_less_well_follow_the_last_page_at_most_a_page_of_them(client):
    soup = page(client.get("/search", query_string={"q": WORDS, "location": "Leeds", "page": 2}))
    near = _cards(soup, "local-title")
    assert len(near) == FOR_ADULTS - 20
    lesser = _cards(soup, "more-title")
    assert len(lesser) == LESSER_LOCAL_SHOWN
    assert all("children" in href for href in lesser)


def test_the_api_still_lists_every_service_near(client):
    found = client.get("/api/v1/services", query_string={"q": WORDS, "location": "Leeds"}).json
    assert len(found["more_nearby"]) == FOR_CHILDREN
