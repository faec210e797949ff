"""The state database's schema, one numbered step a version (``PRAGMA user_version``).

Append a step to change the schema; never edit one that has shipped. ``db.connect`` applies
the steps a database lacks, in one transaction each.
"""

from __future__ import annotations

STEPS: tuple[str, ...] = (
    # 1: reports, maintainers' checks, what each build changed
    """
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        service_id TEXT NOT NULL,
        service_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '',
        reported_on TEXT NOT NULL,            -- the date only: never the time
        state TEXT NOT NULL DEFAULT 'open',   -- open | resolved | dismissed
        closed_on TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX reports_open ON reports (state, service_id);
    CREATE TABLE verifications (
        id INTEGER PRIMARY KEY,
        service_id TEXT NOT NULL,
        source_url TEXT NOT NULL,
        verified_on TEXT NOT NULL
    );
    CREATE INDEX verifications_service ON verifications (service_id, verified_on);
    CREATE TABLE builds (
        build TEXT PRIMARY KEY,
        previous TEXT,
        built_on TEXT NOT NULL
    );
    CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        build TEXT NOT NULL REFERENCES builds (build),
        built_on TEXT NOT NULL,
        service_id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,                   -- added | closed | changed
        fields TEXT NOT NULL DEFAULT '{}',    -- JSON: field -> {old, new}
        national INTEGER NOT NULL DEFAULT 0,
        councils TEXT NOT NULL DEFAULT '[]',  -- JSON: GSS codes
        forces TEXT NOT NULL DEFAULT '[]'     -- JSON: police force area names
    );
    CREATE INDEX changes_date ON changes (built_on);
    """,
)
