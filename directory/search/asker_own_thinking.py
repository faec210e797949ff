"""(forty-fourth walk-through F2) Someone frightened by their own thinking about children, said
as a verb rather than as "thoughts": "i keep thinking things about little kids that i know are
wrong", "ive been imagining stuff with young children i shouldnt", "my mind goes to small
children and i hate it", "i keep picturing younger kids in ways that arent normal", "i get
pictures in my head of toddlers that scare me"; in text-speak too ("thinkin", "bout", "i no r
wrong", "n its not normal"), from a teenager or a grown-up. The asker is the one thinking ("i",
or nobody named at the start), the ones thought of are children, and a word after says it is
wrong, frightening or unwanted. A young person's only of children said as younger or little.

Never a survivor's memories ("i keep thinking about what he did to me when i was little"), a
sibling's harm ("my little sister and what he did"), a parent's fear ("thinking about my kids
being alone with him"), "thinking things through", nor someone else's thinking ("my ex keeps
thinking things about kids"). Over ``clean_text``'s words; used by
``asker_own_more.own_in_more_words``."""

from __future__ import annotations

import re

from .asker_own_gaze import _FOR_THEM, _YOUNGER_SAID
from .spoken import texted_read

#: the children thought of: little, young or younger ones, toddlers, a word of age; never
#: the asker's own ("my kids": a parent's worry) nor a child named by whose they are
_YOUNG = r"(?:young|little|small|tiny|younger|underage|pre ?teen|primary school|school)"
_CHILDREN = (
    rf"(?:(?:the |some |other |other peoples |these |those |all |certain )?(?:{_YOUNG} )?"
    rf"(?:kids|children|child|a child|a kid|toddlers|babies|minors)|(?:the |some )?{_YOUNG} "
    r"(?:girls?|boys?|ones|lads|teens|teenagers)|under ?(?:1[0-3]|[1-9]) ?s)\b"
)
#: not children being harmed, nor what was done to them or the asker, just after
_NOT_HARMED = (
    r"(?! (?:who |that )?(?:are |were |is |was |have been |had been |get |got )?(?:being |"
    r"getting |been )?(?:sexually )?(?:abused|hurt|harmed|groomed|exploited|bullied|neglected|"
    r"taken|in danger|at risk|alone|safe|unsafe|in (?:the|that) (?:news|case|story|film|"
    r"programme|documentary|trial|article))\b)(?! and (?:what|whether|if|how)\b)"
)

#: the asker doing the thinking: "i", "ive", "im", or nobody named at the start; with the
#: small words people put before it ("keep", "cant stop", "been", "sometimes", "get")
_I = r"(?:\b(?:i|ive|im|i ve|i m|and|but|so) |^)"
_HELPERS = (
    r"(?:(?:keep|kept|always|often|sometimes|still|cant stop|can t stop|cannot stop|have|ve|"
    r"been|started|start|do|just|keep on|get|find myself|catch myself|end up|constantly|"
    r"randomly|also) )"
)
#: thinking, imagining or picturing, with "things" or "stuff" and a small word before them
_VERB = (
    r"(?:think(?:ing|s)?|thought|imagin(?:e|es|ed|ing)|pictur(?:e|es|ed|ing)|fantasi[sz](?:e|es|"
    r"ed|ing)|(?:day ?)?dream(?:s|ed|t|ing)?)"
)
_WHAT = r"(?:(?:things|stuff|something|bad things|weird things|sexual things|dirty things) )"
_ABOUT = r"(?:(?:about|of|with|involving|around|doing to|to do with|towards) )"
_THINKING = re.compile(
    rf"{_I}{_HELPERS}{{0,3}}{_VERB} {_WHAT}?{_ABOUT}?{_CHILDREN}{_NOT_HARMED}"
    # "my mind goes to little kids", "my head keeps going to young children"
    r"|\bmy (?:mind|head|brain|imagination) (?:\w+ )?(?:goes|go|going|went|drifts|drift|"
    rf"drifting|wanders|wandering|turns|jumps) (?:to|towards|onto) {_CHILDREN}{_NOT_HARMED}"
    # "pictures in my head of toddlers", "images in my mind of little kids"
    r"|\b(?:pictures|images|scenes|things|stuff) (?:\w+ )?(?:in|into|through) my (?:head|mind) "
    rf"(?:of|about|with|involving) {_CHILDREN}{_NOT_HARMED}"
)
#: said straight after: wrong, frightening, shameful, not normal, unwanted, or "in a way"
_FEAR = (
    r"(?:scares?|scary|frighten(?:s|ed|ing)?|terrif(?:ies|ied|ying)|disgust(?:s|ed|ing)?|"
    r"sicken(?:s|ed|ing)?|horrif(?:ies|ied|ying)|worr(?:ies|ied)|ashamed|sick|dirty|guilty|"
    r"disgusting)"
)
#: that the thinking itself is wrong, unwanted or not normal, or "in a way"
_WRONG = (
    r"\b(?:is|are|its|it s|thats|that s|s|know|feel|feels|so|really|very|totally) (?:so |really "
    r"|very )?wrong\b|\b(?:not right|isnt right|not normal|isnt normal|arent normal|abnormal|"
    r"shouldnt|should not|should nt|inappropriate|sexual\w*|like that|in that way|in a way|in "
    r"ways|in a \w+ way|(?:want|need) (?:it|this|them|that) to stop|make (?:it|them) stop|"
    r"(?:scared|afraid|frightened|terrified|worried) (?:of|about) myself|hate (?:it|myself|that|"
    r"this|them|me)|ashamed|disgusted (?:with|in|at) myself|guilty)\b"
)
_MARK_WRONG = re.compile(_WRONG)
#: the same, or fear, disgust or sickness felt by the asker ("it scares me", "i feel sick"):
#: only with "things", "stuff", imagining, picturing or the mind going to them, since plain
#: "i keep thinking about the children … and it makes me sick" may be a reader of the news
_MARK_FELT = re.compile(
    rf"{_WRONG}|\b{_FEAR} me\b|\b(?:im|i am|i m|i feel|feel|and i|makes me|makes me feel|i get) "
    rf"(?:so |really |very )?{_FEAR}\b"
)
#: plain "thinking about" children, with nothing between: the weaker form
_PLAIN = re.compile(rf"\b(?:think|thinking|thinks|thought) (?:about |of )?{_CHILDREN}")
#: "thinking things through", "think about the kids' future": planning, not thoughts of them
_PLANNING = re.compile(
    r"\bthink(?:ing)? (?:things|it|stuff) (?:through|over)\b|\b(?:custody|contact|school "
    r"place|childcare|having (?:kids|children|a baby)|future)\b"
)


def own_thinking(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own thinking, imagining or picturing of children, said as
    wrong, frightening or unwanted (the words above); never someone else's, never a survivor's
    memories nor a parent's fear; a young person's only of children said as younger."""
    cleaned = texted_read(cleaned)  # (text-speak: "thinkin bout little kids i no r wrong")
    if _FOR_THEM.search(cleaned) or _PLANNING.search(cleaned):
        return False
    for found in _THINKING.finditer(cleaned):
        after = " ".join([found[0], *cleaned[found.end() :].split()[:12]])
        mark = _MARK_WRONG if _PLAIN.search(found[0]) else _MARK_FELT
        if mark.search(after) is None:
            continue
        if age is None or age >= 18 or _YOUNGER_SAID.search(found[0]) is not None:
            return True
    return False
