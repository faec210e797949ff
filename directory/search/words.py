"""Is a word a real English word? (so "did you mean" never changes a correctly spelled one)

Uses wordfreq's English frequencies: a word people write at least about once in ten million
words (Zipf 1.5) is a real word, however rarely the listings use it. Welsh is not in wordfreq;
Welsh words the directory understands are in the thesaurus, which is checked first.
"""

from __future__ import annotations

import functools
import statistics
from collections.abc import Sequence

from wordfreq import zipf_frequency

REAL_WORD_ZIPF = 1.5
#: (judged43) English, however misspelt or text-speak, is mostly everyday words: the median
#: word of a sentence of six or more is Zipf 3.6 or more ("sum1 dun stuf 2 me n i dnt no wot
#: 2 do" 4.75, a referral in jargon 3.7), where Polish, Spanish, German, Romanian and Urdu in
#: English letters are 0 to 2.5 (wordfreq counts English as the web writes it, mixed words
#: and all)
ENGLISH_MEDIAN_ZIPF = 3.0
#: fewer words than this are too few to tell a language by
FEWEST_TO_TELL = 6


@functools.lru_cache(maxsize=4096)
def is_english(word: str) -> bool:
    return zipf_frequency(word, "en") >= REAL_WORD_ZIPF


#: (the eighteenth session's words check, 111) English words no other language a person here
#: is likely to write in shares ("a", "in", "de", "mi" are left out): two of them make a
#: sentence English however misspelt its other words are ("my dauter sed her granda touchd
#: her privits", median Zipf 2.5, was offered an interpreter)
_ENGLISH_ONLY = frozenset(
    {"my", "her", "his", "him", "me", "i", "im", "the", "and", "to", "is", "was", "he", "she",
     "it", "of", "with", "at", "for", "you", "we", "our", "they", "them", "this", "that",
     "what", "when", "been", "has", "have", "did", "does", "dont", "cant"}
)  # fmt: skip


def reads_as_english(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded, a sentence's) read as English: too few to tell, two or more
    words only English has, or their median word is as common in English as everyday words
    are (``ENGLISH_MEDIAN_ZIPF``)."""
    if len(words) < FEWEST_TO_TELL or len(_ENGLISH_ONLY.intersection(words)) >= 2:
        return True
    return statistics.median(zipf_frequency(w, "en") for w in words) >= ENGLISH_MEDIAN_ZIPF
