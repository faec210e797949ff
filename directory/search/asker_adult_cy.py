"""Welsh ways an adult says they are asking about their own past (part of ``_ADULT_MORE`` in
``asker_patterns.py``): then the page answers an adult survivor, not a child."""

from __future__ import annotations

#: "fel plentyn" / "fel plant" (as a child), "pan on in blentyn" (when I was a child),
#: "oedolion" / "oedolyn" (adults, an adult: help for grown-ups); (w61cy2, Welsh review 25
#: F10) "never told anyone", as the English is read: "nes i erioed ddeud wrth neb", "dwi erioed
#: wedi sôn wrth neb", "heb ddweud wrth neb erioed" (a child's "paid deud wrth neb" is not)
WELSH_ADULT_MORE = (
    r"\bfel (?:plentyn|plant|bachgen|merch)\b|\bpan o ?n i ?n (?:blentyn|ifanc|fach|fychan)\b"
    r"|\boedolion\b|\boedolyn\b"
    r"|\b(?:erioed|byth) (?:wedi )?(?:d?deud|d?dweud|wedyd|son|sôn) wrth neb\b"
    r"|\bwrth neb (?:erioed|byth)\b"
)
