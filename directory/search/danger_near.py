"""(w49danger, check50 F1) Danger now said in ordinary words: someone who may harm the person
asking is with them or near them now ("hes in my room now", "he is here now", "my daughter is
with him right now and i think he is abusing her"), or about to be ("i am scared he will come
into my room tonight", "my dad is going to hurt me when he gets home"), or the person is scared
to go home ("i am scared to go home tonight", Welsh "dwi ofn mynd adra heno"). The danger-now
warning ("In danger now? Call 999...", ``danger_now``) showed only for "right now", "im in
danger" and a few other wordings.

Two strengths. Said with its time (now, tonight, when he gets home) or in a room of the
person's own, the shape alone is danger now (``NEAR_NOW``). Said without a time ("my mums
boyfriend is in the house", "i am scared my stepdad will hurt me"), it is danger now when fear
or harm is said too, in any clause that is not of the past (``NEAR_IF_FEARED``, ``FEAR``).

Not for the past ("he was in my room when i was 8", "he used to come in my room": ``danger_now``
reads a clause of the past as no danger), not for a threat to keep a secret ("he will hurt me if
i tell"), not for a parent asking about a child in general ("is my daughter in danger"), not for
someone worried about their own thoughts ("im scared i will hurt a child").

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes", "mae e'n" is "mae en").
"""

from __future__ import annotations

import re

#: spoken "ma" before who ("ma fe yn y tŷ"), read as written "mae" by the Welsh danger readers
#: (``danger_cy``, ``danger_held``)
SPOKEN_MA = re.compile(r"\bma (?=(?:e|o|fe|fo|hi|nhw|fy \w+) )")
#: someone who may harm them: "he", "hes", "my stepdad", "my mums boyfriend", "that man"
WHO = (
    r"\b(?:he|she|they|hes|shes|theyre|someone|somebody|"
    # (w53plan) "an older man", "some bloke", and where he is from: "the man next door", "the
    # guy across the road", "a man from church"
    r"(?:a|an|the|that|this|some)(?: older| old| strange| random)? (?:man|guy|bloke|woman|"
    r"abuser|attacker|rapist)(?: next door| upstairs| downstairs| across the (?:road|street)"
    r"| down the (?:road|street)| over the road| from (?:my |the )?\w+)?|"
    # (w53danger, check56 findings 1 and 4) someone else's too, "her uncle", "his step dad",
    # and the roles people name: "my teacher", "my coach", "my step brother", "my aunt"
    r"(?:my|her|his|their|our) (?:\w+ ){0,2}?(?:dad|daddy|father|stepdad|step dad|stepfather|"
    r"mum|mom|mam|mother|stepmum|step mum|brother|stepbrother|step brother|sister|stepsister|"
    r"step sister|uncle|aunt|auntie|aunty|cousin|grandad|granddad|grandpa|grandfather|nan|nana|"
    r"gran|grandma|granny|grandmother|boyfriend|bf|girlfriend|partner|husband|wife|ex|carer|"
    r"neighbour|neighbor|lodger|foster (?:dad|mum|carer)|abuser|attacker|rapist|teacher|coach|"
    r"tutor|instructor|youth worker|scout leader|leader|priest|vicar|imam|pastor|babysitter|"
    r"childminder|landlord|(?:mums|moms|mams|dads|parents|brothers|sisters) (?:friend|mate|pal))"
    # without "my", as text-speak drops it: "mums boyfriend", "dads girlfriend"
    r"|(?:mums|mum s|moms|mams|dads|dad s) (?:boyfriend|bf|partner|husband|girlfriend|wife|mate"
    r"|friend))"
)
#: is (or is still), as written: "he is", "hes", "he s", "they are"
_IS = r"(?: is| s| are| iz)?(?: still)?"
#: now, or this very evening, as said
NOW = (
    r"(?:right now|now|rn|atm|at the moment|this minute|tonight|tonite|2nite|in a minute|in a min"
    r"|any minute|in a sec)"
)
#: where they are: here, in the house, in my room, downstairs, at the door
_PLACE = (
    r"(?:here|in here|home|back|in (?:the|my|our) (?:house|home|flat|room|bedroom|bed|bathroom)|"
    r"in (?:the )?(?:next|other) room|in bed with me|downstairs|upstairs|outside|"
    r"at (?:the|my) (?:front |bedroom )?(?:door|window))"
)
#: ... of those, where someone's being there now is danger whatever else is said (not "home"
#: or "back": "my dad is home now and i want to tell him")
_PLACE_NOW = (
    r"(?:here|in here|in (?:the|my|our) (?:house|flat|room|bedroom|bed|bathroom)|"
    r"in (?:the )?(?:next|other) room|in bed with me|downstairs|upstairs|outside|"
    r"at (?:the|my) (?:front |bedroom )?(?:door|window))"
)
#: a room of their own, where someone's being there now is danger whatever else is said
_OWN_ROOM = r"(?:here|in here|in my (?:room|bedroom|bed)|in bed with me)"
#: harm to them: "hurt me", "do it again", "come in my room"
_HARM = (
    r"(?:(?:hurt|kill|rape|attack|beat|batter|hit|touch|strangle|stab|abuse|smack|punch|kick|"
    r"get|come for|do (?:it|that|stuff|things|something) to) (?:me|us)\b"
    r"|do (?:it|that|the same|the same thing) (?:again|to me)\b"
    r"|(?:have sex|sleep|do stuff|do things|mess about) with (?:me|us)\b"
    r"|make (?:me|us) (?:do|have|touch|suck|watch|take)\b"
    r"|come (?:in(?:to)?|up to|to) (?:my |the )?(?:room|bedroom|bed)\b)"
)
#: will, or is about to
_WILL = (
    r"(?: is| s| are)? (?:going to|gonna|gunna|will|about to|is about to|wants to|is coming to|"
    r"(?:might|may|could)(?! have))"
)
#: Welsh: "mae e", "mae o", "mae fy llystad", "mae cariad mam" (he is, my stepdad is, mum's
#: boyfriend is)
_WELSH_WHO = r"\bmae (?:e|o|hi|nhw|fe|fo|fy \w+|cariad (?:mam|fy mam)|partner (?:mam|fy mam))"
#: Welsh: here, in the house, in my room, downstairs, outside, at the door
_WELSH_PLACE = (
    r"(?:yma|yn y ty|yn y fflat|yn fy (?:stafell|ystafell|llofft|ngwely)|yn y stafell|"
    r"lawr staer|lan staer|lawr grisiau|lan lofft|adra|adre|adref|gartre|gartref|nol|yn ol|"
    r"tu allan|tu fas|wrth y drws)"
)

#: the shape with its time, or in their own room: danger now on its own
NEAR_NOW = re.compile(
    # "hes in my room now", "he is here now", "my uncle is in the house right now"
    rf"{WHO}{_IS} {_PLACE_NOW}(?: \w+){{0,3}}? {NOW}\b"
    rf"|{WHO}{_IS} {_OWN_ROOM}\b(?! (?:when|while|as) i was)"
    # still there, after harm told before it: "he raped me last night and he is still in the
    # house", "my stepdad is still here"
    rf"|{WHO}(?: is| s| are)? still {_PLACE_NOW}\b"
    # a threat of harm, its time said or not ("my dad is going to hurt me when he gets home",
    # "he will come into my room tonight", "my stepdad is gonna hit me")
    rf"|{WHO}{_WILL} {_HARM}"
    # "he says hes coming to my room tonight" (not "he keeps coming", not "he was coming")
    rf"|{WHO}{_IS}(?: \w+ and)? coming (?:in(?:to)?|up to|to) (?:my |the )?(?:room|bedroom|bed)\b"
    # (thirty-eighth walk-through F1) "hes coming up the stairs now", "my stepdad is coming
    # upstairs", "he is coming for me"
    rf"|{WHO}{_IS}(?: \w+ and)? coming (?:up the stairs|up stairs|upstairs|up to get me|for me|"
    r"after me|to get me)\b"
    # "i am scared to go home tonight", "too scared to go back home"
    r"|\b(?:scared|afraid|frightened|terrified|petrified|feared|too scared|dont want|do not want"
    r"|don t want|cant|can t|cannot|not safe|unsafe)(?: of| to)? (?:go|going|goin|be|being)"
    r"(?: back)?(?: to)? (?:home|at home|back home)\b"
    # Welsh: "mae e yma nawr", "mae fy llystad yn fy stafell" (he is here now, my stepdad is in
    # my room), "mae o n mynd i mrifo i" (he is going to hurt me), "dwi ofn mynd adra heno"
    # (I am scared to go home tonight)
    rf"|{_WELSH_WHO} {_WELSH_PLACE} (?:\w+ ){{0,3}}?(?:nawr|rwan|heno|ar hyn o bryd)\b"
    rf"|{_WELSH_WHO} (?:yn fy (?:stafell|ystafell|llofft|ngwely)|yma)\b"
    rf"|{_WELSH_WHO}(?: n| yn|n) mynd i (?:fy |y )?(?:mrifo|mrifon|lladd|nghuro|nhreisio|"
    r"nghyffwrdd|nhrio)\b"
    r"|\b(?:ofn|ofnus|dim isio|ddim isio|dim eisiau|ddim eisiau|ddim moyn|dim moyn|methu)"
    r" (?:\w+ ){0,2}?mynd (?:nol |yn ol |yn nol )?(?:adra|adre|adref|gartre|gartref)\b"
)
#: the shape without its time: danger now when fear or harm is said too
NEAR_IF_FEARED = re.compile(
    # "my mums boyfriend is in the house", "she is with him now", "he is coming home"
    rf"{WHO}{_IS} {_PLACE}\b"
    r"|\b(?:i|im|i m|i am|we|were|we are|my (?:\w+ )?\w+|she|he|they|the kids)"
    r"(?: is| are| am| s)? (?:\w+ )?with (?:him|her|them|his \w+|her \w+|my \w+(?: \w+)?)"
    r" (?:\w+ ){0,2}?(?:right now|now|rn|atm|tonight|at the moment)\b"
    rf"|{WHO}s?{_IS} (?:coming|going to come|gonna come|will come|will be)"
    r" (?:back|home|round|over|in|here)\b"
    # (w51danger, check54 finding 4) coming soon or on the way, said otherwise: "my grandad is
    # on his way over", "my uncles coming round in an hour", "my stepdad is coming later", "shell
    # come upstairs"
    rf"|{WHO}s?{_IS} on (?:his|her|their) way\b"
    rf"|{WHO}s?{_IS} (?:coming|going to come|gonna come|will come|will be)(?: \w+)?"
    r" (?:soon|later|tonight|tonite|2nite|today|in (?:an|a|half an|\w+) (?:hour|hours|minutes|"
    r"mins|min))\b"
    r"|\b(?:hell|he ll|shell|she ll|theyll|they ll|he will|she will|they will|hes going to|"
    r"shes going to|hes gonna|shes gonna) come (?:up|upstairs|up the stairs|up here|in|in here|"
    r"into my room|in my room|round|over|back|home|for me|and get me|after me)\b"
    rf"|{WHO}{_IS} (?:staying|sleeping|stopping) (?:over|here|the night|at ours|at our house)\b"
    # (check52 finding 2) "hes driving me home now", "he is taking me back to his"
    rf"|{WHO}{_IS} (?:driving|taking|walking|picking) me (?:home|back|up|somewhere|to)\b"
    # (w64danger, check63 finding 2) coming to take a child, told by someone who looks after
    # them: "her dad is coming to pick her up and she is terrified"
    rf"|{WHO}{_IS} (?:coming|on (?:his|her|their) way) (?:to|2) (?:pick|collect|fetch|get|take)"
    r" (?:her|him|them|me)\b"
    # (check51 finding 2) a child left with, or kept by, the one who harms: "my 5 year old is
    # alone with my ex", "he wont give her back"
    r"|\balone with (?:him|her|them|my \w+|his \w+|her \w+|their \w+)\b"
    r"|\b(?:wont|won t|will not|refuses to|refusing to) (?:give|bring|send|let) (?:her|him|them|"
    r"my \w+(?: \w+)?) (?:back|home|go)\b"
    rf"|\b(?:when|once|before|as soon as|till|until) {WHO} (?:gets|get|comes|come)"
    r"(?: back)? (?:home|back|in)\b"
    # Welsh: he is in the house, downstairs; he is coming home; when he comes home
    rf"|{_WELSH_WHO} {_WELSH_PLACE}\b"
    rf"|{_WELSH_WHO}(?: n| yn|n) dod (?:adra|adre|adref|gartre|gartref|nol|yn ol|yma)\b"
    r"|\bpan ddaw (?:e|o|hi|fe|fo|nhw|fy \w+) (?:adra|adre|adref|gartre|gartref|nol|yn ol)\b"
)

#: fear or harm said: "i am scared", "dw i n ofnus", "he hurts me", "please help"
FEAR = re.compile(
    r"\b(?:(?:scared|scarred|scard|afraid|frightened|terrified|petrified)"
    # (w64danger) not a fear of a thing: "she is terrified of the dentist"
    r"(?! of (?:the |a |an |her |his |my |going to the )?(?:dentist|dark|doctors?|hospital|needles?"
    r"|injections?|jabs?|exams?|tests?|spiders?|dogs?|heights|water|flying|clowns|thunder|storms?"
    r"|swimming|results)\b)"
    r"|fear|feared|fearing|panicking|freaking out|not safe|unsafe|dont feel safe|in danger"
    r"|help me|please help|hurt|"
    r"hurts|hurting|abuse|abuses|abusing|rape|rapes|raping|touches|touching|hits|hitting|"
    r"beats|beating|drunk|angry|threatening|threatened|kill me"
    # (w59cydanger, welsh24 notes) shaking, as the Welsh "crynu" is read
    r"|(?:shaking|shakin|trembling|tremblin)(?! with (?:excitement|laughter|cold|the cold)\b)"
    # (check51) harm said as done, or who did it: "he just raped me and he is still in the
    # house", "she is with her abuser right now"
    r"|raped|assaulted|attacked|abused|molested|abuser|abusers|attacker|rapist|touched"
    # (check52) "i know what hes going to do to me again"; (thirty-ninth walk-through F2) "i
    # know what hell do to me tonight"
    r"|(?:going to|gonna) do (?:\w+ ){0,2}?(?:to me|it again)"
    r"|(?:hell|he ll|shell|she ll|theyll|they ll|he will|she will|they will) do (?:\w+ ){0,2}?"
    r"(?:to me|it again)"
    # Welsh: afraid (ofn, ofnus), frightened, hurt, abuse, rape, drunk
    r"|ofn|nofn|hofn|ofnus|dychryn|dychryn i|brifo|mrifo|cam drin|camdrin|treisio|meddw|wedi meddwi"
    r"|mewn perygl|ddim yn saff|ddim yn ddiogel|anniogel)\b"
)

#: a threat to keep a secret, not an attack on its way: "he will hurt me if i tell"
_IF_TOLD = re.compile(
    r"\bif (?:i|we) (?:ever )?(?:tell|told|say|said|speak|report|go to|grass|dob)\b"
    r"|\bif (?:he|she|they|my \w+) (?:ever )?(?:finds? out|knows?|hears?)\b"
    # (w53tidy) the fear is of telling, not of someone near: "my nan is in the house and im
    # scared to tell her"
    r"|\b(?:scared|afraid|frightened|terrified|nervous|too scared|too afraid) (?:to tell|of "
    r"telling)\b"
    r"|\bos (?:dw i n|dwi n|wna i|na i) (?:deud|dweud|sôn|son)\b"
)
#: their own thoughts or urges, not someone else's harm: "im scared i will hurt a child"
_OWN_THOUGHTS = re.compile(
    r"\b(?:my (?:own )?(?:thoughts|urges|feelings|fantasies)|attracted to|"
    r"i (?:might|could|will|would|am going to|m going to) (?:hurt|touch|abuse|do something))\b"
)
#: a fear said of the past: "i was scared to go home", "we were afraid when he came home"
_WAS_FEARED = re.compile(
    r"\b(?:was|were|used to be|always been|been) (?:so |really |very |too )?"
    r"(?:scared|afraid|frightened|terrified)\b"
)


def near_now(cleaned: str) -> bool:
    """A clause (``clean_text``) tells of someone harmful with the person now, or set to come
    or to harm them soon, or of their being scared to go home (``NEAR_NOW``)."""
    if not NEAR_NOW.search(cleaned) or _ruled_out(cleaned):
        return False
    return not _WAS_FEARED.search(cleaned)


def near_if_feared(cleaned: str) -> bool:
    """A clause (``clean_text``) tells of someone harmful near or coming, with no time said
    (``NEAR_IF_FEARED``): danger now when fear or harm is said (``feared``)."""
    return NEAR_IF_FEARED.search(cleaned) is not None and not _ruled_out(cleaned)


def feared(cleaned: str) -> bool:
    """A clause (``clean_text``) says fear or harm (``FEAR``), and not as of the past."""
    return FEAR.search(cleaned) is not None and not _WAS_FEARED.search(cleaned)


#: (w59cydanger) "kill me" said of a small mishap, a joke, not a threat: "my mum will kill me
#: if im late", "hell kill me if i fail", Welsh "bydd mam yn fy lladd i os dwi'n hwyr"
JOKE_KILL = re.compile(
    r"\b(?:kill|murder) me if (?:i|im|i m|i am|i get|i dont|i don t)(?: \w+)?? (?:late|fail"
    r"|failed|miss|lose|lost|break|broke|forget|spend|crash|scratch|detention|dye|dyed)\b"
    # (w62danger, check62) "my mum will kill me if she sees my report", "when he sees my grades"
    r"|\b(?:kill|murder) me (?:if|when|once) (?:\w+ ){1,3}?(?:my |the )?(?:school )?(?:report|"
    r"grades|results|marks|exam results|test results|detention|phone bill|tattoo|piercing)\b"
    r"|\b(?:fy lladd|n lladd|ladd fi|lladd fi)(?: i| fi)? os (?:dwi|dw i|fi|i|wna i|na i|ydw i"
    r"|bydda i|fydda i)(?: ?n| yn)?(?: \w+)?? (?:hwyr|methu|fethu|colli|golli|torri|dorri"
    r"|anghofio|gwario|wario|crasho|sgriffio)\b"
)


#: (w62danger, check62) scared to go home only to be told off: "im scared to go home because
#: ill get told off for my grades", "afraid to go home cos ill be grounded"; not with harm said
_TOLD_OFF = re.compile(
    r"\bgo(?: back)? home (?:because|cos|coz|cuz|as) (?:ill|i ll|i will|im going to|im gonna|"
    r"i am going to|i might|they ll|theyll|she ll|shell|he ll|hell|mum ll|dad ll)(?: \w+)? "
    r"(?:get |be )?"
    r"(?:told off|grounded|shouted at|in trouble|a telling off|a lecture|tell me off|ground me|"
    r"lecture me|take my phone)\b"
)
_HARM_SAID = re.compile(r"\b(?:hit|hits|beat|hurt|smack|slap|belt|punch|kick|kill|batter)\b")


def _ruled_out(cleaned: str) -> bool:
    told_off = _TOLD_OFF.search(cleaned) and not _HARM_SAID.search(cleaned)
    return bool(
        _IF_TOLD.search(cleaned)
        or _OWN_THOUGHTS.search(cleaned)
        or JOKE_KILL.search(cleaned)
        or told_off
    )


#: what ``without_danger_now`` takes out of a clause of danger now: its shape
NEAR_WORDS = re.compile(f"{NEAR_NOW.pattern}|{NEAR_IF_FEARED.pattern}")


#: (w53tidy) a game won, not harm: "my brother is beating me at fifa now", "my dad is beating
#: my brother at chess right now": "beating" said with a game is read as "playing"
_GAME_BEATEN = re.compile(
    r"\b(?:beating|beats|beat)((?: \w+){1,3}? (?:at|in|on) (?:fifa|fortnite|minecraft|roblox"
    r"|football|chess|cards|pool|darts|tennis|the game|a game|games|everything|racing"
    r"|mario kart"
    # (w64danger) board and table games: "hes beating mum at scrabble"
    r"|scrabble|monopoly|uno|ludo|cluedo|connect four|a board game|board games|ping pong"
    r"|table tennis|badminton|golf|bowling|snooker)\b)"
)


def without_games(cleaned: str) -> str:
    """``cleaned`` with a game won said as played: "beating me at fifa" is "playing me at
    fifa", so that no reader of danger takes it for harm."""
    return _GAME_BEATEN.sub(r"playing\1", cleaned)
