"""The ORUK taxonomies' sentences are a data file (bundled_data/oruk/taxonomies.toml), read once
and checked against the vocabularies: a broken file stops with the file and what is wrong."""

from __future__ import annotations

import pytest

from directory.oruk.mapping import TAXONOMIES, TAXONOMIES_FILE, VOCABULARIES, load_taxonomies
from directory.vocabulary import SUPPORT_TYPES

GOOD = TAXONOMIES_FILE.read_text(encoding="utf-8")


def test_every_term_of_every_described_field_has_its_sentence():
    assert [t.field for t in TAXONOMIES] == list(VOCABULARIES)
    for taxonomy in TAXONOMIES:
        assert list(taxonomy.terms) == list(VOCABULARIES[taxonomy.field])
        assert all(taxonomy.definitions[code].strip() for code in taxonomy.terms)


def test_terms_are_listed_with_their_label_and_sentence(client):
    body = client.get("/oruk/taxonomy_terms", query_string={"per_page": 100}).get_json()
    helpline = next(t for t in body["contents"] if t["term"] == "helpline")
    assert helpline["name"] == SUPPORT_TYPES["helpline"]
    assert helpline["description"].startswith("A phone line (or chat or text line)")
    assert helpline["taxonomy"] == "support-type"


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda text: text.replace("helpline = ", "hotline = ", 1), "'helpline', 'hotline'"),
        (lambda text: text.replace('field = "audiences"', 'field = "ages"'), "field must be"),
        (lambda text: text.replace('title = "Type of support"', 'title = ""'), "needs a sentence"),
        (lambda text: text.replace('title = "Type of support"\n', ""), "exactly field, title"),
        (lambda text: text + "\n[broken\n", "cannot be read"),
        (
            lambda text: text.replace("[support-type.terms]", 'terms = "x"\n[x]'),
            "terms must be a table",
        ),
    ],
)
def test_a_broken_taxonomies_file_says_what_is_wrong(tmp_path, change, words):
    path = tmp_path / "taxonomies.toml"
    path.write_text(change(GOOD), encoding="utf-8")
    with pytest.raises(ValueError, match="taxonomies.toml") as raised:
        load_taxonomies(path)
    assert words in str(raised.value)


def test_the_file_as_bundled_loads_as_the_app_loads_it(tmp_path):
    path = tmp_path / "taxonomies.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_taxonomies(path) == TAXONOMIES
