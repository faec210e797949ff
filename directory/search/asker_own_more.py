"""(probe 17, patterns 1 and 4) Someone worried about their own sexual thoughts or acts
towards children, in words the other ``asker_*`` tables did not read: a child's age or a
group of young people with no cue the tables knew ("thinking bout young boys in a sexual
way", "sexual interest in teenage girls", "thinking about meeting a 14 yo i met online, i
know its wrong"), the names for what they fear becoming ("worried im turning into a child
abuser"), the clinical words ("hebephilia"), a child of the family or a neighbour named with
an age by an adult ("22 and fancy my 14yo neighbour"), and in Welsh an urge or thoughts of
doing it to a relative ("meddyliau am gyffwrdd fy nai"), videos of child abuse ("fideos
cam-drin plant") and arrest for images of children ("wedi cael fy arestio am ddelweddau o
blant"). Never someone else's thoughts or acts ("my brother has thoughts about touching my
nephew"), nor what was done to the asker or their child, nor a child's own words about
someone their age. Over ``clean_text``'s words; used by ``asker.who_is_asking``."""

from __future__ import annotations

import re

from .asker_acts import (
    _CY_CHILD,
    _CY_DONE_TO_ME,
    _CY_HARMED,
    _CY_PICTURES,
    _DONE_TO_ME,
    _SOMEONE_NAMED,
    _URGE_AGED,
)
from .asker_acts import _CY_SOMEONE_ELSE as _CY_NAMED_BEFORE
from .asker_offended import own_offence_or_act
from .asker_own import _ABOUT_SOMEONE, _CSAM, _CY_SHOWN_TO_ME, _HARMED_SPEAKER, _SOMEONE_ELSE
from .asker_own_gaze import own_gaze
from .asker_own_general import own_in_general_words
from .asker_own_plain import own_in_plain_words
from .asker_own_said import own_thoughts_said_after
from .asker_own_theirs import own_thinking_more as own_thinking

#: "bout", "abt": about, as people type it
_ABOUT = re.compile(r"\b(?:bout|abt|abowt)\b")

#: an age under 18 said of someone ("14 yo", "13yr old", "15 year olds")
_MINOR_AGE = r"(?:[1-9]|1[0-7]) ?(?:yo|y o|yr old|yrs old|year old|years old)s?"
#: young people as a group, or a child said by age
_YOUNG_GROUP = (
    r"(?:(?:young|little|small|underage|younger|pre ?teen|teenage|teen|school) (?:boys|girls|"
    r"kids|children|teens|teenagers|lads|lasses|ones)|kids|children|minors|schoolgirls|"
    r"schoolboys|pre ?teens|under ?(?:1[0-8]|[1-9])s|" + _MINOR_AGE + r"(?: girls?| boys?)?)"
    r"(?: under ?(?:1[0-8]|[1-9]))?"
)
#: what the asker fears being or becoming, named of children
_OFFENDER = (
    r"(?:child (?:abuser|molester|sex offender|predator|rapist)|kiddy fiddler|kiddie fiddler|"
    r"sex offender|nonce|paedo\w*|pedo\w*|hebephile)"
)
_SELF_AS = re.compile(
    r"\b(?:im|i am|i m|am i|i might be|could i be|i may be|i could be|i think im|i think i am|"
    r"i feel like im|scared im|afraid im|worried im)(?: (?:turning into|becoming|already|really|"
    rf"actually))? (?:an? )?{_OFFENDER}\b"
    r"|\b(?:i|ill|i ll)(?: (?:might|could|will|may|am going to|m going to|am gonna|m gonna))? "
    rf"(?:turn into|become|end up) (?:an? )?{_OFFENDER}\b"
)
#: the clinical words, said alone ("hebephilia treatment")
_CLINICAL = re.compile(r"\b(?:hebephil\w*|ephebophil\w*|paedophilic|pedophilic|pedohebephil\w*)\b")
#: thoughts of young people called sexual: "cant stop thinking about young boys in a sexual
#: way" (never "thinking about kids being sexually abused")
_THOUGHTS_SEXUAL = re.compile(
    r"\b(?:thinking|thoughts|think|thought|fantasi\w*|dreaming|dreams|daydream\w*) (?:about|of) "
    rf"{_YOUNG_GROUP}(?: (?!(?:being|been|getting|who|that|are|were|was|is|get|got)\b)\w+){{0,2}}?"
    r" (?:in a sexual way|sexually|in that way|that way|in a sexy way|in the wrong way)\b"
    # "sexual interest in teenage girls", "sexually attracted to under 16s"
    r"|\bsexual(?:ly)? (?:attracted|attraction|interest|interested|feelings|fantasies|urges|"
    rf"desires?) (?:to|in|towards|for|about|by) {_YOUNG_GROUP}\b"
)
#: wanting or thinking of meeting, or sleeping with, someone whose age under 18 is said
_MEETING = re.compile(
    r"\b(?:thinking about|think about|want to|wanna|going to|gonna|planning to|plan to|planned "
    r"to|arranged to|about to|tempted to|trying to|keen to|desperate to|cant stop thinking "
    r"about) (?:meet\w*|meet up with|meeting up with|sleep\w* with|hook\w* up with|"
    rf"have sex with|having sex with|date|dating|kiss\w*) (?:a |an |this |the |my )?{_MINOR_AGE}\b"
)
#: a wish to stop looking at sexual images of children, said first ("help to stop viewing
#: sexual images of under 18s and how to tell my partner": whoever is named after is told)
_STOP_VIEWING = re.compile(
    r"\b(?:help (?:me )?(?:to )?stop|how (?:do i|to|can i|would i) stop|(?:want|need|trying|try) "
    r"to stop|wanna stop) (?:\w+ ){0,2}?" + _CSAM + r"\b"
)
#: (twenty-eighth walk-through F1) looking at "stuff" or "things" about children, said of
#: oneself, with words that say it is wrong or a wish to stop (``_WRONG``): "16yo, been
#: looking at stuff online about kids i shouldnt, want to stop", (w36teen) "been checking out
#: clips with kids in them, want to quit" (not "looking at things for my children", which says
#: neither)
_VAGUE_VIEWING = re.compile(
    r"(?:^|\b(?:i|ive|i ve|have|been|keep|kept|cant stop|can t stop)\s)(?:been |keep |kept )?"
    r"(?:look(?:ed|ing)? at|watch(?:ed|ing)?|view(?:ed|ing)?|search(?:ed|ing)? for|"
    r"check(?:ed|ing)? out|brows(?:ed|ing)|download(?:ed|ing)?) (?:\w+ ){0,2}?(?:stuff|things|"
    r"sites|websites|content|videos|vids|clips|films|pics|pictures|photos|images|material)"
    r"(?: \w+){0,3}? "
    r"(?:about|of|with|involving) (?:young |little |younger |underage )?(?:kids|children|"
    r"child|minors)\b"
)
#: (judged48, w49online) an adult's own viewing of things online said with no child named, with
#: words that say it is wrong or a wish to stop (``_WRONG``): "been looking at things online i
#: shouldnt, need to stop", "cant stop watching stuff on the internet i know is wrong": the
#: worry Stop It Now's line is for (not "looking at things online for my kids")
_ONLINE_VIEWING = re.compile(
    r"(?:^|\b(?:i|ive|i ve|have|been|keep|kept|cant stop|can t stop)\s)(?:been |keep |kept )?"
    r"(?:look(?:ed|ing)? at|watch(?:ed|ing)?|view(?:ed|ing)?|search(?:ed|ing)? for|"
    r"brows(?:ed|ing)|download(?:ed|ing)?) (?:\w+ ){0,2}?(?:stuff|things|sites|websites|"
    r"content|videos|vids|clips|pics|pictures|photos|images|material)(?: \w+){0,3}? (?:online|"
    r"on the internet|off the internet|on the web|on the dark web|on my phone|on my laptop|"
    r"on my computer)\b"
)
#: fancying, or a crush on, someone whose age under 18 is said
_FANCY = re.compile(
    r"\b(?:fancy|fancies|fancied|a crush on|crush on|in love with|fell for|falling for|"
    r"fallen for|lust after|lusting after|obsessed with) (?:my |a |an |this |the |our )?"
    rf"{_MINOR_AGE}\b"
)
#: words that say it is wrong, or a wish to stop, in the many ways people say stopping
#: (w36teen: "want to quit", "need to pack it in", "trying to give it up", "get off it"; not
#: stopping something else: "need to stop spending", "want to stop being a nurse")
_WRONG = re.compile(
    r"\b(?:wrong|illegal|shouldnt|should not|stop me|stop myself|help me stop|not ok|not okay|"
    r"not right|ashamed|guilty|disgusted with myself)\b"
    r"|\b(?:want|need|wanna|trying|try|tryna|got|have|going|gonna|how do i|how can i|how to|"
    r"help me|help to|cant|can t|cannot) (?:to )?(?:(?:stop|quit)(?! (?!watching|looking|viewing|"
    r"downloading|browsing|searching|checking)\w+ing\b)|pack (?:it|this|that) in|give "
    r"(?:it|this|that|them) up|get off (?:it|this|that|them)|cut (?:it|this|that) out|kick "
    r"(?:it|the habit)|break the habit)\b"
)
#: an adult's own age said in passing: "18 and …", "me 24 …", "…, 19m", "married man"
_ADULT_SAID = re.compile(
    r"^(?:me |im |i m |i am )?(?:1[89]|[2-9]\d)(?: ?(?:m|f|male|female|yo|y o|yrs? old|"
    r"years? old))?(?: and| now|$)"
    r"|\b(?:1[89]|[2-9]\d) ?(?:m|f|male|female)$|\b(?:me|im|i am|i m) (?:1[89]|[2-9]\d)\b"
    r"|^(?:a |im a |i am a )?(?:married|grown|adult|middle aged) (?:man|woman|guy|bloke)\b"
)

# --- Welsh ---
#: thoughts of, or an urge for, doing it to a child or a relative: "mae gen i feddyliau am
#: gyffwrdd fy nai", "ysfa i gam-drin plentyn"
_CY_THINKING_OF_DOING = re.compile(
    r"\b(?:meddyliau|feddyliau|ffantasiau|ysfa|awydd|chwant|meddwl|feddwl) (?:\w+ )?(?:am|i) "
    r"(?:gyffwrdd|cyffwrdd|gam drin|cam drin|camdrin|gamdrin|gusanu|cusanu|molestio|ymyrryd)"
    rf"(?: a| ag| efo| gyda)? {_CY_CHILD}"
)
#: someone else named first as whose thoughts they are ("mae gan fy mrawd…", "mae e'n…")
_CY_SOMEONE_ELSE = re.compile(
    r"\b(?:ganddo|ganddi|ganddyn|ganddynt|gan (?:fy|ei|ein|eu|e|o|hi|y)|mae (?:fy|ei|ein|eu|e|o|"
    r"hi|nhw|ef|fe|fo|y|r)|maen|mae n|roedd|oedd|wnaeth|mrawd|ngwr|nhad|ewythr|cymydog)\b"
)
#: videos or images of child abuse ("fideos cam-drin plant"), as the English "child abuse
#: videos"
_CY_ABUSE_MEDIA = re.compile(
    r"\b(?:lluniau|luniau|delweddau|ddelweddau|fideos|fideo|ffilmiau|deunydd|ddeunydd) (?:o )?"
    r"(?:gam drin|cam drin|camdrin|cham drin|gamdrin) (?:rh?ywiol )?(?:plant|blant|phlant)\b"
)
#: arrested, caught or questioned, said of oneself ("fy arestio"), for images of children
_CY_ARRESTED = re.compile(
    r"\bfy (?:arestio|harestio|holi|nghyhuddo|nghyfweld|rhybuddio|nal|dal)\b(?: \w+){0,3}? "
    r"(?:am|ar ol|oherwydd|ynghylch|gyda|efo|yn edrych ar) (?:\w+ )?(?:ddelweddau|delweddau|"
    r"luniau|lluniau|fideos|gynnwys|cynnwys|negeseuon)\b(?: \w+){0,3}? "
    r"(?:o blant|o blentyn|plant|blant|anweddus)\b"
)
#: pictures of the asker ("ohona i"): what was done to them, not what they looked at
_CY_OF_ME = re.compile(r"\b(?:ohona i|ohona fi|ohonof)\b")
#: (w36teen) a wish to stop, as people write it ("isio stopio", "rhoi'r gorau iddi": give it
#: up, with the apostrophe gone "rhoir gorau"), or that it is wrong ("anghywir", "cywilydd")
_CY_QUIT = re.compile(
    r"\b(?:stopio|stopion|peidio|rhoir gorau|rhoi r gorau|rhoi gorau|roir gorau|methu stopio|"
    r"anghywir|cywilydd)\b"
)
_CY_FOR_THEM = re.compile(
    r"\b(?:iddo|iddi|iddyn|iddynt|i fo|i hi|i nhw) (?:\w+ )?(?:stopio|beidio|peidio|roir gorau)\b"
)


def _cy_quitting(cleaned: str) -> bool:
    """(w36teen) Looking at things with children in them, said by nobody else named before,
    with a wish to stop ("dwi di bod yn gwylio pethau efo plant ynddyn nhw, isio rhoi'r gorau
    iddi"), a young person's too; never shown, sent or made to watch ("gwneud i fi wylio")."""
    found = re.search(_CY_PICTURES, cleaned)
    if found is None or _CY_NAMED_BEFORE.search(cleaned[: found.start()]):
        return False
    if found[0].startswith(("gweld", "weld")) or _CY_FOR_THEM.search(cleaned):
        return False  # (saw them; "isio iddo stopio": wants him to stop)
    if any(p.search(cleaned) for p in (_CY_OF_ME, _CY_SHOWN_TO_ME, _CY_DONE_TO_ME, _CY_HARMED)):
        return False
    return _CY_QUIT.search(cleaned) is not None


def _mine(pattern: re.Pattern[str], cleaned: str, someone: re.Pattern[str]) -> bool:
    """``pattern`` is found with nobody else named before it as whose it is."""
    found = pattern.search(cleaned)
    return found is not None and not someone.search(cleaned[: found.start()])


def _urge_aged(cleaned: str, age: int | None) -> bool:
    """Sexual thoughts or urges about a child said by age (``asker_acts._URGE_AGED``: "i
    fantasise about my 12 year old cousin"), never someone else's named just before ("my
    stepdad was turned on by a 12 year old"), nor a young person's about someone near their
    own age ("im 14 and attracted to a 15 yo")."""
    found = _URGE_AGED.search(cleaned)
    if found is None or _SOMEONE_NAMED.search(" ".join(cleaned[: found.start()].split()[-3:])):
        return False
    other = re.search(r"\d{1,2}", found[0])
    return age is None or age >= 18 or other is None or int(other[0]) < age - 2


def _welsh_own(cleaned: str, age: int | None) -> bool:
    if (age is not None and age < 18) or _CY_OF_ME.search(cleaned):
        return False  # (a child who saw or sent pictures, or was photographed)
    if _CY_ARRESTED.search(cleaned):
        return True  # ("… pa gymorth sydd i fi": help for me, not shown to me)
    if _CY_DONE_TO_ME.search(cleaned):
        return False
    if _CY_SHOWN_TO_ME.search(cleaned):
        return False
    if _mine(_CY_THINKING_OF_DOING, cleaned, _CY_SOMEONE_ELSE):
        return True
    return bool(_CY_ABUSE_MEDIA.search(cleaned) and not _CY_SOMEONE_ELSE.search(cleaned))


def own_in_more_words(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own sexual thoughts or acts towards children in the words
    above; never what was done to them, nor someone else's, nor (where it turns on a child's
    age said of the other) a child's own words."""
    if own_thoughts_said_after(cleaned, age) and not _HARMED_SPEAKER.search(cleaned):
        return True  # (w48own) "sexual thoughts i get about kids make me feel sick"
    if _HARMED_SPEAKER.search(cleaned) or _DONE_TO_ME.search(cleaned):
        return False
    if _urge_aged(cleaned, age) or own_in_plain_words(cleaned, age):  # (probe 18)
        return True
    if own_gaze(cleaned, age):  # (walk42 F3) "looking at kids … in a way that scares me"
        return True
    if own_thinking(cleaned, age):  # (walk44 F2) "thinkin things bout little kids i no r wrong"
        return True
    if own_offence_or_act(cleaned, age):  # (probe 19) "released for sex offences", "my 8yo niece"
        return True
    if _cy_quitting(cleaned):  # (w36teen) "…efo plant ynddyn nhw, isio stopio"
        return True
    if _welsh_own(cleaned, age) or own_in_general_words(cleaned, age):  # (probe 20)
        return True
    cleaned = _ABOUT.sub("about", cleaned)
    if _mine(_SELF_AS, cleaned, _SOMEONE_ELSE) or _mine(_THOUGHTS_SEXUAL, cleaned, _SOMEONE_ELSE):
        return True
    if _mine(_STOP_VIEWING, cleaned, _SOMEONE_ELSE):
        return True
    if _mine(_VAGUE_VIEWING, cleaned, _SOMEONE_ELSE) and _WRONG.search(cleaned):
        return True
    if _CLINICAL.search(cleaned) and not _ABOUT_SOMEONE.search(cleaned):
        return True
    if age is not None and age < 18:
        return False  # (a child's own words about someone their age)
    if _mine(_ONLINE_VIEWING, cleaned, _SOMEONE_ELSE) and _WRONG.search(cleaned):
        return True  # (judged48) "24, male, been looking at things online i shouldnt"
    adult = (age is not None) or _ADULT_SAID.search(cleaned) is not None
    for pattern in (_MEETING, _FANCY):
        if _mine(pattern, cleaned, _SOMEONE_ELSE) and (adult or _WRONG.search(cleaned)):
            return True
    return False
