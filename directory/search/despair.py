"""(w49more, check52 F5) Despair said without the words "suicide", "die" or "kill myself":
"i just want it all to stop", "i want everything to end", "i want to disappear", "i want to
go to sleep and never wake up", and "i want it to stop" said with "i cant do this any more".

These speak of not going on living, the way people often say it without the word, like "cant
go on" (``crisis_words.SUICIDE_SAID``, its borderline): a missed line costs more than an
unneeded one.
They are read as words of suicide (``suicide_acts.plan_or_act``): Samaritans comes into the
talk box and "stop" is no longer searched (it made Stop It Now, for people worried about their
own sexual thoughts, the first card). They bring no 999 warning: no act and no plan is said.

Not "i want it to stop" alone, nor "i want the abuse / him / it to stop": the abuse stopping
is the wish there (a child: "i want it to stop, my uncle keeps touching me"), and the page for
abuse is the right one. Not distress alone ("cant do this any more", "cant cope"): see
``crisis``; (w53suicide) but "cant do this anymore" said alone, the whole of the words, is
read. Welsh: "dw i eisiau i'r cyfan stopio / ddod i ben" (I want it all to stop / end),
"eisiau diflannu" (want to disappear).

(w50despair, check53 F2) Said another way: a wish not to be alive without "die" or "kill"
(``NOT_LIVING_EN``: "no point in living", "no reason to live", "better off without me") also
brings the life-at-risk warning (``suicide_intent``), as "i dont want to live" does; despair
of going on with no life said ("i dont see the point anymore", "cant do life anymore", "wish
i had never been born") brings Samaritans only. Their words ("point", "better", "anymore")
leave the search with the match (``suicide_acts.with_plan_or_act``).

Over ``clean_text`` (lower case, no apostrophes: "cant").
"""

from __future__ import annotations

import re

_WANT = r"(?:want|wanna|wana|just want|really want|wish|need)"
_ALL = r"(?:it all|everything|all of it|all this|my life|the pain|all the pain|life)"
_NOT_COPING = (
    r"\b(?:cant|can t|cannot|can not|carnt) (?:do|take|cope with|handle|deal with|live with)"
    r" (?:this|it|any of this)(?: \w+){0,2}? (?:any ?more|no more|no longer)\b"
    r"|\b(?:cant|can t|cannot|can not|carnt) (?:do|take) (?:this|it) (?:any ?more)\b"
)
#: (w50despair, check53 F2) a wish not to be alive said without "die" or "kill": no point in
#: living or being alive, no reason to live, everyone better off without me. These say what
#: "i dont want to live" says, and bring the life-at-risk warning as it does
#: (``suicide_intent``); despair below reads them too, for the talk box's suicide lines.
_NO_POINT = (
    r"(?:no|not any|not much|isnt any|isnt a|is no|dont see the|dont see any|do not see the"
    r"|cant see the|cant see any|cannot see the|cannot see any|whats the|what is the|wats the"
    r"|whats even the|never any)"
)
_LIVING = (
    r"(?:living|being alive|staying alive|being here|being on this earth|existing|life"
    r"|my life|going on living|carrying on living|keep living|keeping going living)"
)
NOT_LIVING_EN = (
    rf"\b{_NO_POINT} point (?:in |of |to )?{_LIVING}(?: any ?more| now)?\b"
    # (the point in time of one's life, living somewhere: "no point in my life when i felt
    # safe", "no point living in fear, i want to report him")
    r"(?! (?:when|where|that|at which|in fear|in silence|a lie|with (?:him|her|them|it)"
    r"|there|here|insurance)\b)"
    r"|\b(?:no|not any|not a|not one|dont have a|dont have any|havent got a|havent got any"
    r"|cant find a|cant find any|cant think of a|cant think of one|nothing left|no more)"
    r" reasons? (?:to|for|for me to) (?:live|living|be alive|stay alive|go on living|keep living"
    # (w53suicide, check56 finding 5) "no reason to go on", "no reason to carry on"
    r"|be here|carry on living|keep going|go on|carry on|keep on)(?: any ?more| no more| now)?\b"
    r"(?! (?:with|there|here|in|at|near|together|apart|nearby)\b)"
    # (who would be better off is part of the wish: "my kids would be better off" is not
    # the kids' wish, and "family" is not searched for services)
    r"|\b(?:(?:every ?one|every ?body|my (?:family|kids|children|mum|mam|dad|partner|wife"
    r"|husband|boyfriend|girlfriend|friends|parents)|the (?:kids|children|world|family)|people"
    r"|they|it|things|all|(?:every|any)thing) (?:would|will|wud|wld|d|are|is|r)(?: all)?(?: be)?"
    r"(?: so much| much| a lot)? )?better off (?:without me|with me gone|if im gone"
    r"|when im gone|if i (?:was|were) (?:dead|gone|not here|not around|not alive)"
    r"|if i (?:wasnt|werent|was not|were not) (?:here"
    r"|around|alive|born)|if i died|if i didnt exist|if i never existed)\b"
    # (w65note, walk49 F1) not able to live with it any more, or to go on living with it: "i
    # cant live with what my uncle did anymore", "cant go on living with the memories" (not
    # living with someone: "i cant live with my dad anymore" is a home)
    r"|\b(?:cant|can t|cannot|can not|carnt|cnt) (?:live with (?:it|this|that|myself"
    r"|what (?:\w+ ){1,3}?(?:did|done|happened)|(?:the|my|all the|all this|all of) (?:\w+ )?"
    r"(?:memories|pain|guilt|shame|flashbacks|nightmares|secret|abuse|past))(?: \w+){0,3}?"
    r" (?:any ?more|no more|no longer)|(?:go on|carry on|keep|keep on) living with)\b"
)
#: (w50despair) despair of going on, no life said: "i dont see the point anymore", "whats the
#: point of anything", "no point carrying on", "cant do life anymore", "wish i was never
#: born". Not "i dont see the point in reporting it": the point of something else.
_POINTLESS = (
    rf"\b{_NO_POINT} point(?: (?:in|of|to) (?:anything|it all|any of it|trying|carrying on"
    r"|going on|anything any ?more|any of this|me))?(?: any ?more| now| at all| no more)?"
    r"(?= *$| (?:since|after|because|cos|coz|and|but|im|i|its|with|without|nothing|everything"
    r"|any ?more)\b)"
    r"|\bno point (?:in |to )?(?:carrying on|going on|trying any ?more)\b"
    r"|\b(?:cant|cannot|can not|carnt) (?:do|face|handle|cope with|deal with) (?:life|living)"
    r"(?: any ?more| no more| no longer)?\b"
    r"|\bwish i (?:was|were|had|d|had just) never (?:been )?born\b"
    r"|\bwish i (?:hadnt|had not|wasnt|was not) (?:been )?born\b"
    r"|\b(?:tired|sick|done) (?:of|with) (?:living|life|being alive)\b"
    # (w54cliff, walk43 F1) "nobody will miss me", "no one would even notice if i was gone"
    r"|\b(?:nobody|no one|noone|no body) (?:will|would|d|is going to|gonna)(?: even| really)? "
    r"(?:miss me|notice (?:if|when) im gone|notice (?:if|when) i (?:was|am) gone|care if i die)\b"
    r"(?! (?:at|in|from|on|if i (?:dont|do not|skip|leave))\b)"  # "at the party"
    # (w53plan) no way out seen: "i dont see a way out", "theres no way out of this" (not a
    # way out of a place: "no way out of the house" is someone held in, ``danger_held``)
    r"|\b(?:(?:dont|do not|cant|cannot|can not|carnt|never) see (?:a|any|the) way|no way) out\b"
    r"(?! of (?:the|my|this|his|her|their|our|that) (?:house|home|room|flat|bedroom|bathroom"
    r"|building|car|garden|school|place)\b)"
    r"|\bthe only way out\b(?! of (?:the|my|this|his|her|that) (?:house|room|flat|building))"
)
#: (w53suicide, check56 finding 5) not able to go on with it, said alone, the whole of the
#: words: "cant do this anymore", "i just cant take it any more" (said with anything else,
#: "cant do this anymore, he keeps coming in my room", it is the abuse wished to stop)
_CANT_ALONE = (
    r"^ *(?:i |i just |i really |i honestly |honestly i |i seriously |just |honestly |really )?"
    r"(?:cant|can t|cannot|can not|carnt) (?:do|take|handle|cope with|deal with) (?:this|it"
    r"|any of this|it all|this life|any of it)(?: any ?more| no more| no longer)(?: now)? *$"
)
_DESPAIR = re.compile(
    rf"(?:{NOT_LIVING_EN})|{_POINTLESS}|{_CANT_ALONE}"
    rf"|\b{_WANT} {_ALL} (?:to|2) (?:stop|end|be over)\b(?! (?:with|between))"
    rf"|\b{_WANT}(?: to| 2)? (?:disappear|vanish|not exist|stop existing|not be here)\b"
    rf"|\b{_WANT}(?: to| 2)? (?:go to )?sleep (?:and|n) (?:never|not) wake up\b"
    rf"|\b{_WANT} i could (?:disappear|vanish|just disappear|sleep forever)\b"
    # (w52suicide, check55 F6) "ive been thinking about not being here" (the warning is
    # ``suicide_intent``'s)
    r"|\b(?:thinking|thought|think|thoughts) (?:about|of) (?:not being (?:here|alive|around)"
    r"|not existing|not waking up|being dead)\b(?! (?:for|at|on|next|this|tomorrow|over|in|when))"
    # Welsh: eisiau i'r cyfan / popeth stopio / ddod i ben (want it all to stop / end),
    # diflannu (disappear)
    r"|\b(?:eisiau|isio|isie|moyn|mo yn) (?:i r|ir|i) (?:cyfan|cwbl|popeth|boen) "
    r"(?:stopio|ddod i ben|orffen)\b|\b(?:eisiau|isio|isie|moyn|mo yn) diflannu\b"
)
_IT_TO_STOP = re.compile(rf"\b{_WANT} it (?:to|2) (?:stop|end)\b")


def despair_found(cleaned: str) -> re.Match[str] | None:
    """Despair of living said without the words of suicide in ``cleaned`` (``clean_text``):
    "want it all to stop", "want to disappear", or "want it to stop" with "cant do this any
    more"; None for the abuse wished to stop."""
    found = _DESPAIR.search(cleaned)
    if found is not None:
        return found
    if re.search(_NOT_COPING, cleaned):
        return _IT_TO_STOP.search(cleaned)
    return None
