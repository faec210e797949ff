"""(w48own; sixteenth Welsh review F4, F5) Welsh words that name a language the way Welsh says
them and ``languages.LANGUAGES``'s names miss: a name after "a" ("and") or "ei" ("her") takes
the aspirate mutation ("Rwseg a Phwyleg", "Arabeg a Chwrdeg", "Sbaeneg a Thyrceg"); and a
nationality ("mae mam yn Bwylaidd") or a country ("mae hi'n dod o Wlad Pwyl"), which, like an
English nationality ("my mum is Polish"), names the language only when little English is said.
Folded as ``clean_text`` folds them; each maps to the language's English name."""

from __future__ import annotations

#: a language's Welsh name with the aspirate mutation (P→Ph, C→Ch, T→Th)
ASPIRATE_NAMES: dict[str, str] = {
    "phwyleg": "Polish",
    "phwnjabeg": "Punjabi",
    "phwnjabi": "Punjabi",
    "phortiwgaleg": "Portuguese",
    "phashto": "Pashto",
    "phersieg": "Farsi",
    "pherseg": "Farsi",
    "chwrdeg": "Kurdish",
    "chantoneg": "Cantonese",
    "chantoneeg": "Cantonese",
    "thyrceg": "Turkish",
    "thwrceg": "Turkish",
    "thamileg": "Tamil",
    "thamil": "Tamil",
    "thigrinya": "Tigrinya",
    "thagalog": "Tagalog",
}

#: Welsh nationalities, radical and soft-mutated (after "yn": "mae mam yn Bwylaidd"), and "from
#: <country>" with the soft mutation "o" takes ("o Wlad Pwyl", "o Dwrci", "o Bortiwgal")
NATIONALITIES: dict[str, str] = {
    "pwylaidd": "Polish",
    "bwylaidd": "Polish",
    # (seventeenth Welsh review F8) the person, not the adjective: "mae mam yn Bwyles" (a
    # Polish woman), "Pwyliad" (a Pole), "Sbaenes"/"Sbaenwr", "Eidales"/"Eidalwr"
    "pwyles": "Polish",
    "bwyles": "Polish",
    "pwyliad": "Polish",
    "bwyliad": "Polish",
    "sbaenes": "Spanish",
    "sbaenwr": "Spanish",
    "eidales": "Italian",
    "eidalwr": "Italian",
    "rwmanaidd": "Romanian",
    "lithwanaidd": "Lithuanian",
    "latfiaidd": "Latvian",
    "bwlgaraidd": "Bulgarian",
    "fwlgaraidd": "Bulgarian",
    "tyrcaidd": "Turkish",
    "dyrcaidd": "Turkish",
    "cwrdaidd": "Kurdish",
    "gwrdaidd": "Kurdish",
    "somaliaidd": "Somali",
    "portiwgeaidd": "Portuguese",
    "bortiwgeaidd": "Portuguese",
    "portiwgalaidd": "Portuguese",
    "bortiwgalaidd": "Portuguese",
    "sbaenaidd": "Spanish",
    "rwsiaidd": "Russian",
    "wcreinaidd": "Ukrainian",
    "hwngaraidd": "Hungarian",
    "tsiecaidd": "Czech",
    "slofacaidd": "Slovak",
    "eidalaidd": "Italian",
    "ffrengig": "French",
    "almaenig": "German",
    "fietnamaidd": "Vietnamese",
    "nepalaidd": "Nepali",
    "o wlad pwyl": "Polish",
    "o rwmania": "Romanian",
    "o lithwania": "Lithuanian",
    "o latfia": "Latvian",
    "o fwlgaria": "Bulgarian",
    "o dwrci": "Turkish",
    "o somalia": "Somali",
    "o bortiwgal": "Portuguese",
    "o sbaen": "Spanish",
    "o rwsia": "Russian",
    "or wcrain": "Ukrainian",
    "o hwngari": "Hungarian",
    "o albania": "Albanian",
    "o slofacia": "Slovak",
    "or eidal": "Italian",
    "o ffrainc": "French",
    "or almaen": "German",
    "o fietnam": "Vietnamese",
    "o nepal": "Nepali",
}
