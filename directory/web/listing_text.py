"""A listing's text as the pages show it, in the page's language: labels, who it is for, how
to get access, its name and description, ages, dates and where its details come from."""

from __future__ import annotations

import datetime as dt
import re

from flask import Blueprint
from markupsafe import Markup, escape

from .. import messages
from ..model import FILTER_FIELDS, GENDERS, SOURCE_KINDS, STATUSES, Service
from ..search.open_to_all import open_to_everyone_affected
from . import i18n
from .i18n import gettext

bp = Blueprint("listing_text", __name__)


@bp.app_template_filter()
def label(code: str, field: str) -> str:
    return gettext(FILTER_FIELDS[field][1].get(code, code))


@bp.app_template_filter()
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


@bp.app_template_filter()
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


@bp.app_template_filter()
def long_date(value: dt.date | str | None) -> str:
    """ "26 November 2026" (in Welsh, "26 Tachwedd 2026")."""
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return i18n.long_date(value)


@bp.app_template_filter()
def name_in_language(service: Service) -> str:
    """The service's name in the page's language: its Welsh name on a Welsh page when its
    sources state one, otherwise the name it goes by."""
    if service.name_cy and i18n.language() == "cy":
        return service.name_cy
    return service.name


def hours_in_language(service: Service) -> str:
    """The service's opening hours in the page's language: the Welsh a curator wrote for a
    Welsh page (``opening_hours_cy``) where there is one, as its service page shows them."""
    if service.opening_hours_cy and i18n.language() == "cy":
        return service.opening_hours_cy
    return service.opening_hours


def phone_note_in_language(service: Service) -> str:
    """The note a card gives with the phone number ("ask for its Bedfordshire service") in the
    page's language: the site's own Welsh for it on a Welsh page where there is one."""
    contact = service.contact
    if contact.phone_notes_cy and i18n.language() == "cy":
        return contact.phone_notes_cy
    return contact.phone_notes


@bp.app_template_filter()
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


@bp.app_template_filter()
def description_html(service: Service) -> Markup:
    """What the service offers: on a Welsh page the service's own Welsh words where it
    publishes them (``description_cy``) and they cover what the English does, otherwise its
    description marked as English."""
    if i18n.language() == "cy" and welsh_description_fits(service):
        return Markup("{}").format(service.description_cy)
    return as_english(service.description)


@bp.app_template_filter()
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


@bp.app_template_filter()
def as_english(text: str) -> Markup:
    """Listing text (written in English by its sources), marked as English on a Welsh page so
    that screen readers read it as English."""
    if i18n.language() == "cy" and text:
        return Markup('<span lang="en">{}</span>').format(text)
    return Markup("{}").format(text)


@bp.app_template_filter()
def our_note(text: str, welsh: str = "") -> Markup:
    """A note of the site's own (a status note, a contact note, a curator's hours): on a Welsh
    page its Welsh (``*_cy``, curation/our-welsh.json) where it has one, otherwise the English,
    marked as English (sixth walk-through F7)."""
    if i18n.language() == "cy" and welsh:
        return Markup("{}").format(welsh)
    return as_english(text)


#: the English words a Welsh page keeps on purpose (a browser's menus and keys, the English
#: pages' title), longest first so that "Show All History" is one phrase
_ENGLISH_WORDS = re.compile(
    r"\b(Show All History|Forget About This Site|New private window|New incognito window"
    r"|New InPrivate window|Find support|History|Delete|Back|CSA Centre)\b"
)


@bp.app_template_filter()
def english_words(text: str) -> Markup:
    """A sentence of ours that names a browser's English menu words ("History", "Forget About
    This Site"): on a Welsh page those words marked as English, so that screen readers say
    them as English."""
    if i18n.language() != "cy":
        return Markup("{}").format(text)
    html = str(escape(text))
    return Markup(_ENGLISH_WORDS.sub(r'<span lang="en">\1</span>', html))


@bp.app_template_filter()
def age_range(service: Service) -> str:
    low, high = service.minimum_age, service.maximum_age
    if low is not None and high is not None:
        return gettext("Ages %(low)d to %(high)d", low=low, high=high)
    if low is not None:
        return gettext("Ages %(low)d and over", low=low)
    if high is not None:
        return gettext("Up to age %(high)d", high=high)
    return ""


@bp.app_template_filter()
def who_text(service: Service) -> str:
    """Who can use it, at a glance: "Children and young people (Ages 13 to 17); men and boys"."""
    genders = [g for g in service.genders if g != "any"]
    if open_to_everyone_affected(service):
        # (twenty-ninth walk-through F1) no audience stated, but its own words open it to
        # everyone affected: adults among them, its ages not stated (never "Not stated")
        return label("adult-survivors", "audience") + "; " + gettext("age policy not stated")
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


@bp.app_template_filter()
def who_html(service: Service) -> Markup:
    """``who_text`` for a card; (twenty-ninth walk-through F1) a listing that states no
    audience but states its eligibility says that, in its own words, rather than "Not
    stated"; one whose words open it to everyone affected by sexual abuse
    (``open_to_all.open_to_everyone_affected``: "People affected by rape and sexual abuse")
    says first that adults are among them and its age policy is not stated, as a centre for
    adults whose ages are not stated does (a child is not told it is a children's service)."""
    who = who_text(service)
    if not service.eligibility or service.audiences:
        return Markup("{}").format(who)
    words = as_english(service.eligibility)
    if open_to_everyone_affected(service):
        return i18n.markup_gettext("%(who)s (its listing says: %(words)s)", who=who, words=words)
    return words if who == gettext("Not stated") else Markup("{}").format(who)


def _lower_first(label: str) -> str:
    """A label in the middle of a sentence: its first letter in lower case, unless its first
    word is an acronym ("LGBT+ people", "Pobl LHDT+" -> "pobl LHDT+")."""
    first = label.split(" ", 1)[0]
    if len(first) > 1 and first[:2].isupper():
        return label
    return label[:1].lower() + label[1:]


@bp.app_template_filter()
def access_text(service: Service) -> str:
    return messages.access_at_a_glance(service, gettext)


@bp.app_template_filter()
def access_full(service: Service) -> str:
    return messages.how_to_get_access(service, gettext)


@bp.app_template_filter()
def status_label(service: Service) -> str:
    return gettext(STATUSES.get(service.status, service.status))


@bp.app_template_filter()
def status_note(service: Service) -> Markup:
    """The site's note on a listing's status or address ("It may have moved to ..."), in the
    page's language (``our_note``), as its card, its page and a referral pack show it; empty
    when it has none."""
    if not service.status_note:
        return Markup()
    return our_note(service.status_note, service.status_note_cy)


@bp.app_template_filter()
def not_seen_text(service: Service) -> str:
    """ "Not seen at the source since 3 December 2026", or "" while its source still lists it."""
    if not service.not_seen_since:
        return ""
    since = i18n.long_date(service.not_seen_since)
    return gettext("Not seen at the source since %(date)s", date=since)


def status_text(service: Service) -> Markup:
    """(w26local, F3) A referral pack's Status: the label and every warning the card shows
    about the listing's status or address (its note, not seen at the source), so that a pack,
    its printout and its spreadsheet never send a family to a building the card says it may
    have left ("Details not confirmed" alone, beside the old address)."""
    label = escape(status_label(service))
    warnings = [status_note(service), escape(not_seen_text(service))]
    if not any(warnings):
        return label
    parts = [label, *(w for w in warnings if w)]
    ended = (p if p.striptags().endswith((".", "!", "?")) else p + Markup(".") for p in parts)
    return Markup(" ").join(ended)


def source_date_text(service: Service) -> str:
    """ "June 2023", "about 2016", or "" when the source shows no date."""
    value = service.source_date
    if not value:
        return ""
    text = i18n.month_year(dt.date.fromisoformat(value[:7] + "-01")) if len(value) >= 7 else value
    return gettext("about %(date)s", date=text) if service.source_date_approximate else text


@bp.app_template_filter()
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


@bp.app_template_filter()
def welsh_tag_helps(service: Service) -> bool:
    """(w38card, thirty-first walk-through F8) Whether a card shows its "Welsh-speaking
    service" tag: on a Welsh page, for every listing that helps people in Welsh; on an English
    one, only for a listing of Wales alone (the country, or Welsh councils), where it tells the
    reader something of the services near them. On the English card of a line for all the UK
    (Stop It Now, whose own words say "in English or Welsh") it read to a woman in England as a
    service for someone else."""
    if not service.offers_welsh:
        return False
    if i18n.language() == "cy":
        return True
    area = service.service_area
    councils = area.local_authorities
    in_wales = area.countries == ["Wales"] or (
        not area.countries and bool(councils) and all(c.startswith("W") for c in councils)
    )
    return in_wales and not area.national
