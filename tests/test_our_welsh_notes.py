"""Sixth walk-through F7: on Welsh pages the site's OWN notes (a status note, a contact note, a
curator's opening hours) are in Welsh where the team has translated them
(curation/our-welsh.json), and only while the English they translate is unchanged; the
services' own descriptions stay in their words."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

from directory.sources.research import _Builder

from .helpers import PROJECT_ROOT

OUR_WELSH = PROJECT_ROOT / "bundled_data" / "research" / "curation" / "our-welsh.json"


def _main(client, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    return html[html.index("<main") : html.index("</main>")]


def _english_spans(html: str) -> list[str]:
    return re.findall(r'<span lang="en">(.*?)</span>', html, re.S)


def test_a_line_we_could_not_confirm_is_explained_in_welsh_on_its_welsh_page(bundled_client, by_id):
    line = by_id["samaritans-welsh-language-line"]
    assert line.status_note and line.status_note_cy
    english = _main(bundled_client, "/service/samaritans-welsh-language-line")
    welsh = _main(bundled_client, "/cy/service/samaritans-welsh-language-line")
    assert line.status_note in english
    assert line.status_note not in welsh
    assert "Samariaid" in welsh


def test_opening_hours_and_a_contact_note_of_ours_are_welsh_on_welsh_pages(bundled_client, by_id):
    meic = _main(bundled_client, "/cy/service/meic")
    assert by_id["meic"].opening_hours_cy in meic
    assert by_id["meic"].opening_hours not in meic
    rasasc_id = "rasasc-north-wales-rape-and-sexual-abuse-support-centre"
    rasasc = _main(bundled_client, f"/cy/service/{rasasc_id}")
    note = by_id[rasasc_id].contact.phone_notes
    assert note not in rasasc
    assert by_id[rasasc_id].contact.phone_notes_cy in rasasc
    # and the English page keeps the English
    assert note in _main(bundled_client, f"/service/{rasasc_id}")


def test_a_services_own_english_description_is_still_shown_as_english(bundled_client, by_id):
    welsh = _main(bundled_client, "/cy/service/samaritans-welsh-language-line")
    description = by_id["samaritans-welsh-language-line"].description
    assert any(description in span for span in _english_spans(welsh))


def test_every_welsh_note_is_in_the_listings_so_none_has_drifted(by_id):
    """A curator who edits an English note must edit its Welsh too: until then the listing
    shows the English, and this fails."""
    entries = json.loads(OUR_WELSH.read_text(encoding="utf-8"))["services"]
    for sid, fields in entries.items():
        for field, text in fields.items():
            holder = by_id[sid].contact if field == "phone_notes" else by_id[sid]
            assert getattr(holder, field) == text["en"], (sid, field)
            assert getattr(holder, f"{field}_cy") == text["cy"], (sid, field)


def test_a_changed_english_note_loses_its_welsh_until_translated_again():
    builder = SimpleNamespace(
        our_welsh={
            "line": {
                "status_note": {"en": "Closed on Sundays.", "cy": "Ar gau ar ddydd Sul."},
                "opening_hours": {"en": "9am to 5pm", "cy": "9 y bore tan 5 y prynhawn"},
            }
        }
    )
    record = {
        "id": "line",
        "status_note": "Closed on Sundays and Mondays.",
        "opening_hours": "9am to 5pm",
        "contact": {},
        "verify": [],
    }
    _Builder.add_our_welsh(builder, record)
    assert "status_note_cy" not in record
    assert record["opening_hours_cy"] == "9 y bore tan 5 y prynhawn"
    assert any("status_note" in note for note in record["verify"])
