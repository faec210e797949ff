"""Turning the team's research into the bundled listings: ``directory import-research``."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

commands = AppGroup()


@commands.command("import-research")
@click.argument(
    "folder",
    required=False,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option("--dry-run", is_flag=True, help="Print the report; write nothing.")
@click.option("--force", is_flag=True, help="Overwrite listing files edited by hand.")
def import_research_command(folder: Path | None, dry_run: bool, force: bool) -> None:
    """Turn the researched records and their curation into the bundled listings.

    Reads FOLDER (default bundled_data/research): the researched *.jsonl files and the
    decisions in curation/. Writes bundled_data/services/*.json and the report
    (FOLDER/import-report.md) that accounts for every researched record. Refuses to overwrite
    a listings file that was edited by hand since it was generated (put the change in
    curation/ instead), unless --force. Then run `directory build-index`.
    """
    from ..config import PROJECT_ROOT
    from ..geo import load_police_force_areas
    from ..sources.research import (
        ResearchError,
        hand_edited,
        import_research,
        write_generated,
    )

    config = current_app.config
    folder = folder or PROJECT_ROOT / "bundled_data" / "research"
    try:
        result = import_research(
            folder,
            current_app.extensions["gazetteer"],
            load_police_force_areas(config["DIRECTORY_GAZETTEER_PATH"]),
        )
    except ResearchError as exc:
        raise click.ClickException(f"{exc}\nNothing was written.") from exc
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    report = result.report()
    counts = ", ".join(f"{n} {what}" for what, n in sorted(result.counts().items()))
    click.echo(f"{len(result.outcomes)} researched records: {counts}")
    for outcome in result.outcomes:
        for problem in outcome.problems:
            click.echo(f"problem: {outcome.target or outcome.name}: {problem}")
        if outcome.decision == "not curated":
            click.echo(f"not curated: {outcome.source}: {outcome.name}: {outcome.reason}")
    if result.errors or result.counts().get("not curated"):
        raise click.ClickException("the research does not import cleanly: nothing was written")
    if dry_run:
        click.echo(report)
        return
    out = Path(config["DIRECTORY_DATA_PATH"])
    files = {
        out / "national-services.json": (
            result.national,
            "National and country-wide services, from the team's research "
            "(bundled_data/research): facts from each record's source_url.",
        ),
        out / "local-services.json": (
            result.local,
            "Local services, from the team's research (bundled_data/research), not taken from "
            "the CSA Centre directory: facts from each record's source_url, of the age shown.",
        ),
    }
    edited = [path for path in files if hand_edited(path)]
    if edited and not force:
        raise click.ClickException(
            f"edited by hand since generated: {', '.join(map(str, edited))}. Put the change in "
            f"{folder / 'curation'} (or use --force to overwrite). Nothing was written."
        )
    for path, (services, about) in files.items():
        write_generated(path, services, about)
    (folder / "import-report.md").write_text(report, encoding="utf-8")
    click.echo(
        f"wrote {len(result.national)} + {len(result.local)} listings to {out}; report in "
        f"{folder / 'import-report.md'}. Now run: directory build-index"
    )
