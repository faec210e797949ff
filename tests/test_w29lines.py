"""(w29lines, twenty-third walk-through F3, F5, F6) Every "Talk to someone now" list fits who it
is for. A child telling of abuse sees the lines made for children and young people (no line for
anyone affected by a crime, no domestic-abuse line for all ages), unless the words ask for what
such a line alone does ("the police") or speak of distress; a service's page offers the lines for
the people that service is for, with no line for anyone struggling to cope unless the service is
one; the referral pack's lines fit its services, labelled by whom they are for when they are for
different people, the same on the page and in the CSV. Other words and towns than the
walk-through's; parsed pages."""

from __future__ import annotations

import csv
import io

import pytest

from tests.helpers import page, talk_box

#: the lines made for children and young people, as a reader sees their names
CHILDRENS = {"Childline", "The Mix", "Meic helpline", "Llinell gymorth Meic"}
#: lines for anyone struggling to cope, or for thoughts of suicide
COPING = ("Samaritans", "Samariaid", "Shout 85258", "HOPELINE247")
ALL_AGES = ("Victim Support", "Live Fear Free", "Llinell Gymorth Byw Heb Ofn")


def _box(client, q: str, location: str, welsh: bool = False) -> list[str]:
    path = "/cy/search" if welsh else "/search"
    soup = page(client.get(path, query_string={"q": q, "location": location}))
    return [line.split(":")[0].strip() for line in talk_box(soup)]


def _box_text(client, q: str, location: str) -> list[str]:
    return talk_box(page(client.get("/search", query_string={"q": q, "location": location})))


def _starting(names: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [name for name in names if name.startswith(prefixes)]


# --- a child's box: the children's lines -----------------------------------------------------


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my stepmums brother comes in my room and touches me, im ten", "Lincoln"),
        ("uncle makes me do sex stuff when he babysits me im 13", "Ipswich"),
        ("im in year 8 and my step dad touches me when mum is at work", ""),
        ("my nans boyfriend keeps touching my privates i'm 11", "Worthing"),
        ("me big cousin does rude things to me at sleepovers, im twelve", ""),
    ],
)
def test_a_child_telling_of_abuse_gets_only_childrens_lines(bundled_client, q, location):
    box = _box(bundled_client, q, location)
    assert box[0] == "Childline", box
    assert set(box) <= CHILDRENS, box
    assert not _starting(box, ALL_AGES + COPING), box


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("mae brawd mam fi yn cyffwrdd fi yn y nos, dwi'n un ar ddeg", "Bangor"),
        ("dwi'n 13 oed ac mae cariad mam yn gwneud pethau drwg i fi", ""),
        ("mae llysdad fi yn dod i'r stafell ac yn cyffwrdd fi. dwi'n deg oed", "Aberaeron"),
    ],
)
def test_a_welsh_child_gets_meic_then_childline_and_no_all_ages_line(bundled_client, q, location):
    box = _box(bundled_client, q, location, welsh=True)
    assert box == ["Llinell gymorth Meic", "Childline"], box


def test_an_english_child_in_wales_gets_childrens_lines_only(bundled_client):
    box = _box(bundled_client, "my mums husband touches me at night, im 9", "Wrexham")
    assert box[0] == "Childline", box
    assert set(box) <= CHILDRENS, box


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i cant ring anyone my stepdad would hear me, he touches me, im 12", "Carlisle"),
        ("cant phone, my dad listens to everything. my uncle abuses me im 14", ""),
        ("i can't talk out loud my brother will hear, he touches me, age 13", "Taunton"),
    ],
)
def test_a_child_who_cannot_phone_gets_childrens_chat_and_text(bundled_client, q, location):
    lines = _box_text(bundled_client, q, location)
    names = [line.split(":")[0].strip() for line in lines]
    assert names[0] == "Childline", lines
    assert "chat" in lines[0].casefold(), lines
    assert "The Mix" in names, lines
    assert set(names) <= CHILDRENS, lines


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # (w37adult: "cant cope" alone, distress, no longer brings one)
        ("im 14 my cousin touches me and i cant carry on like this", "Luton"),
        ("i'm 12, my step brother abuses me and i want to die", "Salisbury"),
        ("my uncle does things to me im 15 and i keep thinking about killing myself", ""),
    ],
)
def test_a_child_whose_words_speak_of_suicide_keeps_a_crisis_line(bundled_client, q, location):
    box = _box(bundled_client, q, location)
    assert box[0] == "Childline", box
    assert _starting(box, COPING), box


@pytest.mark.parametrize(
    "q",
    [
        "im 15 my uncle abused me and i want to report it to the police",
        "my stepdad touches me, im 13, how do i tell the police",
    ],
)
def test_a_child_asking_about_the_police_gets_a_line_that_helps_with_it(bundled_client, q):
    box = _box(bundled_client, q, "Stafford")
    assert box[0] == "Childline", box
    assert _starting(box, ("Victim Support",)), box


@pytest.mark.parametrize(
    ("q", "location", "first"),
    [
        ("my daughter is 8 and said her grandad touched her", "Chester", "NSPCC Helpline"),
        ("im 52, a man, abused by my older cousin as a boy", "Hereford", "24/7 Rape"),
        ("i am scared of my sexual thoughts about kids and want to stop", "Kendal", "Stop It"),
        ("youth worker, a girl of 11 told me her stepdad abuses her", "Ely", "NSPCC Helpline"),
    ],
)
def test_first_lines_for_everyone_else_are_as_before(bundled_client, q, location, first):
    assert _box(bundled_client, q, location)[0].startswith(first)


# --- a service's page ------------------------------------------------------------------------


def _service_box(client, path: str) -> list[str]:
    """The names in the "Talk to someone now" box at the foot of a service's page."""
    soup = page(client.get(path))
    title = soup.find(id="helplines-title")
    assert title is not None, "no talk box"
    box = title.find_parent("section")
    return [" ".join(a.get_text().split()) for a in box.select("li a[href*='/service/']")]


CHILDRENS_SERVICES = (
    "childrens-sarc-sheffield",
    "sussex-childrens-sarc",
    "barnsley-cisva",
    "yellow-door-southampton",
    "barnardos-seraf-wales",
    "meic",
)
ADULTS_SERVICES = ("napac", "sarsas", "safeline-nmsh", "one-in-four-kent", "rasa-merseyside")


@pytest.mark.parametrize("language", ["", "/cy"])
@pytest.mark.parametrize("sid", CHILDRENS_SERVICES)
def test_a_childrens_service_page_offers_childrens_lines_only(bundled_client, sid, language):
    box = _service_box(bundled_client, f"{language}/service/{sid}")
    assert box, sid
    assert set(box) <= CHILDRENS, box
    if language:
        assert box[0] == "Llinell gymorth Meic", box


@pytest.mark.parametrize("language", ["", "/cy"])
@pytest.mark.parametrize("sid", ADULTS_SERVICES)
def test_an_adults_service_page_has_no_coping_or_own_thoughts_line(bundled_client, sid, language):
    box = _service_box(bundled_client, f"{language}/service/{sid}")
    assert box, sid
    assert not _starting(box, COPING), box
    assert not _starting(box, ("Stop It Now",)), box
    assert not set(box) & CHILDRENS, box


@pytest.mark.parametrize("language", ["", "/cy"])
@pytest.mark.parametrize("sid", ["stop-it-now", "respond-learning-disability"])
def test_a_page_for_people_worried_about_themselves_offers_stop_it_now(
    bundled_client, sid, language
):
    box = _service_box(bundled_client, f"{language}/service/{sid}")
    assert box and all(name.startswith("Stop It Now") for name in box), box


@pytest.mark.parametrize("sid", ["victim-support", "hazlehurst-centre-sarc", "new-pathways"])
def test_a_page_for_everyone_has_no_coping_line(bundled_client, sid):
    box = _service_box(bundled_client, f"/service/{sid}")
    assert "Childline" in box, box
    assert not _starting(box, COPING), box


def test_a_coping_lines_own_page_keeps_it(bundled_client):
    assert "Samaritans" in _service_box(bundled_client, "/service/samaritans")


# --- the referral pack -----------------------------------------------------------------------


def _pack(client, ids: list[str], language: str = "") -> tuple[list[str], list[str]]:
    """The pack page's "Talk to someone now" lines, and the CSV's (each as a reader sees it)."""
    soup = page(client.get(f"{language}/referral-pack", query_string={"id": ids}))
    section = soup.select_one("section.app-pack-helplines")
    assert section is not None, "no lines in the pack"
    lines = [" ".join(li.get_text().split()) for li in section.find_all("li")]
    raw = client.get(f"{language}/referral-pack.csv", query_string={"id": ids})
    _header, *rows = list(csv.reader(io.StringIO(raw.get_data(as_text=True))))
    said = "Siarad â rhywun nawr" if language else "Talk to someone now"
    # (w30pack) each line a row of its own, marked in the first column, with whom it is for in
    # "Who it is for" (column 5): "label: name" where the page labels it so; 999 left out
    in_csv = [
        f"{row[4]}: {row[1]}" if any(li.startswith(f"{row[4]}: ") for li in lines) else row[1]
        for row in rows
        if row[0] == said and row[1] != "999"
    ]
    return lines, in_csv


@pytest.mark.parametrize(
    "ids",
    [
        ["sussex-childrens-sarc", "yellow-door-southampton"],
        ["childrens-sarc-sheffield", "barnsley-cisva", "childline"],
    ],
)
def test_a_pack_of_childrens_services_lists_childline_and_the_nspcc(bundled_client, ids):
    lines, in_csv = _pack(bundled_client, ids)
    names = [line.split(":")[0].strip() for line in lines]
    assert names == ["Childline", "NSPCC Helpline"], lines
    assert in_csv == names, in_csv


def test_a_pack_of_adults_services_has_no_coping_line(bundled_client):
    lines, in_csv = _pack(bundled_client, ["sarsas", "one-in-four-kent"])
    assert lines and not [line for line in lines if line.startswith(COPING)], lines
    assert not [line for line in lines if line.startswith("Childline")], lines
    assert len(in_csv) == len(lines), in_csv


@pytest.mark.parametrize("language", ["", "/cy"])
def test_a_mixed_pack_labels_each_line_by_whom_it_is_for(bundled_client, language):
    lines, in_csv = _pack(bundled_client, ["yellow-door-southampton", "napac"], language)
    children = "Ar gyfer plant a phobl ifanc" if language else "For children and young people"
    assert any(line.startswith(f"{children}: Childline") for line in lines), lines
    assert all(line.startswith(("For ", "Ar gyfer ", "If ", "Os ")) for line in lines), lines
    assert not [line for line in lines if COPING[0] in line or COPING[1] in line], lines
    assert [row.split(":")[0] for row in in_csv] == [line.split(":")[0] for line in lines]


def test_a_pack_with_a_service_for_everyone_lists_the_sites_lines_without_coping_ones(
    bundled_client,
):
    lines, in_csv = _pack(bundled_client, ["hazlehurst-centre-sarc", "sussex-childrens-sarc"])
    assert any(line.startswith("For children and young people: Childline") for line in lines)
    assert not [line for line in lines if "Samaritans" in line], lines
    assert len(in_csv) == len(lines), in_csv


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("dwi ddim yn gallu siarad ar y ffon, bydd mam yn clywed. mae taid yn cyffwrdd fi", "Rhyl"),
        ("alla i ddim ffonio, mae dad yn gwrando. mae ewythr fi yn brifo fi, dwi'n 12 oed", ""),
    ],
)
def test_a_welsh_child_who_cannot_phone_gets_childrens_lines_only(bundled_client, q, location):
    box = _box(bundled_client, q, location, welsh=True)
    assert box[0] == "Llinell gymorth Meic", box
    assert set(box) <= CHILDRENS, box
