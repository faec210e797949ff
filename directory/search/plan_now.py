"""(w48crisis, check48 F2) A plan of suicide said as now: the means in hand or in front of
them ("i have pills in front of me", "holding a razor", "standing on the bridge"), the act
said as what they are about to do or going to do by a way named ("about to end it", "going
to jump off a bridge", "going to take an overdose"), or a plan set for now or tonight
("ending it tonight", "mynd i gymryd gorddos heno"). The page says first, in the NHS's words
for this: "If your life is at risk now, call 999 or go to A&E." Before, the warning came only
for an act done (``suicide_acts.act_done``), and someone with the pills in front of them saw
none.

Not for a wish ("i want to die", "dw i eisiau marw"), nor for a plan with no time and no way
named ("i will end it one day"), nor for someone else ("he is going to jump", "my son says he
will take an overdose"): the talk box's suicide lines are for those.

Over ``clean_text`` (lower case, no apostrophes: "I'm" is "im"), a clause at a time.
"""

from __future__ import annotations

import re

from .everyday_said import EVERYDAY_UP_THERE, THING_DYING
from .lexicon import clean_text
from .plan_place import WAY_AS_PLACE
from .subject_other import someone_elses
from .suicide_cy import END_ALL_CY, GOING_TO_CY, GOODBYE_NOTE_CY, WAYS_CY

#: where a sentence or clause ends, in the words as typed
_CLAUSES = re.compile(r"[.!?;:\n]+")

_PILLS = (
    r"(?:pills|tablets|paracetamol|paracetamols|painkillers|pain killers|sleeping pills"
    r"|sleeping tablets|antidepressants|meds|medication|co ?codamol|ibuprofen"
    r"|tabledi|dabledi|nhabledi|pils|bils|mhils|tabs|moddion|foddion)"
)
_BLADE = (
    r"(?:knife|blade|razor|razor blade|rope|noose|cyllell|gyllell|rasel|llafn|rhaff|raff"
    r"|chyllell|lafn)"
)
_MY = r"(?:my|the|a|some|all my|all the|all of my|fy|y|yr)"
#: the time of now, English and Welsh (nawr, rwan, heno: now, now, tonight)
_NOW = (
    r"(?:right now|now|rn|tonight|tonite|2nite|this evening|today|nawr|rwan|rŵan|heno"
    r"|heddiw|yn syth)"
)

#: not pills kept for a use named: "for my migraines", "for the holiday" (but "for tonight")
_NOT_FOR_A_USE = (
    r"(?!(?: up)? (?:for|in case)\b"
    r"(?! (?:tonight|today|when|the end|this (?:weekend|week|evening))\b))"
)
#: (forty-eighth walk-through F1) fumes from a car, ready: a hosepipe with the car or its
#: exhaust, charcoal lit in a closed car, tent or room (not washing the car, a hosepipe ban,
#: a barbecue)
FUMES = (
    r"\b(?:sat|sitting|sittin|in) (?:in )?(?:the |my |his |her |their )?car "
    r"(?:\w+ ){0,3}?(?:with )?"
    r"(?:a |the )?hose ?pipe\b|\bhose ?pipe (?:\w+ ){0,4}?(?:the |my |his |her |their )?(?:car )?"
    r"exhaust\b"
    r"|\bcharcoal (?:\w+ ){0,3}?(?:in|into) (?:the |my |a )?(?:car|tent|room|bedroom)\b"
)
#: (w65note, walk49 F1) a note or letters of one's own for family, with a time or readiness
#: and nothing after that says what it is for: "ive done letters for my children tonight",
#: "wrote a note to my wife and im ready". Not a note alone ("i wrote a note to my teacher"),
#: of the past ("years ago"), nor one for something ("to my mum today about what my uncle
#: did", "for my kids today to say well done")
_LOVED = (
    r"(?:(?:each of |all of |both of )?(?:my|all my|our) (?:\w+ )?(?:family|kids|children|boys"
    r"|girls|sons?|daughters?|wife|husband|partner|girlfriend|boyfriend|mum|mam|dad|parents"
    r"|friends|loved ones|grandchildren)|every ?(?:one|body)|you all|them all)"
)
_READY = (
    r"(?:(?:and |so |now )?(?:im|i am|i m|i feel)(?: all| finally)? (?:ready|prepared)"
    r"(?: to go| now| for (?:it|this|tonight))?|(?:and |so )?its time)(?= *$| (?:i|and|now)\b)"
)
#: what the note is for, said after its time: then not a goodbye ("tonight about the trip",
#: "today to say thank you", "tonight for school")
_NOT_ABOUT = (
    r"(?! (?:about|to (?:say|tell|ask|thank|explain|remind)|saying|asking|telling|explaining"
    r"|thanking|reminding|for (?:school|their|his|her|the|a|when)|at school|in (?:their|his|her"
    r"|the) (?:lunch|bag|books?|cards?)|and (?:posted|sent|gave|put|left it)|with (?:their|his"
    r"|her) (?:lunch|tea|dinner)|while)\b)"
)
_NOTE_READY = (
    r"(?:^ *|\b(?:i|ive|i ve|i have|im|i m|i am|just|ive just|i just))(?: already| finally"
    r"| just)? ?(?:wrote|written|writing|finished|left|done)(?: out)? (?:a |my |the |some |two "
    rf"|three )?(?:note|notes|letter|letters) (?:for|to) {_LOVED}(?: (?:all|now|already|just))?"
    rf" (?:{_NOW}\b{_NOT_ABOUT}|{_READY})"
)
#: the means in hand or in front of them, or where they will do it, now
_AT_HAND = (
    rf"{FUMES}|"
    rf"\b{_PILLS} (?:\w+ ){{0,3}}(?:in front of me|next to me|beside me|in my hand|in my hands"
    r"|lined up|counted out|out on the (?:table|bed|side))\b"
    rf"|\b(?:i have|ive got|i ve got|got|have) {_MY} ?(?:\w+ )?{_PILLS} (?:all )?ready\b"
    rf"|\b(?:holding|got|have|ive got|i have) {_MY} ?{_BLADE} (?:in my hand|to my (?:wrist|neck"
    r"|throat)|ready|round my neck|around my neck)\b"
    rf"|\b(?:holding|clutching) {_MY} ?(?:{_PILLS}|{_BLADE})\b"
    # (thirty-ninth walk-through F1) the pills got out: "ive got the pills out" (not "out of
    # the cupboard for my nan")
    rf"|\b(?:i have|ive got|i ve got|got|have|getting|get) {_MY} ?(?:\w+ )?{_PILLS} out\b"
    r"(?! (?:of|for|to)\b)"
    r"|\b(?:rope|noose) (?:is )?(?:round|around) my neck\b"
    # (check49) a note written to say goodbye: "ive written a suicide note", "left a note"
    # (w49letter) not any letter: "i wrote a letter to my mum about what my uncle did" is a
    # disclosure; a note left, or written to everyone or the family, with nothing after it
    r"|\bleft (?:a |my )?(?:note|letter)s? (?:for|to) (?:my |every)"
    r"|\b(?:wrote|written|writing) (?:a |my )?(?:note|letter)s? (?:for|to) (?:everyone|everybody|"
    r"my family|my kids|my children|all my \w+|my loved ones)$"
    r"|\b(?:wrote|written|writing|left) (?:a |my )?(?:suicide|goodbye) (?:note|letter)s?\b"
    rf"|{_NOTE_READY}"  # (w65note) "a note for my kids tonight", "letters to my family, ready"
    r"|\b(?:standing|stood|sat|sitting|im|i am|i m) on (?:the |a )?(?:edge of (?:the |a )?)?"
    r"(?:bridge|ledge|roof|cliff|cliff edge|railway|train tracks|tracks|platform edge"
    r"|balcony edge)\b(?! (?:with|of) (?:my|the) (?:family|friends|mum|dad|kids))"
    rf"{EVERYDAY_UP_THERE}"  # (w60life, check61 F9) "on the roof fixing the aerial"
    # Welsh: tabledi o fy mlaen (tablets in front of me), yn fy llaw (in my hand), yn barod
    # (ready), sefyll ar y bont (standing on the bridge)
    rf"|\b{_PILLS} (?:\w+ ){{0,2}}(?:o fy mlaen|o mlaen i|om mlaen|or mlaen i|yn fy llaw|wrth fy"
    r" ymyl|n barod|yn barod)\b"
    r"|\b(?:sefyll|eistedd|dw i ar|dwi ar|dwin sefyll|dw in sefyll) (?:ar )?(?:y |ben y )?"
    r"(?:bont|dibyn|clogwyn|to)\b"
    rf"{EVERYDAY_UP_THERE}"  # (w60life) "ar y bont yn tynnu lluniau" (taking photos)
    # (w49cy) a goodbye note written: "dw i wedi sgwennu llythyr ffarwel"
    rf"|{GOODBYE_NOTE_CY}"
    # (w59tonight, check60 finding 3) the means gathered, one's own: "i have pills saved up",
    # "ive been stockpiling my tablets" (not kept for a use named: "saved up for my migraines")
    rf"|\b(?:i have|ive|i ve|ive got|i ve got|got|i)(?: been)? (?:saved|saving|stockpiled"
    rf"|stockpiling|hoarded|hoarding|stashed|stashing|collected|collecting)(?: up)? {_MY}?"
    rf" ?(?:\w+ )?{_PILLS}\b{_NOT_FOR_A_USE}"
    rf"|\b(?:i have|ive got|i ve got|got|have) {_MY}? ?(?:\w+ )?{_PILLS} (?:saved up|saved"
    rf"|stockpiled|stashed|hoarded|hidden away)\b{_NOT_FOR_A_USE}"
)
#: the act, said as what they are about to do or going to do by a way named
_GOING_TO = (
    r"(?:going to|gonna|goin to|gona|gunna|am going to|about to|bout to|will|ill|i will"
    r"|planning to|plan to)"
)
_BY_A_WAY = (
    r"(?:take|swallow|neck|down) (?:an? |another )?(?:over ?dose|od)\b"
    r"|(?:take|swallow|neck|down) (?:all|a load of|loads of|the lot of|all of|too many|every one"
    rf" of|a whole packet of|a packet of|a box of|a bottle of) (?:my |the |these )?{_PILLS}\b"
    r"|over ?dose\b"
    r"|(?:jump|throw (?:my ?self|me self)|fling (?:my ?self|me self)|step) (?:off|from|of|in front"
    r" of|under) (?:a |the |my |that )?(?:bridge|building|roof|cliffs?|balcony|multi ?storey"
    r"|car park|tower|flats|train|bus|lorry|car|motorway)\b"  # (w54cliff, walk43 F1) "throw myself"
    r"|(?:hang|gas|drown|poison) (?:my ?self|me self)\b"
    # (w53suicide) a car driven off or into something: "drive my car off a cliff"; (w64life)
    # or crashed into it
    r"|(?:drive|crash|smash|steer) (?:my car |the car |the van |my van )?(?:off|into) (?:a |the )?"
    r"(?:cliff|bridge|wall|tree|river|sea|lake|reservoir|lorry|oncoming traffic|the path of)\b"
)
#: (w62life, check62 F1) not ending it with someone: "end it with my boyfriend tonight" is a
#: relationship ended (but "end it with pills tonight" is a way)
_NOT_WITH_SOMEONE = (
    r"(?! with (?:him|her|them|my (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife"
    r"|fiance|fiancee|ex|mate|friend|man)))"
)
_ANY_WAY = (
    rf"(?:kill (?:my ?self|me self)|end (?:it|it all|my life|things){_NOT_WITH_SOMEONE}|die"
    r"|take my (?:own )?life)\b"
)
#: (seventeenth Welsh review F2) the means in hand and the act said as "it", set for now:
#: "i have a rope and im going to do it tonight", "mae gen i raff a dw in mynd iw wneud e heno"
_HAVE_CY = r"(?:mae gen i|mae gyda fi|mae gynna i|gen i|gyda fi|prynais|brynais|wedi prynu)"
_MEANS_AND_IT = (
    rf"\b(?:i have|ive got|i ve got|got|have|bought|{_HAVE_CY}) {_MY}? ?(?:{_PILLS}|{_BLADE})\b"
    rf"(?! (?:swing|ladder|ir siglen|i siglen|ir babell))(?: \w+){{0,6}}? "
    rf"(?:{_GOING_TO} do it|(?:mynd|am|ar fin) (?:iw wneud|iw neud|ei wneud|ei neud"
    r"|i wneud (?:e|o|fo|hi|hyn)|i neud (?:e|o|fo|hi|hyn)))"
    rf"(?: \w+){{0,3}}? {_NOW}\b"
)
#: (w62life, check62 F1) a rope or pills got, and going to use them, said last: "got a rope in
#: the garage and im going to use it" is "ive got a rope and im going to hang myself" said
#: another way. Not a use named after ("use it for the tent", "use it tomorrow")
_MEANS_TO_USE = (
    rf"\b(?:i have|ive got|i ve got|got|have|bought|i bought) {_MY}? ?(?:\w+ )?(?:{_PILLS}|rope"
    rf"|noose)\b(?: \w+){{0,6}}? {_GOING_TO} use (?:it|them|em)(?: on my ?self| {_NOW})? *$"
)
#: (w64life, check63 F1) a car driven or crashed into something hard, said as under way or
#: thought of: "driving into a wall", "crashing my car into a tree", "steering into a lorry"
DRIVEN_INTO = (
    r"(?:driv|crash|smash|steer)(?:ing|in) (?:my car |the car |the van |my van |myself )?"
    r"(?:off|into) (?:a |the |oncoming )?(?:cliff|bridge|wall|tree|river|sea|lake|reservoir"
    r"|lorry|traffic|path of)"
)
#: (w53plan) the act said as under way, with its time: "im killing myself tonight", "i am
#: taking all my tablets tonight", "tonight im ending it" ("im killing myself laughing" has no
#: time; "im taking my tablets tonight" no amount)
_ACT_ING = (
    r"(?:kill(?:ing|in) (?:my ?self|me self)(?! laughing| with| trying| over| at work)"
    r"|end(?:ing|in) (?:it|it all|my life|things)(?! with| off with)"
    r"|tak(?:ing|in) my (?:own )?life|hang(?:ing|in) (?:my ?self|me self)"
    r"|(?:tak|swallow|neck|down)(?:ing|in) (?:an? |another )?(?:over ?dose|od)\b"
    r"|(?:tak|swallow|neck|down)(?:ing|in) (?:all|a load of|loads of|the lot of|all of|too many"
    r"|every one of|the whole (?:packet|box|bottle) of|a (?:whole )?(?:packet|box|bottle) of)"
    rf" (?:my |the |these |mums |dads )?(?:\w+ )?{_PILLS}"
    r"|jump(?:ing|in) (?:off|from|in front of) (?:a |the |my |that )?(?:bridge|building|roof"
    r"|cliff|balcony|train|car park)"
    # (w64life, check63 F1) a car driven or crashed into something: "thinking of driving into
    # a wall on the way home" (not "driving into town")
    rf"|{DRIVEN_INTO})\b"
)
_I_AM_DOING = rf"(?:im|i am|i m)(?: just| really| actually| definitely)? {_ACT_ING}"
#: (w54ensuicide, check57 F1) the plan said tentatively, or wished with a way named: "i might
#: take all my tablets", "i want to hang myself", "thinking of jumping off the bridge tonight",
#: "thinking of jumping tonight". Not "thinking of jumping in the pool", "i might take my
#: tablets later" (a dose: no amount), nor the past ("i was thinking of", "i used to want to")
_NOT_MEANT = r"(?<!was )(?<!were )(?<!used to )(?<!dont )(?<!do not )(?<!never )(?<!didnt )"
_TENTATIVE = (
    rf"{_NOT_MEANT}\b(?:might|might just|think ill|think i will|think im going to|want to"
    rf"|wanna|really want to|just want to) (?:{_BY_A_WAY})"
    rf"|{_NOT_MEANT}\b(?:thinking|thinkin|keep thinking|considering|contemplating)"
    r" (?:(?:of|about) )?"
    rf"(?:{_ACT_ING}|jump(?:ing|in)(?: off)? {_NOW}\b)"
)
#: (w53suicide, walk42 F1, check56 finding 5) a plan said another way: going to a place to
#: jump with its time or after a note or goodbyes ("ive left a letter and im heading to the
#: cliffs tonight"), the night named ("tonights the night i end it", or after goodbyes), the
#: act in the plain present with its time ("tonight i end it all"), and "im going to jump"
#: said alone. Not "tonight is the night i tell my mum", "tonight i end it with him", "im
#: going to jump on the trampoline", nor a trip with no time ("going to walk to the bridge").
JUMP_PLACE = (
    r"(?:the |a |that )?(?:bridge|cliffs?|cliff top|cliff edge|railway(?: line| tracks?)?"
    r"|train tracks|train line|rail line|rail tracks"  # (w64life) "the train line"
    r"|tracks|level crossing|motorway bridge|flyover|viaduct|multi ?storey|pier|quarry"
    r"|top of (?:the|a|that) (?:car park|multi ?storey|building|flats|tower))\b"
)
#: after the place: a visit, a pastime or a building of that name, not the place itself ("the
#: bridge for a walk", "the tracks to watch the trains", "the bridge club", "the railway station")
NOT_A_VISIT = (
    r"(?! (?:for (?:a|some)|with (?:my|the|a|our|some|friends)"
    r"|to (?:meet|see|watch|walk|fish)|station|museum|club|arms|hotel|inn|pub|cafe|restaurant"
    r"|bar|shops?|park|road|street|school|lane|walk)\b)"
)
_TO_A_PLACE = (
    rf"(?:{_GOING_TO} (?:drive|go|walk|head|get|run|cycle|take the car|get the train)"
    r"|(?:im|i am|i m) (?:heading|driving|walking|going|off)|(?:heading|driving)) (?:up |down "
    rf"|out |over )?to {JUMP_PLACE}{NOT_A_VISIT}"
)
_FAREWELL = (
    r"(?:(?:said|saying|say|texted|sent)(?: \w+){0,3}? (?:goodbyes?|bye)\b"
    r"|(?:wrote|written|writing|left) (?:a |my |the |some )?(?:notes?|letters?)\b)"
)
_END_IT = (
    r"(?:end it(?: all)?|end things|end my life|end everything|kill my ?self|die)"
    r"(?! with| between| off\b| for (?:him|her|them|us)\b)"
)
_THE_NIGHT = r"(?:tonight|today|this)(?: is|s) the (?:night|day|end)\b"
_PLAN_SAID = (
    rf"\b{_TO_A_PLACE}(?: \w+){{0,3}}? {_NOW}\b"
    rf"|\b{_FAREWELL}(?: \w+){{0,8}}? {_TO_A_PLACE}"
    rf"|\b{_THE_NIGHT} (?:(?:that |when )?(?:i|ill|i will|im going to|im gonna|i am going to)"
    rf" (?:{_END_IT}|do it|go)\b)"
    rf"|\b{_FAREWELL}(?: \w+){{0,8}}? {_THE_NIGHT}|\b{_THE_NIGHT}(?: \w+){{0,8}}? {_FAREWELL}"
    rf"|\b{_NOW}(?: \w+){{0,2}}? i (?:just )?{_END_IT}"
    rf"|\bi {_END_IT} {_NOW}\b"
    r"|\b(?:im|i am|i m|i)(?: just| really)? (?:going to|gonna|goin to|gunna|about to|bout to)"
    r" jump(?: off)?(?: (?:now|tonight|right now|today|soon|in a minute|off it))? *$"
)
#: (w55own, check58 F2) the last night, or the goodbyes said as done, with nothing after:
#: "today is my last day", "this is my last night alive", "ive said goodbye to everyone i
#: love". Not "tonight is my last night at uni", "said goodbye to everyone at the leaving
#: party", "i said goodbye to my abuser in court"
_LAST_AND_GOODBYES = (
    r"\b(?:tonight|today|this)(?: is|s| will be| is going to be| is gonna be) (?:my|the) last"
    r" (?:night|day)(?: (?:alive|ever|on (?:this )?earth|of my life))? *$"
    r"|\bmy last (?:night|day) (?:alive|on (?:this )?earth)\b"
    r"|\b(?:i have|ive|i ve|i|just|ive just|i just|i have just|ive already|i already) (?:said"
    r"|sent|texted|written|wrote|messaged)(?: my)? (?:last )?(?:goodbyes?|byes?)(?: to (?:everyone"
    r"|everybody|all of them|the world|all my (?:friends|family)|my family and (?:my )?friends)"
    r"(?: i (?:love|care about|know))?)? *$"
)
_PLAN_NOW = re.compile(
    rf"{_LAST_AND_GOODBYES}|(?:{WAY_AS_PLACE})"  # (w56own) "walk into the sea tonight"
    rf"|\b{_I_AM_DOING}(?: \w+){{0,3}}? {_NOW}\b|\b{_NOW}(?: \w+){{0,2}}? {_I_AM_DOING}"
    rf"|{_PLAN_SAID}|{_TENTATIVE}"
    rf"|\b{_GOING_TO} (?:{_BY_A_WAY})"
    rf"|\b(?:about to|bout to|ar fin) (?:{_ANY_WAY}|lladd fy hun|ladd fy hun|{END_ALL_CY})"
    rf"|\b{_GOING_TO} (?:{_ANY_WAY})(?: \w+){{0,3}}? {_NOW}\b"
    # (thirty-sixth walk-through F1) the wish set for now: "tonight i want to end it all", "i
    # want to die tonight"
    rf"|\b(?:want|wanna|need) to (?:{_ANY_WAY})(?: \w+){{0,3}}? {_NOW}\b"
    rf"|\b{_NOW}(?: \w+){{0,2}}? i (?:just )?(?:want|wanna|need) to (?:{_ANY_WAY})"
    rf"|{_AT_HAND}"
    # (thirty-ninth walk-through F1) the pills named, then going to take them all
    rf"|\b{_PILLS}\b(?: \w+){{0,8}}? (?:(?:i|im|i m|i am)(?: just)? (?:going to|gonna|gunna|"
    r"goin to|about to|bout to|will)|ill|i ll) (?:take|swallow|neck|down) (?:them all|em all|"
    r"the lot|it all|all of them|every one of them|all)\b(?! as (?:prescribed|directed|told))"
    # Welsh: mynd i gymryd gorddos / lyncu'r tabledi / neidio / grogi fy hun (going to take an
    # overdose, swallow the tablets, jump, hang myself); lladd fy hun heno (kill myself tonight)
    r"|\b(?:mynd i|am|ar fin) (?:gymryd|lyncu|lyncur|nghymryd) (?:\w+ ){0,3}?"
    rf"(?:{_PILLS}|gorddos|orddos|overdose|od)\b"
    r"|\b(?:mynd i|ar fin) (?:neidio|grogi|nghrogi)\b"
    rf"|\bmynd i (?:ladd fy hun|lladd fy hun|orffen popeth|gorffen popeth|ddod a fy mywyd i ben"
    # (seventeenth Welsh review F2) cymryd fy mywyd (fy hun): take my (own) life
    r"|gymryd fy mywyd|cymryd fy mywyd|gymryd fy mywyd fy hun|gymryd fy mywyd fy hunan"
    # (w49cy) rhoi diwedd ar y cyfan, dod â'r cyfan i ben: end it all
    rf"|{END_ALL_CY})"
    rf"(?: \w+){{0,3}}? {_NOW}\b"
    # (w49cy) a way named: mynd i hongian / foddi fy hun (going to hang / drown myself)
    rf"|\b{GOING_TO_CY} (?:{WAYS_CY})\b"
    rf"|{_MEANS_AND_IT}|{_MEANS_TO_USE}"
)
#: someone else's plan, just before the words: "he is going to", "my son said she will"
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|he s|she s|they re|hed|shed"
    r"|(?:mae|maen) (?:o|e|hi|nhw) ?(?:yn|n)?)"
    r"(?: (?:is|are|was|were|said|says|keeps saying|told me))?(?: (?:he|she|they))?(?: is| s)? ?$"
)


#: the plan said with "I" first: the asker's own, whoever was named before it
_I = frozenset(["i", "im", "ive", "id", "ill", "dw", "dwi", "dwin", "rwyn", "rydw", "fin"])


def plan_now_found(cleaned: str) -> re.Match[str] | None:
    """The first plan said as now in ``cleaned`` (``clean_text``) that is not someone else's."""
    for found in _PLAN_NOW.finditer(cleaned):
        before = cleaned[: found.start()]  # (w53cyothers) nor "mae fy ffrind yn mynd i"
        own = found[0].split()[0] in _I  # "texted my sister and im driving to the bridge"
        if not own and THING_DYING.search(before):
            continue  # (w64life, check63 F1) "my phone is about to die"
        if own or not (_SOMEONE_ELSE.search(before.rstrip()) or someone_elses(before)):
            return found
    return None


def plan_now(text: str) -> bool:
    """``text`` (the words as typed) tells of a plan of suicide said as now by the person
    asking: the means in hand, the act about to be done or going to be done by a way named, or
    a plan set for tonight or now. The page says first that if your life is at risk now, call
    999 or go to A&E."""
    return any(plan_now_found(clean_text(part)) for part in _CLAUSES.split(text))


#: a plan said as now and the time it is set for: "take an overdose tonight"
_PLAN_AND_TIME = re.compile(rf"(?:{_PLAN_NOW.pattern})(?:(?: \w+){{0,3}}? {_NOW}\b)?")


def without_plan_now(cleaned: str) -> str:
    """``cleaned`` (``clean_text``) without a plan said as now and the time it is set for:
    "my stepdad abused me for years, im going to take an overdose tonight" told of no assault
    last night, and the page warned of one "in the last few days"."""
    return _PLAN_AND_TIME.sub(" ", cleaned)
