"""(w58think) "Thinking about kids" read both ways. Thinking about children followed by
something else of theirs (their welfare, clothes, safety, presents, school, a custody case) or
by what may happen to them (going missing, being bullied) is a teacher's or a parent's care,
not worry about one's own thoughts: "as a nurse i am always thinking about childrens health",
"thinking about the kids presents for their birthday", "thinking stuff about children getting
lost scares me". Unless the words also say the thinking itself is wrong or sexual.

And "thinking things about kids" said bare, or "bad" or "dirty things about little kids": the
asker's own thoughts, frightened enough not to say more ("i keep thinking stuff about
children", "i think dirty things about young kids"); never someone else's thinking (the rules
of ``asker_own_thinking``: a young person's only of younger children). Over ``clean_text``'s
words."""

from __future__ import annotations

import re

from .asker_own_bare import bare_of_children
from .asker_own_gaze import _FOR_THEM, _YOUNGER_SAID, looking_after_harm_told
from .asker_own_thinking import _MARK_WRONG, _THINKING, own_thinking
from .spoken import texted_read

_KIDS = r"(?:kids|children|child|childrens|kids s|children s|pupils|students|little ones)"
#: something of theirs, or something that may happen to them
_THEIRS = (
    r"(?:welfare|well ?being|safety|safe|safeguarding|clothes|clothing|uniforms?|shoes|presents?|"
    r"gifts?|toys|christmas|birthdays?|party|parties|school(?:ing|s)?|education|learning|"
    r"homework|exams?|future|futures|health|mental health|diet|food|meals?|lunch(?:es)?|"
    r"dinners?|needs|rights|feelings|development|progress|happiness|custody|contact|holidays?|"
    r"activities|childcare|care|protection|privacy|screen time|bedtime|sleep|routine|"
    r"(?:going|go|gone|went|getting|get|got|being) (?:missing|lost|bullied|hurt|harmed|"
    r"abused|taken|snatched|kidnapped|abducted|ill|sick|left out)|at risk|in danger|in care|"
    r"(?:who|that) (?:are|were|go|went) (?:missing|lost|bullied|in care|at risk))\b"
)
_THINKING_OF_THEIRS = re.compile(
    r"\b(?:think(?:ing|s)?|thought|worr(?:y|ying|ied)) (?:(?:things|stuff|a lot|lots|loads) )?"
    rf"(?:about|of) (?:(?:the|our|all the|all|these|those|my|other peoples) )?"
    rf"(?:(?:young|little|small) )?{_KIDS} (?:(?:and|s|and their|their) )?{_THEIRS}"
)
#: "things" said bad, dirty or wrong before the children; said in the thinking itself
_BAD_THINGS = re.compile(
    r"\b(?:bad|dirty|weird|sexual|wrong|sick|horrible|disgusting|inappropriate|nasty) "
    r"(?:things|stuff|thoughts)\b"
)
_THINGS = re.compile(r"\b(?:things|stuff|something)\b")


def thinking_of_theirs(cleaned: str) -> bool:
    """Thinking about children's welfare, clothes, safety, presents or their going missing (the
    words above), with nothing said of the thinking as wrong or sexual."""
    found = _THINKING_OF_THEIRS.search(cleaned)
    return found is not None and _MARK_WRONG.search(cleaned) is None


def not_own_after_all(cleaned: str) -> bool:
    """Looking after children who were harmed (``looking_after_harm_told``), or thinking about
    something of theirs (``thinking_of_theirs``), or (w61thoughts) urges, looking or thoughts
    said with nothing about children or sex (``bare_of_children``): not the asker's own sexual
    thoughts."""
    return (
        looking_after_harm_told(cleaned) or thinking_of_theirs(cleaned) or bare_of_children(cleaned)
    )


def own_things_unsaid(cleaned: str, age: int | None) -> bool:
    """The asker thinks "things" or "stuff" about children and says nothing more, or says the
    things bad, dirty or sexual (the words above); the rules of ``own_thinking`` otherwise."""
    cleaned = texted_read(cleaned)
    if _FOR_THEM.search(cleaned) or thinking_of_theirs(cleaned):
        return False
    for found in _THINKING.finditer(cleaned):
        bare = not cleaned[found.end() :].strip()
        said = _THINGS.search(found[0]) is not None
        if not (said and bare) and _BAD_THINGS.search(found[0]) is None:
            continue
        if age is None or age >= 18 or _YOUNGER_SAID.search(found[0]) is not None:
            return True
    return False


def own_thinking_more(cleaned: str, age: int | None) -> bool:
    """``own_thinking``, or things about children said bare or bad (``own_things_unsaid``)."""
    if thinking_of_theirs(cleaned):
        return False
    return own_thinking(cleaned, age) or own_things_unsaid(cleaned, age)
