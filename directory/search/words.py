"""Is a word a real English word? (so "did you mean" never changes a correctly spelled one)

Uses wordfreq's English frequencies: a word people write at least about once in ten million
words (Zipf 1.5) is a real word, however rarely the listings use it. Welsh is not in wordfreq;
Welsh words the directory understands are in the thesaurus, which is checked first.
"""

from __future__ import annotations

import functools

from wordfreq import zipf_frequency

REAL_WORD_ZIPF = 1.5


@functools.lru_cache(maxsize=4096)
def is_english(word: str) -> bool:
    return zipf_frequency(word, "en") >= REAL_WORD_ZIPF
