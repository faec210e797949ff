"""A results page reads the person's words once for the age, the talk box and the communities
asked (they were understood up to nine times a page), and keeps them no longer than its request:
nothing outside the request object holds them."""

from __future__ import annotations

import importlib

import directory.facade as facade
import directory.finder as finder
import directory.search.query as query
import directory.search.ranking as ranking


def test_one_results_page_understands_the_words_at_most_four_times(monkeypatch, bundled_client):
    calls: list[str] = []
    real = importlib.import_module("directory.search.understand").understand

    def counting(text: str):
        calls.append(text)
        return real(text)

    # every module that reads the words, by the name it calls
    for module in (finder, facade, query, ranking):
        monkeypatch.setattr(module, "understand", counting)
    words = "my uncle keeps touching me im 12 i need someone to talk to"
    response = bundled_client.get("/search", query_string={"q": words, "location": "Leeds"})
    assert response.status_code == 200
    assert "Childline" in response.get_data(as_text=True)
    # once for the request (age, talk box, communities); the search room reads them again, with
    # text only, for the keyword match and the ranking (three times: it was up to nine a page)
    assert 1 <= calls.count(words) <= 4, calls
