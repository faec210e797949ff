"""What many tests share: where the bundled files are, building a test app, running the CLI,
reading what an app serves, and damaging an index the way a disk or a killed process would.
Fixtures are in conftest.py; this module holds plain functions and constants."""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import CodeType
from typing import Any

from bs4 import BeautifulSoup
from flask import Flask
from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket

from directory import create_app
from directory.cli import cli
from directory.config import PROJECT_ROOT
from directory.model import Service
from directory.search import SearchIndex, current_build

from .state import state_folder

GAZETTEER_PATH = PROJECT_ROOT / "bundled_data" / "gazetteer"
BUNDLED_SERVICES = PROJECT_ROOT / "bundled_data" / "services"


def bundled_records() -> dict[str, dict]:
    """The bundled listings' raw records by id, as the data files hold them (national and
    local), for tests that check a page against what a listing itself says."""
    found = {}
    for path in BUNDLED_SERVICES.glob("*.json"):
        data = json.loads(path.read_text())
        for record in data["records"] if isinstance(data, dict) else data:
            found[record["id"]] = record
    return found


class SharedTemplates(BytecodeCache):
    """Compiled templates shared by every app a test run makes. Each Flask app has its own
    Jinja environment, so each new app compiled every template again on its first page: 1-3 s
    a test app on a loaded 2-CPU machine, most of the fast lane's time (issue 24). A template
    is compiled again when its source changes (Jinja checks the source's checksum); the key
    holds the environment's compile-time settings, so an app set up otherwise never gets
    another's code."""

    def __init__(self) -> None:
        #: each template's source checksum and compiled code, kept as the code object itself:
        #: an app's first page unmarshalled ~11 templates' code again, ~4.6 ms an app (code
        #: objects are immutable, and each environment runs the code in a namespace of its own)
        self.compiled: dict[str, tuple[str, CodeType]] = {}

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        settings = (
            environment.trim_blocks,
            environment.lstrip_blocks,
            # Flask's autoescape is a method of the app: its name, not the bound method
            getattr(environment.autoescape, "__qualname__", environment.autoescape),
            getattr(environment, "newstyle_gettext", None),
            tuple(sorted(environment.extensions)),
        )
        key = f"{self.get_cache_key(name, filename)}-{hash(settings)}"
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        checksum, code = self.compiled.get(bucket.key, ("", None))
        if code is not None and checksum == bucket.checksum:
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self.compiled[bucket.key] = (bucket.checksum, bucket.code)


SHARED_TEMPLATES = SharedTemplates()


def new_app(**config: Any) -> Flask:
    """A test app on the bundled gazetteer; ``config`` adds to or overrides its settings
    (``DIRECTORY_INDEX_PATH``, ``DIRECTORY_DATA_PATH``...). Its compiled templates are shared
    with the run's other apps (``SharedTemplates``)."""
    # reports and recorded changes go to a folder of the test's own, never the clone's var/
    config.setdefault("DIRECTORY_STATE_PATH", state_folder())
    app = create_app({"TESTING": True, "DIRECTORY_GAZETTEER_PATH": GAZETTEER_PATH, **config})
    app.jinja_env.bytecode_cache = SHARED_TEMPLATES
    return app


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


def national_ids(directory, q: str, location: str = "") -> list[str]:
    """The national services a search lists, in order."""
    from directory.finder import FindRequest, find

    results = find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))
    return [item.service.id for item in results.national]


def near_ids(results) -> list[str]:
    """The ids of a finder result's services near the place, as the page lists them: those
    under "Services near" and then those under "Other services near you"."""
    return [i.service.id for i in [*results.local.items, *results.more_local]]


def talk(directory, q: str, location: str = "", welsh: bool = False) -> list[str]:
    """The "Talk to someone now" lines a search offers, in order."""
    from directory.finder import FindRequest, find
    from directory.web.talk import HELPLINE_ORDER, HELPLINE_ORDER_CY

    results = find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))
    order = HELPLINE_ORDER_CY if welsh else HELPLINE_ORDER
    return [s.id for s in directory.talk_lines(results, order, welsh=welsh)]


def with_more_national(client, html: str) -> str:
    """A results page's HTML followed by its page of more services available everywhere
    ("More services available wherever you live (N)", w28more), when it has one: for a test
    that looks for a listing anywhere the search shows it, one tap away included."""
    found = re.search(r'href="((?:/cy)?/results/[^"/]+/more)"', html)
    if found is None:
        return html
    more = client.get(found.group(1))
    assert more.status_code == 200, more.status_code
    return html + more.get_data(as_text=True)


def service_page(client, sid: str) -> str:
    """The English service page of a listing, as the test client gets it (200 or fail)."""
    response = client.get(f"/service/{sid}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


class ServicePages:
    """The bundled app's service pages (``/service/<id>``, ``/cy/service/<id>``) as sweeps over
    every listing read them, each asked for and parsed once a test process: four modules read
    each of ~130 listings' pages in one language or both, ~680 pages rendered and ~520 parsed
    where ~260 differ (issue 24). The app keeps no state between requests (no cookies; a
    page is made from its address and the build), so a page asked for again is the same page.
    A soup handed out is shared: a test reads it and never changes it."""

    def __init__(self, client) -> None:
        self.client = client
        self._html: dict[str, str] = {}
        self._soups: dict[str, BeautifulSoup] = {}

    def html(self, path: str) -> str:
        """The page's HTML (a 200, or the test fails)."""
        if path not in self._html:
            response = self.client.get(path)
            assert response.status_code == 200, (response.status_code, path)
            self._html[path] = response.get_data(as_text=True)
        return self._html[path]

    def soup(self, path: str) -> BeautifulSoup:
        """The page parsed, to read only."""
        if path not in self._soups:
            self._soups[path] = BeautifulSoup(self.html(path), "html.parser")
        return self._soups[path]


def page(response, status: int = 200) -> BeautifulSoup:
    """The HTML a test client got, parsed: check it with CSS selectors (``soup.select``,
    ``text_of``) rather than substrings of the markup, which break on a changed attribute
    order or a line break and can match a comment or a script."""
    assert response.status_code == status, (response.status_code, response.request.path)
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def posted_results(
    client, q: str, location: str, lang: str = "en", professional: bool = False
) -> BeautifulSoup:
    """The results page a person reaches by posting the form (on /cy for ``lang`` "cy"), with
    the professional switch turned on when ``professional``."""
    prefix = "/cy" if lang == "cy" else ""
    response = client.post(prefix + "/search", data={"q": q, "location": location})
    assert response.status_code == 303, response.status_code
    address = response.headers["Location"]
    if professional:
        token = address.rsplit("/", 1)[1]
        switched = client.post(prefix + "/search", data={"t": token, "professional": "1"})
        address = switched.headers["Location"]
    return page(client.get(address))


def local_card_ids(
    client, q: str, location: str, welsh: bool = False, pro: bool = False
) -> list[str]:
    """The ids of the local cards above the national ones, in order (the form posted; with the
    professional switch on when ``pro``, in a client of its own so that it stays off for the
    other tests)."""
    if pro:
        client = client.application.test_client()
    soup = posted_results(client, q, location, "cy" if welsh else "en", professional=pro)
    section = soup.select_one('section[aria-labelledby="local-title"]')
    assert section is not None
    return [
        a["href"].rsplit("/", 1)[1]
        for a in section.select("li.app-result h3 a[href]")
        if "/service/" in a["href"]
    ]


def searched(client, q: str, location: str = "", welsh: bool = False) -> BeautifulSoup:
    """``posted_results`` in English, or in Welsh when ``welsh``."""
    return posted_results(client, q, location, "cy" if welsh else "en")


def asked_which(soup: BeautifulSoup) -> list[str]:
    """The places a page asks the person to choose between ("More than one place has that
    name"), empty when it asks nothing; the page must not be showing services near a place."""
    offered = texts_of(soup, ".app-place-choices li")
    if offered:
        assert "More than one place has that name" in soup.get_text()
        assert not text_of(soup, "h1").startswith("Services near"), text_of(soup, "h1")
    return offered


def card_ids(cards) -> list[str]:
    """The listing ids of result cards, from their links to the service page."""
    found = []
    for card in cards:
        link = next((a["href"] for a in card.select("a[href]") if "/service/" in a["href"]), "")
        found.append(link.rsplit("/service/", 1)[-1].split("?")[0].split("#")[0])
    return found


def words_of(node) -> str:
    """A node's text as a reader sees it, whitespace collapsed."""
    return " ".join(node.get_text(" ").split())


def cards_and_words(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """Each result card on a page that links to a listing: its id and its words."""
    cards = [c for c in soup.select("li.app-result") if c.select_one('h3 a[href*="/service/"]')]
    words = [" ".join(c.get_text().split()) for c in cards]
    return list(zip(card_ids(cards), words, strict=True))


def talk_box(soup: BeautifulSoup) -> list[str]:
    """The lines of the first "Talk to someone now" box on a page, each as a reader sees it
    ("Childline : 0800 1111"); fails when the page has none."""
    title = soup.find(id="talk-now-title")
    assert title is not None, "no talk box"
    box = title.find_parent(["aside", "section", "div"])
    return [item.get_text(" ", strip=True) for item in box.find_all("li")]


def talk_names(box: list[str]) -> list[str]:
    """The names of ``talk_box``'s lines, in order ("Childline" of "Childline : 0800 1111")."""
    return [line.split(" : ")[0].strip() for line in box]


def warned(soup: BeautifulSoup, words: str) -> bool:
    """Whether a warning box at the top of a page says ``words`` (a recent assault, danger now,
    a life at risk now, an overdose taken)."""
    return any(words in text for text in texts_of(soup, ".govuk-warning-text"))


def warned_then_first(soup: BeautifulSoup, warning: str, first: str = "Samaritans") -> None:
    """A warning box at the top of the page says ``warning``, and ``first`` leads the talk
    box (a life at risk: Samaritans first)."""
    assert warned(soup, warning), warning
    assert talk_names(talk_box(soup))[0] == first, talk_box(soup)


def danger_first(soup: BeautifulSoup) -> str:
    """The words of the danger-now warning ("In danger now? Call 999…"), asserted to be there
    and to stand before "Talk to someone now"."""
    warning = soup.select_one(".app-danger-now")
    assert warning is not None, "no warning of danger now"
    html = str(soup)
    assert html.index("app-danger-now") < html.index('id="talk-now-title"')
    return " ".join(warning.get_text().split())


def text_of(soup: BeautifulSoup, selector: str) -> str:
    """The text of the first element ``selector`` matches, as a reader sees it (whitespace
    collapsed); fails naming the selector when nothing matches."""
    found = soup.select_one(selector)
    assert found is not None, f"nothing on the page matches {selector!r}"
    return " ".join(found.get_text().split())


def texts_of(soup: BeautifulSoup, selector: str) -> list[str]:
    """The text of every element ``selector`` matches, in page order (maybe none)."""
    return [" ".join(found.get_text().split()) for found in soup.select(selector)]


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


@dataclass(frozen=True)
class Answer:
    """One answer a ``Load`` got: when it was asked and answered, and what came back (the
    status, or the name of the exception when the connection failed)."""

    started: float
    ended: float
    path: str
    status: int | str
    body: bytes


class Load:
    """Threads asking a server for ``paths`` in turn, each request on a new connection, until
    the ``with`` block ends; every answer is recorded in ``answers``."""

    def __init__(self, base: str, paths: list[str], threads: int) -> None:
        self.base, self.paths = base, paths
        self.answers: list[Answer] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(i,)) for i in range(threads)]

    def _run(self, n: int) -> None:
        i = n
        while not self._stop.is_set():
            path = self.paths[i % len(self.paths)]
            i += 1
            started = time.monotonic()
            try:
                with urllib.request.urlopen(self.base + path, timeout=30) as answer:
                    status, body = answer.status, answer.read()
            except urllib.error.HTTPError as exc:
                status, body = exc.code, exc.read()
            except (OSError, http.client.HTTPException) as exc:  # refused, reset, cut short
                status, body = type(exc).__name__, b""
            self.answers.append(Answer(started, time.monotonic(), path, status, body))

    def __enter__(self) -> Load:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()

    def wait_for(self, count: int, deadline: float, after: float = 0.0) -> None:
        """Until ``count`` answers of 200 to requests started after ``after``."""
        while sum(1 for a in self.answers if a.started > after and a.status == 200) < count:
            assert time.monotonic() < deadline, "the load stopped getting answers"
            time.sleep(0.01)  # polling the recorded answers


def raw_exchange(port: int, data: bytes, host: str = "127.0.0.1", timeout: float = 60) -> bytes:
    """Send ``data`` as it is (a request a client library would refuse to make), close our
    side, and return everything the server answers."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)
