"""What a phone on little data notices: compressed pages and files, files cached for good after
the first visit, and only the front-end code the pages use."""

from __future__ import annotations

import gzip
import re

import brotli
import pytest

from directory.web.security import HEADERS

RESULTS = "/search?q=counselling&location=Leeds&radius=50"


def decoded(response) -> bytes:
    body = response.get_data()
    encoding = response.headers.get("Content-Encoding")
    if encoding == "br":
        return brotli.decompress(body)
    if encoding == "gzip":
        return gzip.decompress(body)
    assert encoding is None, encoding
    return body


def without_tokens(html: str) -> str:
    """A page's links hold freshly encrypted tokens, different at every rendering."""
    return re.sub(r"[A-Za-z0-9_\-]{40,}=*", "TOKEN", html)


def linked_assets(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="(/static/[^"]+)"', html)


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_every_asset_is_served_precompressed_cached_for_good_and_varies(client, encoding):
    html = client.get(RESULTS).get_data(as_text=True)
    assets = linked_assets(html)
    assert {a.rsplit(".", 1)[1] for a in assets} == {"css", "js"}
    for path in assets:
        plain = client.get(path, headers={"Accept-Encoding": "identity"})
        packed = client.get(path, headers={"Accept-Encoding": f"{encoding}, identity"})
        assert packed.status_code == plain.status_code == 200
        assert packed.headers["Content-Encoding"] == encoding
        assert "Content-Encoding" not in plain.headers
        assert "Accept-Encoding" in packed.headers["Vary"]
        assert decoded(packed) == plain.get_data()
        assert len(packed.get_data()) < 0.6 * len(plain.get_data())
        # a repeat visit asks for none of them again
        assert packed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        for name, value in HEADERS.items():
            assert packed.headers[name] == value
        plain.close()
        packed.close()


def test_a_changed_file_gets_a_new_address_so_long_caching_is_safe(client, app):
    names = app.extensions["assets"].names
    for logical, name in names.items():
        response = client.get(f"/static/build/{name}", headers={"Accept-Encoding": "identity"})
        digest = name.split(".")[-2]
        assert len(digest) == 10 and logical != name
        response.close()


@pytest.mark.parametrize("path", ["/", RESULTS, "/service/fictional-leeds-counselling", "/about"])
@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_pages_are_compressed_and_keep_their_headers(client, path, encoding):
    plain = client.get(path, headers={"Accept-Encoding": "identity"})
    packed = client.get(path, headers={"Accept-Encoding": encoding})
    assert packed.status_code == plain.status_code == 200
    assert packed.headers["Content-Encoding"] == encoding
    assert "Accept-Encoding" in packed.headers["Vary"]
    assert len(packed.get_data()) < len(plain.get_data()) / 2
    assert without_tokens(decoded(packed).decode()) == without_tokens(plain.get_data(as_text=True))
    # pages are never kept by the browser (a shared device), compressed or not
    assert packed.headers["Cache-Control"] == "no-store"
    for name, value in HEADERS.items():
        assert packed.headers[name] == value
    assert "Set-Cookie" not in packed.headers


def test_the_api_is_compressed_and_still_revalidates(client):
    path = "/api/v1/services?q=counselling"
    first = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert first.headers["Content-Encoding"] == "gzip"
    assert "Origin" in first.headers["Vary"] and "Accept-Encoding" in first.headers["Vary"]
    etag = first.headers["ETag"]
    again = client.get(path, headers={"Accept-Encoding": "gzip", "If-None-Match": etag})
    assert again.status_code == 304
    plain = client.get(path, headers={"Accept-Encoding": "identity"})
    assert decoded(first) == plain.get_data()


def test_the_referral_pack_csv_downloads_intact_whatever_the_browser_accepts(client):
    path = "/referral-pack.csv?id=fictional-leeds-counselling&id=fictional-kent-outreach"
    plain = client.get(path, headers={"Accept-Encoding": "identity"})
    packed = client.get(path, headers={"Accept-Encoding": "br, gzip"})
    assert packed.headers["Content-Disposition"] == plain.headers["Content-Disposition"]
    assert decoded(packed) == plain.get_data()
    assert "Fictional Kent Outreach" in plain.get_data(as_text=True)


def test_only_the_components_the_pages_use_are_sent(client, app):
    name = app.extensions["assets"].names["app.js"]
    script = client.get(f"/static/build/{name}", headers={"Accept-Encoding": "identity"})
    code = script.get_data(as_text=True)
    assert "govuk-exit-this-page" in code and "govuk-skip-link" in code
    for unused in ("govuk-accordion", "govuk-character-count", "govuk-tabs", "govuk-file-upload"):
        assert unused not in code
    html = client.get(RESULTS).get_data(as_text=True)
    assert "govuk-frontend" not in " ".join(linked_assets(html))  # no whole bundle
    script.close()
