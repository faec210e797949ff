"""Understanding what a person typed: the concepts they ask about, and who seems to be asking.

- ``thesaurus.toml`` maps everyday, professional and Welsh words onto concepts (a kind of help,
  what happened, who it is for); a concept counts once however many of its phrases appear.
- Everyday words and fillers ("my", "help", "what", "about", "im") never stop a match: they
  are dropped before matching.
- Words left over are searched as they are (stemmed), each as a concept of its own.
- ``who_is_asking`` reads first-person signals ("im 14", "my stepdad", "my daughter told me",
  "referral", "my own thoughts") into a guess that is never required and only reorders.

Nothing here knows about Flask, places or the index.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz, process
from whoosh.lang.porter import stem

from ..limits import MAX_UNDERSTOOD_CHARS
from .words import is_english

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
    ]
) | frozenset(WELSH_BE)


def clean_text(text: str) -> str:
    """Lower-case words and digits only, accents folded, at most MAX_UNDERSTOOD_CHARS long."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    # "mum's" -> "mums", "i'm" -> "im"
    text = re.sub(r"[’'`]", "", text[: MAX_UNDERSTOOD_CHARS * 2])
    text = re.sub(r"[^a-z0-9+]+", " ", text)
    return " ".join(text.split())[:MAX_UNDERSTOOD_CHARS].strip()


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


#: Welsh initial mutations, undone: mutated start -> the radical starts it may come from
#: ("rieni" <- "rhieni", "blant" <- "plant", "gam-drin" <- "cam-drin", "oroeswyr" <-
#: "goroeswyr", "nghymorth" <- "cymorth")
_MUTATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ngh", ("c",)),
    ("mh", ("p",)),
    ("nh", ("t",)),
    ("ng", ("g",)),
    ("ch", ("c",)),
    ("ph", ("p",)),
    ("th", ("t",)),
    ("dd", ("d",)),
    ("g", ("c",)),
    ("b", ("p",)),
    ("d", ("t",)),
    ("f", ("b", "m")),
    ("l", ("ll",)),
    ("r", ("rh",)),
    ("m", ("b",)),
    ("n", ("d",)),
)


def radicals(word: str, rest: int = 3) -> list[str]:
    """The forms a possibly mutated Welsh word may have before mutation, the word included
    (and "g" restored before a vowel, soft mutation's dropped "g"). Only words with at least
    ``rest`` letters after the mutated start are unmutated (short words are often English)."""
    forms = [word]
    for start, origins in _MUTATIONS:
        if word.startswith(start) and len(word) >= len(start) + rest:
            forms += [origin + word[len(start) :] for origin in origins]
    if word[:1] in "aeiouwy" and len(word) > 3:
        forms.append("g" + word)
    if word[:1] == "h" and word[1:2] in "aeiouwy" and len(word) > 4:
        forms.append(word[1:])  # "h" before a vowel after "ei" (her), "ein": "ei hewythr"
    return forms


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
class Asker:
    """A guess at who is asking, from first-person signals; every field may be unknown."""

    persona: str = ""  # child | parent | professional | own-behaviour | adult | ""
    age: int | None = None
    gender: str = ""  # male | female | ""
    welsh: bool = False  # writes in Welsh: services in Welsh, and in Wales, fit better
    #: the words speak of suicide or self-harm ("want to die", "hurt myself"): only then is a
    #: suicide line offered as a line to call now
    suicidal: bool = False
    #: the age of the person the help is for, when the words state it: the asker's own ("im
    #: 13"), a parent's child's ("my daughter is 9"), whoever a request names ("for a 9 year
    #: old", "aged 15"); never the age of someone who did it ("a 40 year old man")
    for_age: int | None = None

    @property
    def is_adult(self) -> bool:
        """An adult asking for themselves (a survivor, or an age of 18 or more said)."""
        return self.persona == "adult" or (
            self.persona == "" and self.age is not None and self.age >= 18
        )

    @property
    def is_child(self) -> bool:
        return self.persona == "child" or (self.age is not None and self.age < 18)


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

    @property
    def empty(self) -> bool:
        return not self.concepts

    def mentions(self, names: Collection[str]) -> bool:
        """Whether the person speaks of any of these concepts: through a phrase, or through a
        word that alone would mean one of them, inside a phrase of another concept."""
        book = thesaurus()
        return any(c.name in names for c in self.concepts) or any(
            book.phrases.get(_key([w])) in names for w in self.all_words
        )


_AGE = re.compile(
    r"\b(?:im|i am|iam|aged|age|im now|i am now)\s+(\d{1,2})\b"
    r"|\b(?:im|i am)\s+(?:a |an )?(\d{1,2})\s*(?:yo|y o|yrs? old|years? old|year old)\b"
    # Welsh: "dwi'n 14", "dw i'n 14", "rwy'n 14", "rydw i'n 14", "dw i yn 14" ("oed" after it
    # or not)
    r"|\b(?:dwin|dwi n|dw in|dw i n|rwyn|rwy n|rwy in|rydwin|rydw in|rydw i n|dwi yn|dw i yn"
    r"|rwy i yn|rydw i yn)\s+(\d{1,2})\b"
    # "40 now", "now 52": an age said in passing
    r"|(?<!\bat )\b(\d{2}) now\b|\bnow (\d{2})\b"
)
#: an age said about someone ("13 year old boy", "15yo", "under 10s", Welsh "13 oed"): it says
#: who the help is for, and is not itself a word to look for
_AGE_PHRASE = re.compile(
    r"\b(?:(\d{1,2})\s*(?:yo|y o|yrs? old|years? old|year olds|oed)"
    r"|(?:under|aged under) (\d{1,2})s?)\b"
)
#: words after an age that make it a grown-up's, or before it that make it who did it ("by a
#: 15 year old"): never the age of the person the help is for
_GROWN_AFTER = frozenset(["adult", "adults", "person", "gentleman", "neighbour", "neighbor"])
#: what a number before these words counts: not years of age
_NOT_AGE = r"times|minutes|hours|days|weeks|months|miles|pm|am|years ago|yrs ago|year ago"
#: a parent's child's age: "my daughter is 9", "my son aged 12", "shes 9", "he is only 6"
_CHILD_AGE = re.compile(
    r"\b(?:daughter|son|child|kid|boy|girl|stepdaughter|stepson|grandchild|granddaughter|"
    r"grandson|niece|nephew|little one|toddler|teenager|teen|lad)\s+(?:(?:is|s|who is|whos|aged|"
    r"age|is only|is just|is now|turned|just turned)\s+)?(\d{1,2})\b(?!\s(?:{_NOT_AGE})\b)"
    r"|\b(?:shes|hes|she is|he is|they are|theyre)\s+(?:only |just |now )?(\d{1,2})\b"
    r"(?!\s(?:{_NOT_AGE})\b)".replace("{_NOT_AGE}", _NOT_AGE)
)
_CHILD = re.compile(
    r"\b(?:im|i am)\s+(?:a\s+)?(?:kid|child|teen|teenager|boy|girl|in year \d+)\b"
    r"|\bmy (?:stepdad|step dad|stepfather|dad|father|mum|mom|mother|uncle|brother|cousin|"
    r"grandad|granddad|grandpa|teacher|coach)\b.*\b(?:me|my room|my bed)\b"
    r"|\b(?:mums|moms|mum s) (?:boyfriend|partner)\b|\bmy teacher\b|\bat school\b"
    r"|\b(?:touches|touched|touching) me\b|\bcomes? in(?:to)? my room\b|\bour secret\b"
    r"|\bfy llystad\b|\bdwi n \d{1,2}\b"
    # Welsh: "fy nhad … fi" (my father … me), "cyffwrdd â fi" (touching me)
    r"|\bfy (?:nhad|mam|llysfam|ewythr|mrawd|nghefnder|nghyfnither|nhaid|nain|athro)\b.*\bfi\b"
    r"|\bcyffwrdd (?:a |â )?fi\b|\bfy (?:nghyffwrdd|ngham drin|mrifo)\b"
    r"|\b(?:dont|do not|scared to|afraid to) (?:want to )?go home\b"
    r"|\bmy (?:stepdad|step dad|stepfather|stepmum|uncle|brother|cousin|grandad|granddad|"
    r"grandpa|mums boyfriend|mum s boyfriend)\b"
)
_PARENT = re.compile(
    r"\b(?:my|our) (?:daughter|son|child|children|kid|kids|stepdaughter|stepson|grandchild|"
    r"granddaughter|grandson|niece|nephew|little one|baby)\b|\b(?:im|i am) (?:a )?(?:parent|"
    r"mum|mom|dad|father|mother|foster carer|carer)\b|\bas a parent\b|\bfy (?:mhlentyn|merch|"
    r"mab|mhlant)\b|\b(?:non abusing|non offending|protective) parent\b"
    r"|\b(?:my|our) \d{1,2}\s*(?:yo|y o|yrs? old|years? old)\b"
    # (fifth walk-through F3) "our two boys", "my daughters", "both my kids"
    r"|\b(?:my|our) (?:(?:two|three|four|five|both|twin|older|younger|eldest|youngest|little) )?"
    r"(?:daughters|sons|boys|girls|kids|children|little ones|twins|grandkids|grandchildren)\b"
    r"|\bboth (?:my|our) (?:kids|children|boys|girls|sons|daughters)\b"
)
_PROFESSIONAL = re.compile(
    r"\b(?:referrals?|refer|referring|safeguarding|dsl|pupils?|clients?|caseload|"
    r"service users?|practitioners?|colleagues?|multi agency|lado|professionals?|patients?|"
    r"(?:as a|im a|i am a) (?:teacher|gp|social worker|nurse|health visitor|police officer)|"
    # the field's own terms: people outside it rarely use them
    r"isva|chisva|cse|hsb|harmful sexual behaviou?r|pre trial therapy|barnahus|child house|"
    r"signpost|signposting|s47|section 47|strategy meeting|child protection plan|"
    r"atgyfeirio|diogelu)\b"
)
_OWN = re.compile(
    r"\bmy (?:own )?(?:sexual )?(?:thoughts|urges|feelings) (?:about|towards) (?:children|kids)"
    r"|\bmy own (?:sexual )?thoughts\b|\bmy urges\b|\b(?:im|i am|i feel|i m) attracted to\b"
    r"|\battracted to (?:younger |young |little |small )?(?:children|kids|child|minors|boys|"
    r"girls)\b"
    # (fifth walk-through F1) "im 19 and attracted to younger teens"
    r"|\battracted to (?:younger|young|underage) (?:teens|teenagers|teen girls|teen boys)\b"
    r"|\battracted to (?:pre ?teens|underage)\b"
    r"|\bi (?:think|keep thinking|fantasi[sz]e) about (?:children|kids|young|little)\b"
    r"|\bi (?:have|had|get) (?:sexual )?thoughts\b|\bi (?:looked|look|have looked|viewed|"
    r"downloaded) at\b|\bi (?:looked|look|have looked|viewed|downloaded)\b.*\bimages\b"
    r"|\bi (?:might|could|am going to) (?:hurt|abuse|touch)\b|\bstop myself\b"
    r"|\bworried about (?:myself|my own)\b|\bfy meddyliau\b"
)
_ADULT = re.compile(
    r"\bwhen i was (?:a |little|young|younger|a kid|a child|\d)|\bas a (?:child|kid)\b"
    r"|\bwhen we were (?:kids|children|young|little|younger|teenagers|teens)\b"
    r"|\b(?:abused|raped|hurt) as (?:a )?(?:child|children|kid|kids|teenager)\b"
    r"|\bchildhood (?:sexual )?(?:abuse|trauma)\b|\bcptsd\b"
    r"|\byears ago\b|\bin my childhood\b|\bgrowing up\b|\b(?:im|i am) (?:an? )?(?:adult|"
    r"man|woman|survivor)\b|\badult survivor|\bpan oeddwn\b|\bplentyndod\b"
    # children rarely call themselves survivors; adults looking for help do
    r"|\bsurvivors?\b|\bgoroeswyr\b|\bgoroeswr\b"
)
_MALE = re.compile(
    r"\b(?:im|i am) (?:a )?(?:man|guy|boy|bloke|lad|male)\b|\bmale survivor"
    # what the asker was ("abused as a boy"), never who did it ("a man", "he", "my uncle")
    r"|\b(?:as|when i was) a (?:boy|lad|young (?:boy|lad))\b"
)
_FEMALE = re.compile(
    r"\b(?:im|i am) (?:a )?(?:woman|girl|female|lady)\b"
    r"|\b(?:as|when i was) a (?:girl|young girl)\b"
)

# --- who is asking, more ways of saying it (issue 25): kept apart from the lists above ---
#: the names people give themselves when worried about their own sexual interest in children
_LABEL = (
    r"(?:paedo|pedo|peado|paedophile|pedophile|peadophile|paedofile|pedofile|paedophiles|"
    r"pedophiles|hebephile|ephebophile|nonce|minor attracted(?: person)?|map)"
)
#: "i think im a paedophile", "am i a pedo", "im scared im a paedophile"
_SELF_LABEL = re.compile(rf"\b(?:im|i am|i m|iam|am i|i might be|could i be)\s+(?:an? )?{_LABEL}\b")
#: the word alone ("paedophile", "pedophile help"): said of oneself unless someone else is named
_BARE_LABEL = re.compile(rf"\b{_LABEL}\b|\bpaedophilia\b|\bpedophilia\b")
_ABOUT_SOMEONE = re.compile(
    r"\b(?:abused|raped|touched|hurt|groomed|molested|attacked|assaulted) (?:me|my|her|him)\b"
    r"|\b(?:to|on) me\b|\bmy (?:\w+ )?(?:child|children|son|daughter|kid|kids|dad|father|"
    r"stepdad|uncle|brother|partner|husband|boyfriend|neighbour|neighbor|friend|teacher|"
    r"coach|cousin|grandad|granddad)\b|\b(?:neighbour|neighbor|next door|lives near|"
    r"living near|moved in|released|in my street|in our street)\b"
)
_OWN_MORE = re.compile(
    r"\b(?:i have|i get|ive got|i ve got|having|dealing with|sexual|my) urges\b"
    # (walk-through F7) "urges i cant control about kids", "sexual thoughts about my niece"
    r"|\burges\b(?: \w+){0,5} (?:about|towards|for|around) (?:my )?(?:children|kids|child|"
    r"minors|young|little|underage|teens|boys|girls|niece|nephew)\b"
    r"|\b(?:sexual (?:thoughts|feelings|fantasies|urges)|fantasies|fantasi[sz]ing) (?:about|"
    r"towards|for|of) (?:my |a |young |little )?(?:nieces?|nephews?|step ?daughter|step ?son|"
    r"daughter|son|grand\w+|pupils?|students?|children|kids|child|minors|girls|boys)\b"
    r"|\burges (?:towards|about|for|around) (?:children|kids|minors|young|little|underage)"
    r"|\bsexual(?:ly)? (?:attracted|attraction|interest|feelings|fantasies) (?:to|in|towards|"
    r"for|about) (?:children|kids|minors|young|little|underage|teens|teenagers|boys|girls|"
    r"pre ?teens)"
    r"|\bi (?:fancy|find|am into|m into) (?:young|little|underage|small|pre ?teen)?\s?"
    r"(?:kids|children|girls|boys|teens|minors)\b"
    r"|\bi (?:watch|view|viewed|download|downloaded|look at|looked at|keep looking at|"
    r"search for|searched for|searching for|have been looking at|ve been looking at)\b"
    r".*\b(?:child porn|cp|underage|indecent|illegal images|csam|young girls|young boys|"
    r"kids|children|minors)\b"
    r"|\b(?:scared|afraid|frightened|worried|terrified) (?:that )?i (?:might|will|ll|could|"
    r"would|am going to|may) (?:hurt|abuse|touch|offend|do something)"
    r"|\b(?:dont|do not|never) want to (?:offend|hurt a child|abuse|touch a child)"
    r"|\b(?:afraid|scared) of (?:what i might do|my thoughts|myself)\b"
    r"|\b(?:intrusive|unwanted|disturbing|sexual) thoughts (?:about|of|towards) "
    r"(?:children|kids|minors|a child|young|little)"
    r"|\bmy (?:own )?(?:sexual )?(?:thoughts|urges|feelings|attraction|fantasies|desires) "
    r"(?:about|towards|for|to|around) (?:young |little |younger |small )?(?:children|kids|"
    r"teens|teenagers|minors|girls|boys|a child|a kid)"
    r"|\bnever acted on (?:it|them|my)\b"
)
_ADULT_MORE = re.compile(
    r"\bas a (?:boy|girl|lad|teen|teenager|youngster|young (?:boy|girl|lad|teenager))\b"
    r"|\bwhen i was (?:a )?(?:boy|girl|lad|teen|teenager|at school|in school|small)\b"
    r"|\b(?:decades|years|yrs|many years|a long time|long time) (?:ago|back)\b"
    r"|\bhistoric(?:al)? (?:abuse|case)"
    r"|\bnon recent\b|\bback in the\b|\bin the (?:19)?[5-9]0s\b|\b(?:now|im|i am) in my \d0s\b"
    r"|\b(?:im|i am|now) (?:\d{2}) and\b|\bnever told anyone\b|\bstill affects me\b"
    # (second walk-through F6) "men abused in childhood", "a bloke in my 40s", "abused by a
    # coach at 11" (an age then, not now)
    r"|\b(?:abused|raped|molested|groomed|assaulted)\b[a-z ]{0,40}\bat (?:the )?(?:age )?(?:of )?"
    r"\d{1,2}\b"
    r"|\b(?:abused|raped|molested|groomed|hurt) (?:in|during) (?:my |their |his |her )?"
    r"(?:childhood|teens|teenage years)\b|\b(?:man|woman|bloke|guy|lady) in (?:my|his|her) \d0s\b"
    # Welsh: "fel plentyn" / "fel plant" (as a child), "pan on in blentyn" (when I was a
    # child), "oedolion" / "oedolyn" (adults, an adult: help for grown-ups)
    r"|\bfel (?:plentyn|plant|bachgen|merch)\b|\bpan o ?n i ?n (?:blentyn|ifanc|fach|fychan)\b"
    r"|\boedolion\b|\boedolyn\b"
)
_PARENT_MORE = re.compile(
    r"\bas (?:a|the) (?:mum|mom|mother|dad|father|parent|carer|foster carer|grandparent|"
    r"gran|nan|grandma|grandad|step ?mum|step ?parent|guardian)\b"
    r"|\b(?:im|i am) (?:a |the |his |her |their )?(?:mum|mom|mother|step ?mum|guardian|"
    r"grandparent|gran|nan|grandma|foster parent|adoptive parent|kinship carer)\b"
    r"|\b(?:mum|mom|mother|dad|father|parent) of (?:a|an|two|three|\d)\b"
    r"|\b(?:my|our) (?:little|young|youngest|eldest|oldest|teenage|baby|step|adopted|foster|"
    r"\d{1,2} ?(?:yo|year old|yr old)) ?(?:daughter|son|child|boy|girl|kid|one|daughters|sons)\b"
    r"|\b(?:my|our) (?:toddler|teenager|teen|baby|eldest|youngest|boy|lad)\b"
    r"|\b(?:mum|mom|dad|mother|father|parent|step ?dad|step ?mum|grandparent|nan|gran) here\b"
    # (second walk-through F4) "support for mum after daughter was abused", "for a dad whose
    # son was groomed": a parent asking, for themselves
    r"|\b(?:mum|mums|mom|moms|mother|mothers|dad|dads|father|fathers) (?:after|whose|whos) "
    r"(?:my |her |his |their |our )?(?:daughter|son|child|children|kid|kids)\b"
)
#: a professional saying what they are ("i'm a school nurse"): wins over a child's words
#: in what they report ("a pupil says her stepdad comes in her room")
_PRO_SELF = re.compile(
    r"\b(?:as an?|im an?|i am an?|i m an?|i work as an?|working as an?|i work in|im in)\s+"
    r"(?:school |practice |community |mental health |specialist |senior |designated )?"
    r"(?:teacher|gp|doctor|social worker|nurse|health visitor|midwife|police officer|"
    r"detective|counsellor|counselor|therapist|psychologist|psychiatrist|youth worker|"
    r"support worker|key worker|family support worker|probation officer|paramedic|dsl|"
    r"safeguarding lead|safeguarding officer|head teacher|headteacher|teaching assistant|"
    r"senco|sendco|camhs|isva|caseworker|case worker|practitioner|social care|"
    r"early help|residential worker|foster agency|youth offending)\b"
    r"|\b(?:my|a) (?:client|service user|patient|pupil|student|caseload)s?\b.*\b(?:disclosed|"
    r"told me|has told|said|says|referral|refer)\b|\bone of my (?:pupils|students|clients|"
    r"patients|young people)\b|\b(?:child|pupil|student|young person) (?:has )?disclosed\b"
)


# --- who is asking, read from how people tell it (third walk-through): kept apart too ---
#: (third walk-through F3) abuse told in the present tense as done to the asker, with no age:
#: "someone in my family hurts me", "he keeps coming in my room", "my cousin does things to
#: me": a child's or a young person's words (an adult's past ("as a boy", "years ago") is read
#: first, and wins)
_CHILD_NOW = re.compile(
    r"\b(?:hurts|hurting|touches|touching|abuses|abusing|rapes|raping|molests|molesting|"
    r"gropes|groping|fiddles with|fiddling with|feels up|feeling up|kisses|kissing) me\b"
    r"|\b(?:does|doing|keeps doing|is doing) (?:things|stuff|sexual (?:things|stuff)|sex stuff|"
    r"bad (?:things|stuff)|rude (?:things|stuff)|horrible (?:things|stuff)) (?:to|with) me\b"
    r"|\b(?:comes?|coming|creeps?|creeping|sneaks?|sneaking|gets?|getting) in(?:to)? (?:my )?"
    r"(?:room|bed|bedroom)\b"
    r"|\bkeeps? (?:touching|hurting|coming|creeping|sneaking|kissing|making me|trying to)\b"
    r"|\bwhen (?:my )?(?:mum|mom|mam|dad|nan|gran|parents)(?: is| are|s)? (?:out|at work|asleep|"
    r"away|not home|in bed)\b"
)
#: ... not a child's when it is a grown-up's life: a partner, a boss, a landlord ("my
#: husband hurts me"); a mother's or a sister's partner ("mums boyfriend") is a child's word
_GROWN_UP_LIFE = re.compile(
    r"\b(?:husband|wife|partner|fiance|fiancee|girlfriend|boyfriend|ex|boss|manager|supervisor|"
    r"colleague|coworker|co worker|landlord|flatmate|housemate|lecturer|customer|"
    r"client|work colleague)\b"
)
_MOTHERS_PARTNER = re.compile(
    r"\b(?:mums?|moms?|mams?|dads?|sisters?|brothers?|aunts?|aunties?|nans?|grans?|cousins?) "
    r"(?:boyfriend|partner|girlfriend|husband|wife)\b"
)
#: (third walk-through F4) a parent telling what their child told them ("son 8 told me",
#: "my girl is 7"), without "my son"
_PARENT_TOLD = re.compile(
    r"\b(?:son|daughter|stepson|stepdaughter|grandson|granddaughter)\s+(?:aged |age |is )?"
    r"\d{1,2}\b"
    r"|\b(?:son|daughter|stepson|stepdaughter|grandson|granddaughter)\s+(?:has |just |finally )?"
    r"(?:told|disclosed|said|says|admitted|confided)\b"
    r"|\bmy (?:girl|boy|lass|wee one)\s+(?:is |aged |age |has )?(?:\d{1,2}\b|told\b|said\b|"
    r"says\b|disclosed\b)"
)
#: (third walk-through F1, F6) an adult recalling: "childhood" is a time in the past (a child
#: does not call now their childhood); Welsh "pan yn blentyn", "pan o'n i'n hogyn" (when I
#: was a child, a boy), "cefais / ges i fy ngham-drin" (I was abused: past), "roeddwn i'n cael
#: fy ngham-drin" (I was being abused)
_ADULT_RECALLING = re.compile(
    r"\bchildhood\b"
    r"|\bpan (?:yn|on in|o n i n|own in|oeddwn in|oeddwn i n|roeddwn in|roeddwn i n|oeddwn yn|"
    r"ro n i n|ron in) (?:blentyn|plentyn|ifanc|fach|fychan|hogyn|hogan|fachgen|ferch|iau|"
    r"ifancach|yn yr ysgol)\b"
    r"|\b(?:cefais|gefais|ces i|ges i|ces|ges|mi ges i|mi gefais) (?:fy |i fy )?(?:ngham drin|"
    r"cam drin|gam drin|nhreisio|treisio|ngham-drin|nghyffwrdd|molestio)\b"
    r"|\b(?:roeddwn|oeddwn|ro n i|ron i|on i|o n i)(?: i)? ?n cael fy\b"
)
#: (third walk-through F7) first-person words about one's own thoughts or viewing, with no
#: one else as the subject before them: "i keep having thoughts about kids", "looked at
#: images of kids online", "cant stop thinking about children in a sexual way"
_OWN_THOUGHTS = re.compile(
    r"\b(?:i |ive |i ve |i have |been |keep |kept |cant stop |can t stop |cannot stop )"
    r"(?:\w+ ){0,3}(?:thoughts|thinking|fantasi\w+|urges|feelings) (?:about|of|towards|around) "
    r"(?:young |little |small |underage |younger )?(?:kids|children|child|minors)\b"
    # (not "thoughts about kids who are being abused")
    r"(?! (?:who |that )?(?:being|getting|are|were|was|is|have been|get)\b| in my family|"
    r" in care| at risk)"
    r"|\b(?:kids|children|child|minors) in a sexual way\b"
)
_OWN_VIEWING = re.compile(
    r"(?:^|\b(?:i|ive|i ve|have|had|been|keep|kept)\s)(?:been |keep |kept )?(?:look(?:ed|ing)? at|"
    r"view(?:ed|ing)?|watch(?:ed|ing)?|download(?:ed|ing)?|search(?:ed|ing)? for|sav(?:ed|ing)) "
    r"(?:\w+ ){0,3}(?:images|pictures|pics|photos|videos|vids|content|material)\b"
    r"(?: \w+){0,3} (?:kids|children|child|minors|underage|under age|young girls|young boys|"
    r"teens)\b"
)
#: someone else is who looked or thinks ("my husband has been looking at images of kids")
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|hes|shes|theyve|theyre|my|our|his|her|their|someone|somebody)\b"
)
#: a professional saying what they are, after it or as the words' first: "health visitor
#: here", "social worker: a 12 year old disclosed..."
_PRO_ROLE = (
    r"(?:teacher|gp|doctor|social worker|school nurse|nurse|health visitor|midwife|"
    r"police officer|counsellor|counselor|therapist|youth worker|support worker|dsl|"
    r"safeguarding lead|headteacher|head teacher|senco|practitioner|caseworker)"
)
_PRO_HERE = re.compile(
    rf"\b{_PRO_ROLE} here\b|^(?:(?:a|the|school) )?{_PRO_ROLE}\b"
    # (not what one did: "teacher touched me", "gp said")
    r"(?! (?:\w+ )?(?:touch\w*|hurt\w*|abus\w*|rap\w*|made|makes|does|did|keeps|kiss\w*|"
    r"groom\w*|molest\w*|fiddl\w*|grop\w*|assault\w*|sent|sends|asks|asked|says|said|told|"
    r"tells|is|was|has)\b)"
    # (fourth walk-through F1) nor what one asks for: "counsellor for men abused as kids",
    # "therapist near me", "counsellor needed"
    r"(?! (?:for|near|needed|wanted|who|that|to help|specialising|specializing|please)\b)"
)


# --- who is asking, read from how people tell it (fourth walk-through): kept apart too ---
#: (F1) grown-ups abused when they were young, said of a group or in the third person: "men
#: abused as kids", "adults who were abused as children", "blokes abused as lads", "help for
#: women who were raped when they were girls": adult survivors (a child says "me")
_ADULTS_RECALLING = re.compile(
    r"\b(?:men|women|adults|blokes|guys|lads|fellas|males|females|ladies|grown ups|grownups|"
    r"people|those|survivors|dynion|oedolion|menywod)\b(?: \w+){0,3} (?:abused|raped|molested|"
    r"groomed|assaulted|hurt|harmed|interfered with|cam drin|gam drin)\b(?: \w+){0,4} (?:as (?:a )?"
    r"(?:kids?|children|child|boys?|girls?|lads?|lasses|teens?|teenagers?|youngsters?|youths?|"
    r"youngsters)|when (?:they were|we were) (?:\w+ )?(?:young|little|kids|children|boys|girls|"
    r"lads|teens|teenagers|at school)|in (?:their|our) (?:childhood|youth|teens)|fel plant)\b"
    r"|\b(?:abused|raped|molested|groomed|assaulted) (?:as|when they were) (?:boys|girls|lads|"
    r"lasses|teens|teenagers|youngsters|kids|children)\b"
)
#: ... whose sex the group names: "men", "blokes" (or "boys", "lads": what they were then)
_ADULTS_MALE = re.compile(r"\b(?:men|blokes|guys|fellas|males|dynion|boys|lads)\b")
_ADULTS_FEMALE = re.compile(r"\b(?:women|ladies|females|menywod|girls|lasses)\b")
#: (F2) a Welsh parent: "ein merch" (our daughter), "fy hogyn" (my boy), "help i riant" (help
#: for a parent), "dw i'n fam" (I am a mother), "fel rhiant" (as a parent)
_PARENT_CY = re.compile(
    r"\bein (?:plentyn|mhlentyn|merch|mab|plant|hogyn|hogan|bachgen)\b"
    r"|\bfy (?:hogyn|hogan|mhlant|llysferch|llysfab|wyres|wyr|mhlentyn|merch|mab|machgen)\b"
    r"|\b(?:i|ar gyfer|fel|i r|ir) (?:riant|rhiant|rhieni)\b"
    r"|\b(?:dwi n|dw in|dw i n|rwy n|rwyn|rydw i n|rydw in|rwyf in|rwyf i n) (?:fam|dad|riant|"
    r"rhiant|llysfam|llystad)\b"
)


def _first_person(pattern: re.Pattern[str], cleaned: str) -> bool:
    """``pattern`` is found with nobody else named before it as who does it."""
    found = pattern.search(cleaned)
    return found is not None and not _SOMEONE_ELSE.search(cleaned[: found.start()])


def _child_now(cleaned: str) -> bool:
    """Abuse told in the present tense as done to the asker, in no grown-up's life."""
    if not _CHILD_NOW.search(cleaned):
        return False
    return not _GROWN_UP_LIFE.search(_MOTHERS_PARTNER.sub(" ", cleaned))


#: words that show a query is written in Welsh (not words English shares, like "i" or "am")
WELSH_MARKERS = frozenset(
    [
        *WELSH_BE,
        "fy",
        "efo",
        "gyda",
        "eisiau",
        "angen",
        "cymorth",
        "helpu",
        "plant",
        "plentyn",
        "rhieni",
        "rhiant",
        "camdriniaeth",
        "cam",
        "drin",
        "cwnsela",
        "llinell",
        "gymorth",
        "siarad",
        "rhywun",
        "sydd",
        "wedi",
        "gafodd",
        "cael",
        "gan",
        "teulu",
        "llystad",
        "cyffwrdd",
        "ofn",
        "goroeswyr",
        "oedolion",
        "cymraeg",
        "yn",
        "gymraeg",
        "ysgol",
        "ffrind",
        "ffonio",
        "treisio",
        "rhywiol",
        "dros",
        "ddim",
        "isio",
        "help",
        "yn",
    ]
) - {"help", "yn"}


#: words for grown men and women (against "boy", "girl", "lad": what someone was then)
GROWN_UP = frozenset(
    ["man", "men", "male", "males", "woman", "women", "female", "females", "guy", "bloke",
     "lady", "ladies", "dyn", "dynion", "menyw", "merched"]
)  # fmt: skip
#: the concept an asker's persona implies (who the help is for)
PERSONA_CONCEPT = {"adult": "past-abuse", "parent": "parents", "own-behaviour": "own-behaviour"}


def _said_age(cleaned: str) -> int | None:
    """An age said about someone ("13 year old boy", "for a 9 year old", "under 10s": under 10),
    unless it is of a grown man or woman or of who did it ("a 40 year old man", "by a 15 year
    old")."""
    for found in _AGE_PHRASE.finditer(cleaned):
        before = cleaned[: found.start()].split()[-3:]
        after = cleaned[found.end() :].split()[:1]
        if "by" in before or set(after) & (GROWN_UP | _GROWN_AFTER):
            continue
        value = int(found.group(1)) if found.group(1) else int(found.group(2)) - 1
        if 1 <= value <= 99:
            return value
    return _described_age(cleaned)


def _described_age(cleaned: str) -> int | None:
    """(fifth walk-through) an age written after who it is ("boy 15") or as a school year
    ("year 9 pupil")."""
    found = _NOUN_AGE.search(cleaned)
    if found and 1 <= int(found.group(1)) <= 25:
        return int(found.group(1))
    return _school_year_age(cleaned)


#: (fifth walk-through F3, F4, F9) an age written after who it is, without "aged" or "year
#: old": "boy 15", "girl, 10", "pupil 12" (never a count: "girl 2 times", "boy 3 years")
_NOUN_AGE = re.compile(
    r"\b(?:boy|girl|lad|lass|child|kid|pupil|student|young person|teen|teenager)\s+"
    r"(?:aged |age |of )?(\d{1,2})\b(?!\s(?:{_NOT_AGE}|years?|yrs?|year olds?|oclock)\b)".replace(
        "{_NOT_AGE}", _NOT_AGE
    )
)
#: a school year in England and Wales ("year 9 pupil", "a yr 6 girl", "in year 10"): the
#: pupil's age at the start of that school year (year 9: 13, turning 14)
_SCHOOL_YEAR = re.compile(
    r"\b(?:year|yr) (\d{1,2}) (?:pupil|student|girl|boy|child|kid|lad|lass)s?\b"
    r"|\b(?:im|i am|i m|is|she is|he is|shes|hes|who is|whos) in (?:year|yr) (\d{1,2})\b"
)
#: (fifth walk-through F9) a child's age said last, alone ("my brother makes me do stuff i
#: dont want 13"), unless a word before it makes it a time, a count or a past age ("at 13",
#: "when i was 13", "for 13")
_TRAILING_NUMBER = re.compile(r"(?:^|\s)(\w+) (\d{1,2})$")
#: ... or said first, as people say who they are: "13yo, …", "15 year old here" (not "15 year
#: old brother")
_AGE_FIRST = re.compile(
    r"(\d{1,2}) ?(?:yo|y o|yrs? old|years? old|year old)\b(?! (?:boy|girl|son|daughter|brother|"
    r"sister|cousin|child|kid|lad|lass|man|woman|male|female|neighbour|friend|step\w*)s?\b)"
)
_NOT_BEFORE_AGE = frozenset(
    ["was", "were", "at", "of", "from", "to", "until", "till", "before", "after", "since", "for",
     "in", "on", "by", "than", "about", "around", "over", "under", "year", "years", "yr", "yrs",
     "aged", "age", "the", "a", "an", "number", "no", "page", "room", "flat", "house", "bus",
     "route", "class", "key", "stage", "ks", "top", "last", "past", "every", "times", "x", "is",
     "hes", "shes", "he", "she", "are", "theyre", "turned", "just", "only"]
)  # fmt: skip


#: ... said as who the help is for, not a word to look for
_SCHOOL_YEAR_WORDS = re.compile(r"\b(?:year|yr) (?:[1-9]|1[0-3])\b(?! (?:ago|old|olds)\b)")


#: (fifth walk-through) school staff telling of a pupil: "yr 8 student told me", "a year 10
#: pupil disclosed" (a child says "im in year 8")
_PRO_SCHOOL = re.compile(
    r"\b(?:pupil|student)s? (?:has |had |just |then )?(?:told me|disclosed|confided)\b"
    r"|(?<!\bim a )(?<!\bi am a )\b(?:year|yr) \d{1,2} (?:pupil|student)s?\b"
)


def _school_year_age(cleaned: str) -> int | None:
    found = _SCHOOL_YEAR.search(cleaned)
    if found:
        year = int(next(g for g in found.groups() if g))
        return year + 4 if 1 <= year <= 13 else None
    return None


def _own_age_more(cleaned: str) -> int | None:
    """A child's own age said without "im" or "aged": "im in year 9", or a number said last
    (5 to 17)."""
    first = _AGE_FIRST.match(cleaned)
    if first and 5 <= int(first.group(1)) <= 17:
        return int(first.group(1))  # "13yo, uncle does things to me"
    own_year = re.search(r"\b(?:im|i am|i m) in (?:year|yr) (\d{1,2})\b", cleaned)
    if own_year and 1 <= int(own_year.group(1)) <= 13:
        return int(own_year.group(1)) + 4
    found = _TRAILING_NUMBER.search(cleaned)
    if found and found.group(1) not in _NOT_BEFORE_AGE and 5 <= int(found.group(2)) <= 17:
        return int(found.group(2))
    return None


def _child_age(cleaned: str) -> int | None:
    """A parent's child's age ("my daughter is 9", "my 9 year old")."""
    found = _CHILD_AGE.search(cleaned)
    if found:
        value = int(next(g for g in found.groups() if g))
        return value if 0 <= value <= 25 else None
    return _said_age(cleaned)


def who_is_asking(cleaned: str) -> Asker:
    """First-person signals only; the strongest wins (own behaviour, professional, parent,
    child, adult survivor)."""
    age = None
    found = _AGE.search(cleaned)
    if found:
        value = int(next(g for g in found.groups() if g))
        if 5 <= value <= 99:
            age = value
    gender = "male" if _MALE.search(cleaned) else "female" if _FEMALE.search(cleaned) else ""
    if (
        _OWN.search(cleaned)
        or _OWN_MORE.search(cleaned)
        or _SELF_LABEL.search(cleaned)
        or (_BARE_LABEL.search(cleaned) and not _ABOUT_SOMEONE.search(cleaned))
        or _first_person(_OWN_THOUGHTS, cleaned)
        or _first_person(_OWN_VIEWING, cleaned)
    ):
        persona = "own-behaviour"
    elif (
        _PRO_SELF.search(cleaned)
        or _PRO_HERE.search(cleaned)
        or _PRO_SCHOOL.search(cleaned)
        or (_PROFESSIONAL.search(cleaned) and not _CHILD.search(cleaned))
    ):
        persona = "professional"
    elif (
        _PARENT.search(cleaned)
        or _PARENT_MORE.search(cleaned)
        or _PARENT_TOLD.search(cleaned)
        or _PARENT_CY.search(cleaned)
    ):
        persona = "parent"
    elif age is not None and age < 18:
        persona = "child"  # a 15-year-old's "when i was little" is still a child's
    elif (
        _ADULT.search(cleaned)
        or _ADULT_MORE.search(cleaned)
        or _ADULT_RECALLING.search(cleaned)
        or _ADULTS_RECALLING.search(cleaned)
        or (age is not None)
    ):
        persona = "adult"
    elif (age is not None and age < 18) or _CHILD.search(cleaned) or _child_now(cleaned):
        persona = "child"
    else:
        persona = ""
    if age is None and persona in ("child", ""):
        # (fifth walk-through) "…i dont want 13", "im in year 8": a child's own age
        age = _own_age_more(cleaned)
        persona = "child" if age is not None else persona
    recalled = _ADULTS_RECALLING.search(cleaned) if persona == "adult" and not gender else None
    if recalled:
        # (fourth walk-through F1) "men abused as kids": the group's sex is the asker's
        male, female = _ADULTS_MALE.search(recalled[0]), _ADULTS_FEMALE.search(recalled[0])
        gender = "male" if male and not female else "female" if female and not male else ""
    if age is None and persona in ("professional", ""):
        # a professional's client, or whoever a request names ("therapy for 6 year old"): the
        # help is for them ("under 10s": under 10). A parent's "my 6 year old" is not: the
        # parent may call lines for adults about their child
        age = _said_age(cleaned)
    # who the help is for: a parent's child, else the asker or whoever they name
    for_age = _child_age(cleaned) if persona == "parent" else age
    welsh = _is_welsh(cleaned.split())
    return Asker(persona, age, gender, welsh, for_age=for_age)


def _is_welsh(tokens: Collection[str]) -> bool:
    """The words hold a Welsh marker word, or a mutated form of one."""
    words = set(tokens)
    return bool(
        words & WELSH_MARKERS or any(r in WELSH_MARKERS for w in words for r in radicals(w))
    )


def _misspelt_concept(word: str, book: Thesaurus, welsh: bool = False) -> tuple[str, str] | None:
    """The concept a misspelt word clearly means, and the word to say it was read as
    ("councilling" -> counselling): only for words that are not real English words, towards
    one close thesaurus word; what is shown is a real word, never another misspelling. In
    Welsh words (``welsh``), only towards a Welsh thesaurus word, shown as itself: a Welsh
    word is never "corrected" to an English one (walk-through F6: "hewythr" -> "family")."""
    if len(word) < 5 or is_english(word):
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


def understand(text: str) -> Understood:
    """The concepts of ``text``, its other meaningful words, and who seems to be asking."""
    cleaned = clean_text(text)
    tokens = _SCHOOL_YEAR_WORDS.sub(" ", _AGE_PHRASE.sub(" ", cleaned)).split()
    book = thesaurus()
    stems = _key(tokens)
    names: list[str] = []
    rest: list[str] = []
    corrections: dict[str, str] = {}
    welsh = _is_welsh(tokens)
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
    asker = who_is_asking(cleaned)
    # who is asking says who the help is for, even when no word of theirs names it ("im 52,
    # as a lad": services for adults abused as children); a parent's "my boy" is their child
    implied = PERSONA_CONCEPT.get(asker.persona)
    if implied and implied not in names and implied in book.concepts:
        names.append(implied)
    if asker.persona == "parent" or (asker.persona == "adult" and not set(tokens) & GROWN_UP):
        # a parent's "my boy" is their child; an adult's "as a lad", "as a young girl" says
        # what they were then (their sex is kept in ``asker``), not that they look for a
        # service for men or women only
        names = [n for n in names if n not in ("men", "women")]
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
    if "suicide" in names or any(book.phrases.get(_key([w])) == "suicide" for w in tokens):
        asker = replace(asker, suicidal=True)
    return Understood(
        tuple(concepts),
        words,
        asker,
        general,
        tuple(corrections.items()),
        meaningful,
    )
