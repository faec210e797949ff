"""(eighth walk-through) On a shared phone, a link's colour must not tell the next person which
services were opened (Childline's link on "This search has ended", where Back lands after Exit,
was painted in the visited colour): the stylesheet the pages are served paints a visited link in
the page's content in the same colour as an unvisited one. (Browsers hide :visited styles from
scripts, so the served stylesheet is what a test can read.)"""

from __future__ import annotations

import re


def test_visited_links_in_the_content_keep_the_link_colour(client, app):
    css = client.get(f"/static/build/{app.extensions['assets'].names['app.css']}")
    text = css.get_data(as_text=True)
    css.close()
    rules = dict(re.findall(r"\.govuk-main-wrapper \.govuk-link:(link|visited)\{([^}]*)\}", text))
    assert "visited" in rules, "no rule for visited links in the content"
    assert rules["visited"] == rules.get("link")
