"""Get help now after the sixth walk-through: numbers above the contents list (F8), a talk box's
"More helplines" going to the asker's group (F8.4), and a line with no number we could confirm
saying how to reach it (F4.7)."""

from __future__ import annotations

import re

from directory.web.talk import help_now_first, help_now_groups


def _main(client, path: str, **query) -> str:
    html = client.get(path, query_string=query, follow_redirects=True).get_data(as_text=True)
    return html[html.index("<main") :]


def _tel(service) -> str:
    return service.contact.callable_phone.replace(" ", "")


def test_a_number_to_call_comes_before_the_list_of_groups(bundled_client, by_id):
    main = _main(bundled_client, "/get-help-now")
    contents = main.index("app-help-groups")
    first_tel = main.index('href="tel:', main.index("press 55"))
    assert first_tel < contents
    above = main[:contents]
    # a child's line, an adult survivor's line and (forty-ninth walk-through F7) the line for
    # someone thinking of suicide, each with its number, and no more than four
    numbers = re.findall(r'href="tel:(\d+)"', above)
    assert _tel(by_id["childline"]) in numbers
    assert _tel(by_id["rape-crisis-247"]) in numbers  # the 24/7 line, for adults
    assert _tel(by_id["samaritans"]) in numbers
    assert len(numbers) - numbers.count("999") <= 4


def test_the_first_lines_are_the_groups_own_first_numbers(directory):
    groups = help_now_groups(directory.national_lines)
    first = help_now_first(groups)
    assert [code for code, _ in first] == ["children", "worried-about-a-child", "survivors"]
    for code, service in first:
        in_group = dict(groups)[code]
        callable_lines = [s for s in in_group if s.contact.callable_phone]
        assert service is callable_lines[0]


def test_more_helplines_goes_to_the_group_of_whoever_is_asking(bundled_client):
    cases = {
        "my brother does stuff to me at night and i am 12": "#help-children",
        "my son told me his coach touched him, what do i do": "#help-worried-about-a-child",
        "i keep getting urges about kids and want to stop": "#help-own-thoughts",
        "abused as a kid, now 40 and cannot sleep": "#help-survivors",
    }
    for words, anchor in cases.items():
        main = _main(bundled_client, "/search", q=words, location="Leeds")
        box = main[main.index("app-talk-now") :]
        link = re.search(r'href="([^"]*)">More helplines', box)
        assert link, words
        assert link.group(1).endswith("/get-help-now" + anchor), (words, link.group(1))
    # and each of those is a group on the page
    page = _main(bundled_client, "/get-help-now")
    for anchor in cases.values():
        assert f'id="{anchor[1:]}"' in page


def test_a_helpline_with_no_number_says_how_to_reach_it(bundled_client, by_id):
    napac = by_id["napac"]
    assert not napac.contact.phone and napac.contact.website  # as its listing holds today
    main = _main(bundled_client, "/get-help-now")
    line = main[main.index("/service/napac") :]
    line = line[: line.index("</li>")]
    assert "no phone number we could confirm: use their website" in line
    assert str(napac.contact.website) in line
    # a line whose number is held back until confirmed says that instead, never both
    trust = main[main.index("/service/survivors-trust") :]
    trust = trust[: trust.index("</li>")]
    assert "Phone number being confirmed: use their website." in trust
    assert "no phone number we could confirm" not in trust
