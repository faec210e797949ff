"""Findable by search engines, without giving anything away.

The start page, service pages and the help pages may be indexed: they carry a plain
description and no ``noindex``, and ``/sitemap.xml`` lists them. Every other address (results
``/results/<token>``, ``/search?…``, the referral pack, errors, the API) says ``noindex`` in an
``X-Robots-Tag`` header, and pages in a meta tag as well; ``robots.txt`` keeps crawlers away
from searches, so a crawler never runs one. An allow-list: a new page is ``noindex`` until it
is added here. Absolute addresses come only from ``DIRECTORY_PUBLIC_URL``, never from a request.
"""

from __future__ import annotations

import logging
from xml.sax.saxutils import escape

from flask import Blueprint, Flask, Response, current_app, request, url_for

log = logging.getLogger(__name__)

bp = Blueprint("findable", __name__)

#: the plain pages listed in the sitemap besides the services
SITEMAP_PAGES = (
    "web.start",
    "web.help_now",
    "web.staying_safe",
    "web.about",
    "web.accessibility",
    "web.privacy",
)
#: the pages a search engine may index: those the sitemap lists, every service page among them
INDEXABLE = frozenset({*SITEMAP_PAGES, "web.service"})
#: crawlers keep out of what runs a search or holds one (in English and under /cy in Welsh)
DISALLOW = ("/search", "/results/", "/referral-pack", "/api/", "/oruk/",
            "/cy/search", "/cy/results/", "/cy/referral-pack")  # fmt: skip


def indexable() -> bool:
    """Whether this request's page may be indexed (a template global for the meta tag)."""
    return request.endpoint in INDEXABLE


def robots_header(response: Response) -> Response:
    if request.endpoint not in INDEXABLE or response.status_code != 200:
        response.headers["X-Robots-Tag"] = "noindex"
    return response


def public_url() -> str | None:
    """The site's configured public address, or None when the operator has not set one."""
    if not current_app.config.get("DIRECTORY_PUBLIC_URL_SET"):
        return None
    return str(current_app.config["DIRECTORY_PUBLIC_URL"]).rstrip("/")


@bp.get("/robots.txt")
def robots_txt() -> Response:
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOW)]
    base = public_url()
    if base:
        lines += ["", f"Sitemap: {base}{url_for('findable.sitemap')}"]
    response = Response("\n".join(lines) + "\n", mimetype="text/plain")
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


@bp.get("/sitemap.xml")
def sitemap() -> Response:
    base = public_url()
    if base is None:
        log.warning("sitemap.xml asked for, but DIRECTORY_PUBLIC_URL is not set")
        response = Response(
            "No sitemap: this site's public address is not configured "
            "(set DIRECTORY_PUBLIC_URL).\n",
            status=404,
            mimetype="text/plain",
        )
        return response
    served = current_app.extensions["directory"].get()
    paths = [url_for(endpoint) for endpoint in SITEMAP_PAGES]
    paths += [url_for("web.service", service_id=sid) for sid in served.open_service_ids()]
    # each page in English and in Welsh (web/i18n.py: the same page under /cy)
    paths += ["/cy" + path for path in paths]
    body = "".join(f"<url><loc>{escape(base + path)}</loc></url>\n" for path in paths)
    response = Response(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{body}</urlset>\n",
        mimetype="application/xml",
    )
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


def install(app: Flask) -> None:
    app.add_template_global(indexable, "indexable")
    app.after_request(robots_header)
    app.register_blueprint(bp)
