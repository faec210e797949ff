"""(w49cy, eighteenth Welsh review F8) A sexual assault said the Welsh way with "ymosod"
(attack) and "yn rhywiol" (sexually) apart: "ymosododd dyn arna i'n rhywiol nos Sadwrn" (a
man sexually assaulted me on Saturday night), "ymosodwyd arna i'n rhywiol neithiwr" (I was
sexually assaulted last night). The thesaurus reads "ymosodiad rhywiol" (a sexual assault),
whose words come together; these, whose words do not, were read as nothing at all: no
recent-assault warning, "we could not find a service for those words", and no SARC among
the cards, where "someone sexually assaulted me on Saturday night" brings all three.

Over ``clean_text`` (lower case, no apostrophes: "i'n" is "in").
"""

from __future__ import annotations

import re

from .apostrophes_cy import WAS_I_CY

#: ymosod (attack) in any tense or person, with "yn rhywiol" (sexually) a few words on
#: ("ymosododd fy nghymydog arna i'n rhywiol"), or "ymosodiad ... rhywiol"; "hymosod" after
#: "ei" ("cafodd ei hymosod yn rhywiol": she was sexually attacked)
_ATTACKED_CY = (
    r"\b(?:ymosod|ymosododd|ymosodwyd|ymosodon|ymosodasant|ymosodiad|hymosod"
    r"|hymosododd)\b(?: \w+){0,5}? (?:n )?(?:rhywiol|rywiol)\b"
)
#: (w50cymore, twentieth Welsh review F8) "rapio", the borrowed verb young people use, with
#: whatever comes before it: "ges i fy rapio" (I got raped), "ma fe di rapio fi" (he's raped
#: me), "nath e rapio fi" (he raped me), "cafodd hi ei rapio" (she was raped)
_RAPED_CY = (
    r"\b(?:rapio|rapo|rapiodd|rapiwyd|reipio|reipiodd|reipo"
    # (w56cy, welsh23 F3) "rapeio", "reepio" as the English "rape" is typed into Welsh
    r"|rapeio|rapeiodd|rapeiwyd|rapeo|reepio|raepio|reapio)\b"
)
#: (w56cy, welsh23 F3) spiked, drugged or pricked with a needle: "ges i fy sbeicio", "ges i'n
#: sbeicio", "ces i fy mhigo yn y clwb", "gafodd hi ei drygio" (as "i got spiked"); pricked
#: only where people go out, not stung or injected ("fy mhigo gan wenynen", "yn y feddygfa")
_SPIKED_CY = (
    r"\b(?:ges|gesi|ces|cesi|gath|gafodd|cafodd|wedi cael|di cael|nes i gael|wnes i gael)"
    r"(?: i| e| o| fe| hi| in)?(?: fy| n| ei| y)? (?:(?:sbeicio|sbeico|spikio|spicio|spiko"
    r"|sbeicion|nrygio|drygio|thrygio|drugio|nrugio)\b"
    # pricked with a needle where people go out, not an injection or a wasp's sting
    r"|(?:mhigo|phigo|pigo)(?: \w+){0,3}? (?:clwb|club|parti|party|bar|dafarn|tafarn|gig|noson"
    r"|dre|gwyl|festival)\b)"
    # (w59cydanger, welsh24 F7) a drug put in their drink: "rhoi cyffur yn fy niod", "rhoddodd
    # rhywun rywbeth yn fy nrinc", "sbeicio fy niod"
    r"|\b(?:rhoi|roi|rhoid|roid|rhoddodd|roddodd|rhoddwyd|slipio|sleifio|sbeicio|spikio|drygio)"
    r"(?: \w+){0,3}? (?:yn|i mewn i|mewn|i) (?:fy|n|y) ?(?:niod|diod|nrinc|drinc|ngwin|nghwrw"
    r"|ngwydr|ngwydryn|fodca|jin|coctel)\b"
    r"|\b(?:sbeicio|spikio|drygio|sbeicion|sbeicior)(?: fy| n| y)? ?(?:niod|diod|nrinc|drinc)\b"
)
#: ... and "slept with me" when drunk or unwilling: "nath o gysgu efo fi pan on in feddw"
#: (he slept with me when I was drunk), "cysgu gyda fi a finne ddim isio" (did not want to)
_SLEPT_UNWILLING_CY = (
    r"\b(?:cysgu|gysgu|chysgu) (?:efo|gyda|hefo|da) (?:fi|mi)\b(?: \w+){0,6}? "
    r"(?:feddw|meddw|nfeddw|chwil|ddim isio|ddim eisiau|ddim moyn|ddim am|anymwybodol|cysgu)\b"
)
#: (w54cydanger, welsh22 F4) sex had, in the past, said with no consent after it: "nath o gael
#: rhyw efo fi pan o'n i'n rhy feddw i ddeud na", "ges i secs heb gytuno", "mae o wedi cael
#: secs gyda fi heb fy nghaniatâd"; never consent said ("cael rhyw efo fy nghariad"), nor
#: sex not wanted yet ("dw i ddim isio cael rhyw eto": the "no" comes before, not after)
_HAD_SEX_CY = (
    r"\b(?:(?:nath|naeth|wnaeth|ddaru|wedi|di) (?:\w+ ){0,2}?(?:cael|gael)|ges|gesi|ces|gath|"
    r"gafodd|cafodd|gafon|gawson|gawsom) (?:i |e |o |fe |fo |hi |nhw )?(?:rhyw|ryw|secs|sex)\b"
)
_NO_CONSENT_CY = (
    r"(?:heb (?:fy |roi |roi fy |i mi |i fi )?(?:gytuno|cytuno|ganiatad|caniatad|nghaniatad)"
    r"|rhy (?:feddw|chwil|gysglyd|ofnus) i|n feddw|yn feddw|nfeddw|yn chwil|n chwil|anymwybodol"
    r"|yn cysgu|n cysgu|ddim isio|ddim isho|ddim eisiau|ddim eisie|ddim moyn|ddim am"
    r"|(?:deud|ddeud|dweud|ddweud|deudis|ddeudis|ddeudes|dwedais|ddwedes) na"
    r"|yn erbyn fy ewyllys|gorfodi|orfodi|ngorfodi"
    # (w56cy, welsh23 F3) when or while I was drunk or asleep: "pan o'n i'n feddw", "tra o'n
    # i'n cysgu" (cleaned "pan on in feddw")
    rf"|(?:pan|tra|a|ac|achos) {WAS_I_CY} (?:rhy |mor |hollol |wedi )?(?:feddw|meddw|chwil"
    r"|cysgu|gysgu|anymwybodol|hanner cysgu|pasio allan|paso allan))"
)
_SEX_UNWILLING_CY = rf"{_HAD_SEX_CY}(?: \w+){{0,8}}? {_NO_CONSENT_CY}\b"
#: a sexual attack said the Welsh way (over ``clean_text``)
ATTACKED_SEXUALLY_CY = (
    f"(?:{_ATTACKED_CY}|{_RAPED_CY}|{_SLEPT_UNWILLING_CY}|{_SEX_UNWILLING_CY}|{_SPIKED_CY})"
)
_ATTACKED = re.compile(ATTACKED_SEXUALLY_CY)

#: (w50cymore, twentieth Welsh review F8) the weekend said bare or borrowed, as "the weekend"
#: is in English: "ges i fy rapio penwythnos", "ges i nhreisio wicend", "y wicend dwetha";
#: never "bob penwythnos" (every weekend), a habit
#: (w54cydanger, welsh22 F4) and "penwsos", "penwthnos" as the weekend is said and typed
#: (w64cy, welsh26 F3) "gynne" / "gynnau" (a while ago, earlier today), as "earlier" is read;
#: and waking to it, told as one event, as "woke up" is: "ges i fy sbeicio a deffro mewn fflat"
#: (I was spiked and woke in a flat), "ddeffrais i", "dihunes i" (never "bob tro dwi'n deffro")
WHEN_CY = (
    r"(?<!bob )(?<!pob )(?:penwythnos|penwsos|penwthnos|wicend|wicends|wiccend"
    r"|gynne|gynnau|gynna|ynghynt|jyst nawr|jest nawr|jyst rwan|jest rwan"
    r"|(?:a|ac wedyn|wedyn|a wedyn|nes i|wnes i|mi wnes i) (?:deffro|ddeffro|dihuno|ddihuno)"
    r"|deffrais|deffres|ddeffrais|ddeffres|dihunais|dihunes|ddihunais|ddihunes)"
)


def with_attacked_sexually(names: list[str], cleaned: str) -> list[str]:
    """``names`` (concept names) with "rape" (rape and sexual assault) when ``cleaned`` tells
    of a sexual attack the Welsh way (``ATTACKED_SEXUALLY_CY``) and no concept said so."""
    if "rape" in names or not _ATTACKED.search(cleaned):
        return names
    return [*names, "rape"]
