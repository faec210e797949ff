"""(probe 15) Ages written as words, read as the digits the age patterns know: "im fifteen",
"a nine year old", "twenty five yo", Welsh "dwi'n ddeg oed", "merch bymtheg oed", "un ar ddeg
oed", "dau ddeg pump oed" (both ways of counting, with the mutations after "yn"). Only where
the number is said as an age (after "im", "aged", "when i was", before "year old", "oed"): "my
two boys" and "one of them" stay words. Used by ``asker.who_is_asking`` over ``clean_text``'s
words, before any age is read, so that every rule for digits holds for words too."""

from __future__ import annotations

import re

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _english() -> dict[str, int]:
    words = {w: n for n, w in enumerate(_UNITS, start=1)}
    words |= {w: n for n, w in enumerate(_TEENS, start=10)}
    for t, tens in enumerate(_TENS, start=2):
        for form in (tens, "fourty") if tens == "forty" else (tens,):
            words[form] = t * 10  # (w36teen) "fourty seven", as often written
            words |= {f"{form} {u}": t * 10 + n for n, u in enumerate(_UNITS, start=1)}
    return words


#: Welsh units with the forms they take after "yn" and in counting (feminine, soft mutation)
_CY_UNITS = {
    1: ("un",), 2: ("dau", "dwy", "ddau", "ddwy"), 3: ("tri", "tair", "dri", "dair"),
    4: ("pedwar", "pedair", "bedwar", "bedair"), 5: ("pump", "pum", "bump", "bum"),
    6: ("chwech", "chwe"), 7: ("saith",), 8: ("wyth",), 9: ("naw",),
}  # fmt: skip
#: the old way of counting, 10 to 20 ("un ar ddeg", eleven; "pymtheg", fifteen; "ugain")
_CY_OLD = {
    10: ("deg", "ddeg", "deng"), 12: ("deuddeg", "ddeuddeg"), 15: ("pymtheg", "bymtheg",
    "pymtheng", "bymtheng"), 18: ("deunaw", "ddeunaw"), 20: ("ugain",),
}  # fmt: skip


def _welsh() -> dict[str, int]:
    words = {f: n for n, forms in _CY_UNITS.items() for f in forms}
    words |= {f: n for n, forms in _CY_OLD.items() for f in forms}
    for n in (1, 3, 4):  # un ar ddeg (11), tri ar ddeg (13), pedwar ar ddeg (14)
        words |= {f"{f} ar ddeg": 10 + n for f in _CY_UNITS[n]}
    for n in (1, 2, 4):  # un ar bymtheg (16), dau ar bymtheg (17), pedwar ar bymtheg (19)
        words |= {f"{f} ar bymtheg": 15 + n for f in _CY_UNITS[n]}
    for n in range(1, 10):  # un ar hugain (21) … naw ar hugain (29)
        words |= {f"{f} ar hugain": 20 + n for f in _CY_UNITS[n]}
    for t in range(1, 10):  # the decimal way: un deg pump (15), dau ddeg un (21), tri deg (30)
        for f in _CY_UNITS[t]:
            for ten in ("deg", "ddeg"):
                words[f"{f} {ten}"] = t * 10
                for n in range(1, 10):
                    words |= {f"{f} {ten} {u}": t * 10 + n for u in _CY_UNITS[n]}
    return words


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_EN = _english()
_CY = _welsh()
#: English words said as an age: after "im", "aged", "when i was", "hes", "boy", "under"… or
#: before "year old", "yo", "yrs"; "one" only before "year old" ("no one", "one of them")
_BEFORE_AGE = (
    r"im|i m|iam|i am|am|aged|age|turned|turning|shes|hes|she is|he is|is|"
    r"now|only|just|was|were|be|under|over|boy|girl|lad|lass|son|daughter|child|kid|man|woman|"
    r"male|female|guy|bloke|lady|pupil|teen|m|f"
)
_YEAR_OLD = r"(?:yo|y o|yr|yrs|year|years|year old|years old|yr old|yrs old|year olds|m|f)\b"
_EN_AGE = re.compile(
    rf"\b(?:(?P<pre>{_BEFORE_AGE}) (?P<after>{_alternation(_EN)})"
    rf"|(?P<before>{_alternation(_EN)})(?= ?{_YEAR_OLD}))\b"
)
#: Welsh words said as an age: before "oed" (years old), or after "dwi'n" (I am)
_BE_CY = r"dwin|dwi n|dw in|dw i n|dwi yn|dw i yn|rwyn|rwy n|rydw i n|rydwin|rydw in|rwyf in"
_CY_AGE = re.compile(
    # (probe 19) not "yr un oed", "o'r un oed" (the same age)
    rf"\b(?:(?<!\byr )(?<!\bor )(?<!\br )(?P<oed>{_alternation(_CY)})(?= oed\b)"
    rf"|(?P<pre>{_BE_CY}) (?P<be>{_alternation({w: n for w, n in _CY.items() if w != 'un'})})"
    r"(?! o\b))\b"
)


#: (w26parent) a word in an age's place one letter away from a number word, and starting as
#: it does, is that number misspelt ("im twelv", "thirtean yo", "aged fourten", "im elevan"),
#: unless it is a word of its own ("fifth", "forth", "thirsty")
_SPELT = [*_UNITS, *_TEENS, *_TENS]
_REAL_WORDS = frozenset(
    ["eighth", "fifth", "forth", "fourth", "ninth", "seventh", "sever", "sixth", "tenth", "threw",
     "thirsty", "twelfth"]
)  # fmt: skip
_NEAR_AGE = re.compile(
    rf"\b(?:(?P<pre>{_BEFORE_AGE}) (?P<after>[a-z]{{4,}})|(?P<before>[a-z]{{4,}})(?= ?{_YEAR_OLD}))"
)
#: (w26parent) "im a man of 47", "a woman of fifty": the asker's age after "of"
_OF_AGE = re.compile(
    r"(?:^|\b(?P<lead>(?:im|i m|i am|as|being) ))(?:a |an )?(?P<noun>man|woman|lad|lass|girl|boy|"
    rf"guy|bloke|lady|gentleman|male|female) of (?=\d{{1,2}}\b|(?:{_alternation(_EN)})\b)"
)


#: ... not who did something ("a man of 40 touched my daughter", "… keeps messaging me")
_DOER_AFTER = re.compile(
    r"(?:[^\s,]+ ){1,4}?(?:touched|touches|touching|raped|groomed|grabbed|keeps|kept|"
    r"messaged|messages|messaging|sent|sends|exposed|followed|abused (?!as\b))"
)


def _of_read(found: re.Match[str]) -> str:
    """ "im a man of 47": "im a man 47"; "a woman of 50, …" said first: "woman 50, …"."""
    if found["lead"]:
        return f"{found['lead']}a {found['noun']} "
    doer = _DOER_AFTER.match(found.string, found.end())
    return found[0] if doer else f"{found['noun']} "


def _one_apart(word: str, number: str) -> bool:
    """One letter added, dropped or changed."""
    if abs(len(word) - len(number)) > 1:
        return False
    for i, (a, b) in enumerate(zip(word, number, strict=False)):
        if a != b:
            return word[i + 1 :] in (number[i + 1 :], number[i:]) or word[i:] == number[i + 1 :]
    return True


def _number_word(word: str) -> str:
    if len(word) < 5 or word in _EN or word in _REAL_WORDS:
        return word
    near = [n for n in _SPELT if n[:2] == word[:2] and _one_apart(word, n)]
    return near[0] if near else word


#: (w36teen) a tens word before a unit said as an age ("fourty seven year old", "im thirtey
#: two"), the tens misspelt: read as the tens it is one letter away from
_NEAR_TENS = re.compile(
    rf"\b(?P<tens>[a-z]{{5,}})(?= (?:{'|'.join(_UNITS)}) ?{_YEAR_OLD})"
    rf"|\b(?:{_BEFORE_AGE}) (?P<said>[a-z]{{5,}})(?= (?:{'|'.join(_UNITS)})\b)"
)


def _tens_word(found: re.Match[str]) -> str:
    word = found["tens"] or found["said"]
    near = [t for t in _TENS if t[:2] == word[:2] and _one_apart(word, t)]
    return found[0] if word in _EN or not near else found[0][: -len(word)] + near[0]


def _misspelt_read(cleaned: str) -> str:
    def near(found: re.Match[str]) -> str:
        if found["before"]:
            return _number_word(found["before"])
        return f"{found['pre']} {_number_word(found['after'])}"

    return _NEAR_AGE.sub(near, _NEAR_TENS.sub(_tens_word, cleaned))


def ages_as_digits(cleaned: str) -> str:
    """Number words said as an age written as digits ("im fifteen": "im 15"; "dwin naw oed":
    "dwin 9 oed"; "im twelv": "im 12"; "a man of forty": "a man 40")."""
    cleaned = _OF_AGE.sub(_of_read, cleaned)
    cleaned = _misspelt_read(cleaned)

    def english(found: re.Match[str]) -> str:
        if found["before"]:
            return str(_EN[found["before"]])
        if found["after"] == "one":
            return found[0]
        return f"{found['pre']} {_EN[found['after']]}"

    cleaned = _EN_AGE.sub(english, cleaned)

    def welsh(found: re.Match[str]) -> str:
        if found["oed"]:
            return str(_CY[found["oed"]])
        return f"{found['pre']} {_CY[found['be']]}"

    return _CY_AGE.sub(welsh, cleaned)
