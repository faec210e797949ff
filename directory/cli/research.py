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
    from ..sources.research import ResearchError, import_research_into

    config = current_app.config
    try:
        import_research_into(
            folder or PROJECT_ROOT / "bundled_data" / "research",
            Path(config["DIRECTORY_DATA_PATH"]),
            current_app.extensions["gazetteer"],
            load_police_force_areas(config["DIRECTORY_GAZETTEER_PATH"]),
            dry_run=dry_run,
            force=force,
            echo=click.echo,
        )
    except ResearchError as exc:
        raise click.ClickException(str(exc)) from exc
