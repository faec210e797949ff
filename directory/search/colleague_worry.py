"""(w63pro, the lead's check on 10f6c1ea) A professional worried about a colleague's behaviour
towards the children they work with ("sports coach worried about another coach messaging
kids", "teacher, concerned a member of staff is too friendly with pupils"), telling of no
abuse done: what they need first is advice on reporting a concern about someone who works
with children, from the line that takes professionals' concerns (the NSPCC Helpline: "for any
adult worried about a child, including … professionals … report a concern"). The page put a
forensic centre and a service for victims of crime near them first, and Stop It Now above the
NSPCC. Now the services near follow the national answers, and the lines advising the adults
around a child come first among those.

Never when the words tell of abuse done (``told._ABUSE_DONE``, ``_DONE_THINGS``) or of a rape:
a professional's "a colleague raped a pupil last night" keeps the centre near first. Read from
the listings' audiences and kinds of support, never names; no route the listings do not give
(such as the local authority designated officer) is invented."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .asker import Asker
from .asker_roles import ROLES
from .groups import WORRIED
from .told import _ABUSE_DONE, _DONE_THINGS, _RISK, _WORRY_SIGNS
from .training_asked import training_asked

if TYPE_CHECKING:
    from .columns import Columns

__all__ = ["advising_lines", "advising_lines_first", "colleague_worry", "near_after_national"]

_ROLE_WORDS = "|".join(
    sorted({re.escape(r) for roles in ROLES.values() for r in roles if len(r) > 2}, key=len)[::-1]
)
#: someone the asker works with: "another coach", "a fellow volunteer", "one of our teachers",
#: "a colleague", "a member of staff"
_COLLEAGUE = re.compile(
    rf"\b(?:another|other|fellow|one of (?:our|the|my)|a new|the new|our) (?:\w+ )?"
    rf"(?:{_ROLE_WORDS}|leader|helper|worker)s?\b"  # (w65pro2) "another leader"
    r"|\b(?:colleagues?|co ?workers?|workmates?|members? of staff|staff members?|"
    r"one of (?:our|the|my) (?:staff|team))\b"
)
#: behaviour towards the children they work with, not "my" child: "messaging kids", "texting
#: the girls on the team", "adding pupils on snapchat"
_TOWARDS_CHILDREN = re.compile(
    r"\b(?:messag\w*|text\w*|snapchat\w*|dm\w*|chatting (?:to|with)|contacting|befriend\w*"
    r"|adding|added|following|filming|photographing|favouring|touching|hugging|alone with"
    r"|too (?:friendly|close|familiar|touchy)(?: with)?"
    r"|(?:taking|takes|took) (?:photos|pictures|pics|images|videos|photographs))"
    r" (?:\w+ ){0,3}?(?:kids|children|child"
    r"|pupils?|players?|students?|young people|girls|boys|juniors|members|learners|swimmers"
    r"|gymnasts|the team|under \d+s?|u\d+s?|toddlers|babies|little ones|cubs|scouts|brownies)\b"
)

#: (w65pro2, check63 row 180) pictures of the children taken, which is the worry itself: "staff
#: member taking photos of children on personal phone", "filming the under 10s"
_PICTURES_TAKEN = re.compile(
    r"\b(?:taking|takes|took|filming|films|filmed|photographing|photographs|photographed)"
    r"(?: (?:photos|pictures|pics|images|videos|photographs|secret \w+))?(?: of)? (?:\w+ ){0,2}?"
    r"(?:kids|children|child|pupils?|players?|students?|young people|girls|boys|juniors|babies|"
    r"toddlers|little ones|cubs|scouts|brownies)\b"
)
#: (w65pro2, check63 row 179) an allegation against someone who works with children, or the
#: officer who takes one (the LADO): "lado referral guidance for allegation against a teaching
#: assistant", "allegation made about one of our volunteers"
_ALLEGATION = re.compile(
    rf"\blado\b|\ballegations? (?:\w+ ){{0,2}}?(?:against|about|re|regarding|involving) "
    rf"(?:a |an |the |our |one of (?:our|the|my) )?(?:\w+ )?(?:{_ROLE_WORDS}|colleague|staff)s?\b"
)


def colleague_worry(asker: Asker, cleaned: str) -> bool:
    """A professional (``asker.persona``) worried (``told._RISK``, or a sign of grooming:
    ``told._WORRY_SIGNS``, or the children's pictures taken: ``_PICTURES_TAKEN``) about a
    colleague (``_COLLEAGUE``) behaving so towards the children they work with, or (w65pro2)
    asking of an allegation against one (``_ALLEGATION``), telling of no abuse done
    (``cleaned``: ``clean_text``)."""
    if asker.persona != "professional":
        return False
    if _ABUSE_DONE.search(cleaned) or _DONE_THINGS.search(cleaned):
        return False
    if _ALLEGATION.search(cleaned):  # (w65pro2) an allegation against one of them
        return True
    if not _COLLEAGUE.search(cleaned):
        return False
    if not (_TOWARDS_CHILDREN.search(cleaned) or _WORRY_SIGNS.search(cleaned)):
        return False
    pictures = _PICTURES_TAKEN.search(cleaned)  # (w65pro2) the children's pictures taken
    return bool(pictures or _RISK.search(cleaned) or _WORRY_SIGNS.search(cleaned))


def advising_lines(columns: Columns) -> np.ndarray:
    """The helplines, over positions, for the adults around a child and for professionals,
    not for the children or adults harmed themselves nor for people worried about their own
    thoughts (the NSPCC Helpline)."""
    advice: np.ndarray = (
        columns.having("support", "helpline")
        & columns.having("audience", "parents-carers")
        & columns.having("audience", "professionals", "family-friends")
        & ~columns.having("audience", WORRIED, "children-young-people", "adult-survivors")
    )
    return advice


def advising_lines_first(
    columns: Columns, national: np.ndarray, asker: Asker, said: tuple[str, np.ndarray]
) -> np.ndarray:
    """``national`` (positions, best first) with the ``advising_lines`` first after the cards
    the words name (``said``: the cleaned words and the mask of those named), for
    ``colleague_worry`` words; the rest keep their order."""
    cleaned, named = said
    if not len(national) or not colleague_worry(asker, cleaned):
        return national
    first = named[national]
    lines = advising_lines(columns)[national] & ~first
    return np.concatenate([national[first], national[lines], national[~first & ~lines]])


def near_after_national(asker: Asker, cleaned: str) -> bool:
    """Whether every service near follows the national answers: a professional's worry about
    a colleague (``colleague_worry``), or (w63pro) training asked for
    (``training_asked.training_asked``: no listing near says it trains)."""
    return colleague_worry(asker, cleaned) or training_asked(asker, cleaned)
