"""Every limit on what a request may carry, in one table (issue 24).

A leaf: it imports nothing, so every room may read it (``params`` and ``search_token`` for
the form and the results address, ``finder`` and ``search`` for pages, ``geo`` for places,
the report form and /changes, the production worker and Flask for a request's size, the two
OpenAPI documents for what they state). Bad input beyond a limit is cut or refused
with a clear message by the module that reads it, never a 500.
"""

from __future__ import annotations

#: characters of ``q`` a request keeps (the form, the API, a results address)
MAX_QUERY_CHARS = 500
#: characters of cleaned words the search reads from ``q`` to understand it (search/understand.py)
MAX_UNDERSTOOD_CHARS = 200
#: ... and to read who is asking (their age, "hurting myself"), which a long message often says
#: last (eighth walk-through F5): the whole of ``q``
MAX_ASKER_CHARS = MAX_QUERY_CHARS
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
#: the oldest age a request may ask for (the ORUK API's ``minimum_age``/``maximum_age``)
MAX_AGE = 120
#: characters of the ``area`` of "What changed near you" (/changes, /api/v1/changes) kept
MAX_AREA_CHARS = 80
#: characters of a report's details kept (the form says so beyond it)
MAX_DETAILS_CHARS = 500
#: characters of a results address's token: a longer one was not made here (the largest
#: search makes about 11,000)
MAX_TOKEN_CHARS = 16_000
#: a request's head larger than this is refused (431) before it reaches a thread; browsers
#: send 1-2 KiB (this site sets no cookies), and nginx's default allows 4 x 8 KiB
MAX_HEAD_BYTES = 32 * 1024
#: a body larger than this is refused (413, Flask's MAX_CONTENT_LENGTH) from its
#: Content-Length without being read; one up to this long is read whole by the production
#: worker before a thread takes the request (httpbuffer.py)
MAX_BODY_BYTES = 64 * 1024

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
