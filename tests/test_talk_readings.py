"""(issue 24) "Talk to someone now" orders the phone lines once per build and reading of the
words (who seems to be asking, and how), not on every page: the box a search gets is the same
whether the build has answered other searches before it or not, and what is kept holds no
words and stays bounded."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from directory.config import PROJECT_ROOT as ROOT
from directory.facade import _READINGS_KEPT, Directory
from directory.finder import FindRequest, find
from directory.web.talk import HELPLINE_ORDER, HELPLINE_ORDER_CY
from tests.helpers import GAZETTEER_PATH

SEARCHES = [
    (json.loads(line)["query"], json.loads(line).get("location", ""))
    for line in (ROOT / "tests" / "relevance" / "queries.jsonl").read_text().splitlines()
    if line.strip()
]


def _box(directory: Directory, q: str, location: str, welsh: bool) -> list[str]:
    results = find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))
    order = HELPLINE_ORDER_CY if welsh else HELPLINE_ORDER
    return [s.id for s in directory.talk_lines(results, order, welsh=welsh)]


@pytest.mark.slow  # every judged query in both languages, ~11 s: the full suite's
def test_a_search_gets_the_same_lines_after_other_searches_as_on_a_fresh_build(
    bundled_index, gazetteer
):
    warm = Directory(bundled_index, gazetteer, GAZETTEER_PATH)
    for welsh in (False, True):
        for q, location in SEARCHES:
            _box(warm, q, location, welsh)  # every reading seen once
    for welsh in (False, True):
        for q, location in SEARCHES:
            fresh = Directory(bundled_index, gazetteer, GAZETTEER_PATH)
            assert _box(warm, q, location, welsh) == _box(fresh, q, location, welsh), (q, welsh)


def test_what_is_kept_holds_no_words_and_is_bounded(bundled_index, gazetteer):
    directory = Directory(bundled_index, gazetteer, GAZETTEER_PATH)
    typed = [f"counselling for my {n} year old and zzqx{n}" for n in range(1, 40)]
    for q in typed:
        _box(directory, q, "", False)
    kept = repr(list(directory._readings.keys()))
    assert "zzqx" not in kept and "counselling" not in kept
    assert 0 < len(directory._readings) <= _READINGS_KEPT


def _box_scoring_every_line(directory: Directory, q: str, location: str, welsh: bool) -> list[str]:
    """The box as it was chosen before issue 24: every phone line scored and sorted by the
    whole order for each page (the reference the kept readings must give the same as)."""
    from directory.lines import (
        Held,
        communities_asked,
        fits_reading,
        for_a_particular_community,
        its_communities,
        struggling_offered,
        talk_key,
        worried_unsaid,
    )
    from directory.lines_images import images_line_placed
    from directory.search.groups import for_anyone_struggling
    from directory.talk_coping import coping_line_kept, not_coping_said
    from directory.talk_crisis import (
        adult_life_at_risk,
        crisis_before_wales_own,
        parents_crisis_box,
        unsaid_crisis_box,
    )
    from directory.talk_family import family_line_beside
    from directory.talk_fit import childrens_lines, needs_asked, reason_given, suicide_said
    from directory.talk_told import told_or_neutral_box
    from directory.talk_young import reason_or_their_age
    from directory.vocabulary import ListingStatus

    results = find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))
    order = list(HELPLINE_ORDER_CY if welsh else HELPLINE_ORDER)
    asker = results.asker
    if worried_unsaid(asker, results.request):
        asker = replace(asker, persona="own-behaviour")
    welsh = welsh or asker.welsh
    in_wales = results.place is not None and results.place.country == "Wales"
    # (ninth Welsh review) Wales's own lines are not for a place found in England
    welsh = welsh and (in_wales or results.place is None)
    lines = list(directory.phone_lines)
    if welsh or in_wales:
        lines += [
            s
            for s in directory.wales_lines
            if s.contact.callable_phone and s.status == ListingStatus.ACTIVE
        ]
    if asker.persona:
        order = [*results.shown_ids(), *order]
    rank = {sid: n for n, sid in reversed(list(enumerate(order)))}
    told, neutral = told_or_neutral_box(results, asker)  # (w48crisis) Welsh F3
    # (w27lines) a line for anyone struggling to cope only when the words give a reason for it
    struggling = not struggling_offered(results, asker)
    key = talk_key(
        asker,
        told,
        neutral,
        {s.id for s in directory.wales_lines} if welsh else set(),
    )
    asked = communities_asked(results)
    ordered = sorted(lines, key=lambda s: (*key(s), rank.get(s.id, len(rank)), s.name.casefold()))
    # (w29lines) a child's box: the lines made for children, others only for a reason
    held = Held(asked, set(results.request.filters.get("audience", ())), struggling)
    # (w46child) a young person of 16 or 17 keeps the lines that say they take their age
    reason = reason_or_their_age(reason_given(held, False), asker)
    ordered = childrens_lines(ordered, asker, reason, needs_asked(results))
    # (w50rph) the line for adults' own images: second for them, for nobody else
    ordered = images_line_placed(ordered, results, asker)
    chosen: list[str] = []
    numbers: set[str] = set()
    for s in ordered:
        number = s.contact.callable_phone
        if number in numbers or not fits_reading(s, asker, told):
            continue
        if struggling and for_anyone_struggling(s):
            continue
        if for_a_particular_community(s) and not asked & its_communities(s):
            continue
        chosen.append(s.id)
        numbers.add(number)
    # (w61thoughts) a relative of someone with images: the NSPCC's line beside Stop It Now
    home = [*directory.wales_lines, *directory.phone_lines] if welsh or in_wales else lines
    home = sorted(home, key=lambda s: (rank.get(s.id, len(rank)), s.name.casefold()))
    every_line = {s.id: s for s in [*home, *lines]}
    first = [every_line[sid] for sid in chosen[:3]]
    beside = [s.id for s in family_line_beside(results, asker, first, home)]
    chosen = [*beside, *(sid for sid in chosen[3:] if sid not in beside)]
    # (w47crisis) words of suicide: a crisis line before Wales's own lines for a grown-up, as
    # the page does after the box is chosen
    if suicide_said(results, asker):
        by_id = {s.id: s for s in lines}
        wales_own = {s.id for s in directory.wales_lines} if welsh or in_wales else set()
        picked = [by_id[sid] for sid in chosen[:3]]
        every = [by_id[sid] for sid in chosen]
        # (w53suicide) an adult whose own life is at risk now: the line for crisis first
        if adult_life_at_risk(asker, results):
            picked = unsaid_crisis_box(picked, every, asker, 3, results)
        picked = crisis_before_wales_own(picked, asker, wales_own)
        # (w50despair) a parent told of a child's wish to die: no Stop It Now, HOPELINE247 high
        chosen = [s.id for s in parents_crisis_box(picked, every, asker, results)]
    # (w48crisis) an adult who says they are not coping: a line for anyone struggling last
    by_id = {s.id: s for s in lines}
    fitting = [s for s in ordered if fits_reading(s, asker, told)]
    said = not_coping_said(results, asker)
    kept = coping_line_kept([by_id[sid] for sid in chosen[:3]], fitting, held, said, 3)
    return [s.id for s in kept][:3]


@pytest.mark.slow  # every judged query in both languages, ~11 s: the full suite's
def test_the_kept_readings_give_the_box_scoring_every_line_gave(directory):
    from directory.lines import asks_without_voice

    for welsh in (False, True):
        for q, location in SEARCHES:
            results = find(
                directory.index, directory.gazetteer, FindRequest(q=q, location=location)
            )
            if any(asks_without_voice(results)):
                continue  # (someone who cannot phone: their lines are chosen for each page)
            got = _box(directory, q, location, welsh)
            assert got == _box_scoring_every_line(directory, q, location, welsh), (q, welsh)
