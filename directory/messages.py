"""Plain-English messages about a search and a listing, shared by the pages, the API and the
referral pack.

They never repeat the postcode or place that was typed (it may be someone's home); they name
only places from our own gazetteer (a corrected spelling, a candidate, a suggestion).
``gettext`` is passed in so the web layer can translate them.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from .finder import FindResults
from .geo import LocationStatus, Resolution
from .model import REFERRAL_ROUTES, Service
from .none_near import Wider
from .search.lexicon import clean_text

Translate = Callable[[str], str]
#: ``ngettext(singular, plural, n)``, without the % formatting
TranslatePlural = Callable[[str, str, int], str]


def _identity(text: str) -> str:
    return text


def _plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


EXAMPLE_POSTCODE = "LS1 4AP"
#: the example on Welsh pages (a Cardiff postcode, as the Welsh form's hint names Cardiff)
EXAMPLE_POSTCODE_CY = "CF10 1AA"


def _only_elsewhere(
    resolution: Resolution | None, _: Translate, place_name: Callable[..., str] | None
) -> str | None:
    """(w31cy) "thornbury devon": the page's words when no place of the name is in the area
    typed after it (``Resolution.not_in``), else None. (twenty-sixth walk-through F2, w32place)
    The area is offered first: the place elsewhere ("long sutton lincs": Long Sutton in
    Hampshire) is not the likely one. (ninth Welsh review EN1) ``place_name`` may give HTML
    marking an English name on a Welsh page: the sentence is then HTML too, its words
    escaped."""
    area = resolution.not_in if resolution else None
    if resolution is None or area is None:
        return None
    if resolution.near_by:
        # (w42place) "oakley, hampshire": the Oakley we know is in Dorset, just over the
        # border, so the page never says none is near
        said = _(
            "We know a place of that name only elsewhere, not in %(area)s. Choose where to search:"
        )
    else:
        said = _(
            "We know a place of that name only elsewhere, not in or near %(area)s. Choose "
            "where to search:"
        )
    if place_name is None:
        return said % {"area": area.name}
    return Markup.escape(said) % {"area": place_name(area)}


def location_message(
    results: FindResults,
    _: Translate = _identity,
    example: str = EXAMPLE_POSTCODE,
    place_name: Callable[..., str] | None = None,
) -> str | None:
    """Why the place could not be used, or None when it could (or none was given);
    ``example``: the postcode to give as an example; ``place_name``: how the page names a
    place."""
    status = results.location_problem
    if status is None:
        return None
    elsewhere = _only_elsewhere(results.resolution, _, place_name)
    if elsewhere is not None:  # (w31cy) "thornbury devon": none of that name is there
        return elsewhere
    if results.resolution and results.resolution.typed_with and results.resolution.no_comma:
        # (w44cy) "bannau brycheiniog", "cwmaman aberdare": one name, or a place and where
        return _("We could not find that place. It may be near one of these:")
    if results.resolution and results.resolution.typed_with:  # (w31cy) "cwmaman, aberdar"
        return _(
            "We could not find the first place you wrote. Choose one of these, near the place "
            "you wrote with it:"
        )
    unplaced = _not_a_place(results.resolution, _)
    if unplaced is not None:  # (w43place) "near me", "ger fi", "UK", "anywhere", "Jersey"
        return unplaced
    if results.resolution and results.resolution.meant:  # (w32place) "wroxham": Wrexham?
        return _("We do not know a place of that name. Did you mean this one?")
    if status == LocationStatus.BAD_POSTCODE:
        return _(
            "We could not recognise that postcode. Check it and try again, for example %(example)s."
        ) % {"example": example}
    if status == LocationStatus.NOT_COVERED:
        return _(
            "This directory covers England and Wales, so it has no local services for "
            "that place. The services below help people anywhere in the UK."
        )
    if status == LocationStatus.OVERSEAS:
        return _(
            # no listing names a line outside the UK: no number is offered (walk-through 2, F8)
            "That looks like a place outside the UK. This directory covers England and "
            "Wales, and the services below help people in the UK. If you are somewhere else, "
            "search for help where you are, or in an emergency call the emergency number there."
        )
    if status == LocationStatus.AMBIGUOUS:
        if results.resolution and results.resolution.unrecognised:  # "thornbury, narnia"
            return _(
                "We did not recognise what you wrote after the place's name, so we have not "
                "used it. More than one place has that name. Choose the one you mean."
            )
        if results.resolution and results.resolution.corrected:
            # (w42place) "witton": two Whittons are places with a similar name, not its own
            return _("We could not find that place. Did you mean one of these?")
        return _("More than one place has that name. Choose the one you mean.")
    if results.resolution and results.resolution.suggestions:
        return _("We could not find that place. Did you mean one of these?")
    return _(
        "We could not find that place. Check the spelling, or try a postcode, a town or a council."
    )


def _not_a_place(found: Resolution | None, _: Translate) -> str | None:
    """(w43place) What the page says to words typed as the place that are no place ("near me",
    "UK"), and to a place in the Crown Dependencies."""
    if found is not None and found.in_crown_dependency:
        # not in the UK, and no listing says it covers them: claim nothing
        return _(
            "This directory covers England and Wales, and has no services in Jersey, Guernsey "
            "or the Isle of Man, which are not in the UK. The services below are for people in "
            "the UK: ask them if they can help you."
        )
    if found is None or not found.not_a_place:
        return None
    if found.not_a_place == "near":
        return _(
            "This site cannot see where you are: it never asks for your location. Type a "
            "town, a council or a postcode to see services near you."
        )
    return _(
        "We need a town, a council or a postcode to find services near you. The services "
        "below help people wherever they live."
    )


def nothing_near_message(
    results: FindResults, _: Translate = _identity, ngettext: TranslatePlural = _plural
) -> str | None:
    """The honest answer when no local service is near, with where to look next (the count
    is what the wider search will show as matching)."""
    if not results.nothing_near or results.place is None or results.help_not_local:
        return None
    away = bool(results.other_areas) or any(item.other_area for item in results.more_local)
    searched = bool(results.request.q.strip() or any(results.request.filters.values()))
    if away:
        first = _other_areas_message(searched, _)
    elif searched:
        # there may be services near that do not match: never say there are none at all
        first = _("We found no local services within %(radius)d miles that match your search.")
    else:
        first = _("We found no local services within %(radius)d miles.")
    first = first % {"radius": results.request.radius}
    if results.unmatched_near:
        # (ninth walk-through F2) "no local services" read as "none here": say how many are
        # near that the words did not match (the page links to them)
        first += " " + ngettext(
            "There is %(count)d other service near you that your words did not match.",
            "There are %(count)d other services near you that your words did not match.",
            results.unmatched_near,
        ) % {"count": results.unmatched_near}
    if results.wider:
        then = _wider_message(results.wider, _, ngettext)
    else:
        then = _("The services below can help wherever you live, by phone or online.")
    return f"{first} {then}"


def _wider_message(wider: Wider, _: Translate, ngettext: TranslatePlural) -> str:
    """(forty-eighth walk-through F5) How many services the next radius shows, saying when
    they are for other areas: "There are 3 within 50 miles" led only to three services "not
    the place you searched", so the promise says so before the tap."""
    values = {"count": wider.count, "radius": wider.radius}
    if wider.others and wider.others == wider.count:
        return (
            ngettext(
                "There is %(count)d within %(radius)d miles, but it says it helps another area.",
                "There are %(count)d within %(radius)d miles, but they say they help other areas.",
                wider.count,
            )
            % values
        )
    if wider.others:
        # only with two or more
        return _("There are %(count)d within %(radius)d miles, some of them for other areas.") % (
            values
        )
    return (
        ngettext(
            "There is %(count)d within %(radius)d miles.",
            "There are %(count)d within %(radius)d miles.",
            wider.count,
        )
        % values
    )


def _other_areas_message(searched: bool, _: Translate) -> str:
    """(seventeenth walk-through F3) The first sentence of ``nothing_near_message`` when
    services near that say they help other areas are listed further down: "no local services
    within 25 miles" above a card 20 miles away read as a contradiction (Bristol's SARC, for
    Avon and Somerset only, for a child in Wiltshire). ``searched``: words or filters."""
    if searched:
        first = _(
            "We found no local services for the place you searched within %(radius)d miles "
            "that match your search."
        )
    else:
        first = _("We found no local services for the place you searched within %(radius)d miles.")
    return (
        first
        + " "
        + _("Services for other nearby areas are further down: check they cover your area.")
    )


def corrected_message(
    results: FindResults, _: Translate = _identity, place_name: Callable[..., str] | None = None
) -> str | None:
    """The place a misspelt one was read as (``place_name``: how the page names a place);
    (w33child) or the one place of a name typed with words after it that name nothing we know
    ("kendal, mordor"), said not to be used: never ignored silently."""
    found = results.resolution
    if found and (found.corrected or found.unrecognised) and results.place:
        name = place_name(results.place) if place_name else results.place.name
        said = _("Showing results for %(place)s.") % {"place": name}
        if not found.unrecognised:
            return said
        unused = _(
            "We did not recognise what you wrote after the place's name, so we have not used it."
        )
        return f"{unused} {said}"
    return None


def suggestion_words(results: FindResults) -> list[str]:
    """(twenty-fourth walk-through F5) The corrected words of a spelling suggestion, alone, so
    the person can judge it: never the rest of what they typed (someone may see the screen)."""
    if not results.suggestion:
        return []
    typed = set(clean_text(results.request.q).split())
    said = [w for w in results.suggestion.split() if clean_text(w) and clean_text(w) not in typed]
    return list(dict.fromkeys(w.strip(".,;:!?") for w in said))


def phones_yourself(service: Service) -> bool:
    """(seventh walk-through F11) Its listing offers a line to phone (a helpline, with a
    confirmed number) that it does not give as a referral route: someone can phone it
    themselves for support even where only a professional refers them for the rest (Oakwood
    Place SARC: "You can phone any time for support", and "A professional can refer you")."""
    return (
        "helpline" in service.support_types
        and bool(service.contact.callable_phone)
        and not service.self_referral
    )


def how_to_get_access(service: Service, _: Translate = _identity) -> str:
    """How to get access, in full, as the service page, its card and the referral pack say it:
    a line to phone yourself (``phones_yourself``), the referral routes, no need to report to
    the police (where the service says so), and the service's own words."""
    routes = [_(REFERRAL_ROUTES[code]) for code in service.referral_routes]
    if service.self_referral and service.self_referral_from_age is not None:
        # (eighth walk-through F7.5) never "You can contact them yourself" to a teacher
        # referring a 7-year-old where the service takes self-referrals only from 13 or 16;
        # the younger children's route is the professional one, said in the same breath
        routes = [
            _(
                "People aged %(age)d or over can contact them themselves; "
                "younger children are referred by a professional"
            )
            % {"age": service.self_referral_from_age}
        ]
    if phones_yourself(service):
        routes.insert(0, _("You can phone them yourself for support"))
    text = "; ".join(routes)
    text = text or _("Not stated: ask the service")
    if service.police_report_required is False:
        text += ". " + _("You do not need to report to the police.")
    if service.how_to_access:
        text += " " + service.how_to_access
    return text


def access_at_a_glance(service: Service, _: Translate = _identity) -> str:
    """How to get access in three words, for a result in a list."""
    if service.self_referral and service.self_referral_from_age is not None:
        return _("Yourself from age %(age)d; younger children through a professional") % {
            "age": service.self_referral_from_age
        }
    if service.self_referral:
        return _("You can contact them yourself")
    if phones_yourself(service):
        # (seventh walk-through F11) as the pack says it: a line to phone, and the referrals
        if service.referral_routes:
            return _("Phone them yourself, or through a professional")
        return _("You can phone them yourself for support")
    if service.referral_routes:
        return _("Through a professional")
    return _("Ask the service")
