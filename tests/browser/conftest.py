"""Browser tests: real Chromium (Debian's package) driven by Playwright, against the app served
on 127.0.0.1 by a server the tests start. Nothing else is contacted."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from directory.config import PROJECT_ROOT

from ..helpers import BUNDLED_SERVICES, new_app

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
# the flags that keep Chromium from calling home (its own updates, sync, safe browsing...)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--metrics-recording-only",
    "--no-pings",
]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.slow)  # a browser: `scripts/test --fast` leaves it out
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            f"browser tests need Chromium at {CHROMIUM}: scripts/test installs it"
        )
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(skip)


class ServerClock:
    """The live server's clock: real time, plus however far a test moved it on (so expiry is
    tested without waiting)."""

    def __init__(self) -> None:
        self.ahead = 0.0

    def __call__(self) -> float:
        return time.time() + self.ahead


SERVER_CLOCK = ServerClock()


@pytest.fixture
def server_clock():
    yield SERVER_CLOCK
    SERVER_CLOCK.ahead = 0.0


@pytest.fixture(scope="session")
def live_server(built_index):
    holder: dict = {}
    app = new_app(DIRECTORY_INDEX_PATH=built_index, DIRECTORY_CLOCK=SERVER_CLOCK)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    base = f"http://127.0.0.1:{server.server_port}"
    # "Exit this page" must leave for a neutral site; in tests that site is our own /privacy
    # page, so that no request leaves 127.0.0.1
    app.config["DIRECTORY_EXIT_URL"] = f"{base}/privacy?exited=1"
    app.config["DIRECTORY_EXIT_URL_CY"] = f"{base}/cy/privacy?exited=1"
    app.config["DIRECTORY_PUBLIC_URL"] = base
    holder["base"] = base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    thread.join()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Recorder:
    """Every request a page makes, so tests can prove nothing leaves 127.0.0.1."""

    def __init__(self, page) -> None:
        self.urls: list[str] = []
        page.on("request", lambda request: self.urls.append(request.url))

    def foreign(self, base: str) -> list[str]:
        return [u for u in self.urls if not (u.startswith(base) or u.startswith("data:"))]


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context, live_server):
    page = context.new_page()
    page.recorder = Recorder(page)
    page.set_default_timeout(10_000)
    yield page
    assert page.recorder.foreign(live_server) == [], "a request left 127.0.0.1"
    assert context.cookies() == [], "a cookie was set"


#: what the journeys read and press, as a Welsh speaker sees it on the Welsh pages
WELSH = {
    "What kind of help are you looking for? (optional)": (
        "Pa fath o help ydych chi’n chwilio amdano? (dewisol)"
    ),
    "Where? (optional)": "Ble? (dewisol)",
    "Search": "Chwilio",
    "Services near LS1": "Gwasanaethau ger LS1",
    "Available wherever you live": "Ar gael ble bynnag rydych chi’n byw",
    "Find support": "Dod o hyd i gymorth",
    "miles": "milltir",
    "mile": "milltir",
    "services": "gwasanaeth",
    "Next": "Nesaf",
    "Face to face": "Wyneb yn wyneb",
    "Apply filters": "Rhoi’r hidlyddion ar waith",
    "Remove filter: Face to face": "Tynnu’r hidlydd: Wyneb yn wyneb",
    "Add to pack": "Ychwanegu at y pecyn",
    "Remove from pack": "Tynnu o’r pecyn",
    "I am a professional making a referral": "Rwy’n weithiwr proffesiynol sy’n gwneud atgyfeiriad",
    "Referral pack: 1 service": "Pecyn atgyfeirio: 1 gwasanaeth",
    "Referral pack: 2 services": "Pecyn atgyfeirio: 2 wasanaeth",
    "Open the referral pack": "Agor y pecyn atgyfeirio",
    "Referral pack": "Pecyn atgyfeirio",
    "Source date": "Dyddiad y ffynhonnell",
    "Download as a spreadsheet (CSV)": "Lawrlwytho fel taenlen (CSV)",
    "Service": "Gwasanaeth",
    "Kind": "Math",
    "In your referral pack": "Yn eich pecyn atgyfeirio",
    "Talk to someone now": "Siarad â rhywun nawr",
    "Phone": "Ffôn",
    "Website": "Gwefan",
    "Exit this page": "Gadael y dudalen hon",
    "Details": "Manylion",
}


class Language:
    """One language of the site: where its pages are and what they say."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.prefix = "/cy" if code == "cy" else ""

    def __call__(self, english: str) -> str:
        return english if self.code == "en" else WELSH[english]

    def check(self, page) -> None:
        """The page is in this language, and says so to browsers and screen readers."""
        assert page.locator("html").get_attribute("lang") == self.code
        assert page.title() == self("Find support")


@pytest.fixture(params=["en", "cy"])
def lang(request) -> Language:
    """Run a journey in English and again in Welsh."""
    return Language(request.param)


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


#: a phone's screen, as the walk-throughs used
SCREEN = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def real_server(bundled_root):
    """The app on the bundled listings, on 127.0.0.1; "Exit this page" leaves for its own
    privacy page, so that nothing leaves the machine."""
    app = new_app(DIRECTORY_INDEX_PATH=bundled_root, DIRECTORY_DATA_PATH=BUNDLED_SERVICES)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    base = f"http://127.0.0.1:{server.server_port}"
    app.config["DIRECTORY_EXIT_URL"] = f"{base}/privacy?exited=1"
    app.config["DIRECTORY_EXIT_URL_CY"] = f"{base}/cy/privacy?exited=1"
    app.config["DIRECTORY_PUBLIC_URL"] = base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    thread.join()


@pytest.fixture
def phone(browser, real_server):
    context = browser.new_context(
        viewport=SCREEN, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    assert context.cookies() == []
    context.close()
