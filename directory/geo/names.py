"""The names the gazetteer knows apart from its tables: words that make a different place, names
outside the UK, council and country words after a town, the short forms of counties; and small
helpers on them. Read by ``gazetteer.py`` and ``namesakes.py``; nothing here knows of Flask or
of listings.
"""

from __future__ import annotations

import re

from .places import LocationStatus, Place, normalise

#: words that make a different place when they differ ("North" and "South Northamptonshire")
_DISTINGUISHING = frozenset((
    "north", "south", "east", "west", "upper", "lower", "great", "little", "nether", "high",
    "new", "old", "central", "mid",
))  # fmt: skip

#: the rest of the UK and the Crown dependencies: not covered here, but their people can call
#: the lines that take calls from anywhere in the UK
_NOT_UK = frozenset(
    normalise(n)
    for n in (
        "Scotland",
        "Northern Ireland",
        "Isle of Man",
        "Jersey",
        "Guernsey",
        "Channel Islands",
    )
)
#: countries, and cities outside the UK that people type, which no place in Great Britain
#: shares a name with (checked against the places file: "Boston", "Perth", "Melbourne" and
#: "Washington" are left out, being towns here): outside England and Wales, never a guess
OUTSIDE_UK = (
    frozenset(
        normalise(name)
        for name in [
            "Ireland",
            "Republic of Ireland",
            "Eire",
            "Dublin",
            "Cork",
            "Limerick",
            "Galway",
            "France",
            "Paris",
            "Lyon",
            "Marseille",
            "Germany",
            "Berlin",
            "Munich",
            "Spain",
            "Madrid",
            "Barcelona",
            "Portugal",
            "Lisbon",
            "Italy",
            "Rome",
            "Milan",
            "Netherlands",
            "Holland",
            "Amsterdam",
            "Belgium",
            "Brussels",
            "Poland",
            "Warsaw",
            "Romania",
            "Bucharest",
            "Lithuania",
            "Latvia",
            "Greece",
            "Athens",
            "Turkey",
            "Istanbul",
            "Switzerland",
            "Austria",
            "Vienna",
            "Sweden",
            "Stockholm",
            "Norway",
            "Oslo",
            "Denmark",
            "Copenhagen",
            "Finland",
            "Europe",
            "USA",
            "United States",
            "America",
            "New York",
            "Los Angeles",
            "Chicago",
            "Canada",
            "Toronto",
            "Australia",
            "Sydney",
            "New Zealand",
            "India",
            "Delhi",
            "Mumbai",
            "Pakistan",
            "Karachi",
            "Lahore",
            "Bangladesh",
            "Dhaka",
            "Nigeria",
            "Lagos",
            "Ghana",
            "Kenya",
            "Nairobi",
            "South Africa",
            "Jamaica",
            "China",
            "Beijing",
            "Hong Kong",
            "Japan",
            "Tokyo",
            "Ukraine",
            "Kyiv",
            "Russia",
            "Moscow",
            "Abroad",
            "Overseas",
            # (second walk-through F8) more countries and their capitals and big cities, as
            # commonly written in English (general knowledge, no data file), each checked
            # against the places file: "Jordan" is left out (Jordans, Buckinghamshire)
            "Canberra",
            "Ottawa",
            "Prague",
            "Budapest",
            "Sofia",
            "Zagreb",
            "Belgrade",
            "Bratislava",
            "Ljubljana",
            "Riga",
            "Vilnius",
            "Tallinn",
            "Helsinki",
            "Reykjavik",
            "Bern",
            "Zurich",
            "Geneva",
            "Luxembourg",
            "Valletta",
            "Nicosia",
            "Ankara",
            "Cairo",
            "Islamabad",
            "Kabul",
            "Tehran",
            "Baghdad",
            "Riyadh",
            "Dubai",
            "Abu Dhabi",
            "Doha",
            "Bangkok",
            "Manila",
            "Jakarta",
            "Kuala Lumpur",
            "Singapore",
            "Seoul",
            "Buenos Aires",
            "Brasilia",
            "Rio de Janeiro",
            "Sao Paulo",
            "Mexico City",
            "Lima",
            "Bogota",
            "Accra",
            "Abuja",
            "Addis Ababa",
            "Kampala",
            "Harare",
            "Cape Town",
            "Johannesburg",
            "Tirana",
            "Chisinau",
            "Minsk",
            "Tbilisi",
            "Yerevan",
            "Baku",
            "Colombo",
            "Kathmandu",
            "Hanoi",
            "Shanghai",
            "Nice",
            "Bordeaux",
            "Toulouse",
            "Hamburg",
            "Frankfurt",
            "Cologne",
            "Krakow",
            "Gdansk",
            "Porto",
            "Seville",
            "Valencia",
            "Malaga",
            "Naples",
            "Florence",
            "Venice",
            "Rotterdam",
            "The Hague",
            "Antwerp",
            "Gothenburg",
            "Montreal",
            "Vancouver",
            "Auckland",
            "San Francisco",
            "Miami",
            "Czech Republic",
            "Czechia",
            "Hungary",
            "Bulgaria",
            "Croatia",
            "Serbia",
            "Slovakia",
            "Slovenia",
            "Estonia",
            "Iceland",
            "Malta",
            "Cyprus",
            "Egypt",
            "Morocco",
            "Tunisia",
            "Algeria",
            "Iran",
            "Iraq",
            "Afghanistan",
            "Saudi Arabia",
            "United Arab Emirates",
            "UAE",
            "Qatar",
            "Israel",
            "Thailand",
            "Vietnam",
            "Philippines",
            "Indonesia",
            "Malaysia",
            "South Korea",
            "Korea",
            "Brazil",
            "Argentina",
            "Mexico",
            "Chile",
            "Peru",
            "Colombia",
            "Ethiopia",
            "Uganda",
            "Zimbabwe",
            "Somalia",
            "Sri Lanka",
            "Nepal",
            "Albania",
            "Moldova",
            "Belarus",
            "Georgia",
            "Armenia",
            "Syria",
            "Lebanon",
            "Sudan",
            "Eritrea",
            "Tanzania",
            "Zambia",
            "Cameroon",
            "Senegal",
            "Sierra Leone",
            "Gambia",
            "Trinidad",
            "Barbados",
        ]
    )
    | _NOT_UK
)

_COUNCIL_SUFFIXES = (
    # (ninth walk-through F6.7) a Welsh council's own name: "Wrexham County Borough (Council)"
    " county borough council",
    " county borough",
    " county council",
    " city council",
    " borough council",
    " council",
)

#: (second walk-through F6) words after a town that say only which country it is in
#: ("leeds uk", "cardiff wales"): the town is meant
_COUNTRY_WORDS = frozenset(
    normalise(n)
    for n in (
        "UK",
        "U.K.",
        "GB",
        "United Kingdom",
        "Britain",
        "Great Britain",
        "England",
        "Wales",
        "Cymru",
        "Lloegr",
    )
)
#: the short forms people write for counties ("whitby n yorks", "cirencester glos")
_COUNTY_SHORT = {
    normalise(short): normalise(county)
    for short, county in (
        # "yorks" alone names no one Yorkshire ("sheffield yorks", "richmond yorks")
        ("yorks", "Yorkshire and the Humber"),
        ("yorkshire", "Yorkshire and the Humber"),
        ("n yorks", "North Yorkshire"),
        ("north yorks", "North Yorkshire"),
        ("s yorks", "South Yorkshire"),
        ("south yorks", "South Yorkshire"),
        ("w yorks", "West Yorkshire"),
        ("west yorks", "West Yorkshire"),
        ("e yorks", "East Riding of Yorkshire"),
        ("east yorks", "East Riding of Yorkshire"),
        ("glos", "Gloucestershire"),
        ("gloucs", "Gloucestershire"),  # (twenty-third walk-through F7: "dursley gloucs")
        ("hants", "Hampshire"),
        ("wilts", "Wiltshire"),
        ("oxon", "Oxfordshire"),
        ("bucks", "Buckinghamshire"),
        ("berks", "Berkshire"),
        ("herts", "Hertfordshire"),
        ("beds", "Bedfordshire"),
        ("cambs", "Cambridgeshire"),
        ("lancs", "Lancashire"),
        ("notts", "Nottinghamshire"),
        ("northants", "Northamptonshire"),
        ("leics", "Leicestershire"),
        ("lincs", "Lincolnshire"),
        ("staffs", "Staffordshire"),
        ("worcs", "Worcestershire"),
        ("warks", "Warwickshire"),
        ("derbys", "Derbyshire"),
        ("shrops", "Shropshire"),
        ("salop", "Shropshire"),
        ("co durham", "Durham"),
        ("county durham", "Durham"),
        ("glam", "Mid Glamorgan"),
        # (sixth walk-through F2, F10) more short forms in everyday use
        ("durham county", "Durham"),
        ("london", "London"),  # the region: "richmond, london"
        ("pembs", "Pembrokeshire"),
        ("carms", "Carmarthenshire"),
        ("gtr manchester", "Greater Manchester"),
        ("w mids", "West Midlands"),
        ("n wales", "North Wales"),
        ("s wales", "South Wales"),
    )
}
#: short words inside council and county names ("S Glos", "NE Lincs", "N Somerset"), each
#: written out in full before the name is looked up again; tried only when the words as
#: typed are no place
_SHORT_WORDS = {
    "n": "north",
    "s": "south",
    "e": "east",
    "w": "west",
    "ne": "north east",
    "nw": "north west",
    "se": "south east",
    "sw": "south west",
    "gtr": "greater",
    "staffs": "staffordshire",
    "glos": "gloucestershire",
    "gloucs": "gloucestershire",
    "lincs": "lincolnshire",
    "herts": "hertfordshire",
    "beds": "bedfordshire",
    "bucks": "buckinghamshire",
    "cambs": "cambridgeshire",
    "lancs": "lancashire",
    "notts": "nottinghamshire",
    "leics": "leicestershire",
    "northants": "northamptonshire",
    "wilts": "wiltshire",
    "oxon": "oxfordshire",
    "worcs": "worcestershire",
    "warks": "warwickshire",
    "derbys": "derbyshire",
    "berks": "berkshire",
    "hants": "hampshire",
    "yorks": "yorkshire",
    "pembs": "pembrokeshire",
    "carms": "carmarthenshire",
    "glam": "glamorgan",
    "shrops": "shropshire",
    "salop": "shropshire",
}


def _written_out(key: str) -> str:
    """``key`` (normalised) with its short words written out ("s glos" -> "south
    gloucestershire"); "" when it has none."""
    words = key.split()
    full = [_SHORT_WORDS.get(word, word) for word in words]
    return " ".join(full) if full != words else ""


#: joining words after the first part of a town's name ("Newcastle-under-Lyme", "Stratford-
#: upon-Avon", "Leigh-on-Sea"): a sizeable town so named shares the first part's name
_JOINING = ("upon", "under", "on", "in", "by")
#: a misspelt county after a town ("bridport dorsett", "ludlow shropshre"): this close
QUALIFIER_FUZZY = 80


#: words before a London or metropolitan borough's name ("Royal Borough of Greenwich")
_COUNCIL_PREFIXES = (
    "royal borough of ",
    "london borough of ",
    "metropolitan borough of ",
    # (ninth walk-through F6.7) Welsh councils' own names, in English and in Welsh: "City and
    # County of Swansea", "Cyngor Bwrdeistref Sirol Conwy", "Dinas a Sir Abertawe"
    "city and county of ",
    "county borough of ",
    "cyngor bwrdeistref sirol ",
    "cyngor dinas a sir ",
    "cyngor sir ",
    "cyngor ",
    "bwrdeistref sirol ",
    "dinas a sir ",
)


def _strip_council_words(text: str) -> str:
    for prefix in _COUNCIL_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :]
    for suffix in _COUNCIL_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _distinguishing(key: str) -> set[str]:
    return set(key.split()) & _DISTINGUISHING


#: the district numbers kept for PO boxes and large organisations ("B99", "BN99", "S98")
_NON_GEOGRAPHIC = re.compile(r"^[A-Z]{1,2}9[89]$")


def _status(place: Place) -> LocationStatus:
    return LocationStatus.FOUND if place.covered else LocationStatus.NOT_COVERED


def _outside_uk(key: str) -> str:
    """The name outside England and Wales that a typed place is, or begins or ends with
    ("paris france", "dublin ireland", "new york usa"); "" if none. Only asked once the whole
    text is not a place here, so "South Holland" stays a council."""
    if key in OUTSIDE_UK:
        return key
    words = key.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        head, tail = " ".join(words[:n]), " ".join(words[-n:])
        # (w39place) joined on as English places are ("holland on sea"): a place here; (third
        # place check) so is one named after it ("jersey marine", "scotland gate")
        named_after = len(words) == n + 1 and words[n] in _PLACE_ENDINGS
        if head in OUTSIDE_UK and words[n] not in _JOINING and not named_after:
            return head
        if tail in OUTSIDE_UK and words[-n - 1] not in _JOINING:
            # (third place check) "new jersey": another place again, abroad, not the island
            return key if words[:-n] == ["new"] else tail
    return ""


#: last words of place names here ("Jersey Marine", "Scotland Gate", "Ireland Wood")
_PLACE_ENDINGS = frozenset(
    {"marine", "gate", "wood", "bridge", "green", "hill", "end", "park", "cross", "common",
     "heath", "moor", "row", "lane", "street", "road", "farm", "village", "side", "bank"}
)  # fmt: skip


_BEFORE_PLACE = ("in", "near", "around", "at", "from", "nr", "yn", "yng", "ym", "ger")

#: a Welsh place name as it reads after "yng"/"ym"/"yn" (nasal mutation: "yng Nghaerdydd",
#: "ym Mangor") or after "i"/"o" (soft mutation: "o Gaerdydd"), and what it was before; tried
#: only when the words as typed are no place (fifth Welsh review, O1); (welsh20 F13) a name
#: that does not mutate after "i"/"o" ("i Abertawe", "o Wrecsam") is tried as it is, last
_UNMUTATE = {
    "yng": (("ngh", "c"), ("ng", "g")),
    "ym": (("mh", "p"), ("m", "b")),
    "yn": (("nh", "t"), ("n", "d")),
    "i": (("g", "c"), ("b", "p"), ("dd", "d"), ("d", "t"), ("f", "b"), ("f", "m"), ("l", "ll"),
          ("r", "rh"), ("", "g"), ("", "")),
    "o": (("g", "c"), ("b", "p"), ("dd", "d"), ("d", "t"), ("f", "b"), ("f", "m"), ("l", "ll"),
          ("r", "rh"), ("", "g"), ("", "")),
}  # fmt: skip


def _unmutated(key: str, before: str) -> list[str]:
    """The names a mutated Welsh place name may have been ("nghaerdydd" after "yng":
    "caerdydd")."""
    return [
        radical + key[len(mutated) :]
        for mutated, radical in _UNMUTATE.get(before, ())
        if key.startswith(mutated) and len(key) > len(mutated) + 2
    ]
