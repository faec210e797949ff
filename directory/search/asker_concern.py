"""(judged46, w46j-20) A grown-up worried about how another adult behaves with children, with
nothing yet seen or told: "youth leader at our church keeps private messaging teenage girls",
"the football coach is too close to the boys, buys them gifts", "a man at our mosque keeps
giving sweets to the little girls and taking them aside", "our scout leader messages the kids on
snapchat late at night". These read as no one in particular, so the page led with Childline
and a SARC; the help is the NSPCC's line for any adult worried about a child and Stop It Now's
for a worry about someone else's behaviour, as for someone who saw abuse (``asker_witness``).

Never a child speaking of their own coach or class ("my coach keeps messaging me", "the
teacher messages the girls in my class"), nor the asker's own behaviour (read before this).
Over ``clean_text``'s words; used by ``asker._persona``.
"""

from __future__ import annotations

import re

#: an adult in a role with children, or an adult named so
_ADULT = (
    r"(?:youth (?:leader|worker|pastor)|scout leader|scoutmaster|cub leader|brownie leader|"
    r"guide leader|coach|trainer|instructor|tutor|teacher|teaching assistant|dance teacher|"
    r"priest|vicar|pastor|imam|rabbi|minister|church leader|elder|sunday school teacher|"
    r"madrassah teacher|babysitter|childminder|nanny|neighbour|neighbor|lodger|family friend|"
    r"man|guy|bloke|fella|old man|woman|lady|volunteer|helper|leader)"
)
#: what such an adult keeps doing that worries people
_DOES = (
    r"(?:keeps |always |is always |has been |started |starts )?"
    r"(?:messag\w*|private messag\w*|dm\w*|text\w*|snapchat\w*|whatsapp\w*|ringing|calling|"
    r"giv\w* (?:\w+ )?(?:gifts|presents|sweets|money|lifts|vapes|alcohol)|"
    r"buy\w* (?:them|the \w+) |bought (?:them|the \w+) |"
    r"tak\w* (?:them|the \w+(?: \w+)?) (?:aside|away|out|home|on trips|alone)|"
    r"(?:alone|on his own|on her own) with|too (?:close|friendly|touchy|interested|hands on)|"
    r"grooming|groom\w*|touchy feely|cuddl\w*|tickl\w*|"
    # (w47unsaid, check46 F7) "hugs the girls too long", "takes photos of the boys changing",
    # "keeps inviting kids into his house", "has kids round all the time", "wants them alone"
    r"hugg?\w*|kiss\w*|photograph\w*|film\w*|invit\w*|stares? at|staring at|watch\w*|"
    r"tak\w* (?:photos|pictures|pics|videos|selfies|snaps)|"
    r"ha(?:s|ve|d) (?:\w+ )?(?:kids|children|boys|girls|teenagers|young people) (?:round|over|"
    r"in|staying|to stay|back)|"
    r"(?:wants?|gets?|getting|wanting|likes?) (?:them|the \w+|kids|children) (?:on their own|"
    r"alone|by himself|by herself|to himself|to herself|on his lap|on her lap)|"
    r"sleepovers?|lets? (?:them|the \w+|kids|children) (?:sit|sleep|stay|smoke|vape|drink)|"
    r"(?:hangs?|hanging) (?:around|round|about) (?:with )?)"
)
#: ... children, spoken of as someone else's
_CHILDREN = (
    r"(?:kids|children|boys|girls|teenage (?:girls|boys)|teenagers|teens|young people|"
    r"youngsters|pupils|players|little (?:girls|boys|ones)|lads|the young ones|"
    r"my (?:son|daughter|kids|children|boy|girl|lad)|\d{1,2} year olds?)"
)
#: the adult and what they do, then the twelve words after, which must name the children
_CONCERN = re.compile(rf"\b{_ADULT}\b(?: \w+){{0,6}}? {_DOES}((?: \w+){{0,12}})")
_NAMED = re.compile(rf"\b{_CHILDREN}\b")
#: a child speaking of their own group: "in my class", "on my team", "me"
_MINE = re.compile(
    r"\b(?:my (?:class|team|year|school|mates|friends|form)|our (?:class|team|year)|"
    r"messag\w* me|to me|at me|with me|me and)\b"
    # (w47unsaid) or done to the asker ("my uncle watches the kids and touches me")
    r"|\b(?:touch\w*|hurt\w*|abus\w*|rap\w*|kiss\w*|hugg?\w*|film\w*|photograph\w*|"
    r"watch\w*|invit\w*|groom\w*|fancies|likes) me\b|\b(?:pictures|photos|pics|videos) of me\b"
)


#: (w49adult, check50 F6) a grown-up of the asker's family, or someone else's partner: an
#: in-law ("my brother in law"), or a friend's, sister's or neighbour's husband or boyfriend
_GROWN_KIN = (
    r"(?:(?:brother|sister|father|mother|son|daughter|step ?father|step ?mother) in law|"
    r"(?:friend|mate|sister|brother|cousin|neighbour|neighbor|colleague|aunt|auntie|niece)s? "
    r"(?:new |ex |current )?(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|fella|"
    r"bloke|man|dad|father|stepdad|step dad)"
    # (check53 finding 10) someone outside the family: "my neighbour is abusing his daughter",
    # "someone i know is abusing a child", "a man i work with is grooming a girl"
    r"|(?:my |our |the |a )?(?:next door )?(?:neighbour|neighbor)|(?:someone|somebody|a (?:man|"
    r"woman|guy|bloke|lady|person)) (?:i|we) (?:know|work with)|a friend of (?:mine|ours|the "
    r"family)|family friend|(?:the )?(?:man|woman|guy|bloke|lady|family) next door)"
)
#: what such a grown-up does, or may do, to children
_KIN_DOES = (
    r"(?:is |has been |keeps |might be |may be |could be |be |was )?"
    r"(?:abus\w*|touch\w*|molest\w*|groom\w*|hurt\w*|interfer\w* with|fiddl\w*|"
    r"(?:looks?|looking|stares?|staring|leers?|leering) at|watch\w*|rap\w*|"
    r"(?:weird|strange|creepy|inappropriate|odd|funny) (?:with|around|towards)|"
    # (w59fit, check60 finding 10) "my friends husband messages young girls"
    r"messag\w*|private messag\w*|dm\w*|text\w*|sext\w*|snapchat\w*|chatting (?:to|with|up))"
)
#: ... the children, spoken of as someone else's or as children the asker is not one of
_KIDS = (
    r"(?:(?:their|his|her|the|our|my|those|other) (?:\w+ )?(?:kids|children|child|daughters?|"
    r"sons?|stepdaughters?|stepsons?|grandkids|grandchildren|granddaughters?|grandsons?|"
    r"little (?:girl|boy|ones?)|baby)|my (?:niece|nephew)s?|kids|children|little (?:girls|boys)"
    r"|(?:a|an|this) (?:young |little )?(?:child|kid|girl|boy|teenager)|(?:a|an) \d{1,2} ?(?:year "
    r"old|yr old|yo)|(?:young|teenage|underage|school) (?:girls|boys)|schoolgirls|schoolboys)"
)
#: (check53 finding 10) someone else's children harmed, said of them: "my neighbours kids are
#: crying every night and i think their stepdad is hurting them"
_OTHERS_KIDS = re.compile(
    r"\b(?:neighbours?|neighbors?|friends?|colleagues?|mates?) (?:\w+ )?(?:kids|children|child|"
    r"daughters?|sons?|little (?:girl|boy|ones?)|girls|boys|baby)\b(?: \w+){0,14}? (?:is |are |"
    r"being |been )?(?:abus\w*|hurt\w*|touch\w*|molest\w*|groom\w*|rap\w*|interfer\w* with)"
)
#: (w61adult, check61 §9) someone else's child who told the asker something: "my neighbours
#: child told me her mums boyfriend…", "my friends daughter said her stepdad…", "my sisters lad
#: let slip…": a grown-up worried about a child (whose child it is says the asker is not one)
_OTHERS_CHILD_TOLD = re.compile(
    r"\b(?:neighbours?|neighbors?|friends?|colleagues?|sisters?|brothers?|cousins?|partners?"
    r"|boyfriends?|girlfriends?)s? (?:\w+ )?(?:kids?|child|children|daughters?|sons?|little "
    r"(?:girl|boy|one)|girl|boy|lad|lass|baby|youngest|eldest|toddler)\b(?: \w+){0,3}? (?:has |"
    r"just |finally |then )?(?:told|tells|said|says|disclosed|confided|mentioned|let slip|"
    r"admitted|whispered)\b"
)
#: ... not done to the asker too ("my sisters boyfriend touches me and her kids")
_TO_ME = re.compile(
    r"\b(?:touch\w*|hurt\w*|abus\w*|rap\w*|kiss\w*|hugg?\w*|film\w*|photograph\w*|watch\w*|"
    r"groom\w*|molest\w*|does? (?:things|stuff)(?: to)?|did (?:things|stuff)(?: to)?) me\b"
    r"|\b(?:to|at|with) me\b|\b(?:pictures|photos|pics|videos) of me\b|\bwhen i was\b"
)
_KIN_CONCERN = re.compile(
    rf"\b{_GROWN_KIN}\b(?: \w+){{0,5}}? {_KIN_DOES}(?: \w+){{0,4}}? {_KIDS}\b"
)
#: (w59fit, check60 finding 10) a grown-up's suspicion that someone they know is abusing
#: children, said as what they think: "my brother is a teacher and i think he is abusing
#: children", "i think my partner is abusing his daughter", "i suspect my dad has been touching
#: kids at the club"; the children are children in general or someone else's (his, her, their),
#: never the asker ("me") nor a brother or sister of theirs, whom a child may name
_SUSPECTED = re.compile(
    r"\b(?:think|thinking|suspect|suspicious|believe|sure|worried|worry|scared|afraid|fear|"
    r"reckon|know)(?: that)? (?!i |me |we )(?:\w+ ){0,4}?(?:hes|shes|theyre|is|s|has|have|"
    r"might be|may be|could be|was|keeps|are)(?: been)? (?:sexually )?(?:abusing|touching|"
    r"molesting|grooming|raping|interfering with|fiddling with|messing with|hurting) "
    r"(?:(?:the |other |young |little |underage |teenage |school )*(?:children|kids|girls|boys|"
    r"pupils|lads|players|students)"
    r"|(?:a|an) (?:young |little )?(?:child|kid|girl|boy)"
    r"|(?:his|her|their) (?:\w+ )?(?:daughters?|sons?|stepdaughters?|stepsons?|kids|children|"
    r"child|grandchildren|grandkids|granddaughters?|grandsons?|nieces?|nephews?|pupils|"
    r"students))\b"
    # ... in Welsh: "dwi'n meddwl bod fy mrawd yn cam-drin plant" (I think my brother is abusing
    # children), "dw i'n amau bod fy mhartner yn cam-drin ei ferch" (I suspect my partner is
    # abusing his daughter), "ofn ei fod e'n cyffwrdd â'i wyres" (afraid he is touching his
    # granddaughter); never "fy mod i" (that I am)
    r"|\b(?:meddwl|amau|credu|poeni|pryderu|ofn|siwr|sicr|gwybod) (?:\w+ )?(?:bod|fod) "
    r"(?!i |fi |ni )(?:\w+ ){0,3}?(?:yn|en|n|on|hin) (?:cam drin|gam drin|cyffwrdd|gyffwrdd|"
    r"molestio|treisio|meithrin perthynas(?: amhriodol)?(?: gyda| efo| a| ag)?|anfon negeseuon "
    # (w63cy2, welsh25 F11) "the children" too: "…yn cam-drin y plant", as "the kids" is read
    r"(?:at|i)) (?:(?:y|yr|r) )?(?:plant|plentyn|ferched|merched|fechgyn|bechgyn|pobl ifanc|"
    r"disgyblion|"
    r"(?:ei|ai|iw|eu) (?:ferch|fab|blant|phlant|llysferch|llysfab|wyres|wyr|wyrion|nith|nai|"
    r"merch|mab|merched|meibion))\b"
)
#: (check52 finding 7) the asker's own partner or friend talking to, or grooming, a child whose
#: age or childhood is said: "my mate is grooming a 15 year old girl", "found messages on my
#: husbands phone to a 13 year old girl"
_PARTNER = (
    r"(?:husband|hubby|wife|partner|boyfriend|girlfriend|fiance|fiancee|mate|best mate|friend|"
    r"flatmate|colleague)"
)
_A_CHILD = (
    r"(?:a|an|this|some) (?:(?:[1-9]|1[0-7]) ?(?:year old|yr old|yo) )?(?:girl|boy|child|kid|"
    r"teenager|teen|schoolgirl|schoolboy)\b|(?:a|an) (?:[1-9]|1[0-7]) ?(?:year old|yr old|yo)\b"
    r"|(?:kids|children|underage (?:girls|boys))\b"
)
_PARTNER_CONCERN = re.compile(
    rf"\bmy {_PARTNER} (?:is |has been |keeps |might be |may be |was )?(?:groom\w*|messag\w*|"
    rf"text\w*|sext\w*|chatting (?:to|with)|talking to|sending \w+ to|meeting)(?: \w+){{0,3}}? "
    rf"(?:{_A_CHILD})"
    rf"|\b(?:messages|texts|chats|pictures|photos|pics) (?:\w+ ){{0,3}}?(?:on|in|from) my "
    rf"{_PARTNER}s? (?:phone|laptop|computer|ipad|tablet|account|snapchat|instagram)"
    rf"(?: \w+){{0,3}}? (?:to|with|from|of) (?:{_A_CHILD})"
)


def concerned_about_someone(cleaned: str) -> bool:
    """A grown-up worried about another adult's behaviour towards children: an adult in a role
    with children (``_CONCERN``), or (w49adult) a grown-up of the family or someone else's
    partner doing something to children (``_KIN_CONCERN``: "worried about my brother in law he
    looks at children in a weird way"), or (w59fit) someone they think is abusing children
    (``_SUSPECTED``: "i think my partner is abusing his daughter"), or (w61adult) someone
    else's child who told them (``_OTHERS_CHILD_TOLD``: "my neighbours child told me…")."""
    if _KIN_CONCERN.search(cleaned) and not _TO_ME.search(cleaned):
        return True  # ("my friends husband": not a child's own friends, as ``_MINE`` reads it)
    if _PARTNER_CONCERN.search(cleaned) and not _TO_ME.search(cleaned):
        return True  # (check52) "my mate is grooming a 15 year old girl he met online"
    if _OTHERS_KIDS.search(cleaned) and not _TO_ME.search(cleaned):
        return True  # (check53) "my neighbours kids ... their stepdad is hurting them"
    if _SUSPECTED.search(cleaned) and not _TO_ME.search(cleaned):
        return True  # (w59fit) "i think my partner is abusing his daughter"
    if _OTHERS_CHILD_TOLD.search(cleaned) and not _TO_ME.search(cleaned):
        return True  # (w61adult) "my neighbours child told me her mums boyfriend…"
    if _MINE.search(cleaned):
        return False
    return any(
        _NAMED.search(found[0][len(found[0].split()[0]) :]) for found in _CONCERN.finditer(cleaned)
    )
