"""Places as the pages name them: the area a service covers, the councils it covers, police
force areas and the place a search is near, with their Welsh names on a Welsh page."""

from __future__ import annotations

import re
from dataclasses import replace

from flask import Blueprint, current_app
from markupsafe import Markup, escape

from ..facade import Directory
from ..geo import normalise, police
from ..geo.council_list import council_choices
from ..geo.mutations import with_article
from ..model import Service
from . import i18n
from .i18n import gettext
from .listing_text import as_english

bp = Blueprint("places", __name__)


@bp.app_template_filter()
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


@bp.app_template_filter()
def area_html(service: Service) -> Markup:
    """The area a service covers, as words: on a Welsh page what the directory names
    itself is in Welsh ("ardal Heddlu Gogledd Cymru", "Cymru gyfan", "Ynys Môn") and the
    rest marked as English."""
    text = service.service_area.description
    if i18n.language() != "cy" or not text:
        return Markup("{}").format(text)
    return Markup(", ").join(_area_part_cy(part) for part in text.split(", "))


@bp.app_template_filter()
def area_list_html(service: Service) -> Markup:
    """(w35place; tenth Welsh review P2, P3) The area a service covers as a list inside a
    sentence ("Covers %(areas)s only"): a whole country named bare ("Wales", "Cymru", not
    "All of Wales"), a place named twice once (Horizon SARC's "West Midlands", as a police
    area and again as a county), and "and" before the last ("a", "ac" before a vowel, on a
    Welsh page, with the mutation "a" brings: "a Chaerdydd")."""
    parts = service.service_area.description.split(", ")
    parts = [p for p in parts if p and f"{p} police area" not in parts]
    parts = list(dict.fromkeys(_COUNTRIES.get(p, p) for p in parts))
    welsh = i18n.language() == "cy"
    named = [
        Markup("{}").format(gettext(p))
        if p in _COUNTRIES.values()
        else (_area_part_cy(p) if welsh else Markup("{}").format(p))
        for p in parts
    ]
    if len(named) < 2:
        return named[0] if named else Markup("")
    last, joining = _after_and(named[-1]) if welsh else (named[-1], "and")
    return Markup("{} {} {}").format(Markup(", ").join(named[:-1]), joining, last)


_COUNTRIES = {"All of Wales": "Wales", "All of England": "England"}
#: Welsh "a" (and) is "ac" before a vowel, and brings the aspirate mutation of c, p, t
_WELSH_VOWELS = "aeiouyâêîôûŷáéíóú"
_ASPIRATE = {"c": "ch", "p": "ph", "t": "th"}


def _after_and(part: Markup) -> tuple[Markup, str]:
    """A Welsh list's last part as it follows "a"/"ac", and which of the two: "ac ardal
    Heddlu Gwent", "a Chaerdydd", "a <span lang="en">Kent</span>" (an English name keeps its
    letters)."""
    plain = part.striptags()
    first = plain[:1].lower()
    if first and first in _WELSH_VOWELS:
        return part, "ac"
    text = str(part)
    if first in _ASPIRATE and plain[1:2].lower() != "h" and text[:1].lower() == first:
        mutated = _ASPIRATE[first].capitalize() if text[0].isupper() else _ASPIRATE[first]
        return Markup(mutated + text[1:]), "a"
    return part, "a"


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


@bp.app_template_global()
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


@bp.app_template_global()
def place_html(
    place, labelled: bool = False, areas: bool = False, sentence: bool = False
) -> Markup:
    """``place_name`` as HTML: on a Welsh page the names of a place outside Wales (its town,
    council and county, not the country, which is in Welsh) marked ``lang="en"``, so that a
    screen reader says "ger Liverpool" in an English voice (fifth walk-through, Welsh polish)."""
    text = place_name(place, labelled, areas, sentence)
    if i18n.language() != "cy" or place.country in ("Wales", ""):
        return Markup("{}").format(text)
    countries = {gettext(c) for c in ("England", "Scotland", "Northern Ireland", "Isle of Wight")}
    return Markup(", ").join(
        Markup("{}").format(part)
        if part in countries or any(ch.isdigit() for ch in part)  # a country; "LS1"
        else _EN_SPAN.format(part)
        for part in text.split(", ")
    )


_EN_SPAN = Markup('<span lang="en">{}</span>')


@bp.app_template_global()
def services_near(place) -> Markup:
    """ "Services near Leeds, West Yorkshire"; a whole country, "Services in Wales" (fifteenth
    Welsh review F9: "ger Cymru" is somewhere just outside Wales; and as "yn" mutates the name,
    "yng Nghymru", each country has words of its own)."""
    if place.kind == "country" and place.name == "Wales":
        return i18n.markup_gettext("Services in Wales")
    if place.kind == "country" and place.name == "England":
        return i18n.markup_gettext("Services in England")
    return i18n.markup_gettext(
        "Services near %(place)s", place=place_html(place, areas=True, sentence=True)
    )


@bp.app_template_global()
def council_groups() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(w37cy) The councils to choose from when the place typed is not found, by country,
    Wales's few first: (the country as the page names it, the language of its councils'
    names on this page, [(the words for the place field, the council as the page names it)])."""
    gazetteer = current_app.extensions.get("gazetteer")
    if gazetteer is None:
        return []
    welsh = i18n.language() == "cy"
    groups: dict[str, list[tuple[str, str]]] = {"Wales": [], "England": []}
    for council in council_choices(gazetteer):
        shown = council.name_cy if welsh and council.name_cy else council.name
        groups[council.country].append((council.words, shown))
    return [
        (gettext("Wales"), "", sorted(groups["Wales"], key=lambda c: c[1])),
        (gettext("England"), "en" if welsh else "", groups["England"]),
    ]


@bp.app_template_global()
def suggested_place_html(name: str, areas: object = None) -> Markup:
    """(twenty-fifth walk-through F5, w31cy) A place offered by its name ("Places with a
    similar name"), as ``place_html`` names a place: on a Welsh page by the Welsh name the
    gazetteer has for it ("Merthyr Tudful"), its label's council too ("Pen-y-bont ar Ogwr").

    (w39cy, thirteenth Welsh review P1) Offered for a misspelling as for a shortened name, with
    what tells where it is ("Y Felinheli, Gwynedd", "Cromer, North Norfolk"), on English pages
    too; a name that is more than one place, or whose council adds nothing, as it is."""
    gazetteer = current_app.extensions.get("gazetteer")
    if gazetteer is None:
        return Markup("{}").format(name)
    found = gazetteer.resolve(name)
    if not found.found or found.place is None or found.corrected:
        return Markup("{}").format(name)
    if areas:  # (w32place) a place elsewhere with its county: "Long Sutton, Hart, Hampshire"
        return place_html(found.place, areas=True)
    place = found.place  # a town its council is named after: not "Wrexham, Wales"
    return place_html(place, labelled=place.label != f"{place.name}, {place.country}")


#: the article at the start of a Welsh place name ("Y Drenewydd", "Yr Wyddgrug")
_ARTICLE = re.compile(r"^(Yr?)(?= \w)")


def _squeezed(name: str) -> str:
    """A name without its spaces and hyphens, a doubled letter once: "llangranog"."""
    letters = normalise(name).replace(" ", "")
    return "".join(c for n, c in enumerate(letters) if not n or letters[n - 1] != c)


def _with_article(gazetteer, place) -> str:
    """(w36cy) The Welsh name of a town in Wales typed without the article the gazetteer's own
    Welsh form has ("Drenewydd", "Bala" -> "Y Drenewydd", "Y Bala"), else its name as before.
    Only a form the gazetteer holds for that town: "Llanddewibrefi" has none.

    A village known by the name its cited page gives (``town_names.csv``: no population here),
    typed but for spaces, hyphens or a doubled letter ("Llanddewibrefi", "Llangranog"), is
    named as that page writes it ("Llanddewi Brefi", "Llangrannog"); a GeoNames town's name may
    be the English one ("Criccieth", "Flint"), so "Cricieth" and "Fflint" are kept as typed.
    The Welsh spelling that table gives a village is its Welsh name whatever was typed
    ("Cefn-mawr" for Cefn Mawr: thirteenth Welsh review P2)."""
    own = place.other_name and not place.population
    welsh = place.other_name == gazetteer.welsh_town_name(place)
    if own and not welsh and _squeezed(place.other_name) == _squeezed(place.name):
        place = replace(place, other_name="")
    return with_article(gazetteer, place, place.other_name or place.name) or place.other_name


def _welsh_place_name(place, text: str, areas: bool) -> str:
    gazetteer = current_app.extensions["gazetteer"]
    welsh = gazetteer.welsh_name(place.local_authority_code)
    if not place.other_name and place.country == "Wales":  # (w31cy) "Cil-y-coed" for Caldicot
        place = replace(place, other_name=gazetteer.welsh_town_name(place))
    if place.country == "Wales":  # (w36cy) "Drenewydd", "Bala": "Y Drenewydd", "Y Bala"
        place = replace(place, other_name=_with_article(gazetteer, place))
    countries = {
        "Wales": gettext("Wales"),
        "England": gettext("England"),
        "Scotland": gettext("Scotland"),
        "Northern Ireland": gettext("Northern Ireland"),
        # (w40place, thirteenth Welsh review P5) an English council with a Welsh name of its own
        "Isle of Wight": gettext("Isle of Wight"),
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
