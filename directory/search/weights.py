"""Every ranking weight, named, in one table, with what it is for (issue 24).

A score is ``coverage × (1 + quality + SAID_WEIGHT × said) × prior × fit`` (``query.py``):
how many of the person's concepts a listing meets and how well, then what it is worth before
any words (``Columns.prior``), then how well it fits who seems to be asking (``fit.py``). With
a place, local listings are weighed by how near they are (``Near.closeness``) and come before
the national ones when strong enough (``ranking.py``).

The judged query set guards these numbers: ``tests/test_relevance.py`` fails when a change
lowers any of its figures, overall or for any persona (``directory relevance`` prints them).
Which weights that guards, and which it does not: docs/search.md.
"""

from __future__ import annotations

# --- a concept's strength and weight (query.match_text) ---------------------------------------

#: how much each kind of concept weighs in a listing's score
KIND_WEIGHT = {"need": 1.0, "topic": 0.8, "how": 0.8, "who": 0.6, "word": 0.7}
#: naming a concept in the listing's words counts this share of offering it (a taxonomy code)
TEXT_SHARE = 0.6
#: ... and doing both adds this
BOTH_BONUS = 0.2
#: like IDF: a concept every listing meets keeps this share of its weight, a rare one all of it
COMMON_CONCEPT_FLOOR = 0.3
#: the person's own words, as plain text, count this much beside the concepts they meet
SAID_WEIGHT = 0.3
#: only everyday words ("help"): a helpline counts 1, any other service this
GENERAL_NOT_HELPLINE = 0.5
#: a service named by its own name ("childline") scores this much above the best other match
NAMED_LEAD = 1.05

# --- what a listing is worth before any words (columns.Columns.prior) -----------------------

#: a listing whose status says it may not answer today ranks a little below an open one
STATUS_WEIGHT = {
    "active": 1.0,
    "unconfirmed": 0.75,
    "may-be-closing": 0.8,
    "waiting-list-closed": 0.6,
    "temporarily-closed": 0.5,
}
#: a listing that shows no way at all to reach the service
NO_ROUTE_WEIGHT = 0.7
#: (walk-through F1) a phone number seen only on a secondary source ("Phone number being
#: confirmed"): a little below an otherwise equal line whose number is confirmed
#: (1.0 for now: 0.85, 0.95, 0.99 and 0.995 each lowered the judged set's nDCG@5 for adult
#: survivors, whose judged first answers include lines with unconfirmed numbers; measured again
#: after the second walk-through: 0.97 lowers it by 0.020, 0.9 by 0.050)
UNCONFIRMED_PHONE_WEIGHT = 1.0

#: (issue 25, "lines that answer now first", ``order.answering_first``) a service available
#: everywhere that may not answer now (may be closing, details not confirmed, no phone, text or
#: chat confirmed) comes just below (JUST_BELOW its score) a line that answers now and fits
#: the asker from this share of its fit ...
ANSWER_NOW_FIT = 0.999
#: ... and scores from this share of its score: a match about as good, not a clearly weaker one
ANSWER_NOW_SHARE = 0.6
#: (fourteenth walk-through F7, ``order_reach.made_for_asker_first``) for a child or a parent, a
#: service made for them comes before a line for all ages above it that it scores from this
#: share of (a match about as good: Childline under Live Fear Free for a Welsh child, 0.77)
MADE_FOR_ASKER_SHARE = 0.4
#: how far below another a score is set to come just after it
JUST_BELOW = 0.99
#: (probe 11) a professional asking: a line advising them takes the place of a children's own
#: line above it when it scores at least this share of it (a match of the words about as good;
#: not a line the words hardly meet: "looked after child … therapy", 0.41, keeps Childline)
ADVICE_OVER_CHILDS_LINE = 0.5

# --- fit to who seems to be asking (fit.fit_to_asker) ----------------------------------------

#: an eligibility factor below this: the listing is not for this asker
UNFIT = 0.3
#: the asker's age (stated or implied) is outside the ages the listing states
OUTSIDE_AGES = 0.05
#: a child asking about harm done to them, and a service whose audiences leave children out
CHILD_NOT_IN_AUDIENCE = 0.25
#: an adult (or someone worried about their own thoughts) and a line for children only
CHILDREN_ONLY_LINE = 0.1
#: (walk-through F1) nothing says a child is asking ("counselling", "counselling for men"):
#: a line for children and young people only comes after adults' and all-ages ones
UNSAID_CHILDREN_ONLY = 0.35
#: (w61kind, check61 §9) nobody and no age said at all ("sexual abuse help" in a town): a local
#: service for children (and their parents) and not adults, which a child's lines everywhere
#: are not (a child may be asking): below an all-ages or adults' one as near, and below the
#: lines for everyone unless it matches four times as well (at 0.35 the children's SARC near
#: Hereford still led "sexual abuse help" above the 24/7 line, by a hair)
UNSAID_LOCAL_CHILDREN = 0.25
#: ... and for such a neutral asker, a national match fits well enough to keep the lines for
#: them from joining (``with_lines_for_asker``) only from this factor (a line for particular
#: people, at PARTICULAR_PEOPLE, does not)
NEUTRAL_FITTING = 0.6
#: (third walk-through F7) an adult worried about their own thoughts, and a service for people
#: who were harmed (the 24/7 rape line, Childline, a victims' centre): below UNFIT, so the lines
#: for them and for anyone struggling to cope (Samaritans) join before it
WORRIED_VICTIM_SERVICE = 0.25
#: a survivor and a line for people worried about their own behaviour
NOT_THEIR_LINE = 0.6
#: (second walk-through F2) a child, an adult survivor or a parent telling of abuse done, and
#: a line for people worried about their own thoughts (Stop It Now): it scores at most this
#: share of the lowest-scoring victims' service that fits them, so it comes after all of them
WORRIED_LINE_AFTER_VICTIMS = 0.9
#: ... of the victims' services that fit them from this factor (a line for another abuse or
#: a tool for reporting images the words do not ask for, at 0.3, does not count)
VICTIM_FITS = 0.5
#: (eleventh walk-through F4) the services answering abuse done, lifted above the highest
#: service preventing abuse for a parent or professional (``order.responders_before_prevention``),
#: take this share of the gap between it and the score above it (any share below 1 gives
#: the same order)
RESPONDERS_BETWEEN = 0.5
#: a parent asking: someone to talk it through with (helplines)
PARENT_TALK = 1.1
#: (second walk-through F4) a parent asking, and a line only for adults abused as children
#: (NAPAC came first for a mother asking about her daughter)
PARENT_NOT_SURVIVOR = 0.4
#: the audience the asker is best served by (``PERSONA_AUDIENCE``)
PREFERRED_AUDIENCE = 1.3
#: a professional asking for advice or someone to call: lines that advise professionals
PRO_ADVICE = 1.3
#: a service whose stated audiences leave out whoever the help is for
AUDIENCE_MISS = 0.8
#: nobody named ("scared"): services for children or adults directly
SELF_FIT = 1.2
#: asked in Welsh: services in Welsh or covering all of Wales
WELSH_FIT = 1.3
#: a service for the other gender than the asker's
OTHER_GENDER = 0.05
#: a service for particular people (men, women, LGBT+) when the asker did not say
PARTICULAR_PEOPLE = 0.5
#: a line for thoughts of suicide, when the words do not speak of them
NOT_ASKED_SUICIDE = 0.6
#: a tool for online harm (reporting images) when the words say nothing of online harm ...
ONLINE_OFF_TOPIC = 0.5
#: ... and less still for a child, an adult survivor or a parent: they ask for someone to help
ONLINE_OFF_TOPIC_ASKER = 0.3
#: (second walk-through F6) words about sexual abuse (and not domestic abuse), and a line only
#: for another kind of abuse (the Men's Advice Line, for domestic abuse)
OTHER_ABUSE_LINE = 0.5
#: (issue 26) a service for a particular community, when neither words nor filter name it
COMMUNITY_UNASKED = 0.3

#: the audience a guessed asker is best served by
PERSONA_AUDIENCE = {
    "child": "children-young-people",
    "parent": "parents-carers",
    # a professional asks for services to refer people to, not for services for themselves
    "own-behaviour": "people-worried-about-own-behaviour",
    "adult": "adult-survivors",
}
#: (walk-through F5) an age stated in the words drops a line for children and young people
#: only above this age, and one for adult survivors only below ADULT_FROM
YOUNG_PEOPLE_UP_TO = 25
ADULT_FROM = 18
#: an asker whose age is unknown: the age their persona implies, for eligibility
PERSONA_AGE = {"child": 14, "adult": 30, "parent": 35}

# --- near a place (areas.Near.closeness, ranking.rank) ---------------------------------------

#: a venue this many miles away counts half as near as one at the place (1 / (1 + miles / 15))
HALF_NEAR_MILES = 15.0
#: a venue nearby whose service's stated area leaves the place out
AREA_ELSEWHERE = 0.3
#: a local match this good (weighed by closeness), against the best national one, comes first
STRONG_SHARE = 0.25
#: (w59fit, check60 finding 10) a local service whose status says it may be closing or takes
#: nobody new now comes before the national answers only when its match, weighed by closeness,
#: is at least this share of the best national answer open as usual (``strong_local.
#: closing_behind``): at 1.0, only when it matches better than every open one. Trust House
#: Lancashire, "May be closing", was the first card in eleven Lancashire searches above lines
#: that fit as well (its match 0.3 to 0.99 of theirs); it follows them, under "may be closing"
CLOSING_LOCAL_SHARE = 1.0
#: a local service whose own area covers the place (its council or county: ``cover_ranks``
#: 0 or 1, not a venue that happens to be near), which fits the asker and is for the abuse the
#: words describe, comes first whatever its share of the best national match: the mother in
#: Bradford ("my partner abused my son") gets West Yorkshire's SARC above the lines
COVERING_RANK = 1

#: (twenty-fourth walk-through F4) the age from which a child is taken to contact a line for
#: children alone (Childline, The Mix): for a parent or professional about a younger child,
#: those lines come after the services that fit them (``order_reach.too_young_to_call_later``)
OWN_CALL_FROM = 8

#: (w33parent, ``reach_first.confirmed_first``) a national card whose contact details could not
#: be confirmed comes after a later card a person can contact that fits the asker as well and
#: scores from this share of its score ("as well": the NAPAC stays above a general line that
#: matches a man's words half as well)
CONTACTABLE_SHARE = 0.6
