"""Every limit on what a request may carry, in one table (issue 24).

A leaf: it imports nothing, so every room may read it (``params`` and ``search_token`` for
the form and the results address, ``finder`` and ``search`` for pages, ``geo`` for places,
the API's OpenAPI document for what it states). Bad input beyond a limit is cut or refused
with a clear message by the module that reads it, never a 500.
"""

from __future__ import annotations

#: characters of ``q`` a request keeps (the form, the API, a results address)
MAX_QUERY_CHARS = 500
#: characters of cleaned words the search reads from ``q`` to understand it (search/understand.py)
MAX_UNDERSTOOD_CHARS = 200
#: characters of ``location`` kept and looked up in the gazetteer
MAX_LOCATION_CHARS = 100
#: characters of a service id read from a request (a shortlist's ``id``)
MAX_ID_CHARS = 100
#: values read for a repeated parameter (each filter, a shortlist's ids)
MAX_VALUES = 30
#: services a referral pack (shortlist) may hold
MAX_PACK = 30
#: results on one page, and the last page number asked for
MAX_PER_PAGE = 100
MAX_PAGE = 1000

# A flood of report posts from one client (issue 29). Every post to a report form is counted
# for its client (feedback/ratelimit.py, whatever the post's outcome: a forged token counts);
# once a client has sent this many today, the production server holds each further post of
# theirs in its poller (no thread, no CPU) for REPORT_HOLD_SECONDS before answering it as
# usual (the person is still thanked), so a client sending one post after another on C
# connections is answered C / REPORT_HOLD_SECONDS times a second (directory/production.py)
#: report posts a client may send in a day before each further one is held
REPORT_POSTS_BEFORE_HOLD = 20
#: how long a held report post waits before it is answered (seconds)
REPORT_HOLD_SECONDS = 5.0
#: report posts one server worker holds at once; one more is closed unanswered
MAX_HELD_REPORTS = 64
