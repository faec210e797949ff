"""Our checks of listings (``directory verify``) are carried into the next build, which pages
read them from: a check shows from the next build, never half-way (issue 29)."""

from __future__ import annotations

import datetime as dt
import json

from directory.feedback import verified
from directory.search import current_build, history

from .helpers import run

LEEDS = "fictional-leeds-counselling"


def page(app) -> str:
    return app.test_client().get(f"/service/{LEEDS}").get_data(as_text=True)


def test_a_check_shows_from_the_next_build_and_not_before(maintainer):
    assert "Checked by us on" not in page(maintainer)
    done = run(maintainer, "verify", LEEDS, "--source", "https://example.org/leeds", "--on",
               "2026-11-30")  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "Checked by us on" not in page(maintainer)  # recorded, not yet built
    assert run(maintainer, "build-index", "--force").exit_code == 0
    assert "Checked by us on 30 November 2026." in page(maintainer)
    build = current_build(maintainer.root)
    carried = json.loads((build / verified.IN_BUILD).read_text())["checks"]
    assert carried == {
        LEEDS: {"verified_on": "2026-11-30", "source_url": "https://example.org/leeds"}
    }
    # a later check, then a build: the newer date
    assert run(maintainer, "verify", LEEDS, "--source", "https://example.org/leeds").exit_code == 0
    assert "Checked by us on 30 November 2026." in page(maintainer)
    assert run(maintainer, "build-index", "--force").exit_code == 0
    today = dt.date.today()
    assert f"Checked by us on {today.day} {today:%B %Y}." in page(maintainer)
    # a rollback brings back the listings and the checks that build had, together
    assert run(maintainer, "rollback").exit_code == 0
    assert "Checked by us on 30 November 2026." in page(maintainer)


def test_the_checks_are_covered_by_the_builds_own_verification(maintainer):
    assert run(maintainer, "verify", LEEDS, "--source", "https://example.org/leeds").exit_code == 0
    assert run(maintainer, "build-index", "--force").exit_code == 0
    build = current_build(maintainer.root)
    assert verified.IN_BUILD in history.manifest(build)
    assert history.check_files(build) is None
    path = build / verified.IN_BUILD
    path.chmod(0o644)
    path.write_text(path.read_text().replace(dt.date.today().isoformat(), "2099-01-01"))
    assert "changed after it was verified" in (history.check_files(build) or "")


def test_a_build_without_the_file_shows_no_check(maintainer):
    """The fixture's first build was made before any check (and by build_index alone, with no
    app): pages say nothing about our checks, and nothing fails."""
    assert verified.in_build(maintainer.root / "no-such-build") == {}
    assert "Checked by us on" not in page(maintainer)
