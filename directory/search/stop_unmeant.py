"""(w62stop, check62 finding 2) The word "stop" when it names no service.

"stop" is a word of Stop It Now's name, so searched as a word it led to the line for people
worried about their own sexual thoughts. Two ways people say it mean nothing of the kind:

- a feeling that will not stop (issue 25): "i cant stop crying", "cant stop thinking about
  what he did": distress, not a wish to stop doing something;
- someone else who did not stop, or was told to: "he didnt stop when i said no", "i told him
  to stop", "she wouldnt stop even though i was crying". That is harm done to the asker:
  "bleeding after sex and it hurts he didnt stop when i said no" had Stop It Now as the only
  card. Said with sex, a refusal not heeded is a rape told, and searched as one.

Never for someone worried about their own thoughts (the asker read so, or the words naming
the worry: "i cant stop looking at kids", "how do i stop"), nor for someone else's behaviour
that goes on ("my son wont stop touching his sister": "stop" is followed by what he does).
Over ``clean_text``'s words; used by ``understand``.

(w65stop, check63 finding 3) So too "thought" said as a belief: "i sent pics to someone i
thought was 15", "i thought he was my friend": the word matched the thoughts of Stop It Now's
listing, and it was the first card for a child groomed and for a survivor.
"""

from __future__ import annotations

import re

#: (issue 25) "can't stop crying", "cant stop thinking about what he did": a feeling that will
#: not stop, not a wish to stop doing something ("cant stop looking at…", "want to stop")
CANT_STOP_FEELING = re.compile(
    r"\b(?:cant|can t|cannot|can not|couldnt|couldn t|could not) stop (?:thinking|crying|"
    r"shaking|shivering|worrying|remembering|panicking|feeling|seeing|replaying|reliving|"
    r"dreaming|hurting|blaming|sobbing|overthinking|cry|think|shake|worry|remember|"
    r"panic|feel|see|relive|dream|blame)\b"
)

#: what may follow a "stop" that was not heeded: the end, or the rest of the telling ("when i
#: said no", "even though i cried", "and kept going"), never what someone goes on doing
_TOLD_ON = r"(?= (?:when|even|after|until|though|although|and|but|no|despite|while|so|i|me)\b|$)"
#: someone else did not stop ("he didnt stop", "they wouldnt stop"), or was told or begged to
#: ("i told him to stop", "i kept saying stop", "begged her to stop")
_UNHEEDED = re.compile(
    r"\b(?:he|she|they|him|her|them|it|who|just|still)(?: \w+)? (?:didnt|didn t|did not|wouldnt|"
    r"wouldn t|would not|wont|won t|will not|refused to|never) stop" + _TOLD_ON + r"|\b(?:told|"
    r"asked|begged|screamed at|shouted at|yelled at|pleaded with|kept telling|kept asking) "
    r"(?:him|her|them)(?: \w+)? to stop\b|\b(?:said|saying|kept saying|screamed|shouted|yelled|"
    r"cried) stop\b"
)
#: sex said (not "sexual abuse", whose own concept says it)
_SEX = re.compile(
    r"\b(?:sex|sexual|sexually|slept with|sleep with|inside me|penetrat\w*|took my clothes off|"
    r"took off my clothes)\b"
)
#: "thought" as a belief held, by someone, of something: "i thought he was 15", "we thought it
#: was ok", "never thought", "thought so" (not "thought about" or "thought of", a thought had)
_BELIEF = re.compile(
    r"\b(?:i|we|you|he|she|they|everyone|everybody|who|had|always|never|honestly|really|"
    r"genuinely|just|actually|originally|first|once|stupidly|naively) thought\b"
    r"(?! (?:about|of|abt|bout)\b)"
)
#: the concepts that already name a sexual harm
_SEXUAL_HARM = frozenset({"rape", "sexual-abuse"})


def stop_unmeant(
    persona: str, names: list[str], rest: list[str], cleaned: str
) -> tuple[list[str], list[str], bool]:
    """``names`` and ``rest`` (the concepts and the other words of ``cleaned``) with "stop"
    read as the words mean it: a feeling that will not stop (its word and "stop" dropped,
    distress added) or someone else not stopping (``_UNHEEDED``: "stop" dropped, and a
    refusal not heeded said with sex read as rape); and whether "stop" was so read (the
    caller then does not match it as plain text either). Unchanged for someone worried about
    their own thoughts."""
    if "own-behaviour" in names or persona == "own-behaviour":
        return names, rest, False
    if _BELIEF.search(cleaned):  # (w65stop) "i thought he was 15": a belief, not thoughts
        rest = [w for w in rest if w != "thought"]
    feeling = CANT_STOP_FEELING.search(cleaned)
    if feeling:
        said = set(feeling[0].split()[-2:])
        names = names if "distress" in names else [*names, "distress"]
        return names, [w for w in rest if w not in said], True
    if not _UNHEEDED.search(cleaned):
        return names, rest, False
    if _SEX.search(cleaned) and not _SEXUAL_HARM & set(names):
        names = [*names, "rape"]
    return names, [w for w in rest if w != "stop"], True
