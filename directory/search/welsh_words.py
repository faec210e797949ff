"""Welsh in a search's words: initial mutations undone ("blant" <- "plant"), the words that show
a query is written in Welsh, and correctly spelt Welsh never "corrected". Part of
``understand`` (split from ``lexicon``: issue 24)."""

from __future__ import annotations

from collections.abc import Collection

from .lexicon import WELSH_BE

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


#: (twenty-fifth walk-through F5, w31cy) spoken Welsh as people write it: everyday words no
#: English sentence holds, each a sign of Welsh alone ("ma cefnder fi di brifo fi, 11 oed"
#: was read as English, so a Welsh child lost Meic)
WELSH_SPOKEN = frozenset(
    [
        *("oed", "brifo", "poeni", "ofnus", "dychryn", "crio", "llefain", "gorfodi"),
        *("teimlo", "gwybod", "dweud", "deud", "neud", "gwneud", "meddwl", "meddyliau"),
        *("pethau", "petha", "drwg", "cyfrinach", "rhywbeth", "rwbath", "mewn", "hefyd"),
        *("heddiw", "ddoe", "nawr", "rwan", "isho", "moyn", "oherwydd", "gwely", "stafell"),
        *("ystafell", "bachgen", "hogyn", "menyw", "ewythr", "cefnder", "cyfnither"),
        *("modryb", "wncwl", "llysdad", "llysfam", "llysfrawd", "llyschwaer", "brawd"),
        *("chwaer", "nhad", "nhaid", "mamgu", "tadcu"),
    ]
)
#: short spoken words ("ma" for mae, "di" for wedi, "fi" for i): English has them too, as a
#: name or a word ("my ma", "Di"), so one alone, or two alone, never makes a search Welsh
WELSH_SHORT = frozenset(["ma", "di", "fi", "fo", "nhw", "ni", "chi", "ti", "sy"])
#: words of the Welsh tables below that English writes too ("does", "Beth")
_ENGLISH_TOO = frozenset(["does", "beth", "anti", "partner"])
#: ... and the everyday words an English sentence may hold ("a pan", "dim", "mam"), never
#: counted towards three everyday Welsh words (``is_welsh``)
_EVERYDAY_ENGLISH = _ENGLISH_TOO | frozenset(
    ["pan", "dim", "nes", "mam", "nos", "babi", "nai", "tad", "sub", "am", "pa", "lle", "sy"]
)


#: (seventh walk-through F5) Welsh words a search here often holds that are correctly spelt
#: though the listings may not use them: never "corrected" (``suggest``)
WELSH_KNOWN = WELSH_MARKERS | frozenset(
    [
        "anweddus",
        "lluniau",
        "luniau",
        "llun",
        "delweddau",
        "ddelweddau",
        "fideos",
        "fideo",
        "edrych",
        "gwylio",
        "stopio",
        "helpio",
        "peidio",
        "anfon",
        "anfonodd",
        "dangos",
        "dangosodd",
        "gorfodi",
        "diogel",
        "diogelwch",
        "cyfrinachol",
        "gyfrinachol",
        "cwnselydd",
        "therapi",
        "ewythr",
        "hewythr",
        "nhad",
        "nhaid",
        "nain",
        "taid",
        "brawd",
        "chwaer",
        "cefnder",
        "cyfnither",
        "blentyn",
        "phlentyn",
        "mhlentyn",
        "hogyn",
        "hogan",
        "bachgen",
        "merch",
        "dyn",
        "dynes",
        "menyw",
        "oed",
        "poeni",
        "meddyliau",
        "feddyliau",
        "teimladau",
        "deimladau",
        "rhywiol",
        "atyniad",
        "ymosodiad",
        "treisio",
        "brifo",
        "ofnus",
        "cefnogaeth",
        "gefnogaeth",
        "cymorth",
        "gwrando",
        "sgwrsio",
        "tecstio",
        "heddlu",
        "meddyg",
        "athro",
        "athrawes",
        # (eighth walk-through F2) everyday Welsh a search here holds: "gwybod" was "corrected"
        # to "gwybodaeth"
        "gwybod",
        "wybod",
        "bod",
        "gen",
        "anghywir",
        "iawn",
        "teimladau",
        "deimladau",
        "teimlo",
        "nith",
        "nai",
        "poeni",
        "ofn",
        "meddwl",
        "stopio",
        "ffonio",
        "siarad",
        "deud",
        "dweud",
    ]
)
WELSH_KNOWN |= WELSH_SPOKEN  # (w31cy) never "corrected" either


def is_welsh(tokens: Collection[str]) -> bool:
    """The words hold a Welsh marker word or an everyday spoken one, or a mutated form of
    one; or three of the short spoken words ("ma", "di", "fi"), or two and another Welsh word
    of four letters or more."""
    words = set(tokens)
    signs = WELSH_MARKERS | WELSH_SPOKEN
    if words & signs or any(r in signs for w in words for r in radicals(w)):
        return True
    short = len(words & WELSH_SHORT)
    if short >= 3 or len(words & WELSH_EVERYDAY - _EVERYDAY_ENGLISH) >= 3:
        return True  # (welsh19 F5) "ydy hin rhy hwyr i riportio beth ddigwyddodd"
    return short == 2 and any(
        len(r) >= 4 and r not in _ENGLISH_TOO and (r in WELSH_EVERYDAY or r in WELSH_KNOWN)
        for w in words - WELSH_SHORT
        for r in radicals(w)
    )


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, split at spaces."""
    return frozenset(text.split())


#: (ninth walk-through F6.2) everyday Welsh whose classes are closed, so a table can hold them
#: all: the inflected prepositions ("iddi", to her: "corrected" to "ddim"), the pronouns, the
#: forms of "bod" and of the common irregular verbs, conjunctions and question words; and
#: everyday nouns and verbs a search here holds. Their mutated forms ("fynd", "nosbarth") are
#: known through ``radicals``. Folded, as ``clean_text`` writes words.
WELSH_EVERYDAY = _words(
    # i, ar, at, am, gan, wrth, o, dros, heb, rhwng, yn, dan, trwy: to me ... to them
    "imi iddo iddi inni ichi iddyn iddynt arna arnat arno arni arnon arnoch arnyn arnynt "
    "ata atat ato ati aton atoch atyn atynt amdana amdanat amdano amdani amdanon "
    "amdanoch amdanyn amdanynt gennyf gennyt ganddo ganddi gennym gennych ganddyn "
    "ganddynt gynno gynni gynnon gynnoch gynnyn wrtha wrthat wrtho wrthi wrthon wrthoch "
    "wrthyn wrthynt ohona ohonat ohono ohoni ohonon ohonoch ohonyn ohonynt drosta "
    "drostat drosto drosti droston drostoch drostyn hebdda hebddo hebddi hebddyn rhyngddo "
    "rhyngddi rhyngddyn rhyngom ynddo ynddi ynddyn odana odano odani odanyn trwyddo "
    "trwyddi trwyddyn drwyddo drwyddi efo gyda hefo "
    # pronouns and possessives
    "minnau tithau fynta fyntau hithau ninnau chithau nhwthau hunan hunain rhywun "
    "rhywbeth rhywle rhywsut neb dim byd unrhyw pawb popeth "
    # bod, gwneud, cael, mynd, dod, gallu, gorfod, dylwn: the forms people write
    "dwi dw rydw rwyf rwy rydych rydyn rydym ydy ydi ydw ydych ydyn ydym oes mae maen "
    "maent roedd roeddwn roeddet roedden roeddech oedd oeddwn oedden oeddech buodd "
    "bues bydd byddaf bydda byddwn byddi byddan dydy dydi dydw dydych dydyn dydw does "
    "doedd doeddwn sydd sy wnaeth wnes wnest wnaethon wnaethoch wnaethon gwnaeth "
    "gwneud wneud neud nes naeth cafodd cefais ces gafodd ges cawson gawson cael "
    "mynd aeth es aethon dod daeth des daethon galla gallaf gallwn allwn alla "
    "allwch gallwch allai gallai dylwn ddylwn dylai ddylai dylen ddylen dylech ddylech "
    "gorfod orfod isio eisiau moyn angen "
    # conjunctions, adverbs, question words, time
    "achos oherwydd felly ond neu pan tra nes cyn wedyn ers erbyn hefyd eto byth "
    "erioed weithiau wastad bob amser nawr rwan heddiw heno ddoe yfory yma yna yno "
    "acw adref adra iawn rhy eithaf beth pwy pam sut ble lle pryd faint pa "
    # everyday nouns and verbs
    "dosbarth ysgol athro athrawes stafell ystafell gwely cartref teulu tad mam rhieni "
    "llysfam llystad llysdad nain taid mamgu tadcu wyr wyres cariad ffrindiau ffrind "
    "clwb chwaraeon hyfforddwr cymydog gweinidog eglwys capel noson nos dydd blynyddoedd "
    "blwyddyn flwyddyn misoedd wythnos digwydd ddigwyddodd digwyddodd aros cysgu chwilio "
    "helpu deall credu cofio anghofio gofyn ateb clywed gweld dychryn ofnus tawel "
    "negeseuon neges ffon "
    # (probe 18) family and everyday words a search here holds, "corrected" before: "llysfab"
    # (stepson) to "llysfam", "nenu" (denu, attracted) to "neu", "derbyn" to "derby"
    "llysfab llysferch llysfrawd llyschwaer llysblant cyfnither cefnder wncwl anti modryb "
    "ewythr nith nai wyrion gor wyr hendaid henfam cyn bartner partner gwr gwraig babi "
    "denu derbyn anfon gyrru cyffwrdd gwylio edrych teimlo ffantasiau ffantasi ysfa chwant "
    "arestio heddlu ymweliad gliniadur cyfrifiadur ffon symudol ar lein arlein hosbis claf "
    "cleifion nyrs cyswllt swyddog gwirfoddolwr gofalu gofalwr maeth mabwysiadu pryder pryderu "
    "cyfeirio atgyfeirio "
    # (twenty-fourth walk-through F5) spoken north Welsh as people write it: "dwi'm isio" (I
    # don't want, "dwi'm" folded "dwim" was "corrected" to "ddim"), "hogia" (lads), "genod"
    # (girls), "rwbath" (something), "fatha" (like), "sgen i" (I have)
    "dwim nacdw yndw chdi hogia genod rwbath rwbeth fatha ruan sgen sgin gynna nesh naethon "
    "isho adra adre "
    # (w43ask) seeing, catching, finding and hearing as people write them ("weles i fy ewythr
    # efo…": I saw my uncle with…; "weles" was "corrected" to "welsh")
    "gwelais welais weles gweles gwelodd welodd daliais dales dalies daliodd ddal ffeindio "
    "ffeindiais ffeindies darganfod ddarganfod clywais glywais clywes glywes cerdded gerddais "
    "gerddes"
)
