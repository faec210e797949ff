"""(w25speech) Words as people say them, read as they are written: dropped g's ("doin",
"thinkin": doing, thinking), "bout" (about), "me" for "my" before a child or kin ("me lad"),
regional words for a child ("bairn", "nipper", "wean", "littl'un": a child), "am 40" without
"i"; in Welsh the spoken possessive after the noun ("mab fi", "ma'n mab i": fy mab i) and the
south's dropped "-au" ("meddylie", "pethe": meddyliau, pethau). Over ``clean_text``'s words,
before anything reads who is asking or what is searched (``understand``); correctly spelt
words are never changed (a word is "restored" only when the restored form is far more common
English, or known Welsh, and the word as written is not)."""

from __future__ import annotations

import functools
import re

from wordfreq import zipf_frequency

from .asker_numbers import _TEENS, _TENS, _UNITS
from .welsh_lexicon import is_known_welsh
from .welsh_words import is_welsh

#: how much more common (Zipf) the "-ing" form must be than the word as written: "doin" 3.8,
#: "doing" 5.6 (restored); "cousin" 4.4, "cousing" 0 and "basin" 4.1, "basing" 3.2 (kept)
_ING_MARGIN = 1.0
_DROPPED_G = re.compile(r"\b[a-z]*[aeiouy][a-z]*in\b")


@functools.lru_cache(maxsize=4096)
def _with_g(word: str) -> str:
    """ "thinkin" -> "thinking" when that is far more common English; "thin" (its "-ing" form
    no verb's: "th" has no vowel), "cousin", "begin" kept."""
    stem = word[:-2]
    if len(word) < 4 or not re.search(r"[aeiouy]", stem):
        return word
    restored = word + "g"
    if zipf_frequency(restored, "en") >= zipf_frequency(word, "en") + _ING_MARGIN:
        return restored
    return word


#: "bout" for "about", but not a bout of something ("a bout of flu"); (probe 21) "abt"
_BOUT = re.compile(r"(?<!\ba )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bone )\b(?:bout|abt)\b")
#: words for a child said in parts of England, Scotland and Wales ("as a bairn", "our nipper",
#: "the wean", "littl'un", "the babby"), as the other tables' words
_CHILD_WORDS = (
    (re.compile(r"\b(?:bairn|nipper|sprog|kiddie|kiddy|kiddo)\b"), "child"),
    (re.compile(r"\b(?:bairns|nippers|sprogs|kiddies)\b"), "children"),
    (re.compile(r"\b(a|the|my|our|wee|me) wean\b"), r"\1 child"),  # (not "wean off")
    (re.compile(r"\b(the|my|our|wee|me) weans\b"), r"\1 children"),
    (re.compile(r"\b(?:littlun|littleun|lil un|lilun|little n|littlen)\b"), "little one"),
    (re.compile(r"\b(?:littluns|littleuns|lil uns)\b"), "little ones"),
    (re.compile(r"\b(?:youngun|young un)\b"), "young one"),
    (re.compile(r"\bbabby\b"), "baby"),
    (re.compile(r"\bbabbies\b"), "babies"),
)  # fmt: skip
#: a child or one of the family, after "me" said for "my" ("me lad's 10", "me mam",
#: "me little girl"): never after a verb's "me" before other words ("he showed me pictures")
_KIN_OR_CHILD = (
    r"(?:(?:little|young|eldest|youngest|oldest|older|younger|baby|step|big|wee|two|three) )?"
    r"(?:son|sons|daughter|daughters|child|children|kid|kids|boy|boys|girl|girls|lad|lads|lass|"
    r"lasses|little one|little ones|young one|baby|toddler|teenager|stepson|stepdaughter|"
    r"grandson|granddaughter|grandchild|grandkids|niece|nephew|mam|mum|mom|dad|da|nan|nana|"
    r"gran|grandad|grandma|brother|sister|brothers|sisters|uncle|auntie|aunty|cousin|stepdad|"
    r"stepmum|husband|wife|partner|fella|missus)s?\b"
)
_ME_FOR_MY = re.compile(rf"\b(?:(\w+) )?me (?={_KIN_OR_CHILD}( \w+)?)")
#: (w46me) who was shown or sent something: "shows me child porn", "sent me kids pictures";
#: "me" stays (a child shown images is harmed, not a parent), as before words for images
#: ("me child porn"); "told me mum", "touched me daughter" stay "my"
_SHOWN = frozenset(
    {"show", "shows", "showed", "shown", "showing", "send", "sends", "sent", "sending",
     "forward", "forwards", "forwarded", "forwarding"}
)  # fmt: skip
_IMAGES = frozenset(
    {"porn", "pictures", "pics", "images", "photos", "videos", "vids", "abuse", "stuff"}
)


def _me_for_my(found: re.Match[str]) -> str:
    before, after = found[1] or "", (found[2] or "").strip()
    if before in _SHOWN or after in _IMAGES:
        return found[0]
    return f"{before} my ".lstrip()


#: "am 40" said without "i" ("am 40 and still…", "am 52, abused as a boy"), (w36teen) or in
#: words ("am twelve yr old n…", "am fourty"): the asker's age
_AM_NUMBER = "|".join([*_UNITS[1:], *_TEENS, *_TENS, "fourty"])
_AM_AGE = re.compile(
    rf"(?<!\bi )(?<!\d )\bam (?=(?:\d{{1,2}}|{_AM_NUMBER})\b(?! ?(?:am|pm|oclock)\b))"
)


#: (w27child) everyday words for a grown man ("fella", "chap", "geezer", "gent"), as "man" and
#: "bloke" are read, unless someone's partner ("my fella", "mums fella", "her chap")
_MEN_WORDS = re.compile(
    r"(?<!\bmy )(?<!\bher )(?<!\byour )(?<!\bour )(?<!\bhis )(?<!\btheir )(?<!s )"
    r"\b(?:(fella|fellah|feller|chap|geezer|gent)|(fellas|fellahs|fellers|chaps|geezers))\b"
)
#: ... "here" between who the asker is and their age ("bloke here, forty nine", "lad here 15",
#: "woman here, 52"): "bloke 49", as "bloke, 49" is
_WHO_HERE = re.compile(
    r"\b(man|woman|bloke|guy|lady|lad|lass|boy|girl|male|female) here "
    r"(?=\d{1,2}\b|(?:aged|age|[a-z]+ty|[a-z]+teen|ten|eleven|twelve)\b)"
)


#: (forty-fifth walk-through F3, w59child) words as texted: "n" or "nd" for "and" (the danger
#: readers read it too: ``danger_plain.spelled_out``), "r" for "are" between words, "rite"
#: for "right" ("is that rite", "not rite"; never "a rite of passage"), and "th" said "f" or
#: "v" ("fings", "finkin", "wiv", "nuffink", "bruvva"): "im 14 n i keep gettin feelings bout
#: my little cousin that r not rite" was not read as worried about his own feelings, the same
#: words in standard spelling were
#: (not after a number or "yrs": "12 n i dont know who to tell", "11 yrs n my cousin…" are
#: read as ages by who is asking, which "and" would end)
TEXTED_AND = re.compile(r"(?<=[a-z] )(?<!\byrs )(?<!\byr )(?<!\byo )(?:n|nd)(?= [a-z])")
_TEXTED = (
    (re.compile(r"(?<=[a-z] )r(?= [a-z])"), "are"),
    (re.compile(r"(?<!\ba )(?<!\bthe )(?<!\bsacred )\brite\b(?! of\b)"), "right"),
    (re.compile(r"\bfing\b"), "thing"),
    (re.compile(r"\bfings\b"), "things"),
    (re.compile(r"\bfink\b"), "think"),
    (re.compile(r"\bfinks\b"), "thinks"),
    (re.compile(r"\b(?:finkin|finking|fnkin)\b"), "thinking"),
    (re.compile(r"\b(?:nuffink|nuffin|nuffing)\b"), "nothing"),
    (re.compile(r"\b(some|any|every)(?:fink|fing|fin)\b"), r"\1thing"),
    (re.compile(r"\bwiv\b"), "with"),
    (re.compile(r"\b(?:wivout|wifout)\b"), "without"),
    (re.compile(r"\b(?:bruvva|bruva|bruvver|bruvvas|bruvvers)\b"), "brother"),
    (re.compile(r"\b(?:muvva|muvver)\b"), "mother"),
    # (forty-sixth walk-through F2) family words and verbs as a child texts them: "my cuzin
    # maks me do stuff wen he babysits" hid the children's service the standard spelling found
    (re.compile(r"\b(?:cuzin|cuzzin|cuzn|cousen|couzin)(s?)\b"), r"cousin\1"),
    (re.compile(r"\b(?:unkle|uncel|unkel|unc)(s?)\b"), r"uncle\1"),
    (re.compile(r"\b(?:anty|antie)(s?)\b"), r"auntie\1"),
    (re.compile(r"\b(?:grampy|grampie|gramps|grampa|granda|grandda)(s?)\b"), r"grandad\1"),
    (re.compile(r"\b(?:nana|nanna)(s?)\b"), r"nan\1"),
    (re.compile(r"\bstep ?bro\b"), "stepbrother"),
    (re.compile(r"\bstep ?sis\b"), "stepsister"),
    (re.compile(r"\bsista(s?)\b"), r"sister\1"),
    (re.compile(r"\b(?:farver|farva|fahver)\b"), "father"),
    (re.compile(r"\bmaks\b"), "makes"),
    (re.compile(r"\bmakin\b"), "making"),
    (re.compile(r"\bwen\b"), "when"),
    (re.compile(r"\bevry\b"), "every"),
    (re.compile(r"\b(?:sez|sayz)\b"), "says"),
    (re.compile(r"\b(?:wat|wot)\b"), "what"),
    # (w61page) the words ``asker_own_thinking`` read in a table of its own: "thinkin bout
    # little kids i no r wrong", "sumthin", "abowt"
    (re.compile(r"\b(think|imagin|pictur|fantasis|fantasiz|dream|daydream)in\b"), r"\1ing"),
    (re.compile(r"\b(?:sumthin|summat|somethin)\b"), "something"),
    (re.compile(r"\b(?:abowt|aboot)\b"), "about"),
    (_BOUT, "about"),
    (re.compile(r"\bi (?:kno|knw)\b|\bi no\b(?! (?:longer|more|one|way|idea|matter)\b)"),
     "i know"),
    (re.compile(r"\b(?:dont|do not) no\b"), "dont know"),
    # (w65stop, check63 finding 7) when, as texted: "he touchd me agen 2nite" was no recent
    # assault, the words written out were
    (re.compile(r"\b(?:agen|agn|agin|agian|agan)\b"), "again"),
    (re.compile(r"\b(?:2nite|2night|tonite|tnite|2nyt|tonyt)\b"), "tonight"),
    (re.compile(r"\b(?:2day|tday)\b"), "today"),
    (re.compile(r"\b(?:lst|las) (?:nite|night|nyt)\b|\blast (?:nite|nyt)\b"), "last night"),
    (re.compile(r"\b(?:2moro|2morrow|2mrw|tmrw|tmoro|tomoz|tmoz)\b"), "tomorrow"),
)  # fmt: skip

#: (w65stop) a past tense texted without its "e": "touchd", "forcd", "rapd", "kissd"
_DROPPED_E = re.compile(r"\b[a-z]*[aeiouy][a-z]*[b-df-hj-np-tv-z]d\b")


@functools.lru_cache(maxsize=4096)
def _with_e(word: str) -> str:
    """ "touchd" -> "touched" when that is far more common English (``_ING_MARGIN``); "hand",
    "world", "cold" (their "-ed" forms rare or none) kept."""
    restored = word[:-1] + "ed"
    if len(word) < 4:
        return word
    if zipf_frequency(restored, "en") >= zipf_frequency(word, "en") + 2 * _ING_MARGIN:
        return restored
    return word


def texted_read(cleaned: str) -> str:
    """``cleaned`` (``clean_text``) with the texted words above written out."""
    cleaned = TEXTED_AND.sub("and", cleaned)
    cleaned = _DROPPED_E.sub(lambda found: _with_e(found[0]), cleaned)
    for pattern, word in _TEXTED:
        cleaned = pattern.sub(word, cleaned)
    return cleaned


def _english(cleaned: str) -> str:
    cleaned = texted_read(_DROPPED_G.sub(lambda found: _with_g(found[0]), cleaned))
    for pattern, word in _CHILD_WORDS:
        cleaned = pattern.sub(word, cleaned)
    cleaned = _AM_AGE.sub("im ", _ME_FOR_MY.sub(_me_for_my, cleaned))
    cleaned = _MEN_WORDS.sub(lambda found: "man" if found[1] else "men", cleaned)
    return _WHO_HERE.sub(r"\1 ", cleaned)


#: Welsh kin, as written after "fy" (nasal mutation), with the forms said after "ma'n" or
#: before "fi" (the radical, and the soft mutation people use): "mab", "ferch", "blentyn"
_CY_KIN = {
    "mab": ("mab", "fab"),
    # (w54cychild, welsh22 F7) the south-west's girl and boy: "crotan", "croten", "crwtyn"
    "merch": ("merch", "ferch", "crotan", "croten", "grotan", "groten"),
    "mhlentyn": ("plentyn", "blentyn"),
    "mhlant": ("plant", "blant"),
    "machgen": ("bachgen", "fachgen", "crwtyn", "grwtyn", "crwt", "grwt"),
    "llysfab": ("llysfab", "lysfab"),
    "llysferch": ("llysferch", "lysferch"),
    "hogyn": ("hogyn",),
    "hogan": ("hogan",),
    "wyr": ("wyr",),
    "wyres": ("wyres",),
    "mrawd": ("brawd", "frawd"),
    "chwaer": ("chwaer",),
    "llysfrawd": ("llysfrawd", "lysfrawd"),  # (twenty-second walk-through F1)
    "llyschwaer": ("llyschwaer", "lyschwaer"),
    "nhad": ("tad", "dad"),
    "mam": ("mam", "fam"),
    "llystad": ("llystad", "lystad"),
    "llysfam": ("llysfam", "lysfam"),
    "ewythr": ("ewythr",),
    "modryb": ("modryb", "fodryb"),
    "nghefnder": ("cefnder", "gefnder"),
    "nghyfnither": ("cyfnither", "gyfnither"),
    "nai": ("nai",),
    "nith": ("nith",),
    "nhaid": ("taid", "daid"),
    "nain": ("nain",),
}
_CY_FORMAL = {said: formal for formal, forms in _CY_KIN.items() for said in forms}
_CY_SAID = "|".join(sorted(_CY_FORMAL, key=len, reverse=True))
#: "ma'n mab i" (folded "man mab i", "man mab in 10"): "mae fy mab i"
#: (w53cymore, welsh21 F9) and with "little", "eldest", "youngest" between: "mae'n hogan fach i"
_CY_MAE_N = re.compile(
    rf"\b(?:ma|mae)n ({_CY_SAID})( (?:fach|bach|fechan|bychan|hynaf|hyna|ieuengaf|ienga|fenga))? "
    r"(?=(?:i|fi|in|fin)\b)"
)
#: (w63cy, welsh25 F8) "'n … i" after any word, as after "ma": "yn grwmio'n merch i" (folded
#: "grwmion merch i"), "gyda'n mab i": "grwmio fy merch i" (not "rhywun": someone)
_CY_GLUED_N = re.compile(
    # not "yn" after "I", "you", "they" ("dwi'n llystad i fachgen": I am a stepfather to a boy)
    rf"\b(?!(?:un)?rhywun\b|(?:dwi|chi|nhw|ydw|rwy|ydy|ydi|dach|ych|wyt)n\b)"
    rf"([a-z]{{2,}}[aeiouwy])n ({_CY_SAID})"
    r"( (?:fach|bach|fechan|bychan|hynaf|hyna|ieuengaf|ienga|fenga))? (?=(?:i|fi|in|fin)\b)"
)
#: "mab fi", "merch fi'n 12" (folded "fin"): "fy mab i", not after "fy", "ei", "y" (the)
_CY_NOUN_FI = re.compile(
    rf"(?<!\bfy )(?<!\bein )(?<!\bei )(?<!\bdy )(?<!\beich )(?<!\beu )(?<!\by )(?<!\byr )"
    rf"(?<!\br )\b({_CY_SAID}) (fi|fin)\b"
)
#: (w54cychild, welsh22 F7) a parent's "ni" (our): "mae'n merch ni", "ma'n hogyn bach ni"
#: ("ein … ni" said "'n … ni"): "mae fy merch i" (who is asking reads one parent or two alike)
_CY_MAE_N_NI = re.compile(
    rf"\b(?:ma|mae)n ({_CY_SAID})( (?:fach|bach|fechan|bychan|hynaf|hyna|ieuengaf|ienga|fenga))? "
    r"(ni|nin)\b"
)
#: (w54cychild, welsh22 F7) "fy nghrotan", "fy nghrwtyn": "fy merch", "fy machgen"; and a
#: parent's "ma'r groten / ma'r crwtyn wedi…" (the girl, the boy: theirs, as the south-west
#: says it): "mae fy merch wedi…"
_CY_NGH_SOUTH = re.compile(r"\bfy ngh(?:(rotan|roten)|(rwtyn|rwt))\b")
_CY_MAER_SOUTH = re.compile(
    r"\b(?:ma|mae)r (?:(grotan|groten|crotan|croten)|(crwtyn|crwt|grwtyn|grwt))( fach| bach)? "
    r"(?=wedi |yn gweud )"
)
#: "ma fy mab": "mae fy mab" (spoken "ma" for "mae")
_CY_MA = re.compile(r"\bma (?=fy )")


def _dropped_au(found: re.Match[str]) -> str:
    """ "meddylie" -> "meddyliau", "pethe" -> "pethau": when that is known Welsh and the word as
    written is not."""
    word = found[0]
    restored = word[:-1] + "au"
    return restored if is_known_welsh(restored) and not is_known_welsh(word) else word


def _welsh(cleaned: str) -> str:
    cleaned = _CY_NGH_SOUTH.sub(lambda found: "fy merch" if found[1] else "fy machgen", cleaned)
    cleaned = _CY_MAER_SOUTH.sub(
        lambda found: f"mae fy {'merch' if found[1] else 'machgen'}{found[3] or ''} ", cleaned
    )
    cleaned = _CY_MAE_N_NI.sub(
        lambda found: f"mae fy {_CY_FORMAL[found[1]]}{found[2] or ''} {found[3][1:]}", cleaned
    )
    cleaned = _CY_MAE_N.sub(
        lambda found: f"mae fy {_CY_FORMAL[found[1]]}{found[2] or ''} ", cleaned
    )
    cleaned = _CY_GLUED_N.sub(
        lambda found: f"{found[1]} fy {_CY_FORMAL[found[2]]}{found[3] or ''} ", cleaned
    )
    cleaned = _CY_NOUN_FI.sub(
        lambda found: f"fy {_CY_FORMAL[found[1]]} {'in' if found[2] == 'fin' else 'i'}", cleaned
    )
    cleaned = _CY_MA.sub("mae ", cleaned)
    return re.sub(r"\b[a-z]{4,}e\b", _dropped_au, cleaned)


#: (w54cychild, welsh22 F6) the adults a child cannot trust, or that there is no adult: "dwi
#: ddim yn trystio oedolion", "fedra i ddim ymddiried mewn unrhyw oedolyn", "does dim oedolyn
#: dw i'n ei drystio", "sdim oedolyn fi'n trysto". "oedolyn" here names the others, not the
#: asker (who is, most often, a child): read as "neb" (nobody), as "dwi'm yn trystio neb" is.
#: Not "dw i ddim yn oedolyn" (I am not an adult).
_CY_NO_ADULT = re.compile(
    r"\b((?:d?trysti?or?|ymddiried (?:yn|mewn)(?: yr?)?|ymddiried ynr|d?dim|sdim|heb) )"
    r"(?:(?:unrhyw|un|yr|y|run|yr un) )?(?:oedolyn|oedolion)\b"
)


def spoken_read(cleaned: str) -> str:
    """``cleaned`` (``clean_text``'s words) with the spoken forms above read as written ones,
    the Welsh ones in Welsh words, the English in English."""
    cleaned = _CY_NO_ADULT.sub(r"\1neb", cleaned)  # (w54cychild) before is_welsh: "sdim oedolyn…"
    return _welsh(cleaned) if is_welsh(cleaned.split()) else _english(cleaned)


#: words that describe a child between "my" and who they are ("my autistic son", "my deaf
#: daughter", "our adopted boy", "my non verbal child"): by a list, and by how such words end
#: ("-ic", "-ed", "-est", "-able", ...); never a person ("my friends son": a friend's child)
_DESCRIBING = (
    r"(?:deaf|blind|little|young|wee|baby|teenage|teen|foster|adoptive|middle|only|poor|sweet|"
    r"precious|non ?verbal|sen|adhd|asd|send|special needs|learning disabled|two|three|twin|"
    r"[a-z]{2,}(?:ic|ed|est|al|ive|able|ible|ful|ous|less|ish))"
)
_CHILD_NOUN = (
    r"(?:son|sons|daughter|daughters|child|children|kid|kids|boy|boys|girl|girls|lad|lads|lass|"
    r"stepson|stepdaughter|grandson|granddaughter|grandchild|toddler|teenager|teen|baby)\b"
)
_DESCRIBED_CHILD = re.compile(
    rf"\b(my|our|fy|(?:i have|ive got|i ve got|i got|we have|weve got|we ve got) an?) (?!best\b)"
    rf"(?:{_DESCRIBING} ){{1,2}}(?=(?:little |young )?{_CHILD_NOUN})"
)


def described_child_plain(cleaned: str) -> str:
    """ "my autistic son was abused" read, for who is asking, as "my son was abused" (probe 21:
    and "i have a deaf daughter" as "i have a daughter"): a parent's
    child whatever words describe them (``asker.who_is_asking``; the words searched keep them).
    (Twenty-fifth walk-through F3) Not "our foster kid": "our kid" is a brother or sister."""
    return _DESCRIBED_CHILD.sub(_plain, cleaned)


def _plain(found: re.Match[str]) -> str:
    cared = found[1] == "our" and re.search(r"\b(?:foster|adoptive|adopted)\b", found[0])
    return found[0] if cared else f"{found[1]} "
