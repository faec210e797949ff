"""(third probe, pattern 4) A professional told in how they say it, whatever their role is
called: words said first that name what the asker does (not someone in their life, a time or
a place), then a child, a pupil or a young person in their care, or that child's parent, who
told them something ("librarian a child aged 12 told me…", "im a sports physio and a 14 yr old
athlete told me…", "sunday school leader child 9 says…"); or their group or setting named as
theirs with a child there who told ("one of our swimmers told me…", "a girl at our club
disclosed…"), or "disclosed to me". Used by ``asker_roles.says_professional``, which also
leaves out a role-holder who harmed the asker and a parent speaking of their own child; the
words are ``clean_text``'s. Never a child telling what another child told them ("a girl in my
class told me…", "after school a boy said…"): those begin with words of their own life."""

from __future__ import annotations

import re

#: (third probe, pattern 4) a child, a pupil or a young person in the asker's care, or their
#: parent, as a professional names them: "a child aged 12", "a 14 yr old athlete", "a year 3
#: girl", "child 9", "one of our swimmers", "a parent"
_IN_CARE = (
    r"(?:a |an |the |this |one of (?:my|our|the) |our )?"
    # (probe 14, pattern 4) "adolescent inpatient 16", "a young outpatient"
    r"(?:(?:adolescent|teenage|young|female|male|new|vulnerable|paediatric|ward) )?"
    r"(?:(?:child|kid|pupil|student|learner|inpatient|outpatient|adolescent|infant|youngster|"
    r"young person|young man|young woman|girl|boy|lad|teen|teenager|resident|patient|client|"
    r"athlete|player|member|swimmer|rider|gymnast|dancer|camper|scout|cub|brownie|guide|cadet|"
    r"service user|parent|mum|mom|dad|carer|mother|father)s?"
    r"(?: (?:aged |age )?\d{1,2}(?: ?(?:yo|y o|years old|year old|yrs old|yr old))?)?"
    r"|\d{1,2} ?(?:year old|yr old|yrs old|years old|yo|y o)(?: \w+)?"
    r"|(?:year|yr) \d{1,2} (?:girl|boy|pupil|student|child|kid))"
)
#: ... who told the asker something: "told me", "disclosed", "said"
_TOLD = (
    r"(?: (?:in|at|from|on|of) (?:my|our|the) \w+)? (?:has |have |just |finally |then |had )?"
    r"(?:told me|told us|tells me|disclosed|disclosed to me|said|says|confided in me|"
    r"opened up to me|came to me"
    # (probe 14, pattern 4) "11 year old hinted her dad…", "mentioned", "let slip"
    r"|hinted|hints|mentioned|let slip|revealed|implied|alleged|alleges|made a disclosure)\b"
)
#: ... after words said first that name no one in the asker's life, nor a time or a place, and
#: so name what the asker does ("librarian", "im a sports physio and", "sunday school leader"):
#: a role the tables do not know, said as people say theirs
_NOT_A_ROLE = (
    r"(?:my|our|his|her|their|your|i|im|me|we|you|at|in|on|to|from|by|with|of|for|when|so|and|"
    r"but|or|hi|hello|hey|help|please|pls|what|how|why|who|if|yesterday|today|tonight|last|this|"
    r"that|there|it|its|she|he|they|someone|somebody|anyone|friend|friends|mate|mates|bestie|"
    r"mum|mom|mam|dad|brother|sister|cousin|nan|gran|grandad|uncle|aunt|auntie|class|kid|kids|"
    r"child|children|girl|boy|teen|teenager|student|pupil|year|after|before|during|since|then|"
    r"recently|earlier|now|one|some|lunch|break|playtime|home|is|was|has|had|have|do|does|did|"
    r"not|no|yes|ok|okay|just|really|very|a|an|the|parent|parents|stepdad|stepmum|boyfriend|"
    r"girlfriend|husband|wife|partner|neighbour|neighbor|carer|foster|kinship|guardian|"
    r"adoptive|grandparent|grandma|grandpa|granny|nana|step|single|older|younger|other|another|"
    r"never|ever|over|under|however|whatever|together|better|later|father|mother|daughter)"
)
#: the last of those words, as the names of jobs end ("librarian", "supervisor", "leader",
#: "physio", "escort"), not a word about the child ("muslim girl aged 15 disclosed…")
_ROLE_NOUN = (
    r"(?:\w+(?:er|or|ist|ian|ant|ent|ee|man|woman|ess|ive|eon)|nurse|staff|coach|lead|head|"
    r"physio|chef|clerk|porter|escort|guard|aide|nanny|medic|vicar|priest|tutor|rep|cook|"
    r"cleaner|gp|dsl|pcso)"
)
_ROLE_THEN_TOLD = re.compile(
    r"^(?:(?:im|i am|i m|as|i work as|working as|i volunteer as) (?:an? |the )?|(?:a|an|the) )?"
    rf"(?:(?!{_NOT_A_ROLE}\b)\w+ ){{0,3}}?(?!{_NOT_A_ROLE}\b){_ROLE_NOUN} (?:and |here )?"
    rf"{_IN_CARE}{_TOLD}"
)
#: ... or the asker's group or setting named as theirs, with a child there who told: "one of
#: our swimmers told me…", "a girl at our club disclosed…", "disclosed to me"
_OURS_TOLD = re.compile(
    r"\bone of our (?:pupils|students|learners|children|kids|young people|members|players|"
    r"swimmers|riders|gymnasts|dancers|residents|patients|clients|service users|campers|scouts|"
    r"cubs|brownies|guides|cadets|boys|girls|families)\b(?: \w+){0,4}? (?:has |just )?"
    r"(?:told|disclosed|said|says|confided)\b"
    # (not "our school", "our club", "our team": a child says them of their own too)
    rf"|\b{_IN_CARE} (?:at|in|from) our (?:\w+ )?(?:church|group|nursery|setting|centre|center|"
    rf"home|unit|ward|troop|pack|service|library|stables|mosque|practice|surgery){_TOLD}"
    r"|\bdisclosed to (?:me|us)\b"
)


#: (probe 14, pattern 4) ... or, in Welsh, a child who told the asker ("plentyn 4 yn dweud bod
#: dad yn brifo hi", "plentyn wedi dweud wrtha i…"), as ``asker_roles`` reads "wedi datgelu";
#: never someone's own child ("os yw eich plentyn yn dweud bod…": if your child says)
_TOLD_CY = re.compile(
    r"(?<!\beich )(?<!\bdy )(?<!\bfy )(?<!\bein )(?<!\bei )(?<!\beu )"
    r"\b(?:disgybl|plentyn|myfyriwr|myfyrwraig|person ifanc|preswylydd|claf)(?: \d{1,2}"
    r"(?: oed)?)? (?:wedi|yn) (?:dweud|deud|son|sôn|awgrymu) (?:wrtha i|wrthyf|wrthon ni|bod|fod)\b"
)


def told_in_care(cleaned: str) -> bool:
    """A role said first and then a child in the asker's care who told them, or the asker's
    group or setting with a child there who told (see the module)."""
    return bool(
        _ROLE_THEN_TOLD.match(cleaned) or _OURS_TOLD.search(cleaned) or _TOLD_CY.search(cleaned)
    )


#: (probe 21) the people a professional works with, said as theirs ("our pupil's mum's
#: boyfriend…", "a student of ours"), a referral asked of staff ("what can school staff refer
#: to"), and the field's words for a child having told ("after disclosure", "a csa
#: investigation"); ``asker_roles`` reads them as it reads "child protection plan"
_FIELD_SAID = re.compile(
    r"\bour (?:pupils?|students?|learners?|clients?|service users?|patients?|residents?|"
    r"looked after (?:child|children)|young people we work with)\b"
    r"|\b(?:pupil|student|learner|client|patient) of ours\b"
    r"|\b(?:can|could|should|do|does) (?:school staff|staff|teachers|schools|we|professionals|"
    r"practitioners|nurses|gps|social workers|the school) (?:refer|make a referral|signpost)\b"
    r"|\b(?:after|following|post) (?:a |the )?disclosure\b|\bcsa investigation\b"
)


def field_said(cleaned: str) -> bool:
    """The words a professional uses of the people they work with or of a disclosure."""
    return _FIELD_SAID.search(cleaned) is not None
