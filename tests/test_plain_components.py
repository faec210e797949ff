"""GOV.UK Frontend components the pages write out as plain HTML (their macros are slow to
render): each must stay byte for byte what the component's macro writes for the same
parameters, so that a page does not change when the macro is no longer called."""

# ruff: noqa: E501 (the components as they were called, template text)
from __future__ import annotations

from flask import get_template_attribute, request
from markupsafe import Markup

from directory.web.i18n import LANGUAGE_KEY

GOVUK = "govuk_frontend_jinja/components/{0}/macro.html"

ROWS = [
    {"key": {"text": "Who it is for"}, "value": {"text": "Adults & young people <16+>"}},
    {"key": {"text": "Ble"}, "value": {"html": Markup("\n  <a href='#x'>Leeds</a>,\nYork  \n")}},
    {"key": {"text": "Contact"}, "value": {"html": Markup("<span>0800 1111</span>")}},
    {"key": {"text": "Empty"}, "value": {"text": ""}},
]


def test_summary_list_is_written_as_the_component_writes_it(app) -> None:
    with app.test_request_context("/"):
        plain = get_template_attribute("_result.html", "summary_list")
        govuk = get_template_attribute(GOVUK.format("summary-list"), "govukSummaryList")
        for classes in ("govuk-summary-list--no-border", ""):
            for rows in (ROWS, ROWS[:1], []):
                expected = govuk({"rows": rows, "classes": classes})
                assert str(expected).startswith("<dl")
                assert str(plain(rows, classes)) == str(expected), (classes, rows)


# the page chrome as it was written with GOV.UK's macros (templates/_chrome.html before)
CHROME_BY_MACROS = """
{% from "govuk_frontend_jinja/components/skip-link/macro.html" import govukSkipLink %}
{% from "govuk_frontend_jinja/components/service-navigation/macro.html" import govukServiceNavigation %}
{% from "govuk_frontend_jinja/components/exit-this-page/macro.html" import govukExitThisPage %}
{% macro skip_link() %}
  {{ govukSkipLink({"href": "#main-content", "text": _("Skip to main content")}) }}
{% endmacro %}

{% macro navigation(endpoint) %}
    {{ govukServiceNavigation({
      "serviceName": _("Find support"),
      "serviceUrl": url_for("web.start"),
      "ariaLabel": _("Service information"),
      "navigationLabel": _("Menu"),
      "menuButtonText": _("Menu"),
      "navigation": [
        {"href": url_for("web.help_now"), "text": _("Get help now"), "active": endpoint == "web.help_now"},
        {"href": url_for("web.staying_safe"), "text": _("Staying safe online"), "active": endpoint == "web.staying_safe"},
        {"href": url_for("web.about"), "text": _("About"), "active": endpoint == "web.about"}
      ]
    }) }}
{% endmacro %}

{% macro exit_this_page(exit_url) %}
    {{ govukExitThisPage({
      "redirectUrl": exit_url,
      "text": _("Exit this page"),
      "activatedText": _("Loading."),
      "timedOutText": _("Exit this page expired."),
      "pressTwoMoreTimesText": _("Shift, press 2 more times to exit."),
      "pressOneMoreTimeText": _("Shift, press 1 more time to exit.")
    }) }}
{% endmacro %}
"""


def test_page_chrome_is_written_as_the_components_write_it(app) -> None:
    endpoints = ("web.help_now", "web.staying_safe", "web.about", "web.start", "web.results")
    for path in ("/about", "/cy/about"):
        with app.test_request_context(path):
            if path.startswith("/cy"):
                request.environ[LANGUAGE_KEY] = "cy"
            plain = app.jinja_env.get_template("_chrome.html").module
            macros = app.jinja_env.from_string(CHROME_BY_MACROS).module
            assert str(plain.skip_link()) == str(macros.skip_link())
            for endpoint in endpoints:
                assert str(plain.navigation(endpoint)) == str(macros.navigation(endpoint))
            for url in ("https://www.bbc.co.uk/weather", "https://example.org/a?b=1&c='2'", ""):
                assert str(plain.exit_this_page(url)) == str(macros.exit_this_page(url))


def test_button_is_written_as_the_component_writes_it(app) -> None:
    with app.test_request_context("/"):
        plain = get_template_attribute("_search_form.html", "button")
        govuk = get_template_attribute(GOVUK.format("button"), "govukButton")
        for text, classes, form in [
            ("Search", "", ""),
            ("Apply <filters> & go", "govuk-button--secondary", "search"),
            ("Chwilio", "", "search"),
        ]:
            params = {
                "text": text,
                "classes": classes,
                "attributes": {"form": form} if form else {},
            }
            assert str(plain(text, classes, form)) == "  " + str(govuk(params)) + "\n"
