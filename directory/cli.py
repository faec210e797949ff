"""The ``directory`` console script: Flask's own CLI group plus the directory's commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import FlaskGroup, run_command

from . import create_app, messages
from .data import DataError, load_listings
from .finder import RADII, SORTS, FindError, find, request_from_args
from .model import FILTER_FIELDS
from .search import IndexCorrupt, IndexMissing, SearchIndex, build_index, current_build


@click.group(cls=FlaskGroup, create_app=lambda: create_app(), add_default_commands=False)
def cli() -> None:
    """Find support: search and maintain the support services directory."""


def _index_problem(root: Path) -> str | None:
    build = current_build(root)
    if build is None:
        return f"No search index in {root}. Build it with: directory build-index"
    try:
        SearchIndex.open(build).close()
    except (IndexMissing, IndexCorrupt) as exc:
        return f"The search index cannot be used ({exc}). Rebuild it with: directory build-index"
    return None


@cli.command(
    "run",
    context_settings=run_command.context_settings,
    params=run_command.params,
    help=run_command.help,
)
@click.pass_context
def run(ctx: click.Context, **kwargs) -> None:
    problem = _index_problem(current_app.config["DIRECTORY_INDEX_PATH"])
    if problem:
        raise click.ClickException(problem)
    ctx.invoke(run_command, **kwargs)


from flask.cli import routes_command, shell_command  # noqa: E402

cli.add_command(shell_command)
cli.add_command(routes_command)


def _report_errors(result) -> None:
    for error in result.errors:
        click.echo(f"error: {error}", err=True)


@cli.command("validate")
@click.option("--verify", is_flag=True, help="Also list what maintainers must confirm.")
def validate(verify: bool) -> None:
    """Check every listing against the schema."""
    folder = current_app.config["DIRECTORY_DATA_PATH"]
    try:
        result = load_listings(folder)
    except DataError as exc:
        raise click.ClickException(str(exc)) from exc
    _report_errors(result)
    click.echo(
        f"{len(result.services)} valid listings, {len(result.errors)} errors "
        f"in {len(result.files)} files"
    )
    if verify:
        for service in result.services:
            for note in service.verify:
                click.echo(f"verify {service.id}: {note}")
    if result.errors:
        sys.exit(1)


@cli.command("build-index")
@click.option("--if-missing", is_flag=True, help="Do nothing when a usable index exists.")
def build_index_command(if_missing: bool) -> None:
    """Validate the listings and build a new search index, switched in atomically."""
    root = current_app.config["DIRECTORY_INDEX_PATH"]
    if if_missing and _index_problem(root) is None:
        click.echo(f"index present: {current_build(root)}")
        return
    try:
        result = load_listings(current_app.config["DIRECTORY_DATA_PATH"])
    except DataError as exc:
        raise click.ClickException(f"{exc}\nThe index was not changed.") from exc
    if result.errors:
        _report_errors(result)
        raise click.ClickException(
            f"{len(result.errors)} listing errors: the index was not changed."
        )
    build = build_index(result.services, root)
    click.echo(f"built index of {len(result.services)} listings: {build}")


@cli.command("search")
@click.argument("query", required=False, default="")
@click.option("--location", "-l", default="", help="Postcode, town or council.")
@click.option("--radius", "-r", type=click.Choice([str(r) for r in RADII]), default=None)
@click.option("--sort", type=click.Choice(SORTS), default=None)
@click.option("--page", default="1")
@click.option("--per-page", default="20")
@click.option("--json", "as_json", is_flag=True, help="Print the result ids as JSON.")
@click.option("--audience", multiple=True, type=click.Choice(list(FILTER_FIELDS["audience"][1])))
@click.option("--support", multiple=True, type=click.Choice(list(FILTER_FIELDS["support"][1])))
@click.option("--delivery", multiple=True, type=click.Choice(list(FILTER_FIELDS["delivery"][1])))
@click.option("--referral", multiple=True, type=click.Choice(list(FILTER_FIELDS["referral"][1])))
def search_command(
    query: str,
    location: str,
    radius: str | None,
    sort: str | None,
    page: str,
    per_page: str,
    as_json: bool,
    **filters: tuple[str, ...],
) -> None:
    """Search the directory and print the results."""
    args = {
        "q": [query],
        "location": [location],
        "page": [page],
        "per_page": [per_page],
        **{k: list(v) for k, v in filters.items()},
    }
    if radius:
        args["radius"] = [radius]
    if sort:
        args["sort"] = [sort]
    try:
        request = request_from_args(args)
        index = current_app.extensions["index"].get()
        results = find(index, current_app.extensions["gazetteer"], request)
    except FindError as exc:
        raise click.ClickException(exc.message) from exc
    except (IndexMissing, IndexCorrupt) as exc:
        raise click.ClickException(f"{exc}. Build it with: directory build-index") from exc
    if as_json:
        click.echo(
            json.dumps(
                {
                    "local": [i.service.id for i in results.local.items],
                    "national": [i.service.id for i in results.national],
                }
            )
        )
        return
    for message in (
        messages.location_message(results),
        messages.corrected_message(results),
        messages.nothing_near_message(results),
    ):
        if message:
            click.echo(message)
    if results.resolution and results.resolution.candidates:
        for candidate in results.resolution.candidates:
            click.echo(f"  - {candidate.label}")
    if results.resolution and results.resolution.suggestions:
        click.echo("  " + ", ".join(results.resolution.suggestions))
    if results.suggestion:
        click.echo(f"Did you mean: {results.suggestion}")
    where = f" near {results.place.name}" if results.place else ""
    click.echo(
        f"\n{results.local.total} services{where} "
        f"(page {results.local.number} of {results.local.pages})"
    )
    for item in results.local.items:
        extra = []
        if item.distance_miles is not None:
            extra.append(f"{item.distance_miles:.1f} miles")
        if item.covers:
            extra.append(f"covers your {item.covers}")
        click.echo(f"  {item.service.name}" + (f"  [{', '.join(extra)}]" if extra else ""))
        if item.service.contact.phone:
            click.echo(f"      phone {item.service.contact.phone}")
    click.echo(f"\nAvailable wherever you live ({results.national_total})")
    for item in results.national:
        phone = f"  {item.service.contact.phone}" if item.service.contact.phone else ""
        click.echo(f"  {item.service.name}{phone}")


def main() -> None:
    cli(prog_name="directory")
