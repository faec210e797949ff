"""Configuration from environment variables, with safe defaults for running from a clone."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

CSA_DIRECTORY_URL = "https://www.csacentre.org.uk/find-a-support-service"


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser().resolve() if value else default


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _float(name: str, default: str) -> float:
    return float(os.environ.get(name, default))


def from_environment() -> dict[str, object]:
    """The app's settings. Each can be set with the environment variable of the same name."""
    return {
        # where index builds live (`index/current` is the one served)
        "DIRECTORY_INDEX_PATH": _path("DIRECTORY_INDEX_PATH", PROJECT_ROOT / "index"),
        # the listings the index is built from
        "DIRECTORY_DATA_PATH": _path(
            "DIRECTORY_DATA_PATH", PROJECT_ROOT / "bundled_data" / "services"
        ),
        # what outlives index builds: reports of wrong listings, maintainers' checks, what
        # each build changed (one SQLite file; directory/feedback/)
        "DIRECTORY_STATE_PATH": _path("DIRECTORY_STATE_PATH", PROJECT_ROOT / "var"),
        # reports one client may make a day (counted in memory by a keyed hash, never stored)
        "DIRECTORY_REPORT_LIMIT": int(_env("DIRECTORY_REPORT_LIMIT", "5")),
        # reverse proxies whose X-Forwarded-For names the client for that count (addresses,
        # comma-separated; none by default: then everyone behind a proxy is one client)
        "DIRECTORY_TRUSTED_PROXIES": os.environ.get("DIRECTORY_TRUSTED_PROXIES", ""),
        "DIRECTORY_GAZETTEER_PATH": _path(
            "DIRECTORY_GAZETTEER_PATH", PROJECT_ROOT / "bundled_data" / "gazetteer"
        ),
        # the authoritative directory every listing links back to
        "DIRECTORY_SOURCE_BASE_URL": os.environ.get("DIRECTORY_SOURCE_BASE_URL", CSA_DIRECTORY_URL),
        # who the refresh says it is (in its User-Agent), and how politely it fetches
        "DIRECTORY_CONTACT": _env("DIRECTORY_CONTACT", "directory-maintainers@example.invalid"),
        "DIRECTORY_FETCH_INTERVAL": _float("DIRECTORY_FETCH_INTERVAL", "1.0"),
        "DIRECTORY_FETCH_BACKOFF": _float("DIRECTORY_FETCH_BACKOFF", "1.0"),
        "DIRECTORY_FETCH_READ_TIMEOUT": _float("DIRECTORY_FETCH_READ_TIMEOUT", "20"),
        # a refresh stops (changing nothing) when the whole run takes longer than this many
        # seconds, or a page arrives slower than MIN_RATE bytes a second once PAGE_GRACE
        # seconds have passed: a source that drips bytes cannot hold it for hours
        "DIRECTORY_REFRESH_DEADLINE": _float("DIRECTORY_REFRESH_DEADLINE", "3600"),
        "DIRECTORY_FETCH_MIN_RATE": _float("DIRECTORY_FETCH_MIN_RATE", "50000"),
        "DIRECTORY_FETCH_PAGE_GRACE": _float("DIRECTORY_FETCH_PAGE_GRACE", "10"),
        # where "Exit this page" goes: a neutral site
        "DIRECTORY_EXIT_URL": _env("DIRECTORY_EXIT_URL", "https://www.bbc.co.uk/weather"),
        # the same for Welsh pages: BBC Weather in Welsh
        "DIRECTORY_EXIT_URL_CY": _env("DIRECTORY_EXIT_URL_CY", "https://www.bbc.co.uk/tywydd"),
        # the site's public address, for the few links written out in full (a lasting link to
        # a search, addresses on printed pages); never taken from a request's Host header
        "DIRECTORY_PUBLIC_URL": _env("DIRECTORY_PUBLIC_URL", "http://127.0.0.1:5000").rstrip("/"),
        # whether the operator set it: robots.txt names the sitemap, and /sitemap.xml exists,
        # only then (the default above is fine for links on a test machine, not for crawlers)
        "DIRECTORY_PUBLIC_URL_SET": bool(os.environ.get("DIRECTORY_PUBLIC_URL", "").strip()),
        # the key that encrypts results addresses (any string; when unset, a random key for
        # this process: addresses then stop working at a restart, and servers behind one
        # balancer must share a set key)
        "DIRECTORY_SECRET_KEY": os.environ.get("DIRECTORY_SECRET_KEY", "").strip() or None,
        # how long a search made through the form can be seen again at its address
        "DIRECTORY_SEARCH_EXPIRY_MINUTES": _float("DIRECTORY_SEARCH_EXPIRY_MINUTES", "30"),
        # how long a worker may answer a results address that carries its search in the
        # address (/search?q=...) from memory, for that same address; 0 turns it off
        # (directory/web/pagecache.py, docs/production.md)
        "DIRECTORY_PAGE_CACHE_SECONDS": _float("DIRECTORY_PAGE_CACHE_SECONDS", "60"),
    }
