"""(w65pro2, check63 finding 10) A role written as a heading before the message: "police: need
a paediatric forensic exam for a 6 year old", "gp: patient disclosed…", "social worker - boy
aged 9…", Welsh "heddlu: angen…". The heading is the asker's role, as "police officer:" was
already read; "police:" alone was read as a parent (the 6-year-old was taken for their child).

The heading is read as the asker saying their role ("im a police officer, …"; Welsh
"heddwas dw i, …") before the words are read for who is asking. Only a role from
``asker_roles.ROLES`` / ``ROLES_CY``, or the name of a service people work in (``_FIELDS``), and
only before a colon or a spaced dash; a field named by someone speaking of harm to
themselves ("police: they never believed me") is not a role."""

from __future__ import annotations

import re

from .asker_roles import ROLES, ROLES_CY
from .lexicon import clean_text

__all__ = ["role_heading_read"]

#: a service people work in, said as a heading, and the role it stands for
_FIELDS = {
    "police": "police officer",
    "cid": "detective",
    "probation": "probation officer",
    "childrens services": "social worker",
    "childrens social care": "social worker",
    "social care": "social worker",
    "social services": "social worker",
    "camhs": "camhs worker",
    "school": "school staff",
    "nursery": "nursery worker",
    "safeguarding": "safeguarding lead",
    "heddlu": "swyddog heddlu",
    "gwasanaethau cymdeithasol": "gweithiwr cymdeithasol",
}
_ENGLISH = frozenset(r for roles in ROLES.values() for r in roles)
_WELSH = frozenset(r for roles in ROLES_CY.values() for r in roles)
#: the heading: a few words at the very start, then a colon or a dash with spaces round it
_HEADING = re.compile(r"^\s*(?P<head>[^\W\d_][^:\n]{0,38}?)\s*(?::|\s[-\u2013\u2014]\s)\s*")
#: the one writing speaks of themselves harmed or of their own: a field is then a topic
_OWN = re.compile(r"\b(?:me|my|myself|i was|i ve been|ive been|fi|fy|i mi)\b")


def role_heading_read(text: str) -> str:
    """``text`` with a role heading ("police:", "gp:", "social worker -") said as the asker's
    own role ("im a police officer, …"); any other text as it was."""
    found = _HEADING.match(text)
    if not found:
        return text
    head, rest = clean_text(found["head"]), text[found.end() :]
    field = _FIELDS.get(head)
    if field is not None and _OWN.search(clean_text(rest)):
        return text
    role = field or head
    if role in _WELSH and role not in _ENGLISH:
        return f"{role} dw i, {rest}"
    if role in _ENGLISH:
        return f"im a {role}, {rest}"
    return text
