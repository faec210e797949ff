"""(w60life, check61 finding 9) Everyday sentences that read like words of suicide or
self-harm: each a a lookahead to put after the words it guards (over ``clean_text``: lower
case, no apostrophes). An independent checker typed "wanna die laughing at this video", "im on
the roof fixing the aerial", "i dont want to wake up early tomorrow its saturday", Welsh "dwi'n
sefyll ar y bont yn tynnu lluniau" (standing on the bridge taking photos): each got "If your
life is at risk now, call 999 or go to A&E".

The words themselves still count when nothing everyday follows them: "im on the roof",
"wanna die", "i dont want to wake up tomorrow".
"""

from __future__ import annotations

import re

#: after "on the roof / bridge / ledge": a job or a pastime there ("fixing the aerial", "with
#: my dad", "taking photos"), Welsh "yn trwsio", "yn tynnu lluniau", "efo dad"
EVERYDAY_UP_THERE = (
    r"(?!(?: \w+){0,2}? (?:fixing|fix|mending|repairing|cleaning|clearing|painting|working"
    r"|sorting|checking|replacing|putting up|getting (?:the|my|a) (?:ball|frisbee|kite|cat)"
    r"|taking (?:photos|pictures|pics|a photo|a picture|a selfie)|with (?:my|the) (?:dad|mum"
    r"|brother|mates|friends|builder|roofer)|for (?:work|a job|the view)"
    r"|(?:trwsio|drwsio|glanhau|lanhau|paentio|peintio)r?|gweithio|tynnu lluniau|dynnu lluniau"
    r"|tynnu llun|efo dad|gyda dad|efo mam|gyda mam|gydag|efor|gydar|i weithio)\b)"
)
#: after "die": dying of laughing or of embarrassment, as people joke ("die laughing", "die of
#: cringe", "die lol")
NOT_REALLY_DYING = (
    r"(?! (?:laughing|laughin|of (?:laughter|laughing|embarrassment|shame|boredom|cringe"
    r"|happiness)|from (?:laughing|cringe|embarrassment)|lol|lmao|haha\w*|xd)\b)"
)
#: after "dont want to wake up": an early morning or a lie-in, not never waking ("wake up
#: early tomorrow", "at 6", "for school", "before noon")
WAKE_AT_A_TIME = (
    r"(?! (?:so |too |that |this )?(?:early|at \w+|for (?:school|work|college|uni)|on time"
    r"|before|till|until|til|in time)\b)"
)
#: (w60life) after "cut my wrist": on something sharp by accident ("on a broken glass", "on the
#: tin"), not by one's own hand
BY_ACCIDENT = (
    r"(?! (?:on (?:a|an|some|broken|glass|paper|the (?:tin|can|glass|lid|edge|fence|paper"
    r"|mirror|window|knife|saw))|by accident|accidentally|shaving|cooking|chopping)\b)"
)
#: (w64life, check63 finding 1) "overdosed" said of a thing, as a state: "the garden is
#: overdosed with weedkiller", "the lawn was overdosed", "overdosed with fertiliser" (not "i
#: overdosed", "hes overdosed": a person's act). A lookbehind and lookahead to put around it
THING_OVERDOSED_BEFORE = r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bgot )(?<!\bget )"
THING_OVERDOSED_AFTER = (
    r"(?! (?:with|on) (?:weedkiller|weed killer|fertiliser|fertilizer|chlorine|plant food|feed"
    r"|pesticide|slug pellets|salt|lime|water)\b)"
)
#: (w64life, check63 finding 1) a thing named as what is "about to die" or "going to die":
#: "my phone is about to die", "the battery is going to die", "my laptop s gonna die" (over
#: the words before the wish, ``clean_text``; not "my life", nor a person: ``subject_other``)
THING_DYING = re.compile(
    r"\b(?:my|the|our|this|that|your) (?:\w+ )?(?:phone|mobile|battery|batteries|laptop"
    r"|tablet|ipad|computer|pc|console|controller|headphones|airpods|charger|torch|car|van"
    r"|engine|bike|tv|telly|wifi|internet|router|plant|plants|flowers|garden|lawn|grass|tree"
    r"|trees|fish|goldfish|hamster|houseplant|cactus|basil|tomatoes|signal|data|pen|printer"
    r"|kindle|watch|fitbit|switch|xbox|ps5|tamagotchi|sourdough|starter)"
    r" (?:is|s|are|re|was|will|ll)(?: \w+)? *$"
)
