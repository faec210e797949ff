"""Fourth walk-through F5: the printed referral pack showed "Talk to someone now" twice (its own
block and the foot of the page's). The pack page carries the lines once; other pages keep the
foot's."""

from __future__ import annotations


def test_the_pack_page_has_the_lines_to_call_once(bundled_client):
    ids = "id=trust-house-lancashire&id=samaritans&id=new-pathways"
    html = bundled_client.get(f"/referral-pack?{ids}").get_data(as_text=True)
    assert html.count("Talk to someone now") == 1
    assert html.count("116 123") == 2  # the Samaritans' card, and the lines to call
    assert 'class="app-pack-helplines"' in html
    # every service is one block that print keeps on one sheet
    assert html.count('class="app-result"') == 3


def test_the_welsh_pack_page_too(bundled_client):
    html = bundled_client.get("/cy/referral-pack?id=childline").get_data(as_text=True)
    assert html.count("Siarad â rhywun nawr") == 1


def test_other_pages_keep_the_lines_at_their_foot(bundled_client):
    html = bundled_client.get("/about").get_data(as_text=True)
    assert 'id="helplines-title"' in html
