"""Issue 23 (red-team D5): an ended search stays ended. A results address past its life is
refused both where it is accepted (GET /results/<token> and as the ``t`` of a POST to
/search), only the referral pack and the professional's choice carry over from it, and a token
reveals neither when it was made nor how much was typed."""

from __future__ import annotations

import base64

import pytest

from directory.search_token import SearchState, SearchTokens

CLOCK = {"now": 1_800_000_000.0}
MINUTE = 60.0
WORDS, PLACE = "zqprivatewords", "Leeds"


def _post(client, **fields) -> str:
    response = client.post("/search", data=fields)
    assert response.status_code == 303, response.data[:300]
    return response.headers["Location"]


def _token(address: str) -> str:
    return address.split("/results/", 1)[1].split("#", 1)[0]


@pytest.fixture
def clock():
    CLOCK["now"] = 1_800_000_000.0
    return CLOCK


@pytest.mark.app_config(DIRECTORY_CLOCK=lambda: CLOCK["now"])
def test_an_ended_search_cannot_be_revived_by_get_or_by_post(client, clock):
    address = _post(client, q=WORDS, location=PLACE)
    live = client.get(address)  # shows the results, never the words (issue 25)
    assert live.status_code == 200 and WORDS not in live.get_data(as_text=True)
    clock["now"] += 31 * MINUTE
    ended = client.get(address)
    assert ended.status_code == 410 and WORDS not in ended.get_data(as_text=True)
    assert "This search has ended" in ended.get_data(as_text=True)
    # posted back as the form's token, with each of the pack buttons or with nothing else:
    # a fresh address, but never the old search in it
    for extra in ({}, {"professional": "1"}, {"professional": "0"}, {"add": "fictional-mosac"}):
        fresh = _post(client, t=_token(address), **extra)
        html = client.get(fresh).get_data(as_text=True)
        assert WORDS not in html and f'value="{PLACE}"' not in html, extra
        assert "This search has ended" not in html  # a page of its own, not an error


@pytest.mark.app_config(DIRECTORY_CLOCK=lambda: CLOCK["now"])
def test_only_the_pack_and_the_professional_choice_outlive_a_search(app, client, clock):
    tokens = app.extensions["search_tokens"]
    address = _post(client, q=WORDS, location=PLACE)
    packed = _post(client, t=_token(address), add="fictional-leeds-counselling")
    assert tokens.decode(_token(packed)).args["q"] == (WORDS,)  # while it lives, kept
    clock["now"] += 31 * MINUTE
    again = _post(client, t=_token(packed), add="fictional-bradford-advocates")
    state = tokens.decode(_token(again))
    assert state.args == {}
    assert state.pack == ("fictional-leeds-counselling", "fictional-bradford-advocates")
    assert state.professional
    # and a new search typed on the page left open keeps the pack, with only the new words
    new = tokens.decode(_token(_post(client, t=_token(packed), q="advocate")))
    assert new.args == {"q": ("advocate",)} and new.pack == ("fictional-leeds-counselling",)


def test_a_token_does_not_show_how_much_was_typed():
    tokens = SearchTokens("secret", ttl=1800)
    one = tokens.encode(SearchState.from_form({"q": ["a"]}))
    long = tokens.encode(SearchState.from_form({"q": ["x" * 150]}))
    assert len(one) == len(long)
    with_place = tokens.encode(SearchState.from_form({"q": ["y" * 120], "location": ["LS8"]}))
    assert len(with_place) == len(one)


def test_a_token_does_not_show_when_it_was_made():
    # Fernet put the time in clear at bytes 1-8: two tokens made a day apart differed there
    made = {"now": 1_800_000_000.0}
    tokens = SearchTokens("secret", ttl=1800, clock=lambda: made["now"])
    first = base64.urlsafe_b64decode(_pad(tokens.encode(SearchState())))
    made["now"] += 86_400
    second = base64.urlsafe_b64decode(_pad(tokens.encode(SearchState())))
    for stamp in (1_800_000_000, 1_800_086_400):
        for width in (4, 8):
            assert stamp.to_bytes(width, "big") not in first + second
    assert first[:9] != second[:9]
    # the same search at the same time twice: nothing in common at all (a fresh nonce)
    again = base64.urlsafe_b64decode(_pad(tokens.encode(SearchState())))
    assert again[:12] != second[:12]


def _pad(token: str) -> str:
    return token + "=" * (-len(token) % 4)
