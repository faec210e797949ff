"""(thirty-seventh walk-through F4, check50 finding 4) Someone who says they want to report to
the police, or asks whether to ("i want to report my uncle to the police", "should i go to the
police", "how do i make a statement", Welsh "rhoi gwybod i'r heddlu"): the talk box tells them
how when it is not an emergency (101), as police.uk does; the page's own warnings and every
page's header say 999 for an emergency. Not for someone who says they do not want the police
("i dont want to involve the police"), nor for the police named as having done something
("the police said", "my dad is a police officer").

(w59child, check60 finding 8) Wanting to report the abuse itself counts without the word
"police" ("i want to report a rape", "can i report abuse from 30 years ago", "… and now im 40
and i want to report"); reporting a picture, a website or an account online, a school report
or a lost phone does not (those have their own routes)."""

from __future__ import annotations

import re

from .lexicon import clean_text

#: reporting to or telling the police, or a statement or charges ("report it to the police",
#: "go to the police", "tell the cops", "make a statement", "press charges"); Welsh "rhoi
#: gwybod i'r heddlu", "dweud wrth yr heddlu", "mynd at yr heddlu", "riportio i'r heddlu"
_REPORT = re.compile(
    r"\b(?:report|reporting|tell|telling|contact|contacting|ring|call|phone|involve|involving)\b"
    r"(?: \w+){0,6}? (?:to |with )?(?:the )?(?:police|cops|polis)\b"
    # (check51 finding 6) reporting what happened, the police not named: "i want to report it",
    # "too late to report", "he wants to report it"
    r"|\b(?:report|reporting) (?:it|him|her|them|this|what happened|what he did|what she did|"
    # (not to a school, an app or a game: "report it to fortnite"; to the police is read above)
    r"the abuse|the rape|my \w+|a historic \w+|historic \w+)\b(?! (?:to (?!(?:me|us|him|her|"
    r"them|my)\b)|at |on |online\b|in |via |through ))"
    r"|\btoo late to report\b"
    # (w59child, check60 finding 8) reporting the abuse or the assault itself, the police not
    # named: "i want to report a rape", "can i report abuse from 30 years ago", "report sexual
    # abuse by my coach" (not a picture, a website or a school report: those have their routes)
    r"|\b(?:report|reporting) (?:a |an |the |my |his |her |this |that |some )?"
    r"(?:(?:historic|historical|past|old|recent|non recent|childhood|sexual|child|domestic) ){0,2}"
    r"(?:rape|rapes|raping|abuse|abuser|abusers|rapist|assault|assaults|attack|molestation|"
    r"grooming|crime|crimes|offence|offences|offender|paedophile|pedophile|perpetrator)\b"
    r"(?! (?:to (?!(?:the )?(?:police|cops)\b)|at |on |online\b|in |via |through ))"
    # ... or wanting to, said last: after the abuse is told ("… raped me when i was 10 and now
    # im 40 and i want to report"), or alone ("i want to report": on this directory, what
    # happened to them or to a child; the line says "when it is not an emergency" and costs
    # nobody who meant something else anything)
    r"|\b(?:want|wanna|ready|like|going|need|decided|able|allowed|how do i|how can i|can i|"
    r"could i|should i|do i|finally) (?:to |2 )?report$"
    # (check53 finding 10) reporting someone else's abuse of a child, or anonymously: "can i
    # report anonymously that my neighbour is abusing his daughter", "how do i report a man
    # who is grooming kids"
    r"|\b(?:report|reporting) (?:it |this |him |her |them )?anonymously\b"
    r"|\bhow (?:do|can|should) (?:i|we|you) report (?:a|someone|somebody|my \w+|the \w+)"
    r"(?: \w+){0,3}? (?:who|that|for)\b"
    # (welsh19 F4) Welsh: "riportio" said alone ("dw i eisiau riportio fy ewythr", "rhy hwyr i
    # riportio"), a statement ("gwneud datganiad"), a complaint to the police ("cwyn i'r heddlu")
    r"|\b(?:riportio|reportio|riporto)\b|\b(?:gwneud|wneud|neud|rhoi|roi) (?:datganiad|natganiad)\b"
    r"|\b(?:cwyn|gwyn) (?:i r|at yr|ir) heddlu\b"
    r"|\b(?:go to|going to|goto|went to|speak to|speaking to|talk to|talking to) (?:the )?"
    r"(?:police|cops)\b"
    r"|\bpolice (?:report|statement|complaint|interview)\b|\bpress charges\b"
    r"|\b(?:make|give|making|giving) (?:a )?statement\b"
    # Welsh "rhoi gwybod i'r heddlu", "mynd at yr heddlu"; (w50cymore, twentieth Welsh review
    # F10) and as said: talking to them ("siarad efo'r polis"), "gweud" for "dweud" ("wi moyn
    # gweud wrth y polis"), the police called "cops", "plismon" or "plismyn" ("at y cops");
    # "galw'r cops" is "galwr cops" once cleaned
    r"|\b(?:siarad|sgwrsio|gweud|weud|ddeud|dweyd|ddweyd|galw|ffonio|mynd|fynd|dweud|"
    r"ddweud|deud|rhoi gwybod|roi gwybod|riportio|cysylltu|gysylltu|adrodd)r?\b(?: \w+){0,4}? "
    r"(?:heddlu|polis|plismyn|blismyn|plismon|blismon|cops|cop|heddwas|heddweision)\b"
)
#: not wanting the police, said just before ("dont want to go to the police", "without
#: involving the police", "ddim isio mynd at yr heddlu")
_NOT_WANTED = re.compile(
    r"\b(?:dont|don t|do not|not|never|without|wont|won t|cant|can t|cannot|ddim|heb|peidio)"
    r"(?: \w+){0,3}$"
)


#: a police officer asking, who needs no number for the police
_OFFICER = re.compile(
    r"^(?:hi |hello )?(?:im |i am |i m )?(?:a )?(?:police officer|police constable|detective|"
    r"policeman|policewoman|pc|dc|ds)\b|\b(?:im|i am|i m) (?:a )?(?:police officer|police "
    r"constable|detective|policeman|policewoman)\b"
)


def wants_to_report(text: str) -> bool:
    """The words say the person wants, or asks whether, to report to the police; not a police
    officer's own words."""
    cleaned = clean_text(text)
    if _OFFICER.search(cleaned):
        return False
    for found in _REPORT.finditer(cleaned):
        if not _NOT_WANTED.search(cleaned[: found.start()].rstrip()):
            return True
    return False
