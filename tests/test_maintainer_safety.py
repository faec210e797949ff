"""Maintainers are safe from the data (issue 23, red team December 2026 D7, D9, D11).

Listing text from the source or an import cannot drive a maintainer's terminal (control
characters are removed from what is stored, and escaped in whatever the CLI prints), spoofing
text is refused or flagged, and export -> import gives back every cell exactly or refuses with
one plain sentence.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from pydantic import ValidationError

from directory.model import Service
from directory.sources.diff import Change, Diff
from directory.sources.export import to_csv, to_listings_document
from directory.sources.importer import ImportFailed, read_import
from directory.textsafety import for_terminal

from .fake_source import FIVE, listing
from .helpers import app_like, digest, refresh, run, served, write_data

ESCAPES = "Fictional \x1b]0;pwned\x07\x1b[2J\x1b[31mRED\x1b[0m escape\x00\x9b"


def record(**fields) -> dict:
    return {
        "id": "fictional-safety",
        "name": "Fictional Safety Service",
        "service_area": {"national": True},
        "source_url": "https://example.org/safety",
        "last_checked": "2026-01-01",
        **fields,
    }


def service(**fields) -> Service:
    return Service.model_validate(record(**fields))


def write_json(tmp_path, records, name="import.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(records), encoding="utf-8")
    return str(path)


def no_control_characters(text: str) -> bool:
    return not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in text)


# --- D7: control characters are never stored, served or printed raw -----------------------


def test_the_model_removes_control_characters_from_text():
    s = service(
        name=ESCAPES,
        description="First line\r\nsecond\rthird\x1b[2J\tend\x07",
        languages=["English\x1b[31m"],
        verify=["check\x1b]0;title\x07 this\nand that"],
    )
    assert s.name == "Fictional ]0;pwned[2J[31mRED[0m escape"
    assert s.description == "First line\nsecond\nthird[2J\tend"
    assert s.languages == ["English[31m"]
    assert s.verify == ["check]0;title this and that"]  # one note, one line
    assert no_control_characters(s.model_dump_json())


def test_an_import_with_terminal_escapes_stores_and_prints_none(maintainer, tmp_path):
    result = run(maintainer, "import", write_json(tmp_path, [record(name=ESCAPES)]))
    assert result.exit_code == 0, result.output
    name = served(maintainer)["fictional-safety"].name
    assert no_control_characters(name)
    found = run(maintainer, "search", "Fictional", "--location", "Leeds")
    assert found.exit_code == 0 and "RED" in found.output
    assert no_control_characters(found.output)
    page = maintainer.test_client().get("/service/fictional-safety").get_data(as_text=True)
    assert "\x1b" not in page and "\x07" not in page


def test_terminal_output_escapes_what_a_terminal_would_act_on():
    assert for_terminal(ESCAPES) == (
        "Fictional \\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mRED\\x1b[0m escape\\x00\\x9b"
    )
    assert for_terminal("\u202eecivreS\u202c Child\u200bline") == (
        "\\u202eecivreS\\u202c Child\\u200bline"
    )
    assert for_terminal("Gwasanaeth Cymraeg ŵ ŷ: 'ok'") == "Gwasanaeth Cymraeg ŵ ŷ: 'ok'"
    assert for_terminal("two\nlines") == "two\\x0alines"
    assert for_terminal("two\nlines", keep_lines=True) == "two\nlines"


def test_the_diff_table_escapes_names():
    diff = Diff([Change("csa-x\x1b[2J", ESCAPES, "added")])
    table = diff.table()
    assert no_control_characters(table)
    assert "\\x1b]0;pwned\\x07" in table


def test_a_refresh_with_escapes_in_a_name_prints_and_stores_none(maintainer, source):
    source.publish({**FIVE, "x": listing("x", name=ESCAPES)})
    result = refresh(maintainer, source, "--dry-run")
    assert result.exit_code == 0, result.output
    assert no_control_characters(result.output) and "csa-x" in result.output
    assert refresh(maintainer, source).exit_code == 0
    assert served(maintainer)["csa-x"].name == "Fictional ]0;pwned[2J[31mRED[0m escape"


# --- D11: spoofing text refused or flagged --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "character"),
    [
        ("\u202eecivreS lanoitciF\u202c Childline", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("Fictional\u200f Service", "U+200F RIGHT-TO-LEFT MARK"),
        ("Fictional \u2067Service\u2069", "U+2067 RIGHT-TO-LEFT ISOLATE"),
    ],
)
def test_direction_changing_characters_in_names_are_refused(name, character):
    for field in ("name", "organisation", "name_cy"):
        with pytest.raises(ValidationError, match=re.escape(character)):
            service(**{field: name})
    with pytest.raises(ValidationError, match=re.escape(character)):
        service(locations=[{"name": name, "postcode": "LS1 4AP"}])


def test_zero_width_characters_are_removed_from_names():
    s = service(name="Child\u200bline Fic\u00adtional\u200d", organisation="\ufeffFictional")
    assert (s.name, s.organisation) == ("Childline Fictional", "Fictional")


def test_direction_overrides_are_removed_from_other_text():
    s = service(description="Help \u202eesrever\u202c here\ufeff")
    assert s.description == "Help esrever here"


@pytest.mark.parametrize(
    "fields",
    [
        {"contact": {"website": "https://childline.org.uk@evil.example/"}},
        {"contact": {"finder": "https://user:secret@example.org/"}},
        {"source_url": "https://www.nhs.uk@evil.example/page"},
        {"csa_centre_url": "https://csacentre.org.uk@evil.example/"},
        {"other_sources": ["https://example.org/ok", "https://gov.uk@evil.example/"]},
    ],
)
def test_links_with_a_user_name_are_refused(fields):
    with pytest.raises(ValidationError, match="user name or password"):
        service(**fields)


@pytest.mark.parametrize(
    "email",
    ["javascript:alert(5)//@x.example", "Name <help@example.org>", "a b@example.org", "x@y"],
)
def test_emails_must_be_plain_addresses(email):
    with pytest.raises(ValidationError, match="plain email address"):
        service(contact={"email": email})


def test_plain_emails_are_kept():
    for email in ("help@example.org", "o'brien.team+isva@mail.example.co.uk"):
        assert service(contact={"email": email}).contact.email == email


def test_validate_flags_look_alike_names_and_hidden_characters(tmp_path, maintainer):
    records = [
        record(id="fictional-cyrillic", name="\u0421hildline Fictional"),  # Cyrillic С
        record(id="fictional-marks", name="Fictional Zalgo" + "\u0301" * 180),
        record(id="fictional-hidden", description="Help\x1b[2J here \u202eevil\u202c"),
        record(id="fictional-welsh", name="Gwasanaeth Ffuglennol Cymru ŵ", name_cy="Ŵyr"),
    ]
    app = app_like(maintainer, DIRECTORY_DATA_PATH=write_data(tmp_path / "d", records))
    result = run(app, "validate")
    assert result.exit_code == 0, result.output
    assert "4 valid listings, 0 errors (3 warnings to look at)" in result.output
    assert no_control_characters(result.output) and "\u202e" not in result.output
    lines = result.output.splitlines()
    assert any("fictional-cyrillic" in line and "mixes scripts" in line for line in lines)
    assert any("letters of Cyrillic \u0421, Latin h" in line for line in lines)
    assert any("fictional-marks" in line and "180 combining marks" in line for line in lines)
    hidden = [line for line in lines if "fictional-hidden" in line]
    assert len(hidden) == 1 and "U+001B" in hidden[0] and "U+202E" in hidden[0]
    assert not any("fictional-welsh" in line for line in lines)


def test_validate_refuses_a_direction_override_in_a_name_and_prints_it_escaped(
    tmp_path, maintainer
):
    records = [record(name="\u202eecivreS lanoitciF\u202c Childline")]
    app = app_like(maintainer, DIRECTORY_DATA_PATH=write_data(tmp_path / "d", records))
    result = run(app, "validate")
    assert result.exit_code == 1
    assert "field name" in result.output and "U+202E RIGHT-TO-LEFT OVERRIDE" in result.output
    assert "\u202e" not in result.output


def test_an_import_flags_look_alikes_and_refuses_spoofing(maintainer, tmp_path):
    flagged = run(maintainer, "import", write_json(tmp_path, [record(name="\u0421hildline")]))
    assert flagged.exit_code == 0, flagged.output
    assert "warning:" in flagged.output and "mixes scripts" in flagged.output
    before = digest(maintainer)
    bad = [
        record(id="fictional-one", name="Child\u202eenil"),
        record(id="fictional-two", contact={"website": "https://childline.org.uk@evil.example/"}),
    ]
    refused = run(maintainer, "import", write_json(tmp_path, bad, "bad.json"))
    assert refused.exit_code == 6
    assert "#1 (fictional-one): field name" in refused.output
    assert "#2 (fictional-two): field contact.website" in refused.output
    assert "\u202e" not in refused.output
    assert digest(maintainer) == before


def test_a_refresh_flags_a_look_alike_name(maintainer, source):
    source.publish({**FIVE, "x": listing("x", name="\u0421hildline Fictional")})
    result = refresh(maintainer, source, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "note: csa-x: name: mixes scripts" in result.output


# --- D9: export -> import is lossless, or refused with a clear message ---------------------

HOSTILE = [
    "=1+1",
    "+44 formula",
    "-2+3",
    "@SUM(1)",
    "'quoted'",
    "'=not a formula, a quote",
    "''two apostrophes",
    "'",
    "trailing apostrophe'",
    "tab\tinside",
    "carriage\rreturn",
    "windows\r\nline",
    '"double quotes", and a comma',
]

#: the columns whose cells hold free text, as the model's field names
TEXT_FIELDS = (
    "name",
    "name_cy",
    "organisation",
    "description",
    "status_note",
    "opening_hours",
    "accessibility",
    "eligibility",
    "how_to_access",
)


def hostile_services() -> list[Service]:
    services = []
    for n, value in enumerate(HOSTILE):
        one_line = " ".join(value.split())
        services.append(
            service(
                id=f"fictional-hostile-{n}",
                **{field: value for field in TEXT_FIELDS if field != "name"},
                name=f"{value} Fictional",
                service_area={"national": True, "description": value},
                contact={"phone_notes": value, "phone": "+44 1632 960000"},
                languages=[one_line, "English"],
                verify=[one_line, "second note"],
                locations=[{"name": one_line, "address": value, "postcode": "LS1 4AP"}],
            )
        )
    # a cell longer than Python's csv reads by default (131,072 characters)
    services.append(service(id="fictional-long", verify=[f"{n} " + "x" * 4990 for n in range(27)]))
    services.append(service(id="fictional-phone", contact={"phone": "-1632 960000"}))
    return services


def test_every_exported_cell_with_hostile_values_imports_back_exactly(gazetteer, tmp_path):
    services = hostile_services()
    text = to_csv(services)
    assert len("\n".join(services[-2].verify)) > 131_072  # the default csv.field_size_limit
    for row in csv.reader(io.StringIO(to_csv(services[:-2]), newline="")):
        # nothing a spreadsheet would run as a formula
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    path = tmp_path / "services.csv"
    path.write_text(text, encoding="utf-8", newline="")
    back = {s.id: s for s in read_import(path, gazetteer)}
    assert back == {s.id: s for s in services}
    assert back["fictional-hostile-5"].description == "'=not a formula, a quote"
    assert back["fictional-hostile-7"].description == "'"
    # and the listings' own JSON export
    path = tmp_path / "listings.json"
    path.write_text(json.dumps(to_listings_document(services)), encoding="utf-8")
    assert {s.id: s for s in read_import(path, gazetteer)} == {s.id: s for s in services}


def test_the_round_trip_through_the_commands_changes_nothing(maintainer, tmp_path):
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(to_listings_document(hostile_services())), encoding="utf-8")
    assert run(maintainer, "import", str(path)).exit_code == 0
    out = tmp_path / "out"
    assert run(maintainer, "export", str(out)).exit_code == 0
    again = run(maintainer, "import", str(out / "services.csv"))
    assert again.exit_code == 0, again.output
    assert "No changes." in again.output


def test_a_hand_written_apostrophe_is_kept(gazetteer, tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text(
        "id,name,source_url,last_checked,national,description\n"
        "fictional-hand,'Quoted' Fictional,https://example.org/h,2026-01-01,yes,'Tis help\n"
        "fictional-formula,Fictional,https://example.org/f,2026-01-01,yes,'=1+1\n",
        encoding="utf-8",
    )
    back = {s.id: s for s in read_import(path, gazetteer)}
    assert back["fictional-hand"].name == "'Quoted' Fictional"
    assert back["fictional-hand"].description == "'Tis help"
    assert back["fictional-formula"].description == "=1+1"  # as an export writes it


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"languages": [f"Fictional language {n}" for n in range(20_000)]}, "at most 200"),
        ({"locations": [{"postcode": "LS1 4AP"}] * 201}, "at most 200"),
        ({"verify": ["note"] * 201}, "at most 200"),
    ],
)
def test_what_a_csv_cell_cannot_carry_back_is_refused(fields, message):
    with pytest.raises(ValidationError, match=message):
        service(**fields)


def test_a_list_item_holding_the_cells_separator_is_the_items_it_separates():
    s = service(
        languages=["English;Welsh", " ", "English", "; British Sign Language ;"],
        service_area={"national": True, "police_force_areas": ["West Yorkshire;Kent", ""]},
    )
    assert s.languages == ["English", "Welsh", "British Sign Language"]
    assert s.service_area.police_force_areas == ["West Yorkshire", "Kent"]


def test_an_overlong_cell_is_refused_in_one_sentence(maintainer, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "id,name,source_url,last_checked,national,description\n"
        f"fictional-long,Fictional,https://example.org/l,2026-01-01,yes,{'x' * 5_000_000}\n",
        encoding="utf-8",
    )
    result = run(maintainer, "import", str(path))
    assert result.exit_code == 6
    assert "line 2: a cell is longer than 4,194,304 characters" in result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" + "1" * 5000 + "]", "not JSON that can be read"),
        ("[" * 100_000 + "]" * 100_000, "not JSON that can be read"),
        ("[{", "broken JSON at line 1"),
        ('{"records": 5}', "expected a list of records"),
    ],
)
def test_a_malformed_json_import_is_one_sentence_and_a_non_zero_exit(
    maintainer, tmp_path, text, words
):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    result = run(maintainer, "import", str(path))
    assert result.exit_code == 6 and words in result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


def test_a_malformed_csv_import_is_refused_plainly(maintainer, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,name\n\xff\xfe bad bytes\n")
    result = run(maintainer, "import", str(path))
    assert result.exit_code == 6 and "not UTF-8 text" in result.output
    path.write_text("id,name,source_url\nx,y,z\n", encoding="utf-8")
    result = run(maintainer, "import", str(path))
    assert result.exit_code == 6 and "missing columns last_checked" in result.output


def test_an_export_that_cannot_be_written_says_so(maintainer, tmp_path):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    result = run(maintainer, "export", str(tmp_path / "a-file" / "out"))
    assert result.exit_code == 1 and "cannot write the export" in result.output
    assert isinstance(result.exception, SystemExit)


def test_read_import_reports_hidden_characters_as_warnings(gazetteer, tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps([record(description="Help\x1b[2J")]), encoding="utf-8")
    warnings: list[str] = []
    (s,) = read_import(path, gazetteer, warnings)
    assert s.description == "Help[2J"
    assert len(warnings) == 1 and "description: hidden characters U+001B" in warnings[0]
    path.write_text(json.dumps([record(name="Child\u200bline")]), encoding="utf-8")
    warnings.clear()
    (s,) = read_import(path, gazetteer, warnings)
    assert s.name == "Childline"
    assert len(warnings) == 1 and "name: hidden characters U+200B ZERO WIDTH SPACE" in warnings[0]
    path.write_text(json.dumps([record(name="Child\u2066line")]), encoding="utf-8")
    with pytest.raises(ImportFailed, match="U\\+2066 LEFT-TO-RIGHT ISOLATE"):
        read_import(path, gazetteer)


def test_a_refresh_meeting_a_direction_override_in_a_name_changes_nothing(maintainer, source):
    assert refresh(maintainer, source).exit_code == 0
    before = digest(maintainer)
    source.publish({**FIVE, "x": listing("x", name="\u202eecivreS lanoitciF\u202c Childline")})
    result = refresh(maintainer, source)
    assert result.exit_code == 6
    assert "field name" in result.output and "U+202E RIGHT-TO-LEFT OVERRIDE" in result.output
    assert "\u202e" not in result.output
    assert digest(maintainer) == before


@pytest.mark.parametrize(
    ("column", "cell", "words"),
    [
        ("locations", "[" * 100_000 + "]" * 100_000, "field locations: not a JSON list"),
        ("locations", "[" + "1" * 5000 + "]", "field locations: not a JSON list"),
        ("minimum_age", "1" * 5000, "field minimum_age"),
        ("description", "nul\x00byte", None),
    ],
)
def test_a_hostile_csv_cell_is_refused_or_read_without_a_traceback(
    maintainer, tmp_path, column, cell, words
):
    path = tmp_path / "cells.csv"
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "name", "source_url", "last_checked", "national", column])
    writer.writerow(
        ["fictional-cells", "Fictional", "https://example.org/c", "2026-01-01", "yes", cell]
    )
    path.write_text(out.getvalue(), "utf-8")
    result = run(maintainer, "import", str(path))
    assert isinstance(result.exception, SystemExit) or result.exception is None, result.output
    if words:
        assert result.exit_code == 6 and words in result.output
    else:
        assert result.exit_code == 0, result.output
        assert served(maintainer)["fictional-cells"].description == "nulbyte"


def test_a_refresh_notes_hidden_characters_in_what_the_source_says(maintainer, source):
    published = {**FIVE, "x": listing("x", description="<p>Help\x1b[2J\u202e here\u00a0</p>")}
    source.publish(published)
    result = refresh(maintainer, source, "--dry-run")
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if line.startswith("note: ")]
    assert len(notes) == 1 and "/directory/x/: description_html: hidden characters" in notes[0]
    assert "U+001B CONTROL, U+202E RIGHT-TO-LEFT OVERRIDE" in notes[0]
    assert "U+00A0" not in notes[0]  # a no-break space is a space
