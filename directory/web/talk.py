"""The lines to call now: the helplines on every page, "Talk to someone now" on a results page
(which lines, and where on the page) and Get help now's groups."""

from __future__ import annotations

import dataclasses

from flask import Blueprint, Flask

from ..data import load_valid_listings
from ..grown_up_note import contacted_alone, note_helps, words_of_a_child
from ..limits import MAX_ASKER_CHARS
from ..lines import asks_without_voice, chats_online, for_whom, is_suicide_line, service_asker
from ..model import ListingStatus, Service
from ..search.act_seen import act_done_for
from ..search.adult_client import for_an_adult_client
from ..search.danger_box import adults_line_kept, age_unsaid
from ..search.danger_now import in_danger_now
from ..search.groups import SPECIALIST_ABUSE, SPECIALIST_COMMUNITIES
from ..search.lexicon import read_once
from ..search.past_told import adults_own_life, past_told_age_unsaid
from ..search.plan_now import plan_now
from ..search.police_report import wants_to_report
from ..search.police_schemes import names_police_scheme
from ..search.recent_warning import recent_warned
from ..search.suicide_intent import own_intent
from ..search.understand import clean_text
from ..search.unsaid_age import likely_grown_up, unsaid_age_order
from ..search_token import SearchState
from ..talk_young import old_enough
from . import i18n, reported
from .helpers import served

bp = Blueprint("talk", __name__)
bp.add_app_template_global(chats_online, "chats_online")


#: national services shown as "helplines" on every page, in this order when present
HELPLINE_ORDER = (
    "childline",
    "nspcc-helpline",
    "rape-crisis-247",
    "napac",
    "samaritans",
    "stop-it-now",
)


#: on Welsh pages, Wales's own bilingual lines join them: Meic (children and young people)
#: first, before Childline (a Welsh child expects it first: the second Welsh review), Live
#: Fear Free (sexual violence and abuse) after Rape Crisis
HELPLINE_ORDER_CY = (
    "meic",
    "childline",
    "nspcc-helpline",
    "rape-crisis-247",
    "live-fear-free",
    "napac",
    "samaritans",
    "stop-it-now",
)


#: (third walk-through F7.4, F9) Get help now's groups, in the order a frightened reader scans
#: for themselves: children; adults worried about a child; adults abused as children and anyone
#: affected; someone worried about their own thoughts; coping and thoughts of suicide; lines for
#: particular communities; then reporting images online, and advice for professionals
HELP_NOW_GROUPS = (
    "children",
    "worried-about-a-child",
    "survivors",
    "own-thoughts",
    "coping",
    "communities",
    "reporting-online",
    "professionals",
)


def help_now_group(service: Service) -> str:
    """Which of Get help now's groups a national line is in (``HELP_NOW_GROUPS``), from its
    listing: who it is for, its kinds of abuse and of help, and the people it is only for."""
    whom = for_whom(service)
    abuse = set(service.abuse_types)
    if whom == "people-worried-about-own-behaviour":
        return "own-thoughts"
    if (
        set(service.communities) & set(SPECIALIST_COMMUNITIES)
        or (abuse and abuse <= set(SPECIALIST_ABUSE))
        or "lgbt" in service.genders
    ):
        return "communities"
    if is_suicide_line(service) or (
        abuse <= {"emotional-distress"} and abuse and whom == "adult-survivors"
    ):
        return "coping"
    if whom == "parents-carers":
        return "worried-about-a-child"
    if "online-abuse" in abuse and "helpline" not in service.support_types:
        return "reporting-online"  # CEOP, Report Remove, the IWF: tools more than lines
    if whom == "children-young-people":
        return "children"
    if whom == "adult-survivors":
        return "survivors"
    return "professionals"


def group_heading(code: str) -> str:
    """Get help now's heading of a group (as ``_help_first.html`` gives them), in the page's
    language."""
    gettext = i18n.gettext
    return {
        "children": gettext("For children and young people"),
        "worried-about-a-child": gettext("For parents and adults worried about a child"),
        "survivors": gettext("For adults abused as children, and anyone affected"),
        "own-thoughts": gettext(
            "If you are worried about your own thoughts, or someone else's behaviour"
        ),
        "coping": gettext("Struggling to cope, or thinking of suicide"),
        "communities": gettext("For particular communities"),
        "reporting-online": gettext("Reporting abuse images online"),
        "professionals": gettext("For professionals"),
    }[code]


@bp.app_template_global()
def help_now_headings() -> dict[str, str]:
    """Every group's heading (``group_heading``), by its code, in the page's language."""
    return {code: group_heading(code) for code in HELP_NOW_GROUPS}


@bp.app_template_global()
def line_label(service: Service) -> str:
    """(twenty-fourth walk-through F7) Whom a line to call now is for, as Get help now's heading
    of its group says it ("For children and young people"): each line in the foot of a page."""
    return group_heading(help_now_group(service))


def labelled(lines: list[Service], services: list[Service]) -> list[tuple[str, Service]]:
    """(w29lines) A referral pack's lines to call now, each with whom it is for (Get help now's
    heading of its group) when the pack's services are for different people, or for everyone
    (else "": a pack of children's services lists Childline and the NSPCC, plainly)."""
    kinds = {asker.persona for asker in map(service_asker, services) if asker is not None}
    mixed = len(kinds) != 1 or any(service_asker(s) is None for s in services)
    return [(line_label(s) if mixed else "", s) for s in lines]


_SEXUAL_ABUSE = frozenset({"child-sexual-abuse", "sexual-violence"})


def help_now_groups(services: list[Service]) -> list[tuple[str, list[Service]]]:
    """Get help now's national lines in groups (``HELP_NOW_GROUPS``, empty ones left out);
    within a group, helplines first, numbers to call before other ways, a suicide line after
    the others, lines for sexual abuse before those for other abuse, lines for everyone before
    those for women or men only, then as given."""

    def within(service: Service) -> tuple[bool, ...]:
        return (
            "helpline" not in service.support_types,
            not service.contact.callable_phone,
            is_suicide_line(service),
            # (fifth walk-through F9) lines for sexual abuse before a line for other abuse (a
            # domestic-abuse line never leads "adults abused as children" over NAPAC's number)
            not set(service.abuse_types) & _SEXUAL_ABUSE,
            any(gender != "any" for gender in service.genders),
        )

    grouped: dict[str, list[Service]] = {code: [] for code in HELP_NOW_GROUPS}
    for service in services:
        grouped[help_now_group(service)].append(service)
    return [(code, sorted(lines, key=within)) for code, lines in grouped.items() if lines]


#: (sixth walk-through F8) the groups whose first line to call is shown above Get help now's
#: contents, so that its first screen on a phone holds a number: a child's, a parent's, an
#: adult survivor's
HELP_NOW_FIRST = ("children", "worried-about-a-child", "survivors")
#: (forty-ninth walk-through F7) Get help now's own first screen adds the first line of the
#: group for people thinking of suicide (Samaritans), whose number was only below the contents;
#: "This search has ended" keeps ``HELP_NOW_FIRST`` (no line for suicide there)
HELP_NOW_PAGE_FIRST = (*HELP_NOW_FIRST, "coping")


def help_now_first(
    groups: list[tuple[str, list[Service]]], codes: tuple[str, ...] = HELP_NOW_FIRST
) -> list[tuple[str, Service]]:
    """The first line with a number to call now (confirmed, open as usual) of each of
    ``codes``' groups, in that order, as Get help now's groups list them (Childline, the NSPCC,
    the 24/7 line): one number once."""
    by_code = dict(groups)
    first: list[tuple[str, Service]] = []
    numbers: set[str] = set()
    for code in codes:
        for service in by_code.get(code, []):
            number = service.contact.callable_phone
            if number and service.status == ListingStatus.ACTIVE:
                if number not in numbers:
                    first.append((code, service))
                    numbers.add(number)
                break
    return first


def ended_lines(national: list[Service], wales: list[Service]) -> list[tuple[str, Service]]:
    """(seventeenth walk-through F6, F8) "Talk to someone now" on "This search has ended":
    Get help now's first lines (``help_now_first``: a child's, a parent's, an adult's), after
    those of ``wales`` (Wales's own lines, on a Welsh page; none on an English one) made the
    same way; each with a number to call, one number once, no line for suicide (the page
    listed 30 lines, a suicide line second and lines with only a website before Childline)."""
    first = help_now_first(help_now_groups(national))
    own = help_now_first(help_now_groups(wales)) if wales else []
    numbers = {service.contact.callable_phone for _code, service in own}
    return own + [line for line in first if line[1].contact.callable_phone not in numbers]


@bp.app_template_global()
def help_now_section(results) -> str:  # noqa: ANN001 (a finder result)
    """The id of Get help now's group for who the words show is asking ("help-children"),
    where a talk box's "More helplines" link goes (sixth walk-through F8); "If you cannot
    phone" for someone who cannot; "" (the top of the page) when the words do not show it."""
    if results is None:
        return ""
    if asks_without_voice(results)[0]:
        return "help-cannot-phone"  # (seventh walk-through F10b) lines to text or chat with
    asker = results.asker
    if asker.is_child:
        return "help-children"
    code = {
        "parent": "worried-about-a-child",
        "own-behaviour": "own-thoughts",
        "adult": "survivors",
    }.get(asker.persona, "survivors" if asker.is_adult else "")
    return f"help-{code}" if code else ""


def helpline_order(results=None) -> tuple[str, ...]:  # noqa: ANN001 (a finder result)
    """The site's helplines in order; (w45lang) for words in, or asking for, a language other
    than English and Welsh whose asker they do not show, the lines for adults first: a child
    in England and Wales mostly writes in English, and a parent or an adult abused as a child
    who does not was given Childline first. Childline stays in the box. (w49note, check51 F9)
    So too for words only a grown-up says of their own life ("my husband", "my father in
    law"), whoever they ask about."""
    order = HELPLINE_ORDER_CY if i18n.language() == "cy" else HELPLINE_ORDER
    if results is None or results.asker.persona or results.asker.is_child:
        return order
    read = results.request.understood
    if results.request.q and likely_grown_up(read, clean_text(results.request.q)):
        return unsaid_age_order(order, clean_text(results.request.q))  # (w47unsaid, w49note)
    if not (read.unread or read.languages or adults_own_life(clean_text(results.request.q or ""))):
        return order  # (w49note) "my husband …": a grown-up's words, the adults' lines first
    adults = [i for i in order if i not in CHILDREN_LINES]
    after = adults.index(ADULTS_LINE) + 1 if ADULTS_LINE in adults else len(adults)
    return (*adults[:after], *(i for i in order if i in CHILDREN_LINES), *adults[after:])


#: the lines in ``HELPLINE_ORDER`` made for children
CHILDREN_LINES = frozenset({"childline", "meic"})
#: the line for anyone 16 or over, after which the children's lines come, in their order
ADULTS_LINE = "rape-crisis-247"


def fallback_helplines(app: Flask) -> list[Service]:
    """The helplines of the bundled data, for pages drawn while no index can be opened."""
    order = helpline_order()
    by_order = app.extensions.setdefault("fallback_helplines", {})
    lines = by_order.get(order)
    if lines is None:
        try:
            services = {s.id: s for s in load_valid_listings(app.config["DIRECTORY_DATA_PATH"])}
        except Exception:  # the error page must draw even without readable data
            services = {}
        lines = [services[i] for i in order if i in services]
        lines = by_order[order] = [
            s for s in lines if s.contact.phone and s.status == ListingStatus.ACTIVE
        ]
    return lines


#: local cards shown before the "Talk to someone now" box on a results page
CARDS_BEFORE_TALK = 3


@bp.app_template_global()
def cards_before_talk(results, state: SearchState) -> int:  # noqa: ANN001 (a finder result)
    """How many local cards come before the "Talk to someone now" box: three, but none when
    someone writing in Welsh, or on a Welsh page, asks to talk to someone ("dw i angen siarad
    efo rhywun"): the box, with Wales's lines that work in Welsh first (Meic for a child), is
    then on the first screen of a phone, above the local services. None either when the words
    read as a child's or a young person's ("my grandad touches me im 13"): a children's line
    comes before a local service that may be a forensic centre miles away; and none when they
    read as a parent's; and none when the first local card offers no number to ring or text
    now (a forensic centre reached through the NHS finder, a listing "May be closing", an
    email-only service, one with no contact details) (fourth walk-through F1, F3). Even a card
    with a number shows it below a phone's first screen (its name, where, what it offers and
    who for come first: 1,120 pixels down for an adult in Chelmsford), so the box comes first
    for everyone but a professional making a referral, whose tools and pack are about the
    local services: a phone's first screen always holds a number to ring or text."""
    if results.asker.is_child:
        return 0
    items = results.local.items
    if items and not ready_to_call(items[0].service):
        return 0
    # a parent ("my ex husband abused our son"): a line for parents before a local service
    # that may be a forensic centre (walk-through 2, F4)
    if results.asker.persona == "parent":
        return 0
    welsh = results.asker.welsh or i18n.language() == "cy"
    if welsh and results.request.q and results.request.understood.mentions({"talk"}):
        return 0
    if results.asker.persona == "professional" or state.professional:
        return CARDS_BEFORE_TALK
    return 0


def ready_to_call(service: Service) -> bool:
    """Whether a listing offers a number to ring or text now: a confirmed number not unlinked
    after reports, or a text number, and a service open as usual (not "May be closing" or
    closed for now)."""
    shown = reported.as_reported(service)
    return bool(
        (shown.contact.callable_phone or shown.contact.text)
        and shown.status == ListingStatus.ACTIVE
    )


def none_a_child_can_ring(results, professional: bool = False) -> bool:  # noqa: ANN001
    """(twenty-ninth walk-through F3) A child asks and none of the local cards the page lists
    first offers a number they can ring or text now by themselves (``ready_to_call``, and not
    a service taking them alone only from an older age: ``ResultItem.alone_from``): the page
    then says so in a child's words under those cards (forty-seventh walk-through F7: not
    above them), after the lines to talk to now, and that a grown-up they trust can contact
    the services for them. A frightened 11-year-old's first local card was a SARC she "cannot
    contact on her own yet", with no phone, and the second had no contact details at all. The
    cards stay, in their order. (w36pro) Only a child asking: never with the professional
    switch on (``professional``), nor for words a professional's, a parent's or an adult's with
    a child's age in them (a school nurse was told a school nurse could contact the service for
    her)."""
    items = results.local.items
    asker = results.asker
    if professional or asker.persona not in ("child", "") or not asker.is_child or not items:
        return False
    if old_enough(asker):
        return False  # (w46child, check45 F8) at 16 or 17, not "ask a grown-up" to contact them
    if not words_of_a_child(asker, clean_text(results.request.q, MAX_ASKER_CHARS)):
        return False  # (w47crisis, check46 F4) no age said, and not a child's words
    if not note_helps(asker, any(asks_without_voice(results))):
        return False  # (w48crisis, check48 F4) no age said, or they cannot phone
    return not any(
        (ready_to_call(i.service) or contacted_alone(i.service, asker.age)) and not i.alone_from
        for i in items
    )


#: who the words show is asking, for whom the lines to call come first on a page with no place
#: to search near: a child, a parent, someone worried about their own thoughts, an adult
#: survivor, a professional (the NSPCC's line answers professionals: the eleventh probe found
#: the box missing only for them, and only with no place)
TALK_FIRST_PERSONAS = frozenset({"child", "parent", "own-behaviour", "adult", "professional"})


#: a place given that could not be searched near: the lines to call come before the list
_PLACE_PROBLEMS = frozenset({"unknown", "bad_postcode", "ambiguous"})


def talk_first(results) -> bool:  # noqa: ANN001 (a finder result)
    """Whether a results page with no place to search near shows "Talk to someone now" at the
    top, before the services available everywhere: when the place typed could not be used
    (not found, or which of several is meant), or when the words show who is asking ("i keep
    having thoughts about kids": Stop It Now's number on the first screen of a phone, third
    walk-through F2 and F7), ask to talk to someone (w46child), or say they are in danger now
    (w48danger). With a place, the box comes
    among the local services instead."""
    if results is None or not results.national_first:
        return False
    if results.location_problem in _PLACE_PROBLEMS:
        return True
    if results.asker.persona in TALK_FIRST_PERSONAS or results.asker.is_child:
        return True
    if results.asker.suicidal:  # (the last words check) "i took 20 paracetamol an hour ago"
        return True
    if danger_now(results):  # (w48danger) "hes coming back tonight and he will hurt me"
        return True
    # (w46child, check45 F1) someone who asks to talk to someone, whoever they are ("i want to
    # talk to someone now"): the lines to call were only among the cards
    return bool(results.request.q) and results.request.understood.mentions({"talk"})


class TalkLines(list[Service]):
    """The lines of a "Talk to someone now" box, and how to show them: ``quiet`` when the words
    say the person cannot phone (each line's text number and online chat before its number);
    ``police`` when they say they want to report to the police (the box says 101)."""

    quiet: bool = False
    police: bool = False


@bp.app_template_global()
def fitting_helplines(results, limit: int = 3, professional: bool = False) -> TalkLines:  # noqa: ANN001
    """Lines to call now that fit who the search is for (its "who is this for" filter, when
    ticked) and who seems to be asking (Directory.talk_lines); Welsh-speaking ones first on
    Welsh pages; for someone who cannot phone, lines to text or chat with first.
    ``professional``: the person said so ("I am a professional", or the pack's switch), which
    outweighs whatever the words seem to say (tenth walk-through F3: "boy 7 abused by uncle"
    with the box ticked had Childline first)."""
    if professional and results is not None and results.asker.persona != "professional":
        results = dataclasses.replace(
            results, asker=dataclasses.replace(results.asker, persona="professional")
        )
    results = for_the_adult_client(results)
    welsh = i18n.language() == "cy"
    lines = served().talk_lines(results, helpline_order(results), welsh=welsh, limit=limit)
    if danger_age_unsaid(results):  # (w49danger) "he is raping me now": the 24/7 line too
        lines = adults_line_kept(lines, served().service(ADULTS_LINE), limit)
    box = TalkLines(reported.all_as_reported(lines))
    box.quiet = asks_without_voice(results)[0]
    asked = results.request.q[:MAX_ASKER_CHARS] if results.request.q else ""
    # (w61pro) Sarah's Law and Clare's Law are asked of the police, on 101 too
    box.police = bool(asked) and (wants_to_report(asked) or names_police_scheme(asked))
    return box


def for_the_adult_client(results):  # noqa: ANN001, ANN201 (a finder result)
    """(w47unsaid, check46 F10) For a professional asking for an adult they see ("GP here,
    adult patient disclosed childhood abuse"), the results with the adult as the asker: the
    box holds the lines for adults (the 24/7 line, Victim Support), not the NSPCC's line for
    adults worried about a child first."""
    if results is None or not results.request.q:
        return results
    if not for_an_adult_client(results.request.understood, clean_text(results.request.q)):
        return results
    return dataclasses.replace(results, asker=dataclasses.replace(results.asker, persona="adult"))


def happened_recently(results, professional: bool = False) -> bool:  # noqa: ANN001
    """(tenth walk-through F2) The words tell of a sexual assault in the last few days: the
    page says first what to do now; (w51recent) never to a professional (``professional``: the
    switch; ``recent_warning``)."""
    if results is None or not results.request.q:
        return False
    return recent_warned(results.request.understood, results.request.q, professional)


def acted_on_self(results, professional: bool = False) -> bool:  # noqa: ANN001
    """(w47crisis, check46 F1) An overdose taken or bleeding that will not stop: the page says
    first to call 999 or go to A&E; (w56own) not told by a professional (the words, or the
    switch: ``professional``), nor one's own treated since (``act_seen.act_done_for``)."""
    if results is None or not results.request.q:
        return False
    persona = "professional" if professional else results.asker.persona
    return act_done_for(results.request.q[:MAX_ASKER_CHARS], persona)


def plan_said_now(results) -> bool:  # noqa: ANN001 (a finder result)
    """(w48crisis, check48 F2) The words tell of a plan of suicide said as now: the means in
    hand, the act about to be done, or set for tonight (``plan_now.plan_now``), or (w49suicide)
    a wish or intent of their own with no time (``suicide_intent.own_intent``): the page says
    first that if your life is at risk now, call 999 or go to A&E."""
    if results is None or not results.request.q:
        return False
    said = results.request.q[:MAX_ASKER_CHARS]
    # (w49suicide, check50 F2) or a wish or intent said of themselves with no time ("i want
    # to kill myself", "dw i eisiau marw"): the warning is a condition, true whenever it
    # shows; not for a professional, whose words are about someone they work with
    own = results.asker.persona != "professional" and own_intent(said)
    return plan_now(said) or own


def danger_now(results) -> bool:  # noqa: ANN001 (a finder result)
    """(w48danger) The words tell that the person asking is in danger now
    (``danger_now.in_danger_now``, read once a request): the page says first to call 999, and
    how when they cannot speak."""
    if results is None or not results.request.q:
        return False
    return read_once(in_danger_now, results.request.q[:MAX_ASKER_CHARS])


def danger_age_unsaid(results) -> bool:  # noqa: ANN001 (a finder result)
    """(w49danger, check50 F6) The person asking is in danger now (``danger_now``), or (w49note)
    tells of abuse done to them in the past tense (``past_told``), and says no age
    (``danger_box.age_unsaid``): the line for anyone 16 or over is kept in the box."""
    if results is None or not age_unsaid(results.asker):
        return False
    # (w49note, check51 F9) or tells of abuse done to them in the past tense, read as a child's
    told = bool(results.request.q) and past_told_age_unsaid(
        results.request.understood, clean_text(results.request.q, MAX_ASKER_CHARS)
    )
    return told or danger_now(results)
