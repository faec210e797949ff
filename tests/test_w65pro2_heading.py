"""(w65pro2, check63 finding 10) A role written as a heading ("police:", "gp:", "social worker
-") is the asker's role: "police: need paediatric forensic exam for a 6 year old" was read as a
parent's words, where "police officer: …" was read as a professional's. Other words than the
finding's.
"""

from __future__ import annotations

import pytest

from directory.search.understand import understand


@pytest.mark.parametrize(
    "words",
    [
        "police: 7 year old girl needs a forensic medical tonight",
        "camhs - boy of 12 sexually harmed by his cousin",
        "social services: 8 year old needs a medical after abuse",
        "probation: man on licence keeps visiting a family with young kids",
        "nursery: 3 year old said something about her uncle",
        "heddlu: merch 6 oed angen archwiliad fforensig heno",
    ],
)
def test_a_role_heading_is_the_askers_role(words):
    assert understand(words).asker.persona == "professional"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        # guards (pass on main too): a heading that is no role, or a field named by someone
        # harmed, says nothing of a role
        ("update: my dad hurt me again last night", "child"),
        ("police: they never believed me when i reported my uncle", "child"),
        ("question: my son is 6 and his cousin touched him", "parent"),
    ],
)
def test_not_a_role_heading(words, persona):
    assert understand(words).asker.persona == persona
