"""(issue 24) app.css keeps only the rules for classes the pages can have (PurgeCSS in
scripts/build-assets.mjs): every class a page shows that GOV.UK Frontend or our own Sass
styles is still styled."""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup

from directory.config import PROJECT_ROOT

GOVUK_CSS = PROJECT_ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"
SCSS = PROJECT_ROOT / "assets" / "scss"
PAGES = (
    "/",
    "/cy",
    "/get-help-now",
    "/staying-safe-online",
    "/about",
    "/privacy",
    "/referral-pack?id=fictional-leeds-counselling&id=fictional-national-helpline",
    "/service/fictional-leeds-counselling",
    "/service/fictional-leeds-counselling/report",
    "/search?q=counselling&location=Leeds",
    "/cy/search?q=counselling&location=Leeds",
    "/search?q=counselling",
    "/search?q=support&radius=7",
    "/search?q=help&location=Zzzzqx",
    "/no-such-page",
)


def _classes(css: str) -> set[str]:
    """The class names a stylesheet's selectors name (``\\!`` unescaped)."""
    return {name.replace("\\", "") for name in re.findall(r"\.((?:[\w-]|\\!)+)", css)}


def _not_compiled(classes: set[str]) -> set[str]:
    """The classes of GOV.UK Frontend components that app.scss does not compile in at all (so
    never styled, purged or not: the report form's radios and textarea, issue 24's notes)."""
    compiled = set(re.findall(r"govuk/components/([a-z-]+)", (SCSS / "app.scss").read_text()))
    components = {p.name for p in (GOVUK_CSS / "components").iterdir() if p.is_dir()}
    return {
        name
        for name in classes
        for component in components - compiled
        if re.fullmatch(rf"govuk-(js-)?{component}(__[\w-]+|--[\w-]+)?", name)
    }


def test_every_class_the_pages_use_keeps_its_rules(client):
    built = PROJECT_ROOT / "static" / "build"
    name = json.loads((built / "manifest.json").read_text())["app.css"]
    kept = _classes((built / name).read_text())
    styled = _classes((GOVUK_CSS / "govuk-frontend.min.css").read_text())
    styled |= _classes((SCSS / "app.scss").read_text())
    professional = client.post(
        "/search", data={"q": "counselling", "location": "Leeds", "as_professional": "1"}
    ).headers["Location"]
    used: set[str] = set()
    for path in (*PAGES, professional):
        page = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
        for element in page.select("[class]"):
            used.update(element["class"])
    assert len(used) > 80
    assert sorted((used & styled) - kept - _not_compiled(used)) == []
