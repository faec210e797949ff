"""Shared fixtures: fictional listings, a built index, the app and its test client."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directory import create_app
from directory.config import PROJECT_ROOT
from directory.data import load_valid_listings
from directory.geo import Gazetteer, load_gazetteer
from directory.model import validate_records
from directory.search import SearchIndex, build_index, current_build

from .fixtures.make_fictional import fictional_services

GAZETTEER_PATH = PROJECT_ROOT / "bundled_data" / "gazetteer"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer(GAZETTEER_PATH)


@pytest.fixture(scope="session")
def fictional():
    services, errors = validate_records(fictional_services(), "fictional")
    assert not errors, errors
    return services


def write_data(folder: Path, records: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "fictional.json").write_text(json.dumps({"about": "fictional", "records": records}))
    return folder


@pytest.fixture(scope="session")
def built_index(tmp_path_factory, fictional) -> Path:
    root = tmp_path_factory.mktemp("index")
    build_index(fictional, root)
    return root


@pytest.fixture(scope="session")
def index(built_index) -> SearchIndex:
    return SearchIndex.open(current_build(built_index))


@pytest.fixture
def app(tmp_path, built_index):
    data = write_data(tmp_path / "data", fictional_services())
    app = create_app(
        {
            "TESTING": True,
            "DIRECTORY_INDEX_PATH": built_index,
            "DIRECTORY_DATA_PATH": data,
            "DIRECTORY_GAZETTEER_PATH": GAZETTEER_PATH,
        }
    )
    return app


@pytest.fixture
def client(app):
    return app.test_client()


# --- the bundled (real) listings, as people meet them -------------------------------------

BUNDLED_SERVICES = PROJECT_ROOT / "bundled_data" / "services"


@pytest.fixture(scope="session")
def bundled():
    return load_valid_listings(BUNDLED_SERVICES)


@pytest.fixture(scope="session")
def bundled_root(tmp_path_factory, bundled):
    root = tmp_path_factory.mktemp("bundled-index")
    build_index(bundled, root)
    return root


@pytest.fixture(scope="session")
def bundled_index(bundled_root):
    return SearchIndex.open(current_build(bundled_root))


@pytest.fixture(scope="session")
def bundled_client(bundled_root):
    app = create_app(
        {
            "TESTING": True,
            "DIRECTORY_INDEX_PATH": bundled_root,
            "DIRECTORY_DATA_PATH": BUNDLED_SERVICES,
            "DIRECTORY_GAZETTEER_PATH": GAZETTEER_PATH,
        }
    )
    return app.test_client()


