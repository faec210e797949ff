"""Where test apps and the processes the tests start keep their reports and recorded changes:
a folder per test process, never the clone's var/. A module of its own, importing nothing of
the app, so that conftest.py can use it in pytest-xdist's controller, which runs no test."""

from __future__ import annotations

import tempfile
from pathlib import Path

#: one folder per test process holding every test app's state folder, removed when the
#: process ends (a folder per app, never removed, left ~30,000 in /tmp over a few days)
STATE_ROOT = tempfile.TemporaryDirectory(prefix="directory-state-")


def state_folder() -> Path:
    """A new, empty folder for one app's reports and recorded changes, removed with the run."""
    return Path(tempfile.mkdtemp(dir=STATE_ROOT.name))
