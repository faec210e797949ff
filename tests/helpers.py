"""What many tests share: where the bundled files are, building a test app, running the CLI,
reading what an app serves, and damaging an index the way a disk or a killed process would.
Fixtures are in conftest.py; this module holds plain functions and constants."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

from flask import Flask

from directory import create_app
from directory.cli import cli
from directory.config import PROJECT_ROOT
from directory.model import Service
from directory.search import SearchIndex, current_build

GAZETTEER_PATH = PROJECT_ROOT / "bundled_data" / "gazetteer"
BUNDLED_SERVICES = PROJECT_ROOT / "bundled_data" / "services"


def new_app(**config: Any) -> Flask:
    """A test app on the bundled gazetteer; ``config`` adds to or overrides its settings
    (``DIRECTORY_INDEX_PATH``, ``DIRECTORY_DATA_PATH``...)."""
    # reports and recorded changes go to a folder of the test's own, never the clone's var/
    config.setdefault("DIRECTORY_STATE_PATH", Path(tempfile.mkdtemp(prefix="directory-state-")))
    return create_app({"TESTING": True, "DIRECTORY_GAZETTEER_PATH": GAZETTEER_PATH, **config})


def app_like(app: Flask, **config: Any) -> Flask:
    """Another app with ``app``'s settings, some of them changed."""
    return new_app(**{**app.config, **config})


def write_data(folder: Path, records: list[dict]) -> Path:
    """A data folder holding ``records`` as one listings file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "fictional.json").write_text(json.dumps({"about": "fictional", "records": records}))
    return folder


def run(app: Flask, *args: str):
    """Run a `directory` command against ``app``; the click result."""
    return app.test_cli_runner().invoke(cli, list(args))


def refresh(app: Flask, source, *args: str):
    """`directory refresh` from a fictional source directory (``fake_source.FakeSource``)."""
    return run(app, "refresh", "--base-url", source.start_url, *args)


def served(app: Flask) -> dict[str, Service]:
    """The listings the app's current index build holds, by id."""
    index = SearchIndex.open(current_build(Path(app.config["DIRECTORY_INDEX_PATH"])))
    try:
        return dict(index.services)
    finally:
        index.close()


def source_ids(app: Flask) -> set[str]:
    """The ids of the served listings that came from the source directory."""
    return {sid for sid, s in served(app).items() if s.origin == "source"}


def digest(app: Flask) -> dict[str, str]:
    """Every file of the data and the index (the HTTP cache, diff reports and lock aside)."""
    out = {}
    for folder in (
        Path(app.config["DIRECTORY_INDEX_PATH"]),
        Path(app.config["DIRECTORY_DATA_PATH"]),
    ):
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if rel.parts[0] in ("http-cache", "diffs", ".lock"):  # the lock file holds nothing
                continue
            if path.is_symlink():
                out[f"{folder.name}/{rel}"] = "->" + str(path.readlink())
            elif path.is_file():
                out[f"{folder.name}/{rel}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def writable(path: Path) -> Path:
    """``path`` made writable again: a verified build's files are read-only (root writes them
    anyway), and a test damaging one as a bad disk would must be able to."""
    path.chmod(0o644)
    return path


def damage_index(build: Path) -> None:
    """Overwrite an index build's segment and table-of-contents files with garbage, as a bad
    disk or a process killed mid-write would leave them."""
    for path in build.iterdir():
        if path.suffix in (".seg", ".toc"):
            writable(path).write_bytes(b"\x00garbage")


# --- in a browser (Playwright pages) --------------------------------------------------------


def search_with_the_form(page, q: str, location: str, lang=None) -> None:
    """Search as a person does: type in the form, press Search, land on a results address
    (``lang``: the page's language, tests/browser/conftest.py's ``Language``; English when
    None)."""
    page.locator("#q").fill(q)
    page.locator("#location").fill(location)
    page.get_by_role("button", name=lang("Search") if lang else "Search", exact=True).click()
    page.wait_for_url(f"**{lang.prefix if lang else ''}/results/*")
