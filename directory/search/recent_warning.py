"""(tenth walk-through F2) Whether a results page says first what to do after a sexual assault
in the last few days: "If it happened in the last few days, call 999 if you are hurt or in
danger, or 111 for medical advice. A sexual assault referral centre (SARC) can help: you do not
have to involve the police." (The web layer asks, ``talk.happened_recently``.)

(w51recent, check54 finding 8) Never to a professional, nor with the professional switch on: the
warning speaks to the one harmed ("if you are hurt"), and "you do not have to involve the
police" would misdirect a teacher, social worker or paramedic who must refer a child today. The
SARC still ranks among their cards (``recent.recent_assault`` is read by the ranking too).

(w51recent, check54 finding 9) An assault on themselves with no time said, by someone who says
they are 16 or over ("got assaulted on the way home, im 45"), brings it as it does when no age
is said (``unsaid_age.own_assault_age_unsaid``): their age says nothing of when it happened, and
the warning says "if"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..limits import MAX_ASKER_CHARS
from .abuse_languages import other_language_twin
from .assault_untimed import own_assault_untimed, own_assault_untimed_cy
from .danger_now import without_danger_now
from .plan_now import without_plan_now
from .recent import recent_assault, said_recently
from .suicide_acts import without_plan_time
from .understand import clean_text
from .unsaid_age import own_assault_age_unsaid
from .woke_unclothed import woke_unclothed

if TYPE_CHECKING:
    from .understand import Understood


def recent_warned(understood: Understood, q: str, professional: bool = False) -> bool:
    """The words as typed (``q``) tell of a sexual assault in the last few days, or of one on
    the asker with no time and no age (check49: it may have been days ago, and the warning says
    "if"), and nobody professional is reading (``professional``: the switch)."""
    if professional or understood.asker.persona == "professional":
        return False
    # (w47crisis, w48danger, w48crisis) the time of a plan or of a danger now is not an
    # assault's
    # (w61other) words in another language are read as their English twin: "me violaron ayer"
    said = without_danger_now(other_language_twin(q) or q[:MAX_ASKER_CHARS])
    cleaned = without_plan_now(without_plan_time(clean_text(said, MAX_ASKER_CHARS)))
    if recent_assault(understood, cleaned) or own_assault_age_unsaid(understood, cleaned):
        return True
    # (w57danger) "woke up naked at a party yesterday"; (w63recent) "… with no memory"
    if woke_unclothed(cleaned) and said_recently(cleaned):
        return True
    if _read_adult_by_welsh_tense(understood) and own_assault_untimed_cy(cleaned):
        return True  # (w61cy, welsh25 F4) "ges i fy nhreisio", as "i was raped" is warned
    return _grown_up_asking(understood) and own_assault_untimed(cleaned)


def _read_adult_by_welsh_tense(understood: Understood) -> bool:
    """(w61cy) Read as a grown-up with no age said, for no other person: how the Welsh past
    tense "ges i…" is read (``asker``), where "i was…" is read as nobody in particular."""
    asker = understood.asker
    return asker.persona == "adult" and asker.age is None and asker.for_age is None


#: the age from which the line for anyone 16 or over answers (``unsaid_age.ADULTS_FIRST``)
_GROWN_UP = 16


def _grown_up_asking(understood: Understood) -> bool:
    """The asker says their own age, 16 or over, and is read as nobody else ("im 45")."""
    asker = understood.asker
    if asker.persona not in ("", "adult") or asker.age is None:
        return False
    return asker.age >= _GROWN_UP and asker.for_age in (None, asker.age)
