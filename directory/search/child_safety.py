"""(w63parents, check62 finding 2) A parent's worry for their own child's safety, not about
anyone's behaviour.

"i worry about my child at nursery", "i worry my child might get hurt at nursery", "is my
daughter safe at her dad's", Welsh "dwi'n poeni am fy mhlentyn yn y feithrinfa": the worry is
for the child, somewhere or in a danger not named, and the words name nobody's sexual thoughts
or behaviour. So is a parent asking only for parents' support ("support for parents", Welsh
"grŵp cymorth i rieni"). The line for people worried about their own or another adult's
sexual thoughts or behaviour (Stop It Now) was the first card for them and second in "Talk to
someone now", above the NSPCC's line for any adult worried about a child; for them it comes
after the parents' lines (``order.worried_lines_last``, ``talk_told.told_or_neutral_box``).

Not a worry about a person ("the way my boyfriend looks at my daughter worries me", "worried
about my ex's new partner around my kids": ``told.risk_said``), sexual harm feared or told
(``told.worried_for_a_child``), nor a child's own sexual behaviour ("my 12 year old has been
looking at porn with younger kids"): those keep the order they had.
"""

from __future__ import annotations

import re

from .asker_family import parents_in_general
from .child_harmed_child import own_child_did
from .own_child_cy import own_child_did_cy
from .told import risk_said, tells_of_harm_done, worried_for_a_child
from .understand import Asker, Concept

#: a word of worry or fear (English; Welsh: "poeni", "pryderu", "ofn", "ofni")
_WORRY = (
    r"(?:worr(?:y|ies|ied|ying)|concerned|anxious|nervous|scared|afraid|frightened|terrified|"
    r"fear(?:ful)?|panicking|paranoid)"
)
#: the asker's own child ("my daughter", "our little one", "my 4 year old", "my kids")
_CHILD = (
    r"(?:my|our) (?:\w+ ){0,2}?(?:daughters?|sons?|child|children|kids?|boys?|girls?|little "
    r"ones?|baby|babies|toddlers?|teens?|teenagers?|grandchild(?:ren)?|grandkids|granddaughters?|"
    r"grandsons?|stepdaughters?|stepsons?|\d{1,2} ?(?:yo|yr old|year old|yrs old|years old))"
)
#: where the child is or goes, or when: "at nursery", "in school", "going to her dads", "when
#: she stays over" (a person the child is *with* is a worry about that person: not here)
_WHERE = (
    r"(?:at|in|on|when|while|whilst|going to|goes to|going|staying|starting|round|over at|"
    r"away at|on the way)"
)
#: a harm to the child with nobody named doing it: "might get hurt", "is not safe", "is safe"
_HARM = (
    r"(?:(?:might|may|could|will|would|is going to|is|isnt|isn t|is not|gets|get|got|be)"
    r"(?: \w+)? )?(?:(?:get|be|being|getting) )?(?:hurt|harmed|injured|unsafe|safe|in danger)"
)
#: the asker's own child named (``_CHILD``, or Welsh "fy merch", "fy mab", "ein plant"): a
#: suspicion about someone else's child ("our neighbours partner is hurting their little girl")
#: keeps the line for worries about another adult's behaviour (test_w49adult_worried)
OWN_CHILD = re.compile(
    rf"\b{_CHILD}\b|\b(?:fy|ein) (?:mhlentyn|mhlant|plant|merch|mab|machgen|llysferch|llysfab|"
    r"wyres|wyr|ŵyr)\b"
)
_SAFETY_WORRY = re.compile(
    # "i worry about my child at nursery", "scared for my son when he goes to his dads"
    rf"\b{_WORRY} (?:about|for) {_CHILD}(?: \w+){{0,2}}? {_WHERE}\b"
    # "i worry my child might get hurt at nursery", "worried that my son is not safe"
    rf"|\b{_WORRY}(?: that)? {_CHILD} {_HARM}\b"
    # "is my daughter safe at her dads", "will my son be safe at school"
    rf"|\b(?:is|are|will) {_CHILD} (?:be )?(?:safe|ok|okay|alright|all right) {_WHERE}\b"
    # Welsh: "poeni am fy mhlentyn yn y feithrinfa", "ofn y bydd fy mab yn cael ei brifo"
    r"|\b(?:poeni|pryderu|ofn|ofni)(?: \w+){0,3}? (?:fy|ein) (?:mhlentyn|mhlant|plant|merch|mab|"
    r"machgen|llysferch|llysfab|wyres|wyr)\b(?: \w+){0,2}? (?:yn|yng|ym|mewn|pan|wrth|gyda'r)\b"
)


#: the rest of the words giving a reason, or naming someone who does something: "because a
#: teacher keeps messaging him", "he says", "someone at the club" (then the worry may be about
#: that person, and the other readers decide)
_SOMEONE_OR_WHY = re.compile(
    r"\b(?:because|cause|cos|coz|cuz|since|he|she|hes|shes|someone|somebody|a man|a woman|"
    r"an adult|an older|achos|oherwydd|mae e|mae o|mae hi|rhywun)\b"
)


def worry_for_childs_safety(cleaned: str) -> bool:
    """The words (``clean_text``) say a worry for the asker's own child somewhere, or that the
    child may come to harm with nobody named doing it (``_SAFETY_WORRY``), and, that worry
    aside, give no reason, name nobody doing something (``_SOMEONE_OR_WHY``) and say no word
    of a risk or of anyone's behaviour (``told.risk_said``: "around my kids")."""
    found = _SAFETY_WORRY.search(cleaned)
    if found is None:
        return False
    rest = f"{cleaned[: found.start()]} {cleaned[found.end() :]}"
    return not (_SOMEONE_OR_WHY.search(rest) or risk_said(rest))


def _no_behaviour(asker: Asker, concepts: tuple[Concept, ...], cleaned: str) -> bool:
    """A parent (``asker``) whose words (``clean_text``) name no sexual harm to a child
    (``told.worried_for_a_child``) nor anyone's sexual thoughts or behaviour (the
    "own-behaviour" concept)."""
    if asker.persona != "parent" or "own-behaviour" in {c.name for c in concepts}:
        return False
    return not worried_for_a_child(asker, concepts, cleaned)


def parents_safety_worry(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """A parent worried for their own child's safety (``worry_for_childs_safety``) who names
    nobody's sexual behaviour (``_no_behaviour``): the lines for people worried about sexual
    thoughts come after the parents' services on the cards and in the talk box."""
    return _no_behaviour(asker, concepts, cleaned) and worry_for_childs_safety(cleaned)


def parents_support_asked(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """A parent asking only for parents' support (``asker_family.parents_in_general`` with
    nothing but what they need said: "support group for parents", Welsh "grŵp cymorth i
    rieni"), naming nobody's sexual behaviour (``_no_behaviour``) and no risk
    (``told.risk_said``): the parents' line about abuse (the NSPCC's) just above Stop It Now
    on the cards (``reach_first.parents_line_first``), and Stop It Now after the others in the
    talk box."""
    only_asked = all(c.kind == "need" or c.name == "parents" for c in concepts)
    if not only_asked or not parents_in_general(cleaned) or risk_said(cleaned):
        return False
    return _no_behaviour(asker, concepts, cleaned)


#: words of what someone does that may be sexual, or a risk to a child, or of anyone's behaviour:
#: "watching porn", "messaging him", "her new boyfriend", "an older man", "touches", "keeps
#: secrets", "his behaviour"; Welsh "rhywiol", "lluniau", "negeseuon", "cariad", "ymddygiad"
_CONDUCT = re.compile(
    r"\b(?:sex\w*|porn\w*|nudes?|naked|pics?|photos?|pictures?|images?|videos?|webcam|"
    r"messag\w*|texts?|texting|chat\w*|snap\w*|online|dms?|boyfriends?|girlfriends?|bf|gf|"
    r"older|adults?|grown ?ups?|(?:a|an|this|that|some) (?:man|woman|guy|lad|bloke)|touch\w*|"
    r"kiss\w*|secrets?|gifts?|inappropriat\w*|privates?|masturbat\w*|undress\w*|groom\w*|"
    r"weird|strange|creepy|behaviou?rs?|acting out|looks? at|looking at|stares?|staring|"
    r"rh?yw\w*|noeth|lluniau|negeseu?on|cariad|"
    r"cyffwrdd|nghyffwrdd|ymddygiad|oedolyn|dyn (?:hŷn|hyn|dieithr))\b"
)

#: what one child did to another told as "what he did to": "my son told me what he did to his
#: little sister", "what my daughter did to our son" (a child's own harmful behaviour keeps
#: Stop It Now, test_w59fit_lines; ``own_child_did`` reads "he touched his sister")
_DID_TO_A_CHILD = re.compile(
    r"\bwhat (?:he|she|my son|my daughter|my (?:\w+ )?(?:boy|girl)) (?:has )?did to"
    r" (?:his|her|our|my) (?:\w+ )?(?:sister|brother|son|daughter|cousin|sibling|baby)\b"
)

#: any word of worry or fear, English or Welsh (``_WORRY``; "poeni", "pryderu", "ofn", "ofni")
_ANY_WORRY = re.compile(
    rf"\b{_WORRY}\b|\b(?:bother\w*|uneasy|uncomfortable|suspicious|dont trust|don t trust|"
    r"poeni|pryderu|ofn|ofni)\b"
)


def parent_names_no_behaviour(
    asker: Asker, concepts: tuple[Concept, ...], cleaned: str = ""
) -> bool:
    """(w65stop, check63 finding 3) ``parents_safety_worry``, or a parent whose words name
    nobody's sexual thoughts or behaviour (``_no_behaviour``) nor any conduct that may be sexual
    or a risk (``_CONDUCT``: "watching porn", "messaging him", "her new boyfriend is 25", "the
    way he looks at her"), no risk (``told.risk_said``), no child of theirs harming another
    (``own_child_did``, ``own_child_did_cy``) and no worry (``_ANY_WORRY``) but for the child's
    safety, with their own child named (``OWN_CHILD``): a calm sentence ("my child is in a
    school play on friday") or a child's harm or danger told ("my son has a black eye", Welsh
    "mae fy merch ar goll"). The line for people worried about someone's sexual thoughts or
    behaviour (Stop It Now) matched "my son", "child" and the parents best and came first or
    second; for them it comes after the lines for the child and the parent."""
    if not _no_behaviour(asker, concepts, cleaned):
        return False
    if worry_for_childs_safety(cleaned):  # ``parents_safety_worry``
        return True
    if risk_said(cleaned):
        return False
    if _CONDUCT.search(cleaned) or not OWN_CHILD.search(cleaned):
        return False
    if own_child_did(cleaned) or own_child_did_cy(cleaned) or _DID_TO_A_CHILD.search(cleaned):
        return False
    return not _ANY_WORRY.search(cleaned)


def not_for_stop_it_now(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """``parent_names_no_behaviour`` or ``parents_support_asked``: the talk box reads the words
    as it does a parent's telling of harm (``talk_told.told_or_neutral_box``), the line for
    people worried about sexual behaviour after the others."""
    return parent_names_no_behaviour(asker, concepts, cleaned) or parents_support_asked(
        asker, concepts, cleaned
    )


def harm_told_or_safety_feared(
    asker: Asker, concepts: tuple[Concept, ...], cleaned: str = ""
) -> bool:
    """``told.tells_of_harm_done`` or ``parent_names_no_behaviour`` (w65stop; before, only
    ``parents_safety_worry``): the lines for people worried about their own thoughts come
    after the services for the people harmed and around them."""
    return tells_of_harm_done(asker, concepts, cleaned) or parent_names_no_behaviour(
        asker, concepts, cleaned
    )
