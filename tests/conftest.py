"""Shared fixtures: fictional listings, a built index, the app (one way to build it, with
overrides) and its test client, a maintainer's app and a fictional source directory, and the
bundled listings. Plain helper functions are in helpers.py."""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .fake_source import FIVE, FakeSource
from .fixtures.make_fictional import fictional_services
from .shared_routes import share_route_builders
from .state import state_folder

if TYPE_CHECKING:
    from directory.geo import Gazetteer
    from directory.search import SearchIndex

# The app (directory/, ~1 s to import: its query-understanding patterns are compiled at import)
# and the helpers that import it are imported by the fixtures that need them, not here:
# pytest-xdist's controller loads this file too, before it starts the workers, and runs no
# test (issue 24).

#: Python's cyclic garbage collector runs each time 700 more objects are made than freed
#: (its default): the tests parse thousands of pages with BeautifulSoup (~730 tags each, each
#: a cycle with its parent), and each of those collections walked the session's bundled index
#: and gazetteer too: ~18% of the CPU of tests that read a page (1.9 of 10.3 s in five such
#: modules), ~0.4 s once collections start only every 50,000 objects. Nothing a test checks
#: depends on when a cycle is freed (the app's files are closed by reference counting and
#: by ``close``); a test that needs a collection calls ``gc.collect()`` (issue 24).
gc.set_threshold(50_000, 20, 100)

#: each route's URL builders are compiled once a test process, not once an app (shared_routes)
share_route_builders()


def pytest_configure(config: pytest.Config) -> None:
    # reports and recorded changes of apps and commands the tests start in other processes
    # (gunicorn, the console script) go to a folder of the run's own, never the clone's var/
    os.environ.setdefault("DIRECTORY_STATE_PATH", str(state_folder()))
    config.addinivalue_line(
        "markers", "app_config(**settings): settings the `app` fixture adds or overrides"
    )
    config.addinivalue_line(
        "markers",
        "slow: needs a browser or a server (gunicorn, the fake source), or sweeps every judged "
        "query more than once; `scripts/test --fast` leaves it out",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that starts the fake source or gunicorn (servers on 127.0.0.1) is slow, wherever
    it is: `scripts/test --fast` leaves it out, as the marker says."""
    for item in items:
        if "source" in getattr(item, "fixturenames", ()) or _starts_gunicorn(item):
            item.add_marker(pytest.mark.slow)


def _starts_gunicorn(item: pytest.Item) -> bool:
    """Whether the test function calls tests/gunicorn_server.py's ``gunicorn`` (the five
    modules that do took ~80 s of the fast lane's 344 s on a loaded machine, issue 24)."""
    from .gunicorn_server import gunicorn

    function = getattr(item, "function", None)
    module = getattr(item, "module", None)
    return (
        function is not None
        and getattr(module, "gunicorn", None) is gunicorn
        and "gunicorn" in function.__code__.co_names
    )


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    from directory.geo import load_gazetteer

    from .helpers import GAZETTEER_PATH

    return load_gazetteer(GAZETTEER_PATH)


@pytest.fixture(scope="session")
def fictional():
    from directory.model import validate_records

    services, errors = validate_records(fictional_services(), "fictional")
    assert not errors, errors
    return services


@pytest.fixture(scope="session")
def built_index(tmp_path_factory, fictional) -> Path:
    from directory.search import build_index

    root = tmp_path_factory.mktemp("index")
    build_index(fictional, root)
    return root


@pytest.fixture(scope="session")
def index(built_index) -> SearchIndex:
    from directory.search import SearchIndex, current_build

    return SearchIndex.open(current_build(built_index))


@pytest.fixture
def app(request, tmp_path, built_index):
    """The app on the fictional listings. A test changes its settings with
    ``@pytest.mark.app_config(DIRECTORY_SECRET_KEY="k", ...)``."""
    from .helpers import new_app, write_data

    marker = request.node.get_closest_marker("app_config")
    return new_app(
        DIRECTORY_INDEX_PATH=built_index,
        DIRECTORY_DATA_PATH=write_data(tmp_path / "data", fictional_services()),
        **(marker.kwargs if marker else {}),
    )


@pytest.fixture
def client(app):
    return app.test_client()


# --- maintainers' commands against a fictional directory on 127.0.0.1 ----------------------


@pytest.fixture
def source():
    """A fictional source directory served on 127.0.0.1, publishing ``FIVE``."""
    fake = FakeSource()
    fake.publish(FIVE)
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def maintainers_first_build(tmp_path_factory, fictional) -> Path:
    """The index folder every ``maintainer`` starts from, built once: never served or changed,
    only copied (a copy takes ~1 ms, a build 0.3-1.6 s, for ~75 tests)."""
    from directory.search import build_index

    root = tmp_path_factory.mktemp("maintainers-index") / "index"
    build_index(fictional, root)
    return root


@pytest.fixture
def maintainer(tmp_path, maintainers_first_build):
    """An app with its own index and data folder, which commands may change; ``.root`` is its
    index folder."""
    from .helpers import new_app, write_data

    root = tmp_path / "index"
    shutil.copytree(maintainers_first_build, root, symlinks=True)
    app = new_app(
        DIRECTORY_INDEX_PATH=root,
        DIRECTORY_DATA_PATH=write_data(tmp_path / "data", fictional_services()),
        DIRECTORY_FETCH_INTERVAL=0.0,
        DIRECTORY_FETCH_BACKOFF=0.01,
        DIRECTORY_FETCH_READ_TIMEOUT=2.0,  # 0.5 s timed out once on a loaded machine
    )
    app.root = root
    return app


# --- the bundled (real) listings, as people meet them -------------------------------------


@pytest.fixture(scope="session")
def bundled():
    from directory.data import load_valid_listings

    from .helpers import BUNDLED_SERVICES

    return load_valid_listings(BUNDLED_SERVICES)


@pytest.fixture(scope="session")
def directory(bundled_index, gazetteer):
    """The directory's facade over the bundled listings."""
    from directory.facade import Directory

    from .helpers import GAZETTEER_PATH

    return Directory(bundled_index, gazetteer, GAZETTEER_PATH)


@pytest.fixture(scope="session")
def by_id(bundled):
    """The bundled listings by id."""
    return {s.id: s for s in bundled}


@pytest.fixture(scope="session")
def bundled_root(tmp_path_factory, bundled):
    from directory.search import build_index

    root = tmp_path_factory.mktemp("bundled-index")
    build_index(bundled, root)
    return root


@pytest.fixture(scope="session")
def bundled_index(bundled_root):
    from directory.search import SearchIndex, current_build

    return SearchIndex.open(current_build(bundled_root))


@pytest.fixture(scope="session")
def bundled_client(bundled_root):
    from .helpers import BUNDLED_SERVICES, new_app

    return new_app(
        DIRECTORY_INDEX_PATH=bundled_root, DIRECTORY_DATA_PATH=BUNDLED_SERVICES
    ).test_client()


@pytest.fixture(scope="session")
def service_pages(bundled_client):
    """The bundled listings' service pages, each rendered and parsed once a test process
    (``helpers.ServicePages``), for the sweeps that read every listing's page."""
    from .helpers import ServicePages

    return ServicePages(bundled_client)
