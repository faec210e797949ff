"""Welsh and English pages: the language is chosen by the address, never by a cookie or the
browser's Accept-Language.

English pages are where they always were (``/service/childline``); the same page in Welsh is
under ``/cy`` (``/cy/service/childline``). ``LanguageFromPath`` moves that ``/cy`` from the
path into the script name before Flask sees the request, so the routes are the same for both
languages and every address Flask builds (``url_for``: links, form actions, redirects,
pagination, filters) keeps the language of the page by itself. Front-end assets, the API and
the health checks have one address for both languages.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, TypeVar

import flask_babel
from babel.dates import format_date
from babel.numbers import get_decimal_symbol
from flask import Blueprint, Flask, current_app, has_request_context, request, url_for
from jinja2 import pass_context, pass_eval_context
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from markupsafe import Markup

from ..params import link_args

#: language code -> its own name, as the switch shows it
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}
DEFAULT = "en"
#: language code -> the start of its addresses
PREFIXES: dict[str, str] = {"en": "", "cy": "/cy"}
#: where the chosen language and the script name before it are kept in the WSGI environ
LANGUAGE_KEY = "directory.language"
MOUNT_KEY = "directory.mount"
#: where a request keeps its language's catalogue, looked up once (see ``translations``)
TRANSLATIONS_KEY = "directory.translations"
#: paths with one address for every language
SHARED = ("/static/", "/api/", "/health", "/ready", "/favicon.ico", "/robots.txt", "/sitemap.xml")
#: pages whose query string is part of what they show (a lasting search, a referral pack)
KEEPS_QUERY = ("web.results", "web.referral_pack", "web.referral_pack_csv")

bp = Blueprint("i18n", __name__)


class LanguageFromPath:
    """WSGI middleware: ``/cy/...`` is served as ``/...`` in Welsh, with ``/cy`` in the script
    name so that every address built for the page starts with it too."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or "/"
        environ[MOUNT_KEY] = environ.get("SCRIPT_NAME", "")
        for code, prefix in PREFIXES.items():
            if not prefix or not (path == prefix or path.startswith(prefix + "/")):
                continue
            rest = path[len(prefix) :] or "/"
            if rest.startswith(SHARED):
                break  # not a page: answered as not found, like any unknown address
            environ["SCRIPT_NAME"] = environ[MOUNT_KEY] + prefix
            environ["PATH_INFO"] = rest
            environ[LANGUAGE_KEY] = code
            break
        return self.app(environ, start_response)


@bp.app_template_global()
def language() -> str:
    """The language of the page being drawn."""
    try:
        return request.environ.get(LANGUAGE_KEY, DEFAULT)
    except RuntimeError:  # outside a request (the CLI, warm-up without one)
        return DEFAULT


T = TypeVar("T")


def once_a_request(key: str, make: Callable[[], T]) -> T:
    """``make()``, worked out once a request and kept in the request's WSGI environ (so never
    beyond the request, whatever the app context does)."""
    environ = request.environ
    found = environ.get(key)
    if found is None:
        found = environ[key] = make()
    return found


def translations() -> Any:
    """The page's catalogue (Babel ``Translations``), looked up once per request.

    flask_babel finds the current catalogue again on every ``gettext`` call (the app context,
    the locale, its cache), and a results page shows hundreds of strings. The language of a
    request never changes (it is its address), so the catalogue found for its first string
    serves all the others."""
    if not has_request_context():  # outside a request (the CLI): flask_babel's own answer
        return flask_babel.get_translations()
    return once_a_request(TRANSLATIONS_KEY, flask_babel.get_translations)


def gettext(string: str, **variables: Any) -> str:
    """``flask_babel.gettext``, with the request's catalogue looked up once."""
    text = translations().ugettext(string)
    return text % variables if variables else text


def markup_gettext(string: str, **variables: Any) -> Markup:
    """A translation as a template's ``_()`` gives it: the catalogue's text trusted as HTML,
    the variables escaped into it."""
    return Markup(translations().ugettext(string)) % variables


def install_gettext(app: Flask) -> None:
    """Templates' ``_``, ``gettext`` and ``ngettext`` with the request's catalogue looked up
    once (replacing flask_babel's, which look it up for every string), called directly rather
    than through Jinja's i18n aliases (two ``Context.call`` layers a string). They behave as
    Jinja's "newstyle" gettext: the catalogue's text is trusted as HTML when autoescaping, the
    variables are escaped into it, and it is always a format string. Call after ``Babel(app)``
    (what each layer cost: docs/performance.md)."""
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=lambda s: translations().ugettext(s),
        ngettext=lambda s, p, n: translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: translations().unpgettext(c, s, p, n),
    )
    app.jinja_env.globals.update(_=_template_gettext, gettext=_template_gettext,
                                 ngettext=_template_ngettext)  # fmt: skip


@pass_eval_context
def _template_gettext(eval_ctx: EvalContext, string: str, /, **variables: Any) -> str:
    text = translations().ugettext(string)
    return (Markup(text) if eval_ctx.autoescape else text) % variables


@pass_eval_context
def _template_ngettext(
    eval_ctx: EvalContext, singular: str, plural: str, num: int, /, **variables: Any
) -> str:
    variables.setdefault("num", num)
    text = translations().ungettext(singular, plural, num)
    return (Markup(text) if eval_ctx.autoescape else text) % variables


def _page_path(search: Any) -> str:
    """This page's address below its language prefix: the same page, with the same search (a
    results address keeps its token; ``search``, a ``SearchState``, is the search the page
    shows, its full postcode already cut to its district), and nothing a visitor added to the
    address."""
    if request.url_rule is None or not request.endpoint or request.method not in ("GET", "HEAD"):
        return "/"
    query: dict[str, Any] = {}
    if request.endpoint in KEEPS_QUERY:
        args = search.query_args() if search is not None else request.args.to_dict(flat=False)
        query = link_args(args)
    built = url_for(request.endpoint, **(request.view_args or {}), **query)
    return built[len(request.script_root) :] or "/"


@bp.app_template_global()
@pass_context
def language_links(context: Context) -> dict[str, Any]:
    """This page in the other language, for the language switch (``switch``), and in every
    language for ``<link rel="alternate" hreflang>`` (``alternates``), written out in full (as
    search engines want them) from the public address: the configured one, or while none is
    configured the address ``directory run`` serves (DIRECTORY_PUBLIC_URL's default); never
    from the Host a request claims. The page's own address is built once for all of them."""
    page = context.get("search_page")
    path = _page_path(page.state if page is not None else None)
    mount = request.environ.get(MOUNT_KEY, "")
    base = str(current_app.config["DIRECTORY_PUBLIC_URL"]).rstrip("/")
    other = "en" if language() == "cy" else "cy"
    return {
        "switch": {"code": other, "name": LANGUAGES[other], "href": mount + PREFIXES[other] + path},
        "alternates": [
            {"code": code, "href": base + mount + PREFIXES[code] + path} for code in LANGUAGES
        ],
    }


def neutral_url(url: str) -> str:
    """An address with one form for every language (an asset), without the page's ``/cy``."""
    prefix = PREFIXES.get(language(), "")
    mount = request.environ.get(MOUNT_KEY, "")
    if prefix and url.startswith(mount + prefix + "/"):
        return mount + url[len(mount + prefix) :]
    return url


def exit_url() -> str:
    """Where "Exit this page" goes: a neutral page in the language of the page."""
    config = current_app.config
    if language() == "cy":
        return config["DIRECTORY_EXIT_URL_CY"]
    return config["DIRECTORY_EXIT_URL"]


def long_date(value) -> str:
    """ "26 November 2026", "26 Tachwedd 2026"."""
    return format_date(value, "d MMMM y", locale=language())


def month_year(value) -> str:
    """ "June 2023", "Mehefin 2023"."""
    return format_date(value, "LLLL y", locale=language())


@bp.app_template_filter()
def miles(value: float) -> str:
    """A distance written the page's way: below 10 miles to one decimal place ("2.2"), from 10
    in whole miles ("35", not "35.0" or "37.5": the tenth says nothing at that distance), and
    a whole number without ".0" ("3") except 1 ("1.0": "1 miles away" would read wrong). What
    Babel's ``format_decimal`` writes (the decimal of the number as Python prints it, rounded
    half to even, the language's decimal sign), ten times faster; a results page shows one a
    card."""
    number = Decimal(str(value)).quantize(_TENTH, ROUND_HALF_EVEN)
    if number >= 10:
        number = number.quantize(_ONE, ROUND_HALF_EVEN)
    text = str(number)
    if text.endswith(".0") and text != "1.0":
        text = text[:-2]
    sign = _decimal_sign(language())
    return text if sign == "." else text.replace(".", sign)


_TENTH = Decimal("0.1")
_ONE = Decimal("1")


@functools.lru_cache(maxsize=8)
def _decimal_sign(code: str) -> str:
    return get_decimal_symbol(code)


def vocabulary_labels() -> list[str]:
    """Every label of the controlled vocabularies that pages, print and CSV show (they live in
    ``directory/model.py`` as plain strings and are translated where they are shown)."""
    from ..model import FILTER_FIELDS, GENDERS, SOURCE_KINDS, STATUSES

    labels: list[str] = []
    for legend, vocabulary in FILTER_FIELDS.values():
        labels += [legend, *vocabulary.values()]
    for vocabulary in (GENDERS, STATUSES, SOURCE_KINDS):
        labels += vocabulary.values()
    return list(dict.fromkeys(labels))


def extract_vocabularies(fileobj, keywords, comment_tags, options):
    """A Babel extraction method (``babel.cfg``) for ``directory/model.py``: its vocabulary
    labels, which are data rather than ``gettext`` calls."""
    for label in vocabulary_labels():
        yield 0, "gettext", label, ["vocabulary label (directory/model.py)"]
