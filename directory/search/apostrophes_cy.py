"""(w56cy, twenty-third Welsh review F3, F4, F6) Welsh forms with apostrophes, as
``clean_text`` leaves them. The cleaning drops apostrophes and joins what they held apart:
"o'n i'n" (I was) becomes "on in", "sa i'n" (I'm not) "sa in", "to'r" (the roof of the) "tor".
Patterns written with the spaced forms ("sa i n", "o n i n") never matched; these fragments
read every form a person types: with apostrophes, with spaces, and run together.

The cleaning itself is left as it is: a great many patterns already read its joined forms
("dwin", "ir bont", "diweddur"), and spacing them would unread those.
"""

from __future__ import annotations

#: I was: "o'n i'n", "ro'n i'n", "on i'n", "roeddwn i'n", "oeddwn i'n" (typed with or without
#: apostrophes and spaces)
WAS_I_CY = (
    r"(?:on in|o n i n|on i n|on i yn|oni n|onin|ron in|ro n i n|ron i yn|roni n|roeddwn in"
    r"|roeddwn i yn|roeddwn i n|oeddwn in|oeddwn i yn|own in|odd in)"
)
#: I'm not / I can't, the South's "sa i'n" (sa in), "sai'n" (sain), "smo fi'n" (smo fin):
#: said before "gallu" (can)
NOT_I_CY = r"(?:sa in|sa i n|sa i yn|sain|sai n|sai yn|smo fin|smo fi n|smo fi yn|so fin)"
#: the roof of the: "to'r" (tor), "to y", "to'r" typed with a space
ROOF_OF_CY = r"(?:tor|to r|to y|to yr)"
