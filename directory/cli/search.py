"""Searching from the terminal: ``directory search``, ``relevance`` and ``coverage``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import click
from flask.cli import AppGroup

from .. import messages
from ..feedback.cli import coverage_line, served
from ..finder import RADII, SORTS, FindError, FindResults, ResultItem
from ..model import FILTERS
from ..params import request_from_args
from ..search import IndexCorrupt, IndexMissing
from ..textsafety import for_terminal

commands = AppGroup()


def _filter_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--audience``, ``--support``... : one repeatable option a filter, from its vocabulary."""
    for field in reversed(FILTERS):
        option = click.option(
            f"--{field.name}", multiple=True, type=click.Choice(list(field.terms)), help=field.label
        )
        command = option(command)
    return command


@commands.command("search")
@click.argument("query", required=False, default="")
@click.option("--location", "-l", default="", help="Postcode, town or council.")
@click.option("--radius", "-r", type=click.Choice([str(r) for r in RADII]), default=None)
@click.option("--sort", type=click.Choice(SORTS), default=None)
@click.option("--page", default="1")
@click.option("--per-page", default="20")
@click.option("--json", "as_json", is_flag=True, help="Print the result ids as JSON.")
@_filter_options
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
        results = served().search(request)
    except FindError as exc:
        raise click.ClickException(exc.message) from exc
    except (IndexMissing, IndexCorrupt) as exc:
        raise click.ClickException(f"{exc}. Build it with: directory build-index") from exc
    if as_json:
        click.echo(
            json.dumps(
                {
                    # "shown": every id in the order the results page shows them
                    "shown": results.shown_ids(),
                    "local": [i.service.id for i in results.local.items],
                    "national": [i.service.id for i in results.national],
                    "more_nearby": [i.service.id for i in results.more_local],
                }
            )
        )
        return
    _echo_messages(results)
    _echo_results(results)


def _echo_messages(results: FindResults) -> None:
    for message in (
        messages.location_message(results),
        messages.corrected_message(results),
        messages.nothing_near_message(results),
    ):
        if message:
            click.echo(message)
    if results.resolution and results.resolution.candidates:
        for candidate in results.resolution.candidates:
            click.echo(f"  - {for_terminal(candidate.label)}")
    if results.resolution and results.resolution.suggestions:
        click.echo("  " + for_terminal(", ".join(results.resolution.suggestions)))
    if results.suggestion:
        click.echo(f"Did you mean: {for_terminal(results.suggestion)}")


def _echo_results(results: FindResults) -> None:
    """The groups of the results page, in its order."""
    national_first = results.national_first or results.lines_first  # (w45ask)
    if national_first:
        _echo_national(results)
    if results.place or results.local.total:
        heading = (
            f"Services near {results.place.name}"
            if results.place
            else "Services in particular areas"
        )
        click.echo(
            f"\n{heading}: {results.local.total} "
            f"(page {results.local.number} of {results.local.pages})"
        )
        if not results.place:
            click.echo("  These help people in particular areas. Add --location for yours.")
        elif not results.local.total and results.more_local and results.near_matched:
            click.echo("  Services near you that match your words are below: check who they help.")
        elif not results.local.total and results.more_local and results.near_adults:
            click.echo("  None near that matches your words says it helps under-18s: see below.")
        elif not results.local.total and results.more_local:
            click.echo("  No service near you matches your words closely: others are below.")
        for item in results.local.items:
            _echo_item(item)
    if not national_first:
        _echo_national(results)
    if results.more_local:
        click.echo("\nOther services near you (fewer of your words, or maybe not for you)")
        for item in results.more_local:
            _echo_item(item)


_MOVED = {
    "contact": "no contact details we could confirm",
    "adults": "may be for adults only",
    "closing": "may be closing or not taking new people",
    "other": "may not be for you",
}


def _echo_item(item: ResultItem) -> None:
    extra = []
    if item.distance_miles is not None:
        extra.append(f"{item.distance_miles:.1f} miles")
    if item.covers:
        extra.append(f"covers your {item.covers}")
    if item.moved:  # (twenty-fifth walk-through F1) why a match is among the others
        extra.append(f"matches your words; {_MOVED[item.moved]}")
    name = for_terminal(item.service.name)
    click.echo(f"  {name}" + (f"  [{for_terminal(', '.join(extra))}]" if extra else ""))
    if item.service.contact.phone:
        click.echo(f"      phone {for_terminal(item.service.contact.phone)}")


def _echo_national(results: FindResults) -> None:
    click.echo(f"\nAvailable wherever you live ({results.national_total})")
    for item in results.national:
        phone = f"  {item.service.contact.phone}" if item.service.contact.phone else ""
        click.echo(f"  {for_terminal(item.service.name + phone)}")


@commands.command("relevance")
@click.option(
    "--set",
    "judged_set",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="The judged query set (default tests/relevance/queries.jsonl).",
)
@click.option("--worst", default=15, show_default=True, help="How many worst queries to list.")
def relevance_command(judged_set: Path | None, worst: int) -> None:
    """Score the search on the judged query set, beside a plain SQLite FTS5 baseline."""
    import logging

    from ..relevance import JUDGED_SET, compare, load_judged, table

    logging.getLogger("directory.search").setLevel(logging.WARNING)  # a line per query
    directory = served()
    judged = load_judged(judged_set or JUDGED_SET)
    reports = compare(directory.index, directory.gazetteer, judged)
    click.echo(f"{len(judged)} judged queries, {len(directory)} listings\n")
    click.echo(table(reports, worst))


@commands.command("coverage")
def coverage_command() -> None:
    """Print local services per police force area (with a way to reach them, a venue, for
    children, SARCs) and the councils and areas with none."""
    directory = served()
    click.echo(directory.coverage.table())
    click.echo(coverage_line(directory.open_service_ids()))
