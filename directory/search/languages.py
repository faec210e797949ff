"""(w45lang) Languages other than English and Welsh: asked for ("in Polish", "my mum only speaks
Bengali", "po polsku", "urdu mein", Welsh "yn Bwyleg"), and words the search cannot read at all
(a whole sentence in Portuguese, or in Arabic script).

No listing says it works in any of these languages (the listings' own ``languages`` hold only
English, Welsh and British Sign Language, which the thesaurus's ``welsh`` and ``deaf`` concepts
read), so the page says so plainly, naming the language, rather than staying silent.

A language's English name alone is not a request: "my husband is Romanian", "turkish delight",
"polish". It is one after "in", "speak", "only" and the like, or before "speaking", "speaker",
"interpreter" and the like; a phrase in the language itself ("po polsku", "em português",
"اردو") is one on its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .languages_cy import ASPIRATE_NAMES, NATIONALITIES
from .lexicon import clean_text


@dataclass(frozen=True)
class Language:
    #: its English name, as shown on English pages ("Polish")
    english: str
    #: its Welsh name ("Pwyleg"), as shown on /cy/ after "siarad", which does not mutate it
    welsh: str
    #: its English names, folded ("polish"), and its Welsh names, radical and mutated
    names: tuple[str, ...]
    #: phrases in the language itself, folded to a-z as the search folds words ("po polsku")
    own: tuple[str, ...] = ()
    #: its name in its own script, matched in the text as typed ("اردو")
    script: tuple[str, ...] = ()


LANGUAGES: tuple[Language, ...] = (
    Language("Polish", "Pwyleg", ("polish", "pwyleg", "bwyleg"), ("polsku", "jezyku polskim")),
    Language(
        "Urdu",
        "Wrdw",
        ("urdu", "wrdw"),
        ("urdu mein", "urdu main", "urdu me", "urdu mai"),
        ("اردو", "उर्दू"),
    ),
    Language(
        "Punjabi",
        "Pwnjabeg",
        ("punjabi", "panjabi", "pwnjabeg", "bwnjabeg", "pwnjabi", "bwnjabi"),
        ("punjabi vich", "punjabi mein"),
        ("ਪੰਜਾਬੀ", "پنجابی"),
    ),
    Language(
        "Bengali",
        "Bengaleg",
        ("bengali", "bangla", "bengaleg", "fengaleg", "sylheti"),
        ("banglay", "bangla te"),
        ("বাংলা", "বাংলায়"),
    ),
    Language(
        "Gujarati", "Gwjarati", ("gujarati", "gwjarati", "wjarati"), ("gujarati ma",), ("ગુજરાતી",)
    ),
    Language("Hindi", "Hindi", ("hindi",), ("hindi mein", "hindi main"), ("हिंदी", "हिन्दी")),
    Language("Tamil", "Tamileg", ("tamil", "tamileg", "damileg", "damil"), ("tamilil",), ("தமிழ்",)),
    Language(
        "Arabic",
        "Arabeg",
        ("arabic", "arabeg"),
        (),
        ("بالعربية", "بالعربي", "العربية", "اللغة العربية"),
    ),
    Language("Farsi", "Ffarsi", ("farsi", "persian", "ffarsi", "perseg", "berseg"), (), ("فارسی",)),
    Language("Pashto", "Pashto", ("pashto", "pushto", "bashto"), (), ("پښتو",)),
    Language(
        "Kurdish",
        "Cwrdeg",
        ("kurdish", "sorani", "kurmanji", "cwrdeg", "gwrdeg"),
        ("kurdi",),
        ("کوردی",),
    ),
    Language("Turkish", "Tyrceg", ("turkish", "tyrceg", "dyrceg", "twrceg", "dwrceg"), ("turkce",)),
    Language("Somali", "Somaleg", ("somali", "somaleg", "somalieg"), ("af soomaali", "soomaali")),
    Language("Tigrinya", "Tigrinya", ("tigrinya", "tigrinia", "digrinya"), (), ("ትግርኛ",)),
    Language("Amharic", "Amhareg", ("amharic", "amhareg"), (), ("አማርኛ",)),
    Language(
        "Romanian",
        "Rwmaneg",
        ("romanian", "rwmaneg"),
        ("romaneste", "limba romana", "in romana"),
    ),
    Language("Bulgarian", "Bwlgareg", ("bulgarian", "bwlgareg", "fwlgareg"), (), ("български",)),
    Language(
        "Lithuanian", "Lithwaneg", ("lithuanian", "lithwaneg"), ("lietuviskai", "lietuviu kalba")
    ),
    Language("Latvian", "Latfieg", ("latvian", "latfieg"), ("latviski", "latviesu valoda")),
    Language("Slovak", "Slofaceg", ("slovak", "slofaceg"), ("po slovensky",)),
    Language("Czech", "Tsieceg", ("czech", "tsieceg"), ("cesky", "cestine")),
    Language("Hungarian", "Hwngareg", ("hungarian", "hwngareg"), ("magyarul",)),
    Language("Albanian", "Albaneg", ("albanian", "albaneg"), ("shqip",)),
    Language("Russian", "Rwseg", ("russian", "rwseg"), (), ("по-русски", "на русском", "русский")),
    Language("Ukrainian", "Wcreineg", ("ukrainian", "wcreineg"), (), ("українською", "українська")),
    Language(
        "Portuguese",
        "Portiwgaleg",
        ("portuguese", "portiwgaleg", "bortiwgaleg", "portiwgeeg", "bortiwgeeg"),
        ("portugues",),
    ),
    Language("Spanish", "Sbaeneg", ("spanish", "sbaeneg"), ("espanol", "castellano")),
    Language("French", "Ffrangeg", ("french", "ffrangeg"), ("francais",)),
    Language("Italian", "Eidaleg", ("italian", "eidaleg"), ("italiano",)),
    Language("German", "Almaeneg", ("german", "almaeneg"), ("deutsch",)),
    Language("Chinese", "Tsieinëeg", ("chinese", "tsieineeg"), (), ("中文", "汉语", "漢語")),
    Language("Mandarin", "Mandarin", ("mandarin", "fandarin"), (), ("普通话", "普通話")),
    Language(
        "Cantonese",
        "Cantoneg",
        ("cantonese", "cantoneg", "gantoneg", "cantoneeg", "gantoneeg"),
        (),
        ("广东话", "廣東話", "粵語"),
    ),
    Language("Vietnamese", "Fietnameg", ("vietnamese", "fietnameg"), ("tieng viet",)),
    Language("Tagalog", "Tagalog", ("tagalog", "dagalog", "filipino", "ffilipineg"), ()),
    Language("Nepali", "Nepaleg", ("nepali", "nepalese", "nepaleg"), (), ("नेपाली",)),
)

#: words before a language's name that make it a request: "in polish", "speaks urdu", "only
#: bengali", "siarad pwyleg", "yn bwyleg"
_BEFORE = (
    r"in|into|speak|speaks|speaking|spoke|talk|talks|talking|understand|understands|understood|"
    r"only|fluent|yn|siarad|iaith|mewn|"
    # (fifteenth Welsh review F4) Welsh puts the noun first: "cyfieithydd Arabeg", "siaradwr
    # Pwyleg", "dim ond Somaleg", "trwy gyfrwng Pwyleg"
    r"cyfieithydd|cyfieithwyr|siaradwr|siaradwyr|ond|gyfrwng|gyfrwng y|gyfrwng yr"
)
#: words after it that do: "punjabi speaking", "urdu speaker", "arabic interpreter"
_AFTER = (
    r"speaking|speaker|speakers|speak|language|languages|interpreter|interpreters|translator|"
    r"translation|only|siaradwr|siarad|cyfieithydd|"
    # (fifteenth Welsh review F4) "Pwyleg yn unig", "Wrdw mae hi'n siarad"
    r"yn unig|mae (?:hi|hin|e|en|o|on|fe|fen|nhw|nhwn|mam|dad) ?(?:yn )?siarad"
)
_NAMES = {name: lang for lang in LANGUAGES for name in lang.names}
_BY_ENGLISH = {lang.english: lang for lang in LANGUAGES}
_NAMES.update({name: _BY_ENGLISH[english] for name, english in ASPIRATE_NAMES.items()})
#: (sixteenth Welsh review F5) a Welsh nationality or country, read only with little English
_NATIONALITY = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, NATIONALITIES), key=len, reverse=True)) + r")\b"
)
#: (fifteenth Welsh review F5) the words of a request for a language that no listing's words
#: can match: its names, and "speaks"
LANGUAGE_WORDS = frozenset(_NAMES) | {"speak", "speaks", "speaking", "spoken", "siarad"}
_NAME = "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
_AND = r"(?:or|and|neu|a|ac)"
#: "in polish or russian", "punjabi or urdu speaking", "siarad pwyleg neu rwseg"; (fifteenth
#: Welsh review F6) a list, "in polish, russian or ukrainian" (commas are cleaned away)
_LIST = rf"((?: (?:{_AND} )?(?:{_NAME}))*)"
_ASKED = re.compile(
    rf"\b(?:(?:{_BEFORE}) ({_NAME}){_LIST}"
    rf"|({_NAME}){_LIST} (?:{_AFTER}))\b"
)
#: little or no English said: a nationality or language named anywhere is the one asked for
_LITTLE_ENGLISH = re.compile(
    r"\b(?:(?:dont|do not|doesnt|does not|cant|cannot|can not|not|no) (?:speak|speaking|talk"
    r"|understand|know|read|have)(?: much| good| very good| any| very much| well)? english"
    r"|(?:no|little|not much|very little|not good|bad|poor|broken|limited|small|less) english"
    r"|\b(?:i|me|she|he|we|they) (?:no|not) (?:speak|speaks|understand|read) (?:\w+ )?english"
    r"|\b(?:i|me) (?:no|not) (?:good|speak good|speak well) english"  # (w57lang)
    r"|english (?:is )?(?:very |not )?(?:bad|poor|limited|broken|little|weak)"
    r"|english (?:isnt|is not|not|no) (?:very |so )?(?:good|great|well|my first)"
    # (fifteenth Welsh review F4) "dydy mam ddim yn siarad Saesneg", "dim Saesneg", "Saesneg
    # gwael"
    r"|ddim yn (?:siarad|deall|darllen)(?: llawer o| fawr o)? saesneg"
    r"|(?:dim|dim llawer o|fawr o|ychydig o|ychydig bach o|dim gair o) saesneg"
    # (w48own) "does gan mam ddim llawer o Saesneg"
    r"|ddim (?:llawer o |gair o |digon o )?saesneg"
    r"|saesneg (?:gwael|sal|prin))\b"
)
_ANY_NAME = re.compile(rf"\b({_NAME})\b")
_OWN = {phrase: lang for lang in LANGUAGES for phrase in lang.own}
_OWN_PHRASE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _OWN), key=len, reverse=True)) + r")\b"
)
#: an interpreter asked for, whatever the language (or none named)
INTERPRETER = re.compile(
    r"\b(?:interpreter|interpreters|interpreting|translator|translators|cyfieithydd|"
    r"cyfieithu ar y pryd)\b"
)


def languages_asked(text: str) -> tuple[Language, ...]:
    """The languages other than English and Welsh that ``text`` asks for help in, in the
    order written, each once."""
    folded = clean_text(text, len(text))
    found: dict[int, Language] = {}
    for match in _ASKED.finditer(folded):
        for group in (1, 3):
            if match[group]:
                found.setdefault(match.start(group), _NAMES[match[group]])
        for group in (2, 4):
            for more in _ANY_NAME.finditer(folded, match.start(group), match.end(group)):
                found.setdefault(more.start(1), _NAMES[more[1]])
    if _LITTLE_ENGLISH.search(folded):  # "she is lithuanian and does not speak english"
        for match in _ANY_NAME.finditer(folded):
            found.setdefault(match.start(), _NAMES[match[1]])
        for match in _NATIONALITY.finditer(folded):  # "mae mam yn Bwylaidd", "o Wlad Pwyl"
            found.setdefault(match.start(), _BY_ENGLISH[NATIONALITIES[match[1]]])
    for match in _OWN_PHRASE.finditer(folded):
        found.setdefault(match.start(), _OWN[match[1]])
    typed = unicodedata.normalize("NFC", str(text)).casefold()
    for lang in LANGUAGES:
        for name in lang.script:
            at = typed.find(name.casefold())
            if at >= 0:
                found.setdefault(len(folded) + at, lang)
    return tuple(dict.fromkeys(found[at] for at in sorted(found)))


def interpreter_asked(text: str) -> bool:
    """An interpreter asked for, or (w56fit, check58 F9) little English said ("i no speak
    english good", "my english not good"), whatever language, or none, is named."""
    folded = clean_text(text, len(text))
    little = _LITTLE_ENGLISH.search(folded)  # (not "english is not my first language")
    return bool(INTERPRETER.search(folded) or (little and "first" not in little[0]))


#: a letter outside the Latin alphabet (Arabic, Bengali, Cyrillic ... script)
_NOT_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")


def in_another_script(text: str) -> bool:
    """Whether ``text`` is written mostly in letters outside the Latin alphabet."""
    letters = [ch for ch in str(text) if ch.isalpha()]
    return bool(letters) and sum(bool(_NOT_LATIN.match(ch)) for ch in letters) * 2 > len(letters)
