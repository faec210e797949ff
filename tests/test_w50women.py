"""(fortieth walk-through F4) A service for women and girls only said so only on its "Who it is
for" line, below a phone's first screen: a man of 61 in bits had Rape Crisis Tyneside and
Northumberland as his first card with nothing by its name to say it was not for him. A card
for a women-only service now carries "Women and girls" by its name, as one for boys and men
carries "Boys and men"; a service for anyone carries neither."""

from tests.helpers import cards_and_words, searched


def _card(soup, sid: str) -> str:  # noqa: ANN001 (a parsed page)
    words = dict(cards_and_words(soup))
    assert sid in words, list(words)[:8]
    return words[sid]


def test_a_women_only_service_says_so_by_its_name(bundled_client):
    soup = searched(bundled_client, "abused as a child by my uncle, need counselling", "Leeds")
    head = _card(soup, "sarsvl-leeds").split("Contact")[0]
    assert "Women and girls" in head, head


def test_a_women_only_service_says_so_in_welsh(bundled_client):
    soup = searched(bundled_client, "cefais fy ngham-drin yn blentyn", "Leeds", welsh=True)
    head = _card(soup, "sarsvl-leeds").split("Cysylltu")[0]
    assert "Menywod a merched" in head, head


def test_guard_a_service_for_anyone_carries_no_such_tag(bundled_client):
    # passes on main too
    soup = searched(bundled_client, "abused as a child by my uncle, need counselling", "Leeds")
    head = _card(soup, "rape-crisis-247").split("Contact")[0]
    assert "Women and girls" not in head and "Boys and men" not in head, head
