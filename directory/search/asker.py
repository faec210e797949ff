"""Who seems to be asking: a guess from first-person signals (``asker_patterns``, ``asker_own``)
that is never required and only reorders. Split from ``understand`` (issue 24)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .asker_acts import own_acts, underage_as_one_word
from .asker_adult import adult_age_as, adult_age_first, adult_life, role_for_child
from .asker_ages import (
    WE_ARE_AGED,
    carer_asking,
    child_family,
    grown_now,
    older_adult,
    our_kid_as_sibling,
    own_age_said_last,
    says_young_age,
    school_year_first,
    theirs_said_last,
    without_past_ages,
    young_said_last,
    young_self_first,
)
from .asker_arousal import own_arousal
from .asker_cared import carer_reading, young_child_age
from .asker_cared_for import cared_for_adult, elder_at_risk, grown_up_named
from .asker_child import harmed_child
from .asker_concern import concerned_about_someone
from .asker_family import (
    apostrophe_restored,
    in_my_decade,
    long_since,
    parents_asking,
    survivor_parent,
)
from .asker_fancy_cy import fancies_children_cy
from .asker_general import (
    adult_age_after_noun,
    adult_in_own_words,
    child_aged_before,
    parent_in_other_words,
    role_in_general,
    two_children_aged,
)
from .asker_numbers import ages_as_digits
from .asker_own import (
    _ABOUT_SOMEONE,
    _BARE_LABEL,
    _BEFORE_I_ACT,
    _CSAM_STOP,
    _CY_INDECENT,
    _CY_SHOWN_TO_ME,
    _OWN,
    _OWN_ARRESTED,
    _OWN_CHATTING,
    _OWN_CSAM_VIEWING,
    _OWN_CY,
    _OWN_MORE,
    _OWN_RELATIVE,
    _OWN_SEXTING,
    _OWN_THOUGHTS,
    _OWN_VIEWING,
    _OWN_VISITS,
    _SELF_LABEL,
    _SEXUAL_WAY,
    _SHOWN_TO_ME,
    _SOMEONE_ELSE,
    kin_viewing,
    own_images,
)
from .asker_own import _HARMED_SPEAKER as _HARMED
from .asker_own_age import age_found, sex_said
from .asker_own_kin import own_towards_kin
from .asker_own_more import own_in_more_words
from .asker_own_theirs import not_own_after_all
from .asker_own_years import own_years_said
from .asker_past import recalls_as_child, self_described_age, without_age_spans, without_until_spans
from .asker_patterns import (
    _ADULT,
    _ADULT_MORE,
    _ADULT_RECALLING,
    _ADULT_TRAILING,
    _ADULTS_FEMALE,
    _ADULTS_MALE,
    _ADULTS_RECALLING,
    _AGE_DOING,
    _AGE_FIRST,
    _AGE_OF_OTHER,
    _AGE_PHRASE,
    _AT_AGE_NOW,
    _CHILD,
    _CHILD_AGE,
    _CHILD_NOW,
    _GROWN_AFTER,
    _GROWN_UP_LIFE,
    _MOTHERS_PARTNER,
    _NOT_BEFORE_AGE,
    _NOUN_AGE,
    _PARENT,
    _PARENT_CY,
    _PARENT_MORE,
    _PARENT_TOLD,
    _PRO_HERE,
    _PRO_SCHOOL,
    _PRO_SELF,
    _PROFESSIONAL,
    _TRAILING_NUMBER,
)
from .asker_roles import harmed_asker, says_professional
from .asker_self import (
    loose_adult,
    names_own_service,
    own_sex,
    own_wish,
    school_year_self,
    sex_age,
    sex_age_within,
    whose_sex,
    young_age_first,
    young_sex_age_within,
)
from .asker_survivor_parent import survivor_with_children
from .asker_units import (
    age_units_read,
    doer_named,
    school_year_age,
    someone_elses_age,
    welsh_child_age,
)
from .asker_witness import worried_witness
from .asker_worry import grown_self, own_worry, parent_in_dialect, textspeak_restored
from .lexicon import GROWN_UP
from .own_unsafe import unsafe_to_children
from .welsh_words import is_welsh


@dataclass(frozen=True)
class Asker:
    """A guess at who is asking, from first-person signals; every field may be unknown."""

    persona: str = ""  # child | parent | professional | own-behaviour | adult | ""
    age: int | None = None
    gender: str = ""  # male | female | ""
    welsh: bool = False  # writes in Welsh: services in Welsh, and in Wales, fit better
    #: the words speak of suicide or self-harm ("want to die", "hurt myself"): only then is a
    #: suicide line offered as a line to call now
    suicidal: bool = False
    #: the age of the person the help is for: the asker's own ("im 13"), a parent's child's ("my
    #: daughter is 9"), whoever a request names ("aged 15"); never a doer's ("a 40 year old man")
    for_age: int | None = None
    may_be_child: bool = False  # (w26parent) a parent's words, or the child's own (8 to 17)?

    @property
    def is_adult(self) -> bool:
        """An adult asking for themselves (a survivor, or an age of 18 or more said)."""
        return self.persona == "adult" or (
            self.persona == "" and self.age is not None and self.age >= 18
        )

    @property
    def is_child(self) -> bool:
        return self.persona == "child" or (self.age is not None and self.age < 18)


def _first_person(pattern: re.Pattern[str], cleaned: str) -> bool:
    """``pattern`` is found with nobody else named before it as who does it."""
    found = pattern.search(cleaned)
    return found is not None and not _SOMEONE_ELSE.search(cleaned[: found.start()])


def child_now(cleaned: str) -> bool:
    """Abuse told in the present tense as done to the asker, in no grown-up's life."""
    if not _CHILD_NOW.search(cleaned):
        return False
    return not _GROWN_UP_LIFE.search(_MOTHERS_PARTNER.sub(" ", cleaned))


def _said_age(cleaned: str) -> int | None:
    """An age said about someone ("13 year old boy", "for a 9 year old", "under 10s": under 10),
    unless it is of a grown man or woman or of who did it ("a 40 year old man", "by a 15 year
    old")."""
    for found in _AGE_PHRASE.finditer(cleaned):
        if child_aged_before(cleaned, found.start()):
            break  # (probe 16) "young person 14 disclosed sex with 24 yr old stepbrother": 14
        before = cleaned[: found.start()].split()[-3:]
        after = cleaned[found.end() :].split()[:8]
        value = int(found.group(1)) if found.group(1) else int(found.group(2)) - 1
        if (
            "by" in before
            or (before[-1:] == ["with"] and value >= 18)  # (probe 16) "… sex with 24 yr old"
            or _grown_up_after(after, value)
            or (found.group(2) and before[-1:] == ["of"])
        ):
            continue
        # (probe 14) "my 3 year old has a sore bottom": the asker's child, whatever it does next;
        # "a 13 year old abused by…": what was done to them
        passive = after[1:2] == ["by"]
        doing = set(after[:1]) & _AGE_DOING and before[-1:] not in (["my"], ["our"]) and not passive
        if _AGE_OF_OTHER.search(cleaned[: found.start()]) or doing:
            continue  # (sixth walk-through F1) "sexting a 14 year old": someone else's age
        if someone_elses_age(cleaned, before, after, value):
            continue  # (fourteenth walk-through F6) "he is 40 yrs old", "a 15 yo boy touched"
        if 1 <= value <= 99:
            return value
    return _described_age(cleaned)


def _grown_up_after(after: list[str], value: int) -> bool:
    """The age is a grown-up's ("a 40 year old man"), or of who did something ("a 17 year old
    male raped her"); (twelfth walk-through F5) a child's said the clinical way ("15yo female
    disclosed", "14yr old male abused by his brother") is not."""
    if not after or after[0] not in GROWN_UP | _GROWN_AFTER:
        return False
    doing = after[1:2] != [] and after[1] in _AGE_DOING and after[2:3] != ["by"]
    return value >= 18 or after[0] in _GROWN_AFTER or doing


def _described_age(cleaned: str) -> int | None:
    """(fifth walk-through) an age written after who it is ("boy 15") or as a school year
    ("year 9 pupil")."""
    found = _NOUN_AGE.search(cleaned)
    if found and doer_named(cleaned, found.start(), found.end()):
        return None  # (fourteenth walk-through F6) "boy 15 touched my daughter": his
    if found and 1 <= int(found.group(1)) <= 25:
        return int(found.group(1))
    return school_year_age(cleaned)


def _own_age_more(cleaned: str) -> int | None:
    """A child's own age said without "im" or "aged": "im in year 9", or a number said last
    (5 to 17)."""
    year = school_year_first(cleaned)
    if year is not None:
        return year  # (probe 11) "yr 11 my step brother…", "bl 9 …": said first, their own
    first = _AGE_FIRST.match(cleaned)
    if first and 5 <= int(first.group(1)) <= 17:
        return int(first.group(1))  # "13yo, uncle does things to me"
    together = WE_ARE_AGED.search(cleaned)  # (asker probe) "me and my sister r 9 and 11": 9
    if together and 5 <= int(together.group(1)) <= 17:
        return int(together.group(1))
    # (probe 14) "…, dwi ym mlwyddyn 6" said last (year 6: 10), as "im in year 6" is
    own_year = re.search(
        r"\b(?:(?:im|i am|i m) in (?:year|yr)|ym (?:mlwyddyn|bl)) (\d{1,2})\b", cleaned
    )
    if own_year and 1 <= int(own_year.group(1)) <= 13:
        return int(own_year.group(1)) + 4
    found = _TRAILING_NUMBER.search(cleaned)
    if theirs_said_last(cleaned):
        return None  # (thirteenth walk-through F3) "mae fy mrawd yn 17": his
    if found and found.group(1) not in _NOT_BEFORE_AGE and 5 <= int(found.group(2)) <= 17:
        return int(found.group(2))
    return own_age_said_last(cleaned)  # (thirteenth walk-through F3) "… 11 yrs old", "14 oed"


def _child_age(cleaned: str) -> int | None:
    """A parent's child's age ("my daughter is 9", "my 9 year old")."""
    if two_children_aged(cleaned):
        return None  # (probe 16) "my eldest (17) has been touching the youngest (6)": whose?
    for found in _CHILD_AGE.finditer(cleaned):
        if doer_named(cleaned, found.start(), found.end()):
            continue  # (fourteenth walk-through F6) "boy 15 touched my daughter": his age
        value = int(next(g for g in found.groups() if g))
        return value if 0 <= value <= 25 else None
    welsh = welsh_child_age(cleaned)  # (w19age) "mae fy mab i'n 9", "mae hi'n 9"
    return welsh if welsh is not None else (_said_age(cleaned) or young_child_age(cleaned))


def _own_more(cleaned: str, age: int | None) -> bool:
    """(sixth walk-through F1) someone worried about their own behaviour, in more everyday
    words: watching or sharing sexual images of children ("ive been watching child porn"), or
    naming them with a wish to stop; talking sexually to a child ("sexting a 14 year old");
    thoughts about a child of the family ("i think about my niece in a sexual way"); arrested
    for images; the Welsh words for sexual thoughts about, or attraction to, children. Never
    what was done to the asker ("he showed me child porn", "shared pictures of me")."""
    if _OWN_CY.search(cleaned):
        return True
    if _CY_INDECENT.search(cleaned) and not _CY_SHOWN_TO_ME.search(cleaned):
        return True  # (seventh walk-through F1) "lluniau anweddus o blant"
    if _first_person(_BEFORE_I_ACT, cleaned) and not _HARMED.search(cleaned):
        return True  # "need help before i do something to a child"
    if _SHOWN_TO_ME.search(cleaned):
        return False
    if _first_person(_OWN_CSAM_VIEWING, cleaned) or _first_person(_OWN_ARRESTED, cleaned):
        return True
    if own_images(cleaned) and (age is None or age >= 18):
        return True  # (tenth walk-through F1) "my wife found child images on my laptop"
    if _CSAM_STOP.search(cleaned) and not _SOMEONE_ELSE.search(cleaned):
        return True
    sexting = _OWN_SEXTING.search(cleaned)
    said_by_me = sexting is not None and (
        re.match(r"(?:i|ive|im|i ve|i m|i am) ", sexting[0].lstrip()) is not None
        or " i sen" in sexting[0]
    )  # ("my wife found messages i sent to a 14 year old": the asker sent them)
    if (said_by_me or _first_person(_OWN_SEXTING, cleaned)) and (age is None or age >= 18):
        return True  # (a child's own age said: a child writing to another is Childline's)
    if _first_person(_OWN_CHATTING, cleaned):
        return True
    said = _OWN_RELATIVE.search(cleaned) or _OWN_VISITS.search(cleaned)
    return bool(said and _SEXUAL_WAY.search(cleaned))


def _adult_age_more(cleaned: str, trailing: bool = True) -> int | None:
    """(issue 25) An adult's own age said without "im" or "aged": "struggling at 47", "at 52 i
    still", or a number said last ("looking for a therapist, 58"), 18 to 99, when nothing else
    in the sentence owns it (not "a 14 year old", "50 miles", "2 years ago", "in the 70s")."""
    found = _AT_AGE_NOW.search(cleaned)
    if found:
        value = int(found.group(1) or found.group(2))
        return value if 18 <= value <= 99 else None
    last = _ADULT_TRAILING.search(cleaned) if trailing else None
    if last and last.group(1) not in _NOT_BEFORE_AGE and not last.group(1).isdigit():
        value = int(last.group(2))
        return value if 18 <= value <= 99 else None
    return None


def _own_behaviour(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own sexual thoughts or behaviour towards children (split from
    ``_persona``, in the same order)."""
    return bool(
        _OWN.search(cleaned)
        or _OWN_MORE.search(cleaned)
        or _SELF_LABEL.search(cleaned)
        or (_BARE_LABEL.search(cleaned) and not _ABOUT_SOMEONE.search(cleaned))
        or _first_person(_OWN_THOUGHTS, cleaned)
        or _first_person(_OWN_VIEWING, cleaned)
        or _own_more(cleaned, age)
        or own_acts(cleaned, age)
        or own_arousal(cleaned)  # (ninth walk-through F1) "i get turned on by kids"
        or own_worry(cleaned, age)  # (probe 14) "inappropriate thoughts about a young person"
        or own_wish(cleaned)  # (probe 15) "i want to hurt children sexually"
        or own_towards_kin(cleaned, age)  # (probe 16) "feelings for my nephew", "wedi cyffwrdd…"
        or own_in_more_words(cleaned, age)  # (probe 17) "turning into a child abuser", "hebephilia"
        or fancies_children_cy(cleaned)  # (w53cymore) "dw i'n ffansio plant"
        or unsafe_to_children(cleaned, age)  # (w55fit) "im not safe to be around children"
    )


def _persona(cleaned: str, age: int | None) -> str:
    """The strongest first-person signal: own behaviour, professional, parent, child, adult
    survivor ("" when none)."""
    if _own_behaviour(cleaned, age) and not not_own_after_all(cleaned):  # (w53mind, w58think)
        return "own-behaviour"
    if (
        # (probe 11) not a role named with harm done to the asker ("as a nurse i was abused")
        ((_PRO_SELF.search(cleaned) or _PRO_HERE.search(cleaned)) and not harmed_asker(cleaned))
        or (_PRO_SCHOOL.search(cleaned) and not harmed_child(cleaned))  # (w23child) "…me"
        or (
            _PROFESSIONAL.search(cleaned)
            and not _CHILD.search(cleaned)
            and not harmed_asker(cleaned)
            and not adult_in_own_words(cleaned, _said_age(cleaned))  # "im 33, need an isva"
        )
        or says_professional(cleaned)  # (probe 11) a fuller table of roles, English and Welsh
        # (probe 16) a job the table lacks, then a child who told ("lollipop lady, a girl told…")
        or (role_in_general(cleaned) and not harmed_asker(cleaned))
        or (role_for_child(cleaned) and not harmed_asker(cleaned))  # (probe 17) "au pair, …"
    ):
        return "professional"
    if (
        _PARENT.search(cleaned)
        or _PARENT_MORE.search(cleaned)
        or _PARENT_TOLD.search(cleaned)
        or _PARENT_CY.search(cleaned)
        or carer_asking(cleaned)
        or parents_asking(cleaned)  # (probe 12) "help for parents…", "your child", "signs"
        or parent_in_dialect(cleaned)  # (probe 14) "lad's 12, …", "yr hogan 'cw"
        or parent_in_other_words(cleaned)  # (probe 16) "help for families…", "my childs father"
    ) and not survivor_parent(cleaned, age):  # (probe 12) "mum of 2, abused by my dad as a kid"
        return "parent"
    if age is not None and age < 18:
        return "child"  # a 15-year-old's "when i was little" is still a child's
    child = bool(_CHILD.search(cleaned) or child_now(cleaned) or child_family(cleaned))
    if worried_witness(cleaned, age, child):
        return "parent"  # (w43ask) "caught my uncle with my little sister. im 20": not a survivor
    if concerned_about_someone(cleaned):
        return "parent"  # (judged46) "the coach keeps messaging the girls": worried about a child
    if (
        _ADULT.search(cleaned)
        or _ADULT_MORE.search(cleaned)
        or _ADULT_RECALLING.search(cleaned)
        or _ADULTS_RECALLING.search(cleaned)
        or grown_now(cleaned)
        or older_adult(cleaned)  # (third probe) "over 60", "a pensioner"
        or recalls_as_child(cleaned)  # (ninth walk-through F3) "abused … as child"
        or long_since(cleaned)  # (probe 12) "its been 30 years since"
        or in_my_decade(cleaned)  # (probe 12) "in my forties and only now…"
        or grown_self(cleaned)  # (probe 14) "grown woman still scared of…", "for adult male"
        or loose_adult(cleaned)  # (probe 15) "mid 30s guy, …", "woman in her 60s"
        or adult_in_own_words(cleaned, _said_age(cleaned))  # "disabled adult", "need an isva"
        # (probe 17) "my husband forces me…", "fy ngŵr"; not "my husband was arrested for images"
        or (adult_life(cleaned) and not kin_viewing(cleaned))
        or (age is not None)
    ):
        return "adult"
    if child:
        return "child"
    return "own-behaviour" if names_own_service(cleaned) else ""  # (probe 15) "stop it now"


def _age_with_sex(cleaned: str) -> tuple[int | None, str]:
    """An age said with who the asker is: "male 49", "14f"; (ninth walk-through F3) "51 yr old
    man", anywhere in the words; (third probe) "merch 15 cefais fy nhreisio…", "boy 14 my
    uncle…"."""
    # (probe 16) "merch 19 oed, …", "disabled adult, 26, …": an adult's age after who they are
    for read in (
        sex_age,
        self_described_age,
        young_self_first,
        young_age_first,
        adult_age_after_noun,
        school_year_self,  # (sixteenth walk-through F2) "im yr 8", "i am a boy in year 9"
        adult_age_first,  # (probe 17) "18 and my ex…", "im 20f"
        adult_age_as,  # (probe 18) "as a 50 yr old man", "im a 62 year old woman"
        sex_age_within,  # (twenty-seventh walk-through F6) "…, male 50, need help"
        young_sex_age_within,  # (w43ask) "…back tonight. 16 f. just need someone…"
    ):
        age, sex = read(cleaned)
        if age is not None:
            return age, sex
    return None, ""


def _child_own_age(cleaned: str, persona: str) -> tuple[int | None, str]:
    """A child's own age said another way, and so a child asking: (fifth walk-through) "…i
    dont want 13", "im in year 8"; (thirteenth walk-through F3) a number said last by someone
    read as a grown-up only from the past tense ("ces i fy nhreisio dydd sadwrn gan fy
    nghefnder, 14")."""
    age = None
    if persona in ("child", ""):
        age = _own_age_more(cleaned)
    elif persona == "adult":
        age = young_said_last(cleaned, _TRAILING_NUMBER)
    elif persona == "own-behaviour":  # (twenty-sixth walk-through F6) "…kids, 44 yrs old"
        return own_years_said(cleaned), persona
    return age, "child" if age is not None else persona


def who_is_asking(cleaned: str) -> Asker:
    """First-person signals only; the strongest wins (own behaviour, professional, parent,
    child, adult survivor)."""
    cleaned = apostrophe_restored(cleaned)  # (probe 12) "daughters 16": daughter's
    # (probe 14) "attracted 2 kids": to; (probe 15) "im fifteen", "dwin ddeg oed": 15, 10
    cleaned = ages_as_digits(textspeak_restored(cleaned))
    cleaned = age_units_read(cleaned)  # (fourteenth walk-through F6) "im 14yrs", "…, 12 yrs"
    welsh = is_welsh(cleaned.split())
    # (probe 11) ages of the past ("from age 5") are not the asker's; "our kid" is a sibling
    cleaned = without_past_ages(
        our_kid_as_sibling(without_until_spans(without_age_spans(cleaned))), welsh
    )
    cleaned = underage_as_one_word(cleaned)  # (probe 12) "attracted to under age girls"
    # not "my boy aged 5", "sexting someone aged 15"; (w25young) "im 11 and my cousin is 15": 11
    found, other = age_found(cleaned)
    value = int(next(g for g in found.groups() if g)) if found else 0
    age: int | None = value if 5 <= value <= 99 else None
    gender = own_sex(cleaned)
    gender = gender or sex_said(found)  # (w25young) "dwi'n ddyn 55", "im a deaf girl 14"
    if age is None:
        age, sex = _age_with_sex(cleaned)
        gender = gender or sex
    persona = _persona(cleaned, age)
    if persona in ("child", "parent") and (age is None or age >= 18) and kin_viewing(cleaned):
        persona = ""  # (tenth walk-through F1) "my brother was arrested for child porn"
    if persona in ("parent", "professional") and says_young_age(cleaned):
        persona = "child"  # (probe 11) "im 10 and my baby brother…": a child's own age
    if age is None:
        age, persona = _child_own_age(cleaned, persona)
    if persona == "child" and age is None and cared_for_adult(cleaned):
        persona = ""  # (w47unsaid) "my support worker touches me": most often an adult's
    if age is None and (elder_at_risk(cleaned, persona) or grown_up_named(cleaned, persona)):
        persona = "adult"  # "my mum has dementia and a carer…"; (walk37 F2) "my brother is 58"
    if age is None and persona in ("adult", "", "child"):
        # (issue 25) "struggling at 47", "…a therapist, 58", "still haunted at 63": a grown-up's
        age = _adult_age_more(cleaned, trailing=persona != "child")
        persona = "adult" if age is not None else persona
    recalled = _ADULTS_RECALLING.search(cleaned) if persona == "adult" and not gender else None
    if recalled:
        # (fourth walk-through F1) "men abused as kids": the group's sex is the asker's
        male, female = _ADULTS_MALE.search(recalled[0]), _ADULTS_FEMALE.search(recalled[0])
        gender = "male" if male and not female else "female" if female and not male else ""
    cared = carer_reading(cleaned, persona, age, _said_age)
    if cared:  # (w26parent) "3 year old girl, her uncle…", "boy 15, his…": the child's age, sex
        persona, age, gender = "parent", None, gender if age is None else ""
    if persona == "parent" and survivor_with_children(cleaned):
        persona = "adult"  # (check58 F7) her own abuse as a child; her children are context
    if age is None and persona in ("professional", ""):
        # a professional's client, or whoever a request names ("therapy for 6 year olds")
        age = _said_age(cleaned)  # (w27j-6) or a professional's "toddler", "baby": 2, 0
        age = young_child_age(cleaned) if age is None and persona == "professional" else age
        if other and persona == "professional":
            # (tenth walk-through F6) "pupil, girl age 11, … her 16 yr old brother": the first
            age = int(next(g for g in other.groups() if g))
    # who the help is for: a parent's child, else the asker or whoever they name
    for_age = _child_age(cleaned) if persona == "parent" else age
    gender = whose_sex(cleaned, persona, gender)  # "im a male teacher": not the pupil's sex
    return Asker(persona, age, gender, welsh, for_age=for_age, may_be_child=cared == "either")
