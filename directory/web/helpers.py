"""Small helpers for templates: URLs that keep the search, labels, dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import weakref
from dataclasses import replace
from typing import Any

from flask import Flask, current_app, g, get_template_attribute, request, url_for
from markupsafe import Markup, escape

from .. import messages, referral
from ..data import load_valid_listings
from ..facade import Directory, for_whom, is_suicide_line
from ..finder import MAX_LOCATION_CHARS, RADII, FindError
from ..geo import police
from ..model import FILTER_FIELDS, GENDERS, SOURCE_KINDS, STATUSES, ListingStatus, Service
from ..params import link_args
from ..search.fit import SPECIALIST_ABUSE, SPECIALIST_COMMUNITIES
from ..search.understand import understand
from ..search_token import SearchState
from . import i18n, reported
from .i18n import gettext

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
#: services available everywhere shown at first on a results page (those that fit the search
#: best); the others are one tap away ("More services available wherever you live (N)"), so
#: that local services and the other services near the place come soon after
NATIONAL_FIRST_SHOWN = 3


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


def served() -> Directory:
    """The directory for the build being served, found once per request: a page never mixes
    two builds, and finding it (a ``readlink`` and a comparison) is not repeated by each part
    of the page (raises IndexMissing/IndexCorrupt: 503)."""
    found = g.get("directory")
    if found is None:
        found = g.directory = current_app.extensions["directory"].get()
    return found


def helpline_order() -> tuple[str, ...]:
    return HELPLINE_ORDER_CY if i18n.language() == "cy" else HELPLINE_ORDER


def _search_args() -> dict[str, list[str]]:
    """The current search's parameters (a full postcode already cut to its district)."""
    state = g.get("search_state")
    return state.query_args() if state is not None else request.args.to_dict(flat=False)


def _search_url(args: dict[str, Any], endpoint: str = "web.results") -> str:
    """A link to a search: on a page reached through the form, a results address that reveals
    nothing (and keeps a professional's pack); otherwise the query string."""
    if endpoint == "web.results" and g.get("search_opaque"):
        state = replace(g.search_state, args={k: tuple(v) for k, v in args.items() if v})
        token = current_app.extensions["search_tokens"].encode(state)
        return url_for("web.results_token", token=token)
    return url_for(endpoint, **args)


def url_with(endpoint: str = "web.results", drop: tuple[str, ...] = (), **changes) -> str:
    """The current search's URL with some parameters changed (None removes one)."""
    args = link_args(_search_args())
    for name in drop:
        args.pop(name, None)
    for name, value in changes.items():
        if value is None:
            args.pop(name, None)
        else:
            args[name] = value if isinstance(value, list) else [str(value)]
    return _search_url(args, endpoint)


def without_filter(field: str, value: str) -> str:
    """The current search's URL with one filter value removed (and back to page 1)."""
    args = link_args(_search_args())
    args[field] = [v for v in args.get(field, []) if v != value]
    args.pop("page", None)
    return _search_url(args)


def lasting_link() -> str:
    """A link to the current search that shows its words and does not expire, for a
    professional to keep or share on purpose (page 1; a full postcode is already cut)."""
    args: dict[str, Any] = _search_args()
    args.pop("page", None)
    if words_key():
        # not written into a results address's page (it may be reopened from the history):
        # the tab that typed the words adds them (assets/js/app.mjs)
        args.pop("q", None)
        args.pop("location", None)
    return public_url(url_for("web.results", **args))


def public_url(path: str) -> str:
    """A path on this site written out in full from the configured public address
    (DIRECTORY_PUBLIC_URL), never from the Host a request claims."""
    return current_app.config["DIRECTORY_PUBLIC_URL"] + path


def current_token() -> str:
    """The current search as a fresh results token (for the forms that carry it on), made
    once a request (its forms carry the same search)."""
    state = g.get("search_state")
    if state is None:
        return ""
    token = g.get("search_token")
    if token is None or token[0] is not state:
        token = g.search_token = (state, current_app.extensions["search_tokens"].encode(state))
    return token[1]


def words_key() -> str:
    """On a page reached through a results address, a keyed digest of its search's words and
    place (search_token.SearchTokens.words_key) that stands for them in the page; "" elsewhere
    (an address that shows the words, /search?q=…, may show them in its form too)."""
    state = g.get("search_state")
    if state is None or not g.get("search_opaque"):
        return ""
    if not (state.args.get("q") or state.args.get("location")):
        return ""
    return str(current_app.extensions["search_tokens"].words_key(state))


def error_text(error: FindError) -> str:
    """What is wrong with a search's parameter, in the page's language (the finder's own
    message names the parameter for the API and the command line)."""
    texts = {
        "location": gettext(
            "Enter a place of %(count)d characters or fewer", count=MAX_LOCATION_CHARS
        ),
        "radius": gettext("Choose a distance from the list"),
        "sort": gettext("Choose how to sort the results from the list"),
        "page": gettext("That page of results does not exist"),
        "per_page": gettext("That number of results on a page cannot be shown"),
    }
    if error.param in FILTER_FIELDS:
        return gettext("That filter is not available: choose one from the list")
    return texts.get(error.param, gettext("Check your search and try again"))


def radius_items(chosen: int) -> list[dict]:
    """Options for the distance select."""
    return [
        {
            "value": str(r),
            "text": gettext("Within %(miles)d miles", miles=r),
            "selected": r == chosen,
        }
        for r in RADII
    ]


def label(code: str, field: str) -> str:
    return gettext(FILTER_FIELDS[field][1].get(code, code))


def delivery_text(service: Service) -> str:
    """ "Phone, Online": how a service is delivered, as its listing says. Delivered by phone
    but with no number the listing can offer (none printed on its own or an official page, or
    reported not working), "Phone" says so and where to look, rather than promise a number the
    page does not show (third walk-through F9: NAPAC)."""
    labels = []
    for code in service.delivery_modes:
        text = label(code, "delivery")
        if code == "phone" and not service.contact.callable_phone:
            text = (
                gettext("Phone (number not confirmed: use the website)")
                if service.contact.website
                else gettext("Phone (number not confirmed: ask the service)")
            )
        labels.append(text)
    return ", ".join(labels)


#: the audiences whose own age a listing's age range states: the ages of a service for
#: children and their parents are the child's, never the parent's
_AGED_AUDIENCES = ("children-young-people", "adult-survivors")


def audiences_text(service: Service) -> str:
    """ "Children and young people (Ages 5 to 17), Parents and carers": the ages follow the
    audience they describe (the survivor's), not the last one named."""
    labels = [label(code, "audience") for code in service.audiences]
    if service.ages_not_stated:
        # listed for children so that their searches find it, but its sources state no age
        # policy: say so rather than call it a children's service
        labels = [
            label(code, "audience") for code in service.audiences if code != "children-young-people"
        ]
        if not labels:
            return gettext("Age policy not stated")
        return ", ".join(labels) + "; " + gettext("age policy not stated")
    ages = age_range(service)
    if not ages:
        return ", ".join(labels) or gettext("Not stated")
    aged = next((c for c in _AGED_AUDIENCES if c in service.audiences), None)
    # in brackets, mid-sentence, Welsh writes "(hyd at 18 oed)" (third Welsh review, N2)
    inside = ages[:1].lower() + ages[1:] if i18n.language() == "cy" else ages
    if aged is None:
        return ages if not labels else f"{', '.join(labels)} ({inside})"
    at = service.audiences.index(aged)
    labels[at] = f"{labels[at]} ({inside})"
    return ", ".join(labels)


def long_date(value: dt.date | str | None) -> str:
    """ "26 November 2026" (in Welsh, "26 Tachwedd 2026")."""
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return i18n.long_date(value)


def name_in_language(service: Service) -> str:
    """The service's name in the page's language: its Welsh name on a Welsh page when its
    sources state one, otherwise the name it goes by."""
    if service.name_cy and i18n.language() == "cy":
        return service.name_cy
    return service.name


def name_html(service: Service) -> Markup:
    """The service's name as a page shows it: on a Welsh page its Welsh name where its
    sources state one, otherwise its own name marked as English (screen readers switch
    voice); on an English page, its name."""
    if i18n.language() == "cy":
        if service.name_cy:
            return Markup("{}").format(service.name_cy)
        return as_english(service.name)
    return Markup("{}").format(service.name)


#: the directory's subject named in a description, in English ("sexual abuse", "sexual
#: violence") and in Welsh ("cam-drin rhywiol", "trais rhywiol", "camdriniaeth rywiol")
_SUBJECT_EN = re.compile(r"\bsexual", re.IGNORECASE)
_SUBJECT_CY = re.compile(r"\br(h)?ywiol", re.IGNORECASE)


def welsh_description_fits(service: Service) -> bool:
    """Whether the service's own Welsh description may stand for its English one: not when
    it leaves out what the English names and this directory is for (Byw Heb Ofn's Welsh page
    speaks of domestic abuse only; its English listing names sexual violence and child sexual
    abuse first: fourth walk-through F6)."""
    if not service.description_cy:
        return False
    narrower = _SUBJECT_EN.search(service.description) and not _SUBJECT_CY.search(
        service.description_cy
    )
    return not narrower


def description_html(service: Service) -> Markup:
    """What the service offers: on a Welsh page the service's own Welsh words where it
    publishes them (``description_cy``) and they cover what the English does, otherwise its
    description marked as English."""
    if i18n.language() == "cy" and welsh_description_fits(service):
        return Markup("{}").format(service.description_cy)
    return as_english(service.description)


def force_name(force: str) -> Markup:
    """A police force area's name: on a Welsh page a Welsh force's Welsh name ("Heddlu
    Gogledd Cymru"), an English force's own name marked as English."""
    if i18n.language() != "cy":
        return Markup("{}").format(force)
    welsh = police.welsh_name(force)
    return Markup("{}").format(welsh) if welsh else as_english(force)


def force_area_html(force: str) -> Markup:
    """A police force area as a Welsh page's cards name it: "ardal Heddlu Gogledd Cymru",
    "ardal heddlu <span lang="en">Kent</span>"."""
    return _area_part_cy(f"{force} police area")


def _area_part_cy(part: str) -> Markup:
    """One part of an area's description (``research.describe_area``) in Welsh where the
    directory names it itself (police force areas, countries, Welsh councils); text from a
    listing's source stays English, marked so."""
    fixed = {
        "Anywhere in England and Wales": gettext("Anywhere in England and Wales"),
        "Anywhere in the UK": gettext("Anywhere in the UK"),
        "All of Wales": gettext("All of Wales"),
        "All of England": gettext("All of England"),
    }
    if part in fixed:
        return Markup("{}").format(fixed[part])
    if part.endswith(" police area"):
        force = part.removesuffix(" police area")
        welsh = police.welsh_name(force)
        if welsh:
            return Markup("{}").format(gettext("the area of %(force)s", force=welsh))
        return Markup(i18n.markup_gettext("%(force)s police area", force=as_english(force)))
    gazetteer = current_app.extensions.get("gazetteer")
    if gazetteer is not None:
        for code in gazetteer.council_codes_named(part)[:1]:
            welsh = gazetteer.welsh_name(code)
            if welsh:
                return Markup("{}").format(welsh)
    return as_english(part)


def area_html(service: Service) -> Markup:
    """The area a service covers, as words: on a Welsh page what the directory names
    itself is in Welsh ("ardal Heddlu Gogledd Cymru", "Cymru gyfan", "Ynys Môn") and the
    rest marked as English."""
    text = service.service_area.description
    if i18n.language() != "cy" or not text:
        return Markup("{}").format(text)
    return Markup(", ").join(_area_part_cy(part) for part in text.split(", "))


def languages_text(service: Service) -> str:
    """The languages a service works in, as its sources list them ("English, Welsh"), with
    the names this site knows in the page's language."""
    known = {
        "english": gettext("English"),
        "welsh": gettext("Welsh"),
        "cymraeg": gettext("Welsh"),
        "british sign language": gettext("British Sign Language (BSL)"),
        "bsl": gettext("British Sign Language (BSL)"),
    }
    return ", ".join(known.get(name.casefold(), name) for name in service.languages)


def as_english(text: str) -> Markup:
    """Listing text (written in English by its sources), marked as English on a Welsh page so
    that screen readers read it as English."""
    if i18n.language() == "cy" and text:
        return Markup('<span lang="en">{}</span>').format(text)
    return Markup("{}").format(text)


#: the English words a Welsh page keeps on purpose (a browser's menus and keys, the English
#: pages' title), longest first so that "Show All History" is one phrase
_ENGLISH_WORDS = re.compile(
    r"\b(Show All History|Forget About This Site|New private window|New incognito window"
    r"|New InPrivate window|Find support|History|Delete|Back)\b"
)


def english_words(text: str) -> Markup:
    """A sentence of ours that names a browser's English menu words ("History", "Forget About
    This Site"): on a Welsh page those words marked as English, so that screen readers say
    them as English."""
    if i18n.language() != "cy":
        return Markup("{}").format(text)
    html = str(escape(text))
    return Markup(_ENGLISH_WORDS.sub(r'<span lang="en">\1</span>', html))


def age_range(service: Service) -> str:
    low, high = service.minimum_age, service.maximum_age
    if low is not None and high is not None:
        return gettext("Ages %(low)d to %(high)d", low=low, high=high)
    if low is not None:
        return gettext("Ages %(low)d and over", low=low)
    if high is not None:
        return gettext("Up to age %(high)d", high=high)
    return ""


def pack_row(service: Service) -> dict[str, str]:
    """A referral pack's row for the page (directory/referral.py), its dates written as the
    pages write them ("25 November 2026", "June 2023"; in Welsh on a Welsh page). The CSV keeps
    ISO dates, which spreadsheets sort."""
    cells = referral.row(service, gettext, name_in_language(service))
    cells["Checked by us"] = i18n.long_date(service.last_checked)
    cells["Source date"] = source_date_text(service) or cells["Source date"]
    return cells


def today_text() -> str:
    """Today's date as the pages write it, for a printed page ("5 December 2026")."""
    return i18n.long_date(dt.date.today())


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


def who_text(service: Service) -> str:
    """Who can use it, at a glance: "Children and young people (Ages 13 to 17); men and boys"."""
    genders = [g for g in service.genders if g != "any"]
    if not genders:
        return audiences_text(service)
    named = ", ".join(_lower_first(gettext(GENDERS[g])) for g in genders)
    survivors = [a for a in service.audiences if a in _AGED_AUDIENCES]
    others = [a for a in service.audiences if a not in _AGED_AUDIENCES]
    if not (survivors and others):
        return audiences_text(service) + "; " + named + " " + gettext("only")
    # "male survivors and their partners, families and friends": the gender is the
    # survivors', never the family's (fourth data check, finding 5), so it follows them and
    # the family and friends come after it
    text = audiences_text(service.model_copy(update={"audiences": survivors}))
    also = ", ".join(_lower_first(label(code, "audience")) for code in others)
    return text + "; " + named + " " + gettext("only") + "; " + gettext("also %(who)s", who=also)


def _lower_first(label: str) -> str:
    """A label in the middle of a sentence: its first letter in lower case, unless its first
    word is an acronym ("LGBT+ people", "Pobl LHDT+" -> "pobl LHDT+")."""
    first = label.split(" ", 1)[0]
    if len(first) > 1 and first[:2].isupper():
        return label
    return label[:1].lower() + label[1:]


def access_text(service: Service) -> str:
    return messages.access_at_a_glance(service, gettext)


def access_full(service: Service) -> str:
    return messages.how_to_get_access(service, gettext)


def status_label(service: Service) -> str:
    return gettext(STATUSES.get(service.status, service.status))


def source_date_text(service: Service) -> str:
    """ "June 2023", "about 2016", or "" when the source shows no date."""
    value = service.source_date
    if not value:
        return ""
    text = i18n.month_year(dt.date.fromisoformat(value[:7] + "-01")) if len(value) >= 7 else value
    return gettext("about %(date)s", date=text) if service.source_date_approximate else text


def source_line(service: Service, today: dt.date | None = None) -> str:
    """One plain line: where the details come from and how old they are, and whether to check
    them first ("Details from a news report dated 2021: check with the service before relying
    on them.")."""
    kind = gettext(SOURCE_KINDS.get(service.source_kind, SOURCE_KINDS["other"]))
    when = source_date_text(service)
    if when:
        line = gettext("Details from %(kind)s dated %(when)s", kind=kind, when=when)
    else:
        line = gettext("Details from %(kind)s with no date shown", kind=kind)
    today = today or dt.date.today()
    old = service.source_year is None or today.year - service.source_year >= 2
    if old or service.source_kind not in ("own-website", "csa-centre"):
        return line + ": " + gettext("check with the service before relying on them.")
    return line + "."


def area_names(served: Directory, service: Service) -> list[str]:
    """The councils a service covers, by name, as HTML (a Welsh council's Welsh name on a
    Welsh page, the other names marked as English there)."""
    welsh = i18n.language() == "cy"
    names: list[str] = []
    for code, place in served.councils_covered(service):
        in_welsh = welsh and served.gazetteer.welsh_name(code)
        if in_welsh:
            names.append(escape(in_welsh))
        else:  # an English council's name (marked as English on a Welsh page)
            names.append(as_english(place.name if place else code))
    return names


def place_name(place, labelled: bool = False, areas: bool = False, sentence: bool = False) -> str:
    """The name of the place a search is near, as the page shows it: on a Welsh page a Welsh
    council's or town's Welsh name ("Caerdydd" for Cardiff, where the council of that name has
    one) and "Cymru" for Wales. ``labelled``: with what tells namesakes apart; ``areas``: with
    the council and county it lies in ("Sleaford, North Kesteven, Lincolnshire");
    ``sentence``: inside a sentence, where a Welsh name's article is lower case ("ger y
    Drenewydd", third Welsh review, N3)."""
    text = ", ".join(place.area_names) if areas else place.label if labelled else place.name
    if i18n.language() != "cy":
        return text
    name = _welsh_place_name(place, text, areas)
    return _ARTICLE.sub(lambda m: m.group(1).lower(), name, count=1) if sentence else name


#: the article at the start of a Welsh place name ("Y Drenewydd", "Yr Wyddgrug")
_ARTICLE = re.compile(r"^(Yr?)(?= \w)")


def _welsh_place_name(place, text: str, areas: bool) -> str:
    gazetteer = current_app.extensions["gazetteer"]
    welsh = gazetteer.welsh_name(place.local_authority_code)
    countries = {
        "Wales": gettext("Wales"),
        "England": gettext("England"),
        "Scotland": gettext("Scotland"),
        "Northern Ireland": gettext("Northern Ireland"),
    }
    if areas:
        return ", ".join(
            welsh
            if welsh and part == place.local_authority
            else place.other_name
            if place.other_name and n == 0
            else countries.get(part, part)
            for n, part in enumerate(place.area_names)
        )
    parts = text.split(", ", 1)
    if welsh and parts[0] == place.local_authority:
        parts[0] = welsh
    elif place.other_name and parts[0] == place.name:  # "Caergybi", as it was asked for
        parts[0] = place.other_name
    if len(parts) == 2:
        if welsh and parts[1] == place.local_authority:
            parts[1] = welsh
        parts[1] = countries.get(parts[1], parts[1])
    return ", ".join(parts)


_FRAGMENTS: dict[tuple, Markup] = {}
_MAX_FRAGMENTS = 20_000


def _cached_macro(template: str, macro: str, key: tuple, *args: object) -> Markup:
    """A macro's output, cached by ``key`` and the locale. Only for what is derived from the
    listings (never from what a person typed), and bounded in size."""
    full_key = (template, macro, i18n.language(), request.script_root, *key)
    html = _FRAGMENTS.get(full_key)
    if html is None:
        if len(_FRAGMENTS) >= _MAX_FRAGMENTS:
            _FRAGMENTS.clear()
        html = Markup(get_template_attribute(template, macro)(*args))
        _FRAGMENTS[full_key] = html
    return html


def cached_macro(template: str, macro: str, *args: str | None) -> Markup:
    """A macro whose output depends only on its (non-user) arguments, such as the page
    header for an endpoint."""
    return _cached_macro(template, macro, args, *args)


def cached_footer(helplines: list[Service], csa_directory_url: str) -> Markup:
    """The foot of every page (templates/_chrome.html), rendered once per set of helplines
    (they come from the build) and language."""
    key = (
        csa_directory_url,
        *(
            (s.id, s.name, s.name_cy, s.contact.callable_phone or s.contact.phone)
            for s in helplines
        ),
        *(reported.notice(s.id) for s in helplines),
    )
    return _cached_macro("_chrome.html", "footer", key, helplines, csa_directory_url)


def cached_talk_now(lines: list[Service]) -> Markup:
    """The helplines beside the first results (templates/_safety.html), rendered once per set
    of lines and language."""
    key = tuple(
        (
            s.id,
            s.name,
            s.name_cy,
            s.contact.callable_phone,
            s.contact.website,
            reported.notice(s.id),
        )
        for s in lines
    )
    return _cached_macro("_safety.html", "talk_now", key, lines)


_LINK = "app-typed-link"
#: the tools of anyone who has not chosen the professional's: off, and no pack
_NO_TOOLS = SearchState()


def professional_tools(state: SearchState) -> Markup:
    """ "For professionals" on a results page (templates/_professional.html). For everyone who
    has not chosen the professional's tools it is the same but for the lasting link's address,
    so it is rendered once per language and that address put into a copy, escaped (never
    kept); a professional's, with their pack, is rendered for the request."""
    if state.professional or state.pack:
        return Markup(get_template_attribute("_professional.html", "tools")(state, lasting_link()))
    html = _cached_macro("_professional.html", "tools", (), _NO_TOOLS, _LINK)
    return Markup(str(html).replace(_LINK, str(escape(lasting_link()))))


#: id of a listing object -> its version; an entry goes when its object does (listings are
#: immutable, and unhashable, so not a WeakKeyDictionary)
_VERSIONS: dict[int, bytes] = {}


def _version(service: Service) -> bytes:
    version = _VERSIONS.get(id(service))
    if version is None:
        version = hashlib.blake2b(service.model_dump_json().encode(), digest_size=12).digest()
        _VERSIONS[id(service)] = version
        weakref.finalize(service, _VERSIONS.pop, id(service), None)
    return version


def cached_fragment(macro: str, service: Service) -> Markup:
    """A listing's card (templates/_result.html), rendered once per version of the listing."""
    return _cached_macro("_result.html", macro, (service.id, _version(service)), service)


_TYPED = re.compile("app-typed-(q|location|token|key)")


def search_form(
    q: str,
    location: str,
    radius: int,
    sort: str,
    errors: dict[str, str],
    token: str = "",
    words_key: str = "",
) -> Markup:
    """The results page's search form (templates/_search_form.html). Without errors, its macros
    run once per radius, sort and locale, and what the person typed (and the token carrying a
    referral pack) is put into a copy, escaped; it is never kept. ``words_key``: the words are
    not in the page (a results address): the form says so and keeps them when left empty."""
    if errors:
        form = get_template_attribute("_search_form.html", "search_form")
        return Markup(form(q, location, radius, sort, errors, token, words_key))
    html = _cached_macro(
        "_search_form.html", "search_form", (radius, sort, bool(words_key)), "app-typed-q",
        "app-typed-location", radius, sort, {}, "app-typed-token",
        "app-typed-key" if words_key else "",
    )  # fmt: skip
    typed = {"q": q, "location": location, "token": token, "key": words_key}
    return Markup(_TYPED.sub(lambda m: str(escape(typed[m.group(1)])), html))


def filter_choices(results, field: str) -> tuple[tuple[str, int, bool], ...]:
    """The values of one filter to offer: those with results, and those ticked."""
    chosen = results.request.filters.get(field, ())
    return tuple(
        (code, count, code in chosen)
        for code, count in results.facets[field].items()
        if count or code in chosen
    )


_COUNT = re.compile("app-count-([0-9]+)")


def cached_filter_group(field: str, choices: tuple) -> Markup:
    """One filter group (templates/_filters.html). GOV.UK's checkboxes macro costs several
    milliseconds a group, so it runs once per field, offered values and ticks (and language),
    with placeholders where the counts go; each search's counts are put into a copy."""
    legend = FILTER_FIELDS[field][0]
    shape = tuple((code, checked) for code, _count, checked in choices)
    placeholders = tuple(
        (code, f"app-count-{n}", checked) for n, (code, checked) in enumerate(shape)
    )
    html = _cached_macro(
        "_filters.html", "filter_group", (field, shape), field, legend, placeholders
    )
    counts = [str(int(count)) for _code, count, _checked in choices]
    return Markup(_COUNT.sub(lambda m: counts[int(m.group(1))], html))


#: local cards shown before the "Talk to someone now" box on a results page
CARDS_BEFORE_TALK = 3


def cards_before_talk(results) -> int:  # noqa: ANN001 (a finder result)
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
    if welsh and results.request.q and understand(results.request.q).mentions({"talk"}):
        return 0
    state = g.get("search_state")
    if results.asker.persona == "professional" or (state is not None and state.professional):
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


#: who the words show is asking, for whom the lines to call come first on a page with no place
#: to search near: a child, a parent, someone worried about their own thoughts, an adult
#: survivor (a professional has the national list, and the tools)
TALK_FIRST_PERSONAS = frozenset({"child", "parent", "own-behaviour", "adult"})
#: a place given that could not be searched near: the lines to call come before the list
_PLACE_PROBLEMS = frozenset({"unknown", "bad_postcode", "ambiguous"})


def talk_first(results) -> bool:  # noqa: ANN001 (a finder result)
    """Whether a results page with no place to search near shows "Talk to someone now" at the
    top, before the services available everywhere: when the place typed could not be used
    (not found, or which of several is meant), or when the words show who is asking ("i keep
    having thoughts about kids": Stop It Now's number on the first screen of a phone, third
    walk-through F2 and F7). With a place, the box comes among the local services instead."""
    if results is None or not results.national_first:
        return False
    if results.location_problem in _PLACE_PROBLEMS:
        return True
    return results.asker.persona in TALK_FIRST_PERSONAS or results.asker.is_child


def fitting_helplines(results, limit: int = 3) -> list[Service]:
    """Lines to call now that fit who the search is for (its "who is this for" filter, when
    ticked) and who seems to be asking (Directory.talk_lines); Welsh-speaking ones first on
    Welsh pages."""
    welsh = i18n.language() == "cy"
    lines = served().talk_lines(results, helpline_order(), welsh=welsh, limit=limit)
    return reported.all_as_reported(lines)


def _pack_control(service: Service) -> str:
    """Once "I am a professional making a referral" was chosen, a button adding the service
    to the referral pack or taking it out (templates/_professional.html)."""
    state = g.get("search_state")
    if state is not None and state.professional:
        control = get_template_attribute("_professional.html", "pack_control")
        return Markup(control(service, service.id in state.pack))
    return ""


_CARDS: dict[tuple, tuple[str, str]] = {}
#: where a request keeps what its cards depend on besides the listing
_CARD_CONTEXT = "directory.card_context"


def _card_context() -> tuple[str, str, str]:
    """The public address, the mount and the language, found once a request rather than for
    each of a page's ~30 cards."""
    return i18n.once_a_request(
        _CARD_CONTEXT,
        lambda: (current_app.config["DIRECTORY_PUBLIC_URL"], request.script_root, i18n.language()),
    )


def _card(service: Service) -> tuple[str, str]:
    """A listing's card around what each search adds: its start (the heading) and its end (the
    body, and "Details: https://…/service/<id>" for print), made once per version of the
    listing, language and mount (bounded like the other fragments)."""
    key = (*_card_context(), service.id, _version(service))
    found = _CARDS.get(key)
    if found is None:
        if len(_CARDS) >= _MAX_FRAGMENTS:
            _CARDS.clear()
        where = public_url(url_for("web.service", service_id=service.id))
        details = Markup('<p class="govuk-body-s app-print-only">{}: {}</p>').format(
            gettext("Details"), where
        )
        found = _CARDS[key] = (
            '<li class="app-result">\n  ' + str(cached_fragment("result_head", service)) + "\n",
            "  " + str(cached_fragment("result_body", service)) + "\n  " + str(details),
        )
    return found


def warm_card(service: Service) -> None:
    """Render a listing's card for the current request's language now (warm-up)."""
    _card(service)


def beyond_radius(results) -> bool:  # noqa: ANN001 (a finder result)
    """Whether the page lists a local service further away than the radius searched (one whose
    area covers the place): then the page must not say only "within 25 miles"."""
    radius = results.request.radius
    return any(
        i.distance_miles is not None and i.distance_miles > radius
        for i in (*results.local.items, *results.more_local)
    )


def result_card(item, radius: int | None = None) -> Markup:  # noqa: ANN001 (a finder result item)
    """One result card (``<li>``): the listing's heading and body, rendered once per version
    of the listing and language (templates/_result.html), around what this search adds (how
    far away it is, whether it covers the area asked about) and, for a professional, the
    referral pack's button. Put together here rather than in a Jinja macro: a results page has up
    to ~30 cards, and a macro call with its translations cost more than the rest of the card.
    ``radius``: the miles searched; a service further away is listed because its area covers
    the place, and says that first ("Covers your area", then how far its nearest venue is). A
    venue less than a mile away says so rather than "0.0 miles away"."""
    s = reported.as_reported(item.service)  # its number unlinked after reports (issue 29)
    start, end = _card(s)
    where = str(reported.reported_line(s))
    if item.distance_miles is not None or item.covers:
        away, covers, near = _where_texts()
        distance = ""
        if item.distance_miles is not None:
            if item.distance_miles < 1:
                distance = near
            else:
                distance = away % {"miles": str(escape(i18n.miles(item.distance_miles)))}
        far = bool(
            item.covers
            and radius is not None
            and item.distance_miles is not None
            and item.distance_miles > radius
        )
        area = ""
        if item.covers:
            area = covers + (": " + str(area_html(s)) if s.service_area.description else "")
        parts = ['  <p class="govuk-body app-where">']
        elsewhere = _covers_elsewhere(item, s)
        if elsewhere:
            # its venue is near, but its area is other councils: a referrer must not take it
            # for local help (fourth walk-through F5: Barnsley's and Sheffield's for Kirklees)
            parts += ['<strong class="app-elsewhere">', elsewhere, "</strong>"]
            if distance:
                parts += [" · ", distance]
        elif far:
            parts += ["<strong>", area, "</strong> · ", distance]
        else:
            if distance:
                parts += ["<strong>", distance, "</strong>"]
                if area:
                    parts.append(" · ")
            parts.append(area)
        where = "".join(parts) + "</p>\n" + where
    return Markup(start + where + end + str(_pack_control(s)) + "\n</li>\n")


def _covers_elsewhere(item, service: Service) -> str:  # noqa: ANN001 (a finder result item)
    """For a local service listed because a venue is near the place searched, when its area
    is a list of councils that leaves that place out: "Covers Barnsley only — not the place
    you searched", as HTML ("" otherwise)."""
    area = service.service_area
    if (
        item.covers
        or item.distance_miles is None  # no place searched near
        or service.is_national
        or not area.local_authorities
        or not area.description
    ):
        return ""
    return str(
        i18n.markup_gettext(
            "Covers %(areas)s only — not the place you searched", areas=area_html(service)
        )
    )


_WHERE_TEXTS = "directory.where_texts"


def _where_texts() -> tuple[str, str, str]:
    """ "%(miles)s miles away", "Covers your area" and "Less than a mile away" in the page's
    language, as HTML (a template's ``_()`` trusts the catalogue's text), looked up once a
    request rather than for each card."""
    return i18n.once_a_request(
        _WHERE_TEXTS,
        lambda: (
            i18n.gettext("%(miles)s miles away"),  # the catalogue's text, formatted per card
            str(i18n.markup_gettext("Covers your area")),
            str(i18n.markup_gettext("Less than a mile away")),
        ),
    )
