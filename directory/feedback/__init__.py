"""What outlives index builds: the public's reports of wrong listings, maintainers' checks of
listings against their sources, and what each build changed (``changes.py``).

Kept in one SQLite file in the state folder (``DIRECTORY_STATE_PATH``, default ``var/``),
outside the index builds: builds, refreshes, imports, rollbacks and restarts never touch it.
Nothing here knows about Flask; ``directory/web/feedback.py`` and ``cli`` are its doors.
"""
