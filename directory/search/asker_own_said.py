"""(thirty-fifth walk-through F1) Someone's own thoughts, urges or feelings about children said
noun first, with the asker in a clause after it: "frightened by sexual thoughts I get about
children", "the thoughts i keep having about little kids", "urges that ive been having towards
young teens scare me". The "i" in the clause is whose the thoughts are, so a woman, a man or a
teenager who says so is asking about their own thoughts (Stop It Now), never someone harmed.

Never thoughts about what was done to the asker ("intrusive thoughts about what he did", "the
thoughts i have about my abuser", "i have thoughts about what he did to me"), about children
being hurt ("thoughts i have about kids who are being abused") or about children who hurt the
asker. Over ``clean_text``'s words; used by ``asker_own_more.own_in_more_words``."""

from __future__ import annotations

import re

#: (for ``asker_own._OWN``'s "i have thoughts") thoughts of suicide or of what was done to the
#: asker are not thoughts about children: "i have thoughts of suicide", "i get thoughts about
#: what he did", "i have thoughts about him all the time since he abused me" (a survivor's,
#: never Stop It Now's first); nor a parent's fear for a child ("i have thoughts about my
#: daughter being hurt by him")
NOT_THOUGHTS_OF_HARM = (
    r"(?! (?:of|about) (?:suicide|suicidal|killing|ending|dying|death|self ?harm|hurting myself|"
    r"harming myself|cutting|what|how|when|why|him|her|them|it|that|the abuse|being|my (?:abuser|"
    r"abuse|past|childhood|uncle|dad|father|stepdad|brother|grandad|mum|mother)|the (?:past|"
    r"person|man|woman)|(?:my|our|the) (?:\w+ )?(?:kids|children|child|sons?|daughters?|boys?|"
    r"girls?|baby|babies) (?:being|getting|was|were|is|are) (?:abused|hurt|harmed|groomed|"
    r"touched|molested|taken))\b)"
)

#: children as people name them, with the words for a child before puberty; bare "teens" or
#: "girls" only with a word of age before them ("younger teens", "little girls")
_CHILDREN = (
    r"(?:(?:(?:very |really )?(?:young|little|small|underage|under age|younger|pre ?teen|"
    r"prepubescent) )?(?:kids|children|child|minors|a child|a kid|a minor|toddlers|babies)"
    r"|(?:very |really )?(?:young|little|small|underage|younger|pre ?teen|prepubescent) "
    r"(?:teens|teenagers|girls|boys|ones)|pre ?teens|under ?(?:1[0-8]|[1-9])s)\b"
)

#: the thoughts, said as a noun (not "images", which may be photographs one has)
_NOUN = r"(?:thoughts?|urges?|feelings?|fantas(?:y|ies)|desires?|attractions?|impulses?)"

#: the asker as the one who has them: "i get", "i keep having", "ive been having", "i feel"
_MINE = (
    r"(?:that |which )?(?:i|ive|i ve|im|i m|i am)(?: \w+){0,2}? "
    r"(?:get|got|have|had|having|getting|feel|felt|feeling|keep|kept|experience|experiencing)"
)

#: not children being harmed, nor children who hurt the asker
_NOT_HARMED = (
    r"(?! (?:who |that )?(?:are |were |is |was |have been |had been |get |got )?(?:being |"
    r"getting |been )?(?:abused|hurt|harmed|groomed|exploited|bullied|neglected|in danger|"
    r"at risk)\b)"
    r"(?!(?: \w+){0,3}? (?:who|that) (?:\w+ )?(?:bully|bullied|bullies|hurt|hurts|hit|hits|"
    r"pick on|picked on) (?:me|us)\b)"
)

_THOUGHTS_I_HAVE = re.compile(
    rf"\b{_NOUN} {_MINE}(?: \w+)?? (?:about|towards|toward|of|for|around|to) "
    rf"(?:(?:sexually|sexual|in a sexual way) )?{_CHILDREN}{_NOT_HARMED}"
)

#: the thoughts in the asker's head ("sexual thoughts that come into my head about children",
#: "thoughts about kids keep popping into my mind"), or had after "and" with the "i" said
#: before ("im 30 and have thoughts about children i know are wrong")
_IN_MY_HEAD = re.compile(
    rf"\b{_NOUN} (?:that |which )?(?:come|comes|came|coming|pop|pops|popped|popping|keep "
    r"coming|keep popping|go|goes|run|runs|get|are|enter|enters)(?: \w+)?? (?:into|in|through) "
    rf"my (?:head|mind) (?:about|of|towards|around) {_CHILDREN}{_NOT_HARMED}"
    rf"|\b{_NOUN} (?:about|of|towards|around) {_CHILDREN}{_NOT_HARMED}(?: \w+){{0,3}}? "
    r"(?:into|in|through|enter|enters|entering) my (?:head|mind)\b"
    r"|\b(?:and|but|so|also) (?:have|get|keep having|keep getting|been having|sometimes have|"
    r"sometimes get)(?: (?:sexual|unwanted|intrusive|bad|wrong|inappropriate|weird|dark))? "
    rf"(?:thoughts|urges|feelings|fantasies) (?:about|towards|of|for) {_CHILDREN}{_NOT_HARMED}"
)

#: the same with a sexual word before the noun, about teenagers ("the sexual thoughts i get
#: about teenagers"), read only of a grown-up or of someone whose age is not said
_SEXUAL_ABOUT_TEENS = re.compile(
    rf"\bsexual {_NOUN} {_MINE}(?: \w+)?? (?:about|towards|toward|of|for|around|to) "
    r"(?:teens|teenagers|teenage (?:girls|boys)|school ?(?:girls|boys|kids))\b"
)


def own_thoughts_said_after(cleaned: str, age: int | None) -> bool:
    """The asker names their own thoughts, urges or feelings about children noun first, with
    "i" in the clause after ("sexual thoughts i get about children")."""
    if _THOUGHTS_I_HAVE.search(cleaned) or _IN_MY_HEAD.search(cleaned):
        return True
    return (age is None or age >= 18) and _SEXUAL_ABOUT_TEENS.search(cleaned) is not None


#: thoughts, flashbacks or memories of what was done to the asker or what happened: "intrusive
#: thoughts about what my grandad did", "flashbacks of the abuse", "thoughts of him touching
#: me" (never "what i might do": that is the asker's own)
_OF_WHAT_WAS_DONE = re.compile(
    r"\b(?:thoughts?|flashbacks?|memories|memory|images|nightmares?|dreams?)"
    r"(?: \w+){0,3}? (?:about|of) (?:what (?!i\b)(?:\w+ ){0,2}?(?:did|done|happened|does|"
    r"went on)\b|the abuse\b|my abuse\b|my (?:abuser|attacker|rapist)\b|(?:being|getting) "
    r"(?:abused|raped|touched|molested|hurt)\b|(?:him|her|them) (?:touching|abusing|"
    r"hurting|raping|doing)\b|it happening\b|that (?:night|day|time)\b)"
)


def thoughts_of_harm_done(cleaned: str) -> bool:
    """Thoughts, flashbacks or memories of what was done to the asker ("intrusive thoughts
    about what my grandad did"): a survivor's words, not a search about their own thoughts
    about children."""
    return _OF_WHAT_WAS_DONE.search(cleaned) is not None
