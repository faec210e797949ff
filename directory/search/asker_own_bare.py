"""(w61thoughts, check61 §7) Urges, looking at pictures and thoughts said with nothing about
children or sex: not someone worried about their own sexual thoughts about children.

"i get urges to eat chocolate all the time", "i look at pics of girls on insta all day" (a
teenage girl comparing herself), Welsh "dwi'n poeni am fy meddyliau" ("I'm worried about my
thoughts") were read as the asker's own sexual thoughts about children: the talk box held only
Stop It Now and it was the first card. The words that read so ("urges", "i look at", "my
thoughts", "fy meddyliau") need something beside them that says children, sex, or one of the
plain euphemisms people use for it ("things i shouldnt", "wrong", "never acted on it") before
they are. Over ``clean_text``'s words; used by ``asker.who_is_asking`` (through
``asker_own_theirs.not_own_after_all``) and ``understand`` (the "own-behaviour" concept).
"""

from __future__ import annotations

import re

#: the bare words the own-behaviour readers take as enough on their own, said of something
#: (an urge to do or for something, looking at something): "urges" alone, a search's word
#: ("urges counselling"), is still read as the asker's own
#: (w62stop: a download said of something, "i downloaded the nspcc leaflet for my
#: class": "downloading" alone names the worry; what was downloaded then says it or not)
_BARE = re.compile(
    r"\b(?:urges? (?:to|for) \w+|look(?:ing|ed|s)? at \w+|thoughts|meddyliau|"
    r"download(?:ing|ed|s)? (?:the |a |an |some |this |that |their |our |my )?\w+)\b"
)

#: a child, a young person, or a child of the family ("my niece", "a 12 year old"), in English
#: and Welsh; "girls" or "boys" only said young ("young girls", "schoolgirls")
_CHILD = (
    r"child\w*|kid|kids|kiddie\w*|minors?|under ?age\w*|under ?1[0-8]s?|young (?:people|person)|"
    r"pre ?teens?|pre ?pubescent|teens?|"
    r"teenagers?|toddlers?|bab(?:y|ies)|infants?|nieces?|nephews?|daughters?|sons?|"
    r"step ?\w+|grand\w+|god(?:daughter|son|child)\w*|pupils?|cousins?|siblings?|"
    r"little (?:sister|brother|girl|boy)s?|(?:young|younger|little|small|school) ?(?:girls?|"
    r"boys?|ones|lads|lasses)|schoolgirls?|schoolboys?|\d{1,2} ?(?:yo|y o|yrs? olds?|year olds?|"
    r"years old)|(?:girls?|boys?) (?:aged |age |of )?\d{1,2}|plant|blant|mhlant|phlant|plentyn|"
    r"blentyn|nith|nai|merched ifanc|bechgyn|n?d?disgybl\w*"
)
#: sex, sexual images, a name for an attraction to children, or the plain euphemisms for them
_SEX_OR_EUPHEMISM = (
    r"sex\w*|porn\w*|nudes?|naked|nude|arous\w*|turned on|turn me on|erotic|masturbat\w*|"
    r"fantas\w*|attract\w*|indecent|illegal|csam|cp|p(?:a|e|ae)e?do\w*|nonce|hebephil\w*|"
    r"ephebophil\w*|rhywiol|anweddus|wrong|shouldnt|should not|shouldn t|inappropriate\w*|"
    r"dirty|disgust\w*|ashamed|shame\w*|perv\w*|offend\w*|abus\w*|touch\w*|molest\w*|groom\w*|"
    r"act on|acted on|acting on|never done anything|stop myself|harm (?:a|them)|hurt (?:a|them)|"
    # "images" alone is how many name them ("my husband was looking at images")
    r"images|(?:scared|afraid|frightened) of myself|c?h?g?am ?drin|brawd bach|mrawd bach|"
    r"frawd bach|chwaer fach|not right|isn t right|isnt right"
)
_SAYS_MORE = re.compile(rf"\b(?:{_CHILD}|{_SEX_OR_EUPHEMISM})\b")


def bare_of_children(cleaned: str) -> bool:
    """The words hold urges, looking at pictures or thoughts (``_BARE``) and nothing that says
    children, sex or a plain euphemism for them (``_SAYS_MORE``): not the asker's own sexual
    thoughts about children, whatever those words alone would read as."""
    return _BARE.search(cleaned) is not None and _SAYS_MORE.search(cleaned) is None
