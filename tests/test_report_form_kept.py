"""A refused report post is answered from a kept copy of the form (cheap under a flood), yet
each answer has its own working token and only its own sender's text, escaped."""

from __future__ import annotations

import re

from directory.feedback import reports

LEEDS = "fictional-leeds-counselling"
TOKEN = re.compile(r'name="token" value="([^"]+)"')


def test_refused_posts_each_get_their_own_token_and_text(app, client):
    url = f"/service/{LEEDS}/report"
    first = client.post(url, data={"token": "forged", "kind": "number", "details": "<b>first</b>"})
    second = client.post(url, data={"token": "forged", "kind": "number", "details": "second"})
    one, two = first.get_data(as_text=True), second.get_data(as_text=True)
    assert first.status_code == second.status_code == 400
    assert "This form has expired" in one and "&lt;b&gt;first&lt;/b&gt;" in one
    assert "<b>first</b>" not in one
    assert "second" in two and "first" not in two
    assert "app-typed" not in one + two
    tokens = TOKEN.search(one).group(1), TOKEN.search(two).group(1)
    assert tokens[0] != "app-typed-token" and "checked" in one  # the kind chosen is kept
    sent = client.post(f"/service/{LEEDS}/report", data={"token": tokens[1], "kind": "number"})
    assert sent.status_code == 303
    assert [r.kind for r in reports.listed(app.config["DIRECTORY_STATE_PATH"])] == ["number"]
    welsh = client.post(f"/cy/service/{LEEDS}/report", data={"token": "x", "kind": "number"})
    assert 'lang="cy"' in welsh.get_data(as_text=True)
