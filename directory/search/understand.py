"""Understanding what a person typed: the concepts they ask about, and who seems to be asking.

- ``thesaurus.toml`` maps everyday, professional and Welsh words onto concepts (a kind of help,
  what happened, who it is for); a concept counts once however many of its phrases appear.
- Everyday words and fillers ("my", "help", "what", "about", "im") never stop a match: they
  are dropped before matching.
- Words left over are searched as they are (stemmed), each as a concept of its own.
- ``who_is_asking`` reads first-person signals ("im 14", "my stepdad", "my daughter told me",
  "referral", "my own thoughts") into a guess that is never required and only reorders.

Split (issue 24): the fillers, text cleaning and Welsh mutations are in ``lexicon``; who is
asking in ``asker`` (its patterns in ``asker_patterns`` and, for own behaviour, ``asker_own``).
Nothing here knows about Flask, places or the index.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz, process
from whoosh.lang.porter import stem

from ..limits import MAX_ASKER_CHARS, MAX_UNDERSTOOD_CHARS
from .abuse_languages import other_language_twin
from .asides import without_asides
from .asker import Asker, who_is_asking
from .asker_acts import worried_unsaid
from .asker_cared_for import without_parents_named
from .asker_child import harmed_child, without_kids_tastes
from .asker_clause import clause_age
from .asker_own import _HARMED_SPEAKER, SELF_HARM_URGE
from .asker_own_bare import bare_of_children
from .asker_own_not_parent import children_as_context, own_not_parent
from .asker_own_said import thoughts_of_harm_done
from .asker_own_theirs import thinking_of_theirs
from .asker_patterns import _AGE_PHRASE, _SCHOOL_YEAR_WORDS
from .asker_roles import own_role
from .asker_self import without_role_sex
from .attacked_cy import with_attacked_sexually
from .cannot_phone import without_deaf_idiom
from .cared_now import implied_unless_now, without_parents_cared
from .crisis_own import unsaid_in_crisis
from .family_words import asker_in_family_words, family_words_said, wholly_in_another_language
from .group_sex import group_sex
from .harmer_sex import sexes_said
from .images_asked import with_images_asked
from .images_named import with_images_named
from .images_threatened import with_images_threatened
from .languages import (
    LANGUAGE_WORDS,
    Language,
    in_another_script,
    interpreter_asked,
    languages_asked,
)
from .lexicon import FILLERS, GROWN_UP, clean_text
from .met_online import with_met_online
from .offender_cy import with_offender_named
from .other_language import in_other_language
from .past_told import unsaid_past_told
from .role_heading import role_heading_read
from .sexual_unnamed import sexual_unnamed
from .spoken import spoken_read
from .stop_unmeant import stop_unmeant
from .suicide_acts import plan_or_act, with_plan_or_act
from .suicide_languages import with_suicide_said
from .watched import watched_asker
from .welsh_lexicon import is_known_welsh, reads_as_welsh
from .welsh_words import is_welsh, radicals
from .words import is_english, reads_as_english

__all__ = [
    "Asker",
    "Concept",
    "Thesaurus",
    "Understood",
    "clean_text",
    "radicals",
    "thesaurus",
    "understand",
    "who_is_asking",
]

THESAURUS = Path(__file__).with_name("thesaurus.toml")


TAXONOMY_FIELDS = (
    "support",
    "audience",
    "delivery",
    "referral",
    "abuse",
    "gender",
    "language",
    "community",
)


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


@dataclass(frozen=True)
class Concept:
    name: str
    kind: str  # need | topic | who | how | word
    search: tuple[str, ...]  # phrases to match in the listings' text
    taxonomy: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (field, codes) met outright

    @property
    def key(self) -> str:
        """A name for caching this concept's matches on an index build."""
        return f"{self.kind}:{self.name}"

    def codes(self, field_name: str) -> tuple[str, ...]:
        """The codes of one taxonomy field that meet this concept outright."""
        return next((codes for name, codes in self.taxonomy if name == field_name), ())


@dataclass(frozen=True)
class Thesaurus:
    concepts: dict[str, Concept]
    phrases: dict[tuple[str, ...], str]  # stemmed words -> concept name
    longest: int
    words: frozenset[str]  # every word of every phrase (for spelling: these are known words)
    single_words: tuple[str, ...]  # the one-word phrases, for misspellings

    @classmethod
    def load(cls, path: Path = THESAURUS) -> Thesaurus:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
        concepts: dict[str, Concept] = {}
        phrases: dict[tuple[str, ...], str] = {}
        words: set[str] = set()
        for name, entry in raw.items():
            taxonomy = tuple(
                (fld, tuple(codes)) for fld, codes in (entry.get("taxonomy") or {}).items()
            )
            for fld, _codes in taxonomy:
                if fld not in TAXONOMY_FIELDS:
                    raise ValueError(f"{path}: [{name}] unknown taxonomy field {fld!r}")
            concepts[name] = Concept(
                name, entry["kind"], tuple(entry.get("search") or ()), taxonomy
            )
            for phrase in entry["phrases"]:
                tokens = clean_text(phrase).split()
                if not tokens:
                    continue
                words.update(tokens)
                key = _key(tokens)
                if phrases.get(key, name) != name:
                    raise ValueError(f"{path}: {phrase!r} is in both [{phrases[key]}] and [{name}]")
                phrases[key] = name
        longest = max((len(k) for k in phrases), default=1)
        singles = tuple(
            sorted(
                w
                for entry in raw.values()
                for w in (clean_text(p) for p in entry["phrases"])
                if w and " " not in w and len(w) >= 5
            )
        )
        return cls(concepts, phrases, longest, frozenset(words), singles)


@functools.cache
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


@dataclass(frozen=True)
class Understood:
    concepts: tuple[Concept, ...]
    words: tuple[str, ...]  # the words left after phrases and fillers, searched as they are
    asker: Asker = field(default_factory=Asker)
    general: bool = False  # only "help" words: any service may help
    #: misspelt words understood as a thesaurus word ("councilling" -> "counselling")
    corrections: tuple[tuple[str, str], ...] = ()
    #: every word typed that is not a filler (thesaurus words included)
    all_words: tuple[str, ...] = ()
    #: (w45lang) languages other than English and Welsh asked for ("in Polish", "po polsku")
    languages: tuple[Language, ...] = ()
    #: (w45lang) an interpreter asked for ("I need an interpreter")
    interpreter: bool = False
    #: (w45lang) the words are in a language the search cannot read (a sentence in Portuguese,
    #: Urdu in Arabic script): only the concepts read from them are searched
    unread: bool = False
    #: (w48own) some words are in another language: a family word or an age in it ("moja
    #: córka ma 10 lat, her stepfather…")
    other_words: bool = False

    @property
    def empty(self) -> bool:
        return not self.concepts

    def mentions(self, names: Collection[str]) -> bool:
        """Whether the person speaks of any of these concepts: through a phrase, or through a
        word that alone would mean one of them, inside a phrase of another concept (not after
        "non": a social worker's "non-offending mum" is the parent who protects the child,
        tenth walk-through F3; nor "youth": the youth offending team, w65stop)."""
        book = thesaurus()
        before = ("", *self.all_words)
        return any(c.name in names for c in self.concepts) or any(
            book.phrases.get(_key([w])) in names and prior not in ("non", "youth")
            for prior, w in zip(before, self.all_words, strict=False)
        )


#: the concept an asker's persona implies (who the help is for)
PERSONA_CONCEPT = {"adult": "past-abuse", "parent": "parents", "own-behaviour": "own-behaviour"}


def _misspelt_concept(word: str, book: Thesaurus, welsh: bool = False) -> tuple[str, str] | None:
    """The concept a misspelt word clearly means, and the word to say it was read as
    ("councilling" -> counselling): only for words that are not real English words, towards
    one close thesaurus word; what is shown is a real word, never another misspelling. In
    Welsh words (``welsh``), only towards a Welsh thesaurus word, shown as itself: a Welsh
    word is never "corrected" to an English one (walk-through F6: "hewythr" -> "family")."""
    if len(word) < 5 or is_english(word) or is_known_welsh(word):
        # (seventh walk-through F5: "diogel" is no misspelt "diogelu"; probe 18: the site's
        # own Welsh and family words, "llysfab" is no misspelt "llysfam")
        return None
    if any(form in book.single_words for form in radicals(word)[1:]):
        return None  # a mutated form of a thesaurus word (found by the caller's phrases)
    found = process.extractOne(word, book.single_words, scorer=fuzz.ratio, score_cutoff=85)
    if not found:
        return None
    name = book.phrases[_key([found[0]])]
    shown = found[0]
    if welsh:
        return None if is_english(shown) else (name, shown)
    if not is_english(shown) and book.concepts[name].search:
        shown = book.concepts[name].search[0]
    return name, shown


def _phrases(
    tokens: list[str], book: Thesaurus, welsh: bool
) -> tuple[list[str], list[str], dict[str, str]]:
    """The concepts the words' phrases name (longest phrase first), the words left over, and
    the misspelt words read as a thesaurus word."""
    stems = _key(tokens)
    names: list[str] = []
    rest: list[str] = []
    corrections: dict[str, str] = {}
    i = 0
    while i < len(tokens):
        for size in range(min(book.longest, len(tokens) - i), 0, -1):
            name = book.phrases.get(stems[i : i + size])
            if name is None:
                # a Welsh word after "i", "fy", "ei"… changes its first letters
                # (a short word too when more words of the phrase follow: "gam drin")
                for form in radicals(tokens[i], rest=2 if size > 1 else 3)[1:]:
                    name = book.phrases.get(_key([form]) + stems[i + 1 : i + size])
                    if name is not None:
                        break
            if name is not None:
                # "by my uncle", "by a family friend": who did it, not who the help is for
                about_abuser = (
                    book.concepts[name].kind == "who" and "by" in tokens[max(0, i - 3) : i]
                )
                if name not in names and not about_abuser:
                    names.append(name)
                i += size
                break
        else:
            word = tokens[i]
            if word not in FILLERS and not word.isdigit() and len(word) > 1:
                misspelt = _misspelt_concept(word, book, welsh)
                if misspelt is None:
                    rest.append(word)
                else:
                    name, corrections[word] = misspelt
                    if name not in names:
                        names.append(name)
            i += 1
    return names, rest, corrections


def _speaks_of_suicide(
    names: list[str], tokens: list[str], tail: list[str], book: Thesaurus
) -> bool:
    """The words speak of suicide or self-harm: a phrase of the concept, a word that alone means
    it, or a phrase of it in ``tail`` (what a long message says after what is searched)."""
    return (
        "suicide" in names
        or any(book.phrases.get(_key([w])) == "suicide" for w in tokens)
        or (bool(tail) and "suicide" in _phrases(tail, book, False)[0])
    )


def _without_own_role(cleaned: str) -> str:
    """(probe 11) A professional's own role ("school counsellor", "family support worker")
    searched as the word for a professional, not as the help it names."""
    role = own_role(cleaned)
    return cleaned if role is None else f"{cleaned[: role[0]]}{role[2]}{cleaned[role[1] :]}"


def _harmed(asker: Asker, cleaned: str) -> bool:
    """Harm done to the asker; (w23child) or to a child in more words ("…thinking about kids at
    school who bully me and my stepdad touches me": not a search about their own thoughts)."""
    return bool(_HARMED_SPEAKER.search(cleaned)) or (
        asker.persona == "child" and harmed_child(cleaned)
    )


def _sexless(names: list[str]) -> list[str]:
    """``names`` without the concepts of a sex ("men", "women")."""
    return [n for n in names if n not in ("men", "women")]


def _sex_not_sought(asker: Asker, tokens: list[str]) -> bool:
    """A parent's "my boy" is their child; an adult's "as a lad", "as a young girl" says what
    they were then (their sex is kept in ``asker``), not that they look for a service for men
    or women only; nor is a professional's "a lad of 15" (probe 11), nor their own sex said
    with their role ("im a male teacher", "female social worker": twelfth session)."""
    if asker.persona == "professional":
        tokens = without_role_sex(" ".join(tokens)).split()
    return asker.persona == "parent" or (
        asker.persona in ("adult", "professional") and not set(tokens) & GROWN_UP
    )


def _group_asked(asker: Asker, names: list[str], cleaned: str) -> tuple[Asker, list[str]]:
    """(twenty-sixth walk-through F1) "men's support group", "for guys", "cwnsela i ddynion":
    the group asked for is theirs (the asker's sex, when no other is said) and its concept is
    searched, as "male survivors group" is; not a parent's or professional's words."""
    sex = group_sex(cleaned)
    if not sex or asker.persona in ("parent", "professional", "own-behaviour"):
        return asker, names
    group = "men" if sex == "male" else "women"
    if not asker.gender:
        asker = replace(asker, gender=sex)
    return asker, names if group in names else [*names, group]


_SCHOOL_STUDENT = re.compile(r"\b(?:year|yr|y) ?(?:[1-9]|1[0-3]) students?\b")
#: (w25speech) a language used at home ("we use bsl at home", "we speak welsh at home"): how
#: the family talks, not abuse at home
_LANGUAGE_AT_HOME = re.compile(
    r"\b((?:use|uses|using|speak|speaks|speaking|sign|signs|signing|communicate|communicates)"
    r"(?: \w+){0,2}) at home\b"
)


def _searched_tokens(searched: str) -> list[str]:
    """The words searched, without ages and school years; (probe 18) a school year said with
    "student" is a school's ("yr 8 student"): "student" alone is as often a university's."""
    searched = _SCHOOL_STUDENT.sub(" school student ", without_kids_tastes(searched))
    searched = _LANGUAGE_AT_HOME.sub(r"\1", searched)
    return _SCHOOL_YEAR_WORDS.sub(" ", _AGE_PHRASE.sub(" ", searched)).split()


def _not_own_behaviour(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """``names`` without "own-behaviour" when the words are about harm done to the asker (sixth
    walk-through: "he got arrested for touching me": who did it was arrested) or their own
    self-harm (probe 12: "i get urges to self harm"), not their sexual behaviour."""
    if asker.persona == "own-behaviour":
        return names
    if _harmed(asker, cleaned) or SELF_HARM_URGE.search(cleaned):
        return [n for n in names if n != "own-behaviour"]
    if thoughts_of_harm_done(cleaned):  # (w48own) "intrusive thoughts about what he did"
        return [n for n in names if n != "own-behaviour"]
    if thinking_of_theirs(cleaned):  # (w58think) "thinking about kids welfare"
        return [n for n in names if n != "own-behaviour"]
    if bare_of_children(cleaned):  # (w61thoughts) "i get urges to eat chocolate"
        return [n for n in names if n != "own-behaviour"]
    return names


def understand(text: str) -> Understood:
    """The concepts of ``text``, its other meaningful words, who seems to be asking, and the
    languages it asks for or is written in."""
    twin = other_language_twin(text)  # (w57lang, w61other) "mi tío me toca", "me violaron ayer"
    if twin:  # read as its English twin, and still as words in another language
        return replace(_languages_read(_understood(twin), twin), unread=True)
    return _languages_read(_understood(text), text)


def _languages_read(found: Understood, text: str) -> Understood:
    """(w45lang) ``found`` with the languages ``text`` asks for, and, for words the search
    cannot read (a sentence in Romanian, Urdu in Arabic script), without its own unmatched
    words: none of them can match a listing, and each said "your words did not match" where
    any nearby service may help."""
    tokens = clean_text(text, MAX_UNDERSTOOD_CHARS).split()
    unread = in_another_script(text) or not (is_welsh(tokens) or reads_as_english(tokens))
    unread = unread and not reads_as_welsh(tokens)  # (w65older) "roedd … oeddwn i'n fach"
    unread = unread or wholly_in_another_language(" ".join(tokens))  # (w48own) "mi hija de 8…"
    unread = unread or (not is_welsh(tokens) and in_other_language(text))  # (w57lang) "tio me…"
    found = replace(found, languages=languages_asked(text), interpreter=interpreter_asked(text))
    found = replace(found, other_words=family_words_said(" ".join(tokens)))
    if not unread:
        return _without_language_words(found) if found.languages else found
    # (w48own) nor the concept a persona read from family words implies ("minha filha": a
    # parent): the words say nothing of what help, and any service near may help
    implied = PERSONA_CONCEPT.get(found.asker.persona)
    concepts = tuple(c for c in found.concepts if c.kind != "word" and c.name != implied)
    return replace(found, concepts=concepts, words=(), general=not concepts, unread=True)


def _without_language_words(found: Understood) -> Understood:
    """(fifteenth Welsh review F5) ``found`` without the names of languages and "speaks": no
    listing names one (the page says so), and searched as words, "need help in Polish" found
    no local service where "need help" found one."""
    dropped = {w for w in found.words if w in LANGUAGE_WORDS}
    if not dropped:
        return found
    concepts = tuple(c for c in found.concepts if c.kind != "word" or c.name not in dropped)
    words = tuple(w for w in found.words if w not in dropped)
    return replace(found, concepts=concepts, words=words, general=found.general or not concepts)


def _names_for_asker(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """The concepts ``names`` as who is asking reads them: who is asking says who the help is
    for, even when no word of theirs names it ("im 52, as a lad": services for adults abused
    as children); a parent's "my boy" is their child."""
    names = _not_own_behaviour(asker, names, cleaned)
    names = with_images_named(asker, names, cleaned)  # (w46adult) "my bf looks at child porn"
    names = with_images_threatened(asker, names, cleaned)  # (w48img) "will send my pics to…"
    names = with_met_online(asker, names, cleaned)  # (w59child) "wants to meet me tonight"
    names = with_images_asked(asker, names, cleaned)  # (w63pro) "keeps asking for pics of me"
    names = with_attacked_sexually(names, cleaned)  # (w49cy) "ymosododd … arna in rhywiol"
    names = with_offender_named(asker, names, cleaned, _harmed(asker, cleaned))  # (w63cy2)
    names = without_parents_named(asker.persona, asker.age, names, cleaned)  # (w47unsaid)
    names = children_as_context(asker, names, cleaned)  # (w65note) "a note for my kids tonight"
    return without_parents_cared(asker, names, cleaned)  # (w59adult) "i am 40, my carer…"


def _understood(text: str) -> Understood:
    # who is asking is read from the whole message (eighth walk-through F5: a long one often
    # ends with the age or "i have started hurting myself"); what is searched, its start;
    # (w25speech) "doin", "mab fi"; (w65pro2) a heading "police:" is the asker's role
    whole = spoken_read(clean_text(role_heading_read(text), MAX_ASKER_CHARS))
    cleaned = whole[:MAX_UNDERSTOOD_CHARS].strip()
    asker = clause_age(text, who_is_asking(whole))  # (w45ask) "…group chat, 13, …"
    asker = watched_asker(asker, whole)  # (w46child) "my dad checks my laptop"
    asker = asker_in_family_words(asker, whole, text)  # (w48own) "moja córka", "tengo 14 años"
    asker = with_suicide_said(unsaid_in_crisis(asker, whole), text)  # (w51acts, w55own)
    asker = unsaid_past_told(asker, whole)  # (w61adult) "what my brother did to me", no age
    asker = own_not_parent(asker, whole)  # (w65note) "a note for my kids tonight": his own life
    searched = _without_own_role(cleaned) if asker.persona == "professional" else cleaned
    tokens = _searched_tokens(without_asides(without_deaf_idiom(searched)))  # (w43ask, w54endanger)
    book = thesaurus()
    names, rest, corrections = _phrases(tokens, book, is_welsh(tokens))
    names = _names_for_asker(asker, names, cleaned)
    if sexual_unnamed(asker, names, rest):
        names.append("sexual-abuse")  # (the word stays a word: the listings saying it)
    # (issue 25, w62stop) "i cant stop crying", "he didnt stop when i said no": no service
    names, rest, unmeant = stop_unmeant(asker.persona, names, rest, cleaned)
    if worried_unsaid(asker.persona, asker.age, names, cleaned):  # (probe 11: as the box)
        asker = replace(asker, persona="own-behaviour")
    implied = implied_unless_now(PERSONA_CONCEPT.get(asker.persona), asker, cleaned)  # (w59adult)
    if implied and implied not in names and implied in book.concepts:
        names.append(implied)
    sought = not _sex_not_sought(asker, tokens)
    asker, names = sexes_said(asker, names if sought else _sexless(names), cleaned)  # (w53plan)
    asker, names = _group_asked(asker, names, cleaned)
    names, rest = with_plan_or_act(names, rest, cleaned)  # (w47crisis) "pills ready tonight"
    if "suicide" in names and "own-behaviour" not in names and asker.persona != "own-behaviour":
        rest = [w for w in rest if w != "stop"]  # (check49) "it wont stop bleeding": no service
    general = names == ["general"] and not rest
    if "general" in names and (len(names) > 1 or rest):
        names.remove("general")  # "help for parents": the other words say what help
    concepts = [book.concepts[n] for n in names]
    words = tuple(dict.fromkeys(rest))
    concepts += [Concept(w, "word", (w,)) for w in words]
    if not concepts and tokens:
        general = True  # nothing but everyday words ("what do i do"): any help will do
    meaningful = tuple(
        dict.fromkeys(w for w in tokens if w not in FILLERS and not w.isdigit() and len(w) > 1)
    )
    if unmeant:  # (nor, as plain text, the service's name)
        meaningful = tuple(w for w in meaningful if w != "stop")
    if _speaks_of_suicide(names, tokens, whole[len(cleaned) :].split(), book) or plan_or_act(whole):
        asker = replace(asker, suicidal=True)
    return Understood(
        tuple(concepts),
        words,
        asker,
        general,
        tuple(corrections.items()),
        meaningful,
    )
