"""(w57suicide, check59 finding 2) One's own suicide said as a goodbye, a plan or a way other
than pills: "bye everybody", "this is goodbye, love you all", "ive worked out when im going
to do it", "how do you hang yourself", "how far do you have to fall to die", "easiest way out
of it all", Welsh "ffarwel bawb" (goodbye all). Each brought no warning and, for most, no
Samaritans: "goodbye everyone" read "We could not find a service for those words".

Two readings:

- ``farewell_warned`` (a goodbye said to everyone, "this is goodbye", a plan of "it" made or
  known, how to hang oneself, how long dying by hanging takes, how high or far a fall must be
  to die, the quickest way out with nothing after, "i want it over" after not being able to
  take something any more): "If your life is at risk now, call 999 or go to A&E"
  (``suicide_intent.own_intent``) and Samaritans first (``suicide_acts.plan_or_act``). Why the
  warning: each says a way or a plan or a last word, the signs the NHS and Samaritans put 999
  first for, as "i have said goodbye to everyone" and "how many pills to die" already had it;
  the warning is a condition ("if your life is at risk now"), true whenever it shows.
- ``farewell_said`` adds "i want it (all) over" said alone: Samaritans first, no warning, as
  "i want it all to end" has (a wish for the pain to end, with no way and no plan said).

Not a goodbye with a meeting after it ("goodbye everyone, see you at school tomorrow"), a
leaving do, a house or a stream; not a plan to tell someone ("i have planned how to tell my
mum"), nor "how im going to do it" when the words name what ("report him", "tell the
police"); not a picture hung, a bridge's height asked alone ("how high is the humber
bridge"), the way out of a town or a building; not "over with" ("i want it over with, the
court case") or a case, a trial or exams; not someone else's ("my mum said goodbye to
everyone", read by ``others_*``).

(w59tonight, check60 finding 3) One's own suicide said as "it" with a time or a plan
(``_IT_TIMED``): "im going to do it tonight", "ill do it when everyone is asleep", "i have a
plan to do it", "ive planned it for saturday", "ive got a plan" said alone, Welsh "dwi'n mynd
i neud o heno", "dwi am ei neud o heno", "wna i o heno", "mae gen i gynllun": the warning and
Samaritans first, as "i am going to end it" has. Why a bare "it" is read as suicide: on a page
people come to in crisis, "it" with a time and nothing else said is how people say the act
without its word (check60 saw it typed four ways), and the warning is a condition ("if your
life is at risk now"). Why only when nothing else in the sentence says what "it" is
(``_DEED_NAMED``): "it" is everywhere, and a telling, a report, revision, a chore, a message or
friends named make it that ("im going to do it tonight, tell the police i mean" keeps 101 and
no warning; "ill do it tonight after my revision"); not a plan for something ("a plan for the
weekend", "a plan to tell my mum"), "do it again", "do it to him", nor someone else's ("he
will do it tonight").

Over ``clean_text`` (lower case, no apostrophes), a sentence at a time.
"""

from __future__ import annotations

import re

from .lexicon import clean_text
from .subject_other import someone_elses

#: where a sentence ends, in the words as typed (a comma too: "goodbye everyone, see you")
_SENTENCES = re.compile(r"[.!?;:\n]+")
_EVERYONE = (
    r"(?:every ?(?:one|body|1)|all|you all|all of you|yall|the world|world|cruel world|guys"
    r"|all my (?:friends|family|loved ones)|my (?:family|friends|loved ones))"
)
#: a goodbye to everyone, said as one's own last word: "goodbye everyone", "saying goodbye to
#: you all", "this is goodbye", "im saying my goodbyes"; Welsh ffarwel / hwyl fawr i bawb
_GOODBYE = (
    r"(?:^|\b(?:i|im|i m|i am|just|so|well|anyway|and|wanted to|want to|i want to|i wanted to"
    r"|need to|i need to|time to|its time to|i guess|guess)) ?(?:say(?:ing)? )?(?:my )?"
    r"(?:goodbye|good bye|goodbyes|bye|farewell)s?(?: to)? {_EVERYONE}\b"
    r"|\b(?:im|i m|i am) (?:saying|sayin) (?:my )?(?:goodbyes?|good byes?|farewells?)\b"
    r"|\bthis is (?:my )?(?:goodbye|good bye|farewell|the end|it for me)\b"
    r"|\b(?:ffarwel|hwyl fawr|hwyl) (?:i )?(?:bawb|pawb|chi gyd|chi i gyd|pawb ohonoch)\b"
    r"|\bdyma (?:fy )?(?:ffarwel|hwyl fawr)\b"
).replace("{_EVERYONE}", _EVERYONE)
#: a goodbye with a meeting, a place or a parting after it: not a last word
_PARTING = re.compile(
    r"\b(?:see (?:you|u|ya|yous)|c u|cya|tomorrow|tmrw|tomoz|next (?:week|time|year|month)"
    r"|later|soon|in the morning|back (?:on|in|at|next|soon)|holiday|school|college|uni|work"
    r"|job|leaving|moving|house|home|flat|stream|channel|server|group|chat|class|team|offline"
    r"|logging off|bed|goodnight|good night|nos da|wela i|welwn ni|yfory|fory|wythnos nesa"
    r"|ysgol|gwaith|ty|tŷ)\b"
)
#: a plan of "it" made or known: "ive planned how im going to do it", "i know when ill do it"
_PLAN_OF_IT = (
    r"\b(?:planned|worked out|decided|figured out|chosen|picked|know|knw|sorted)(?: exactly)?"
    r" (?:how|when|where|the way|the day|the date|the place)(?: (?:im|i m|i am|ill|i ll|i will"
    r"|i|to))?(?: (?:going to|gonna|goin to|gunna))? do it\b(?! (?:with|for|to|again|at work"
    r"|right|properly|better|differently))"
)
#: what "it" is, named: then a plan to tell, report or leave, not to die; (w59tonight) or
#: schoolwork, a chore, a message, sex, and the Welsh of these ("dweud", "heddlu", "gwaith
#: cartref", "adolygu")
_DEED_NAMED = re.compile(
    r"\b(?:tell|telling|told|report|reporting|police|confront|court|statement|leave|leaving"
    r"|escape|move out|moving out|exam|exams|interview|presentation|test|driving|homework"
    r"|speech|surprise|propose|wedding|disclose|disclosure|ask|asking"
    r"|i mean|revision|revise|revising|essay|coursework|assignment|project|deadline|work"
    r"|washing|cleaning|shopping|dishes|ironing|hoovering|call|ring|phone|text|message|email"
    r"|write|letter|apply|application|form|sign|post|upload|video|stream|sex|virginity"
    r"|break up|dump|chat|talk|speak|meet|visit|go out|party|birthday|haircut|hair|tattoo"
    r"|dweud|ddweud|heddlu|riportio|adrodd|gwaith cartref|waith cartref|gwaith ysgol|adolygu"
    r"|arholiad|arholiadau|prawf|traethawd|siarad|ffonio|tecstio|gadael|symud|swing|siglen"
    r"|tent|pabell|babell|boat|cwch|climb|climbing|dringo)\b"
    r"|\bwith (?:my |the |our )?(?:friends|mates|mum|mam|dad|class|team|family|boyfriend"
    r"|girlfriend|partner|sister|brother|him|her|them)\b"
)
#: (w59tonight, check60 finding 3) one's own suicide said as "it" with a time or a plan:
#: "im going to do it tonight", "ill do it when everyone is asleep"... see ``_IT_TIMED``
_WHEN_IT = (
    r"(?:tonight|tonite|2nite|today|tomorrow|tmrw|tomoz|now|right now|rn|this (?:evening"
    r"|weekend|week|afternoon)|at the weekend|(?:on |this |next |on the )?(?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)day(?: night)?|when (?:every ?(?:one|body)|they|my \w+|the house)"
    r"(?: \w+){0,2}? (?:asleep|gone|out|in bed|at work|sleeping)|before (?:morning|the morning"
    r"|tomorrow|they get back|anyone wakes up))\b"
)
_WHEN_IT_CY = (
    r"(?:heno|nos fory|fory|yfory|heddiw|nawr|rwan|rwan hyn|nawr hyn|penwythnos (?:yma|hwn)"
    r"|(?:nos|dydd) (?:lun|fawrth|fercher|iau|wener|sadwrn|sul))\b"
)
_DO_IT = (
    r"do(?:ing)? it\b(?! (?:with|for|to|again|at work|right(?! now)|properly|better|differently)\b)"
)
_IT_CY = (
    r"(?:(?:ei |iw |i w )(?:neud|wneud|gwneud|gneud)(?: o| e| fo| fe| hi)?"
    r"|(?:neud|wneud|gwneud|gneud) (?:o|e|fo|fe|hi|hyn))"
)
#: "it" with a time, a plan to do "it", "it" planned for a day, or "i have a plan" said alone;
#: Welsh "dwi'n mynd i neud o heno", "dwi am ei neud o heno", "wna i o heno", "mae gen i
#: gynllun" (I have a plan)
_IT_TIMED = (
    r"\b(?:im|i am|i m|i)(?: just| really| finally| definitely| actually)? (?:going to|gonna"
    r"|goin to|gunna|gona|about to|bout to|planning to|planning on|will)(?: just| finally)? "
    rf"{_DO_IT}(?: \w+){{0,3}}? {_WHEN_IT}"
    rf"|\b(?:ill|i ll|im doing|i m doing|i am doing)(?: just| finally)? {_DO_IT}(?: \w+){{0,3}}?"
    rf" {_WHEN_IT}"
    r"|\b(?:i have|ive|i ve|ive got|i ve got|i got|i)(?: already| finally)? (?:got |made )?(?:a"
    r" plan|plans|planned) (?:to|for when i|how to|how i will|how ill) (?:do it|end it)\b"
    rf"|\b(?:i have|ive|i ve|i)(?: already| finally)? planned it(?: all)?(?: out)?(?: for)?"
    rf" {_WHEN_IT}"
    r"|^(?:i have|ive got|ive|i ve got|i ve|i got|i)(?: already| finally)?(?: got| made)? a plan"
    r"(?: now| already| ready)? *$"
    r"|\b(?:dwi|dw i|dwin|dw in|rwyn|rydw i|rydwi|fin|wi|win)(?: n)? (?:mynd i|mynd(?= iw)|am"
    rf"|ar fin|bwriadu|planio) {_IT_CY}(?: \w+){{0,3}}? {_WHEN_IT_CY}"
    rf"|\b(?:mi |fe )?(?:wna|na|gwna|wnaf|nai|wnai) i (?:o|e|fo|fe|hi|hyn) {_WHEN_IT_CY}"
    r"|^(?:mae )?(?:gen i|gyda fi|gynna i|gennai|gen i) (?:gynllun|gynllin|blan|plan)"
    rf"(?: (?:iw|i) (?:neud|wneud|gwneud)(?: o| e| fo| fe| hi)?(?: {_WHEN_IT_CY})?)? *$"
)
#: a way other than pills asked about: hanging, a fall, a bridge's height
_YOURSELF = r"(?:my ?self|your ?self|urself|oneself|themselves|themself|yourselves)"
_WAY_ASKED = (
    rf"\bhow (?:to|do i|do you|can i|can you|could i|would i|should i|does one|do u|2) hang"
    rf" {_YOURSELF}\b"
    r"|\bhow (?:long|quick|quickly|fast) (?:does it|would it|will it|do you|does one|do people"
    r"|is it)?(?: \w+){0,2}? (?:take )?(?:to )?(?:die|death|dead|lose consciousness|pass out)"
    r" (?:from|by|when|after|with|of) (?:hanging|being hanged|a hanging|jumping|a fall|falling"
    r"|a rope|suffocat\w*|drowning)\b"
    r"|\bhow (?:long|quick|quickly|fast) (?:does|do|would|will) (?:hanging|drowning|a hanging)"
    r" (?:take|kill)\b"
    r"|\bhow (?:high|tall|far|big)\b(?: \w+){0,8}? (?:to (?:die|kill (?:you|me|someone|a person"
    rf"|{_YOURSELF}))|to be (?:fatal|deadly|lethal)|(?:is|be|would be) (?:fatal|deadly|lethal)"
    r"|would (?:kill|be fatal)|kills? (?:you|someone|a person))\b"
    r"|\bwhat (?:height|floor|storey)\b(?: \w+){0,6}? (?:to die|(?:is|be) (?:fatal|deadly"
    r"|lethal)|kills? (?:you|someone|a person)|would kill)\b"
    r"|\b(?:is|does|would) (?:hanging|being hanged) (?:\w+ )?(?:hurt|painful|quick|instant"
    r"|work)\b"
)
#: the end of the words, or a new clause of one's own
_END = r"(?: *$| (?:i|im|i m|please|help|pls)\b)"
#: the quickest way out, with nothing after it or "of it all": not out of a town or a house
_WAY_OUT = (
    r"\b(?:quickest|easiest|fastest|best|painless|painlessest|most painless|least painful"
    r"|simplest|surest|quick|easy) (?:way|ways|exit) out(?: of (?:this|it all|it|everything"
    rf"|life|this life|this world|the pain|my life|here for good|existence))?{_END}"
)
#: wanting it over, with nothing after (not "over with", a case, a trial, exams)
_OVER = (
    r"\bwant (?:it|this|it all|this all|all this|everything)(?: all)?(?: to be)? over(?: now"
    rf"| already| for good| forever)?{_END}"
)
_CANT_TAKE = re.compile(
    r"\b(?:cant|can t|cannot|can not|carnt|cnt) (?:take|handle|do|cope|stand|bear|deal with"
    r"|live with|go on)\b|\bany ?more\b|\bno more\b|\btoo much\b"
)
_NOT_OVER = re.compile(
    r"\b(?:court|trial|case|hearing|investigation|interview|exams?|divorce|custody|operation"
    r"|surgery|appointment|meeting|game|match|day|week|term|year|christmas|holiday|move)\b"
)
_WARNED = re.compile(rf"{_GOODBYE}|{_PLAN_OF_IT}|{_IT_TIMED}|{_WAY_ASKED}|{_WAY_OUT}")
_OF_IT = re.compile(rf"{_PLAN_OF_IT}|{_IT_TIMED}")
_OVER_ALONE = re.compile(_OVER)


def _own(cleaned: str, found: re.Match[str]) -> bool:
    """``found`` is said of oneself: nobody else is named just before it."""
    return not someone_elses(cleaned[: found.start()])


def _warned_in(cleaned: str, whole: str) -> re.Match[str] | None:
    """A farewell, plan or way that warns, in one sentence ``cleaned`` of ``whole`` (all the
    words, cleaned)."""
    for found in _WARNED.finditer(cleaned):
        if not _own(cleaned, found):
            continue
        goodbye = re.search(_GOODBYE, found[0]) is not None
        if goodbye and _PARTING.search(whole):
            continue
        if _OF_IT.search(found[0]) and _DEED_NAMED.search(whole):
            continue
        return found
    over = _OVER_ALONE.search(cleaned)
    if over and _own(cleaned, over) and not _NOT_OVER.search(whole):
        return over if _CANT_TAKE.search(whole) else None
    return None


def farewell_warned(text: str) -> bool:
    """``text`` (the words as typed) says a goodbye to everyone, a plan of "it", a way to die
    by hanging or a fall, or the quickest way out, of oneself: the life-at-risk warning."""
    whole = clean_text(text)
    return any(_warned_in(clean_text(part), whole) for part in _SENTENCES.split(text))


def farewell_said(cleaned: str) -> re.Match[str] | None:
    """Words of suicide for the talk box in ``cleaned`` (``clean_text``): a farewell that warns
    (``farewell_warned``), or "i want it over" said alone."""
    found = _warned_in(cleaned, cleaned)
    if found is not None:
        return found
    over = _OVER_ALONE.search(cleaned)
    if over is None or not _own(cleaned, over) or _NOT_OVER.search(cleaned):
        return None
    return over
