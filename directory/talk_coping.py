"""(w48crisis, check48 F2) An adult who says they are not coping ("cant cope anymore", "im not
coping", "struggling to cope", "methu ymdopi") gets a line for anyone struggling to cope
(Samaritans, Samariaid) in the last place of "Talk to someone now". Samaritans' listing says
it is for this in so many words: "Someone to talk to, day or night, if you are struggling to
cope." A man of 38 abused as a child, drinking and not coping, had no such line in his box.

Only these words, and only for an adult: other words of distress ("in bits", "falling apart",
"cant sleep") keep the box as w37adult left it (those lines among the national cards), since
a man who said he was falling apart read Samaritans as a suicide line he had given no reason
for; and a child's box keeps the lines made for children.
"""

from __future__ import annotations

import dataclasses
import re

from .finder import FindResults
from .lines import Held, chosen_lines
from .model import Service
from .search.groups import for_anyone_struggling
from .search.lexicon import clean_text
from .search.understand import Asker
from .talk_fit import about_coping

#: not coping, said of oneself, over ``clean_text`` (no apostrophes: "cant"); Welsh: methu
#: ymdopi, ddim yn ymdopi, cael trafferth ymdopi (not coping, struggling to cope)
_NOT_COPING = re.compile(
    r"\b(?:cant|can t|cannot|can not|cnt|carnt|not|unable to|struggling to|struggle to"
    r"|barely|hardly|no longer|dont know how to|do not know how to) (?:cope|coping|coep)\b"
    r"|\b(?:methu|ddim yn|dim yn|ffaelu|ffili|methu a|cael trafferth|trafferth) "
    r"(?:ymdopi|dygymod)\b"
)


def not_coping_said(results: FindResults | None, asker: Asker) -> bool:
    """An adult (``Asker.is_adult``) says they are not coping (``_NOT_COPING``)."""
    if results is None or not results.request.q or not asker.is_adult:
        return False
    return bool(_NOT_COPING.search(clean_text(results.request.q)))


def coping_line_kept(
    chosen: list[Service], lines: list[Service], held: Held, said: bool, limit: int
) -> list[Service]:
    """``chosen`` (the box's lines, in order) with, when ``said`` (``not_coping_said``) and
    none of its first ``limit`` is for anyone struggling or for suicide (``about_coping``), the
    first line for anyone struggling to cope in ``lines`` (that nothing else ``held`` keeps
    out) in its last place."""
    shown = chosen[:limit]
    if not said or not held.struggling or any(about_coping(s) for s in shown):
        return chosen
    every = chosen_lines(lines, dataclasses.replace(held, struggling=False), None)
    line = next((s for s in every if for_anyone_struggling(s) and s not in shown), None)
    if line is None:
        return chosen
    return [*shown[:-1], line] if len(shown) == limit else [*shown, line]
