"""Words of suicide, self-harm or ending one's life (``SUICIDE_SAID``), read by ``crisis`` to
bring the lines for thoughts of suicide into the talk box, and by ``suggest`` so that such a
word is never offered a "spelling correction" (w62life, check62 F1: "unaliving tonight sorry"
was offered "Search with the spelling corrected: 'living'", a suicide note turned into its
opposite).
"""

from __future__ import annotations

import re

from .asker import Asker
from .everyday_said import NOT_REALLY_DYING, WAKE_AT_A_TIME

#: words of suicide, self-harm or ending one's life over ``clean_text`` (lower case, no
#: apostrophes: "cant"), with the misspellings and text-speak people use; Welsh after the
#: English. (w37adult, thirty-first walk-through F3) Only these bring a line for anyone
#: struggling to cope (Samaritans, Shout) into the talk box: words of distress alone
#: ("falling apart", "struggling", "cant cope", "a mess", "breaking down", "in pieces",
#: "dwi'n chwalu", "methu ymdopi") did for some wordings and not for others, and a man who
#: said he was falling apart read Samaritans in his talk box as a suicide line he had given no
#: reason for (``crisis._DISTRESS`` now orders the national cards only). Borderline, kept here:
#: "cant go on", "cant carry on", "cant keep going" (and "methu cario mlaen", "methu mynd
#: ymlaen"), which speak of not going on living at all, the way people most often say it
#: without the word; a missed line costs more there than an unneeded one. "Cant take it any
#: more", "cant do this any more", "hopeless", "rock bottom", "in a dark place" and panic are
#: distress, not this.
SUICIDE_SAID = re.compile(
    # suicide, killing or hurting oneself, self-harm, an overdose
    r"\b(?:suicid|sucid|suicd|siucid|suiside|suacid)\w*|\bunaliv(?:e|es|ed|ing|in)\b|\bkms\b"
    r"|\b(?:kill|killing|killin|kil|end|ending|hurt|hurting|hurtin|harm|harming|cut|cutting"
    r"|cuttin|starve|starving) (?:my ?self|me self|my life|my own life|it all)\b"
    r"|\b(?:take|taking|takin) my (?:own )?life\b|\bself ?harm\w*|\bslit my wrists?\b"
    rf"|\b(?:want|wanting|wanna|wana|wnt|wan)(?: to| 2| too)? die\b{NOT_REALLY_DYING}"
    r"|\bwish i (?:was|were) dead\b|\bwish i (?:wasnt|werent) (?:here|alive|born)\b"
    r"|\bwish i could (?:die|disappear)\b"
    r"|\b(?:better off|rather be) dead\b|\bno (?:reason|point) (?:in |to )?(?:living|live)\b"
    r"|\b(?:dont|don t|do not|dnt|dont really) (?:want|wanna|wana)(?: to| 2)? "
    rf"(?:live|be alive|exist|wake up|be here)\b{WAKE_AT_A_TIME}"
    r"|\bover ?dos\w*|\btook (?:an |all (?:my|the) )?"
    r"(?:overdose|pills|tablets)\b"
    # not able to go on (the borderline, above)
    r"|\b(?:cant|can t|cannot|can not|cnt|carnt) (?:go on|carry on|keep going)\b"
    # Welsh: eisiau marw (want to die), lladd fy hun (kill myself), hunanladdiad (suicide),
    # hunan-niweidio (self-harm), methu cario mlaen / mynd ymlaen (cannot go on), gorddos
    # (overdose)
    r"|\b(?:eisiau|isio|isie|ishe|eisie|moyn|mo yn) (?:marw|lladd fy hun|ladd fy hun)\b"
    # (welsh19 F2, F3) cymryd fy mywyd (take my life); dwi'm isio byw, sai moyn byw (I do not
    # want to live)
    r"|\b(?:cymryd|gymryd|chymryd) fy (?:mywyd|mywyd fy hun)\b"
    r"|\b(?:ddim|dim|dwim|sa i|sai|smo fi|so fi) (?:eisiau|isio|isie|ishe|eisie|moyn|mo yn) "
    r"(?:byw|fyw)\b"
    r"|\b(?:lladd|ladd|niweidio|brifo|frifo|anafu|torri|dorri) (?:fy hun|fy hunan|n hun)\b"
    r"|\bhunan ?laddiad\w*|\bhunanladd\w*|\bhunan ?niwed\w*"
    r"|\b(?:methu|ddim yn|dim yn|ffaelu|ffili|methu a) (?:cario (?:mlaen|ymlaen)|mynd ymlaen)\b"
    r"|\bgorddos\w*"
)


def suicide_word(word: str) -> bool:
    """``word`` (one word, ``clean_text``) is a word of suicide on its own ("unaliving",
    "suicidal", "kms", "hunanladdiad"): never "corrected" to another word."""
    return bool(SUICIDE_SAID.search(word))


def speaks_of_suicide(asker: Asker, cleaned: str) -> bool:
    """The words (``clean_text``) speak of suicide, self-harm or ending one's life
    (``Asker.suicidal``, or ``crisis_words.SUICIDE_SAID`` in English or Welsh); not of
    distress alone."""
    return asker.suicidal or bool(SUICIDE_SAID.search(cleaned))
