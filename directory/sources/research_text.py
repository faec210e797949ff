"""Reading researchers' text: what a record's notes, dates, phone fields and page addresses say.

Each rule is one small function or pattern over the words researchers use; what a person
decided about a particular record is in ``curation/``, not here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

#: words that mark researchers' text for maintainers: never shown to the public
MAINTAINER_TEXT = re.compile(
    r"\(|\bseen\b|\bper\b|\bpage\b|wikipedia|\bsource|\breported\b(?! to\b)|unconfirmed"
    r"|not confirmed|\bcheck\b|\bolder\b|\barticle|\bnews\b|\bblog\b|\bCQC\b|\binferred\b"
    r"|\bconflict"
    r"|\bverify\b|\bleaflet\b|\bcopy\b|\bc\.\s?\d|same page",
    re.IGNORECASE,
)

#: the hosts and words that say what kind of page a source is (data: ``research_rules.toml``)
RULES_FILE = Path(__file__).with_name("research_rules.toml")
_RULE_TABLES = ("official_hosts", "blog_hosts", "news_host_words")


class RulesError(ValueError):
    """The rules file cannot be read, or one of its tables is not a list of words."""


def load_rules(path: Path = RULES_FILE) -> dict[str, tuple[str, ...]]:
    """The rule tables of ``path``, each a non-empty list of non-empty, lower-case words."""
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read: {exc}") from exc
    for key in _RULE_TABLES:
        words = tables.get(key)
        if not (isinstance(words, list) and words and all(_is_word(w) for w in words)):
            raise RulesError(f"{path}: {key} must be a list of non-empty lower-case words")
    return {key: tuple(tables[key]) for key in _RULE_TABLES}


def _is_word(word: object) -> bool:
    return isinstance(word, str) and word.strip() == word != "" and word == word.lower()


_RULES = load_rules()
_NEWS_WORDS = re.compile("|".join(map(re.escape, _RULES["news_host_words"])), re.IGNORECASE)
#: copies of CQC inspection pages on its development and test hosts and its web developer's
#: (axis12.com): inspection reports, the same kind of page as www.cqc.org.uk's
_CQC_COPY = re.compile(r"^(dev|test)\.cqc\.org\.uk$|^[a-z0-9-]*cqc[a-z0-9-]*\.axis12\.com$")
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS = _MONTH_NAMES.split()
#: a month's number by its first three letters ("sep" and "september" alike)
_MONTH_NUMBER = {month[:3]: n for n, month in enumerate(_MONTHS, start=1)}
#: a date; a span of days ("26-27 November 2019", an inspection's two days) is no one day
_DATE = re.compile(
    r"(?:(\d{1,2})(-\d{1,2})?\s+)?"
    r"(?:(" + "|".join(_MONTHS) + r"|" + "|".join(m[:3] for m in _MONTHS) + r")\.?\s+)?"
    r"((?:19|20)\d{2})\b",
    re.IGNORECASE,
)


#: what says a service is for adults only (or sends children elsewhere): an age limit, "adult",
#: "men"/"women" without "boys"/"girls", a service for those abused in the past "as children"
_ADULTS_ONLY = re.compile(
    r"\badults?\b|\bover[- ]?1[6-8]s?\b|\b1[6-8] ?\+|\baged? 1[6-8]\b|\b1[6-8] and over\b"
    r"|\bchildhood\b|\babused as children\b|\bchildren\b[^.;]*\b(?:served by|go to|seen by)\b",
    re.IGNORECASE,
)
_MEN_OR_WOMEN = re.compile(r"\b(?:wo)?men\b", re.IGNORECASE)
_BOYS_OR_GIRLS = re.compile(r"\b(?:boys?|girls?|young people|children)\b", re.IGNORECASE)


def states_adults_only(raw: dict[str, Any], cur: dict[str, Any]) -> bool:
    """Whether a researched record says its service is not for children: a minimum age, or
    its ``who_for`` (or note) naming adults, an age of 16 or more, or children going
    elsewhere. Nothing said means nothing excluded."""
    if raw.get("min_age") is not None or cur.get("minimum_age") is not None:
        return True
    if cur.get("adults_only"):
        # a curator's reading of every source as speaking only of adults ("The Blue Door":
        # a Safeguarding Adults Board entry; "RASA Merseyside (adult services)", whose
        # children's service is listed on its own: fourth data check, finding 3)
        return True
    who = str(raw.get("who_for") or raw.get("serves") or "")
    if _ADULTS_ONLY.search(who):
        return True
    if _MEN_OR_WOMEN.search(who) and not _BOYS_OR_GIRLS.search(who):
        return True
    note = str(raw.get("note") or "")
    return bool(re.search(r"\bover[- ]?18s?\b|\b18 ?\+|\bchildren go to\b", note, re.I))


#: what in a record or contacts line says its number must not be offered to call yet: pages that
#: disagree on the number, or the researcher asking for it to be confirmed before it is shown
_PHONE_DOUBT = re.compile(
    r"confirm the current public number|different numbers|numbers? conflict"
    r"|confirm[^.;]{0,40}before (?:listing|showing)|before showing as current",
    re.IGNORECASE,
)
#: a researcher doubting that the operator a record names still runs the service
_OPERATOR_DOUBT = re.compile(r"\b(?:provider|operator)\b[^.;]{0,30}\bmay have changed", re.I)
#: a researcher's note that the page states no age policy ("Self-referral and age policy not
#: stated on this page.")
_AGES_NOT_STATED = re.compile(
    r"\bage policy not stated|\bages? (?:policy )?not (?:stated|given)", re.IGNORECASE
)
#: the generic NHS sentence about all SARCs ("regardless of age"), wrong on a children's centre
_ANY_AGE = re.compile(r"regardless of age|\bany age\b|whatever (?:their )?age", re.IGNORECASE)


def phone_in_doubt(*texts: str) -> bool:
    """Whether a researcher's notes say the number is not to be offered to call yet."""
    return any(_PHONE_DOUBT.search(str(t or "")) for t in texts)


_PHONE = re.compile(r"\+?[0-9][0-9 ()-]{5,22}[0-9]")


def first_phone(text: str) -> str:
    """The first phone number in a researcher's phone field ("0808 169 8112 (public); …")."""
    found = _PHONE.search(str(text or ""))
    if not found:
        return ""
    number = found.group(0).strip()
    # "(0116) 273 3330" is read from its first digit: drop the bracket left without its pair
    if number.count(")") != number.count("("):
        number = number.replace(")", "").replace("(", "")
    return " ".join(number.split())


def public_text(text: str) -> str:
    """``text`` if it reads as plain facts for the public, else "" (kept for maintainers)."""
    text = " ".join(str(text or "").split())
    return "" if MAINTAINER_TEXT.search(text) else text


#: a researcher's aside inside a name or organisation: a year ("(2017)", "(since 2018)"), or
#: where the fact came from or what happened to it ("transferred from Savana", "listed by")
_NOTE_ASIDE = re.compile(
    r"\b(?:19|20)\d\d\b|\btransferred\b|\bsince\b|\bas of\b|\blisted\b|\bseen\b|\bper\b"
    r"|\bsource|\baccording\b|\bnotes?\b|unconfirmed|not confirmed|\bcheck\b|\binferred\b",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def without_notes(text: str) -> tuple[str, list[str]]:
    """``text`` (a name or an organisation) without a researcher's asides, and the asides.

    "Staffordshire Women's Aid - ISVA service (transferred from Savana)" reads as the name
    the service uses; "(Telford adult service, 2020)" and a clause after ";" such as
    "CISVA listed by Barnsley Council" are notes for maintainers, not part of a name."""
    text = " ".join(str(text or "").split())
    notes: list[str] = []

    def aside(found: re.Match[str]) -> str:
        if _NOTE_ASIDE.search(found.group(1)):
            notes.append(found.group(1))
            return ""
        return found.group(0)

    kept = _BRACKETED.sub(aside, text)
    clauses = [c.strip() for c in kept.split(";")]
    public = [clauses[0]] + [c for c in clauses[1:] if not _NOTE_ASIDE.search(c)]
    notes += [c for c in clauses[1:] if _NOTE_ASIDE.search(c)]
    return "; ".join(c for c in public if c).strip(" -;,"), notes


def host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


_PCC_HOST = re.compile(r"(^|[.-])o?p?f?cc[.-]")


def source_kind(url: str, own_site: str = "", organisation: str = "") -> str:
    """What kind of page ``url`` is: the service's own website (or its organisation's, as
    nspcc.org.uk is Childline's), official, news or other."""
    where = host(url)
    if own_site and where == host(own_site):
        return "own-website"
    name = re.sub(r"[^a-z0-9]", "", organisation.casefold())
    if name and where.split(".")[0] == name:
        return "own-website"
    # NHS, councils, police, police and crime commissioners ("durham-pcc.gov.uk"), inspections;
    # "pcc" inside a word (nspcc.org.uk) is not a commissioner
    if where.endswith(_RULES["official_hosts"]) or _PCC_HOST.search(where) or is_cqc_copy(url):
        return "official"
    if any(where == blog or where.endswith("." + blog) for blog in _RULES["blog_hosts"]):
        return "other"
    if _NEWS_WORDS.search(where):
        return "news"
    return "other"


def is_cqc_page(url: str) -> bool:
    """Whether ``url`` is a CQC page (www.cqc.org.uk or a copy on its development hosts)."""
    where = host(url)
    return where == "cqc.org.uk" or where.endswith(".cqc.org.uk") or is_cqc_copy(url)


def is_cqc_copy(url: str) -> bool:
    """Whether ``url`` is a CQC page on a development or test host (dev.cqc.org.uk,
    gl-dpcqc.axis12.com), not the public www.cqc.org.uk."""
    return bool(_CQC_COPY.match(host(url)))


def public_cqc_page(url: str, others: Iterable[str]) -> str:
    """The public cqc.org.uk page among ``others`` for the same location as the CQC copy
    ``url`` ("/location/1-123/reports"), else the same path on www.cqc.org.uk; "" when
    ``url`` is not a CQC copy."""
    location = re.search(r"/location/([^/?#]+)", urlsplit(url).path)
    if not is_cqc_copy(url) or not location:
        return ""
    for other in others:
        if host(other) == "cqc.org.uk" and f"/location/{location.group(1)}" in other:
            return other
    # the same page at its public address (the hosts copy cqc.org.uk's paths)
    return urlunsplit(("https", "www.cqc.org.uk", urlsplit(url).path, "", ""))


#: a year that dates something other than the page: a founding, an anniversary, an inspection
#: the page reports (inside brackets, the researcher's aside)
_ASIDE = re.compile(r"\([^)]*\)")


def dated_in_record(raw: dict[str, Any], source_url: str) -> str:
    """The cited page's date where a national record keeps it outside ``source_date``: in
    ``sources[].date_seen_on_page`` for that page, or in its notes ("Source date: FAQ page
    last updated 4 November 2024"), when the page cited is still the one researched (fourth
    data check, finding 8)."""
    for seen in raw.get("sources") or []:
        if seen.get("url") == source_url and seen.get("date_seen_on_page"):
            return str(seen["date_seen_on_page"])
    if source_url != raw.get("source_url"):
        return ""
    found = re.search(r"\bSource dates?: ([^.]*)", str(raw.get("notes") or ""))
    text = found.group(1).split(";")[0] if found else ""
    # "own news 2019-2020": a span of several pages' dates, not the cited page's
    return "" if re.search(r"\d{4}\s*-\s*\d{4}", text) else text


def read_source_date(text: str) -> tuple[str, bool]:
    """The date the cited page shows, from a researcher's ``source_date`` text, as "YYYY",
    "YYYY-MM" or "YYYY-MM-DD", and whether it is approximate ("c.2019").

    Only the text's first part (before ";") is about the cited page: the rest dates other
    pages ("criteria page undated; BBC item c.September 2023"). A page the text calls
    undated has no date, whatever year an aside gives ("undated blog (founded 2006)");
    years in brackets are asides, not the page's date; two different years with nothing to
    say which is the page's ("2017 and 2025 news items") give no date. A span of days
    ("CQC inspection 26-27 November 2019") gives its month: no one day is the page's."""
    text = str(text or "").split(";")[0]
    if re.search(r"\bundated\b|\bno date\b", text, re.IGNORECASE):
        return "", False
    text = _ASIDE.sub(" ", text)
    found = _DATE.search(text)
    if not found:
        return "", False
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", text))
    if len(years) > 1 and not re.search(r"\d{4}\s*-\s*\d{4}", text):
        return "", False
    day, span, month, year = found.groups()
    value = year
    if month:
        value += f"-{_MONTH_NUMBER[month.lower()[:3]]:02d}"
        if day and not span:
            value += f"-{int(day):02d}"
    before = text[: found.start()].lower()
    approximate = bool(re.search(r"\bc\.\s*$|\babout\s*$|undated|probably", before))
    return value, approximate


def is_finder(url: str) -> bool:
    """Whether ``url`` is the national NHS finder of sexual assault referral centres."""
    parts = urlsplit(url or "")
    return host(url) == "nhs.uk" and parts.path.rstrip("/") == "/sarcs"


#: words of contacting a service oneself, or of a child being referred by someone else
_REFERRAL_WORDS = re.compile(r"refer|without a referral", re.IGNORECASE)


def self_referral_age(
    raw: dict[str, Any], cur: dict[str, Any], problems: list[str], verify: list[str]
) -> int | None:
    """The age from which people can contact the service themselves (curation's
    ``self_referral_from_age``; younger children are referred by a professional), only where
    the researched record states that age beside words of referral, in its ``who_for`` or notes:
    curation never adds a fact (eighth walk-through F7.5)."""
    age = cur.get("self_referral_from_age")
    if age is None:
        return None
    said = " ".join(str(raw.get(k) or "") for k in ("who_for", "note", "notes"))
    windows = (
        said[max(0, m.start() - 60) : m.end() + 60]
        for m in re.finditer(rf"(?<!\d){int(age)}(?!\d)", said)
    )
    stated = next((w for w in windows if _REFERRAL_WORDS.search(w)), None)
    if stated is None:
        problems.append(f"self-referral age {age} is not in the researched record: left out")
        return None
    verify.append(f"Self-referral from age {age}, as researched: ...{stated.strip()}...")
    return int(age)
