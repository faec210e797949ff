"""The research import's rules as data: the page-kind tables in
``directory/sources/research_rules.toml`` and facts about particular listings in ``curation/``."""

import json
import shutil
from pathlib import Path

import pytest

from directory.config import PROJECT_ROOT
from directory.geo import load_police_force_areas
from directory.sources.research import import_research
from directory.sources.research_text import RULES_FILE, RulesError, load_rules, source_kind

from .helpers import GAZETTEER_PATH

RESEARCH = PROJECT_ROOT / "bundled_data" / "research"


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://www.gov.wales/help", "official"),  # official_hosts
        ("https://north-wales.police.uk/help", "official"),
        ("https://hope.wordpress.com/about", "other"),  # blog_hosts, though "press" is news
        ("https://www.bbc.co.uk/news/uk-1", "news"),  # news_host_words
        ("https://www.liverpoolecho.co.uk/story", "news"),
        ("https://www.example.org/", "other"),
    ],
)
def test_the_page_kind_tables_say_what_a_source_is(url, kind):
    assert source_kind(url) == kind


def test_the_bundled_rules_file_reads():
    rules = load_rules(RULES_FILE)
    assert "nhs.uk" in rules["official_hosts"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("official_hosts = [", "cannot be read"),
        ('blog_hosts = ["a"]\nnews_host_words = ["b"]', "official_hosts must be a list"),
        ('official_hosts = []\nblog_hosts = ["a"]\nnews_host_words = ["b"]', "official_hosts"),
        ('official_hosts = ["a"]\nblog_hosts = [3]\nnews_host_words = ["b"]', "blog_hosts"),
        ('official_hosts = ["a"]\nblog_hosts = ["b"]\nnews_host_words = ["BBC"]', "news_host"),
        ('official_hosts = ["a "]\nblog_hosts = ["b"]\nnews_host_words = ["c"]', "official"),
    ],
)
def test_a_malformed_rules_table_is_refused_with_a_clear_message(tmp_path, text, message):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=message) as caught:
        load_rules(path)
    assert str(path) in str(caught.value)


def _import(folder: Path, gazetteer):
    return {
        s.id: s
        for s in import_research(
            folder, gazetteer, load_police_force_areas(GAZETTEER_PATH)
        ).services
    }


def _curation_without(tmp_path: Path, file: str, sid: str, key: str) -> Path:
    copy = tmp_path / "research"
    shutil.copytree(RESEARCH, copy)
    path = copy / "curation" / file
    document = json.loads(path.read_text(encoding="utf-8"))
    for entry in document["records"]:
        if entry.get("id") == sid:
            del entry[key]
    path.write_text(json.dumps(document), encoding="utf-8")
    return copy


def test_facts_about_particular_listings_come_from_curation_rows(gazetteer, tmp_path):
    bundled = _import(RESEARCH, gazetteer)
    # the NHS finder is the nhs-sarcs listing's own route because its curation row says so
    assert str(bundled["nhs-sarcs"].contact.finder) == "https://www.nhs.uk/sarcs"
    # RASA Merseyside's adult service is not offered to children: its curation row says
    # adults_only (its children's service is listed on its own)
    assert "children-young-people" not in bundled["rasa-merseyside"].audiences
    without = _import(
        _curation_without(tmp_path / "a", "national.json", "nhs-sarcs", "finder"), gazetteer
    )
    assert without["nhs-sarcs"].contact.finder is None
    without = _import(
        _curation_without(tmp_path / "b", "regional-b.json", "rasa-merseyside", "adults_only"),
        gazetteer,
    )
    assert "children-young-people" in without["rasa-merseyside"].audiences
