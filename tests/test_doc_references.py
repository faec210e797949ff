"""The maintainers' map stays true: every file the README, docs/architecture.md and a folder's
own README name exists (issue 24: three references there had gone stale)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROOTS = ("directory", "scripts", "tests", "docs", "templates", "bundled_data", "assets")
#: a path in backticks or a link, from one of the project's folders: `directory/limits.py`
_PATH = re.compile(r"[`(]((?:" + "|".join(ROOTS) + r")/[A-Za-z0-9_./-]+?)/?[`)#]")
#: a file in the folder's own README: `parse.py`
_OWN = re.compile(r"`([A-Za-z0-9_]+\.(?:py|toml))`")

MAPS = ["README.md", "docs/architecture.md", "directory/sources/README.md"]


def _named(text: str) -> set[str]:
    return {m.group(1) for m in _PATH.finditer(text) if "*" not in m.group(1)}


@pytest.mark.parametrize("name", MAPS)
def test_every_path_a_map_names_exists(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    missing = sorted(p for p in _named(text) if not (ROOT / p).exists())
    assert not missing, f"{name} names files that do not exist: {missing}"


def test_a_folder_readme_names_only_its_own_files():
    readme = ROOT / "directory/sources/README.md"
    named = {m.group(1) for m in _OWN.finditer(readme.read_text(encoding="utf-8"))}
    missing = sorted(n for n in named if not (readme.parent / n).exists())
    assert not missing, f"{readme.relative_to(ROOT)} names files not in its folder: {missing}"


def test_a_stale_reference_is_caught():
    assert _named("see `directory/search/prepared.py` and [x](docs/api.md#top)") == {
        "directory/search/prepared.py",
        "docs/api.md",
    }
