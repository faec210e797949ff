"""The words of the directory's queries that carry no need of their own (English, text-speak and
Welsh), and how text is cleaned before it is read (Welsh initial mutations undone and the words
that show a query is written in Welsh: ``welsh_words``). Part of ``understand`` (split from it:
issue 24)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..limits import MAX_UNDERSTOOD_CHARS

#: Welsh for "is" and "I am" ("mae", "dwi'n", "rwy'n"): everyday words, and a sign of Welsh
WELSH_BE = ("mae", "dw", "dwi", "dwin", "rwy", "rwyn", "rydw", "rydwin")


#: words that carry no need of their own in this directory (English, text-speak and Welsh)
FILLERS: frozenset[str] = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "anyone",
        "anything",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "cant",
        "could",
        "did",
        "didnt",
        "do",
        "does",
        "doesnt",
        "doing",
        "dont",
        "down",
        "during",
        "each",
        "either",
        "else",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "get",
        "gets",
        "getting",
        "give",
        "go",
        "goes",
        "going",
        "gone",
        "got",
        "had",
        "has",
        "hasnt",
        "have",
        "havent",
        "having",
        "he",
        "hed",
        "hes",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "id",
        "ill",
        "im",
        "in",
        "into",
        "is",
        "isnt",
        "it",
        "its",
        "itself",
        "ive",
        "just",
        "know",
        "let",
        "like",
        "look",
        "looking",
        "me",
        "mine",
        "more",
        "most",
        "much",
        "my",
        "myself",
        "need",
        "needed",
        "needs",
        "no",
        "nobody",
        "nor",
        "not",
        "nothing",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "please",
        "really",
        "right",
        "say",
        "said",
        "see",
        "she",
        "should",
        "so",
        "some",
        "somebody",
        "someone",
        "something",
        "somewhere",
        "still",
        "such",
        "than",
        "that",
        "thats",
        "the",
        "their",
        "them",
        "then",
        "there",
        "theres",
        "these",
        "they",
        "theyre",
        "thing",
        "things",
        "think",
        "this",
        "those",
        "though",
        "through",
        "to",
        "too",
        "u",
        "ur",
        "under",
        "until",
        "up",
        "us",
        "very",
        "want",
        "wanted",
        "wants",
        "was",
        "wasnt",
        "way",
        "we",
        "were",
        "what",
        "whats",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "without",
        "would",
        "wouldnt",
        "yeah",
        "yes",
        "yet",
        "you",
        "youre",
        "your",
        "yours",
        "yourself",
        "find",
        "finding",
        "found",
        "service",
        "services",
        "near",
        "nearby",
        "local",
        "area",
        "around",
        "anybody",
        "ok",
        "okay",
        "pls",
        "plz",
        "sort",
        "sorted",
        "tried",
        "try",
        "trying",
        "happen",
        "happened",
        "happening",
        "happens",
        "going",
        "gonna",
        "wanna",
        "idk",
        "dunno",
        "cos",
        "coz",
        "because",
        "being",
        "well",
        "lot",
        "lots",
        "one",
        "ones",
        "maybe",
        "kind",
        "sort",
        "type",
        "told",
        "tells",
        "telling",
        "says",
        "saying",
        "asked",
        "ask",
        "if",
        "its",
        "whether",
        "rydym",
        "yn",
        "y",
        "yr",
        "ac",
        "ar",
        "am",
        "o",
        "fy",
        "fi",
        "chi",
        "ti",
        "eisiau",
        "angen",
        "efo",
        "gyda",
        "ble",
        "beth",
        "sut",
        "pwy",
        "pam",
        "oes",
        "oedd",
        "wedi",
        "i",
        "r",
        "n",
        "na",
        "neu",
        "ond",
        "hefyd",
        "gallu",
        "plis",
        "os",
        "gafodd",
        "cafodd",
        "cael",
        "eu",
        "ei",
        "gan",
        "sydd",
        "yw",
        "ydy",
        "ydw",
        "dw",
        "ddim",
        "isio",
        "eisio",
        "hwn",
        "hon",
        "hyn",
        "rhywun",
        "rhywbeth",
        "beth",
        "be",
        "dros",
        "mewn",
        "at",
        "gyd",
        "cyn",
        "ôl",
        "ol",
        "wneud",
        "gwneud",
        # (eighth walk-through) "be dw i fod i neud" (what am I supposed to do), spoken forms
        "neud",
        "fod",
        "ddylwn",
        "dylwn",
        "moyn",
        # (eighteenth walk-through F3) the pronouns and "to her, to him" ("help iddi hi ac i fi":
        # help for her and for me), which English "her", "him", "me" are
        "hi",
        "fo",
        "fe",
        "nhw",
        "iddi",
        "iddo",
        "iddyn",
        "imi",
        "hun",  # "fy hun": myself
        "hunan",
        # (fifteenth Welsh review F2) "on me, on us" ("mae angen help arna i": I need help)
        "arna",
        "arnaf",
        "arnon",
        "arnom",
        "arni",
        "arno",
        "arnyn",
        # (w59cylife, welsh24 F8) spoken "ma" (mae: is), "fe'n" (he is), "ohona" (of me),
        # "heb" (without), as English "is", "he", "of", "without" are: each matched a line's
        # name or text ("Byw Heb Ofn") and put it above the cards the words asked for
        "ma",
        "fen",
        "ohona",
        "ohonof",
        "heb",
        "nath",  # (spoken "did", as English "did")
        "wnaeth",
        "rhoi",  # (give, put: as English "give"; its Welsh phrases are read before this)
        "roi",
        # (w61cy2, Welsh review 25 F12) "services", "near", "local" in Welsh, as English
        # "services near" are: "gwasanaethau ger Rhuthun", the Welsh page's own heading
        # copied, found nothing of its own, so the place was dropped
        "gwasanaeth",
        "gwasanaethau",
        "wasanaeth",
        "wasanaethau",
        "ger",
        "lleol",
    ]
) | frozenset(WELSH_BE)


#: (twenty-fourth walk-through F5) Welsh step-kin written apart, "llys-dad", "llys fam": one
#: word, as "llysdad" is read; alone, "llys" is a court, and a child's "llys-dad" brought the
#: line for victims of crime into the talk box
_WELSH_STEP_KIN = re.compile(
    r"\b(l?lys)[- ]+(?=(?:dad|tad|thad|nhad|fam|mam|frawd|brawd|mrawd|chwaer|fab|mab|ferch|"
    r"merch)\b)"
)


#: the words cleaned so far in this request (``cleaning_once``), or None outside one
_CLEANED: ContextVar[dict[tuple[str, int], str] | None] = ContextVar("cleaned", default=None)
#: what each reader (``read_once``) said of the words so far in this request, or None
_READ: ContextVar[dict[tuple[Callable[[str], bool], str], bool] | None] = ContextVar(
    "read", default=None
)


@contextmanager
def cleaning_once() -> Iterator[None]:
    """Within it, each text is cleaned once: a results page's rules ask ``clean_text`` of the
    same words about 30 times. What was cleaned is kept only until it ends (the words are a
    person's own: never kept beyond the request that holds them)."""
    token, read = _CLEANED.set({}), _READ.set({})
    try:
        yield
    finally:
        _CLEANED.reset(token)
        _READ.reset(read)


def read_once(read: Callable[[str], bool], text: str) -> bool:
    """``read(text)``, worked out once a request (``cleaning_once``): the page's warnings and
    its "Talk to someone now" box ask the same reader of the same words (whether they tell of
    danger now, ``danger_now.in_danger_now``). Kept only until the request ends."""
    said = _READ.get()
    if said is None:
        return read(text)
    key = (read, text)
    if key not in said:
        said[key] = read(text)
    return said[key]


#: where a sentence or clause ends, in the words as typed (``clean_text`` removes these, so
#: split before cleaning): the warnings read an act, a time or a danger a clause at a time
CLAUSES = re.compile(r"[.!?;,:\n]+")


def clean_text(text: str, limit: int = MAX_UNDERSTOOD_CHARS) -> str:
    """Lower-case words and digits only, accents folded, at most ``limit`` long."""
    cleaned = _CLEANED.get()
    if cleaned is None:
        return _clean_text(text, limit)
    key = (text, limit)
    found = cleaned.get(key)
    if found is None:
        found = cleaned[key] = _clean_text(text, limit)
    return found


#: (w61other, check61 finding 4) "SA'd", "S.A.'d", "SAd", "SA'ed": sexually assaulted, as said
#: online; the letters in capitals or with the apostrophe (not "sad")
_SA_D = re.compile(r"\b(?:S\.?A\.?['’`]?e?d|[Ss]\.?[Aa]\.?['’`]e?d)\b")


def _clean_text(text: str, limit: int) -> str:
    text = _SA_D.sub("sexually assaulted", str(text)[: limit * 2])
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    # "mum's" -> "mums", "i'm" -> "im"
    text = re.sub(r"[’'`]", "", text[: limit * 2])
    text = _WELSH_STEP_KIN.sub(r"\1", text)
    text = re.sub(r"[^a-z0-9+]+", " ", text)
    return " ".join(text.split())[:limit].strip()


#: words for grown men and women (against "boy", "girl", "lad": what someone was then)
GROWN_UP = frozenset(
    ["man", "men", "male", "males", "woman", "women", "female", "females", "guy", "bloke",
     "lady", "ladies", "dyn", "dynion", "menyw", "merched"]
)  # fmt: skip
