"""The ``directory`` console script: Flask's own CLI group plus the directory's commands."""

from __future__ import annotations

import datetime as dt
import errno
import json
import sys
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
import werkzeug.serving
from flask import current_app
from flask.cli import FlaskGroup, run_command

from . import builds, create_app, messages
from .data import DataError, load_listings
from .finder import RADII, SORTS, FindError, FindResults, ResultItem
from .logscrub import DevServerRequests
from .model import FILTERS
from .params import request_from_args
from .search import (
    IndexCorrupt,
    IndexMissing,
    build_index,
    current_build,
    index_problem,
    stale_build,
)
from .sources.rebuild import rebuild_refusal
from .textsafety import for_terminal

if TYPE_CHECKING:
    from .sources.fetch import FetchSettings

#: exit code of a command that changes the data when another one held the lock too long
EXIT_BUSY = 7
#: exit codes of maintenance commands stopped by the state of the index or of the disk (they
#: change nothing; docs/refresh.md lists them all): ``index/current`` or ``history.json``
#: missing while builds are on disk (run `directory repair`); the disk refused (full,
#: read-only, permissions); the serving build cannot be read (damaged)
EXIT_NEEDS_REPAIR = 8
EXIT_DISK = 9
EXIT_DAMAGED = 10


@click.group(cls=FlaskGroup, create_app=lambda: create_app(), add_default_commands=False)
def cli() -> None:
    """Find support: search and maintain the support services directory."""


@cli.command(
    "run",
    context_settings=run_command.context_settings,
    params=run_command.params,
    help=run_command.help,
)
@click.pass_context
def run(ctx: click.Context, **kwargs) -> None:
    problem = index_problem(current_app.config["DIRECTORY_INDEX_PATH"])
    if problem:
        raise click.ClickException(problem)
    if not current_app.config.get("DIRECTORY_PUBLIC_URL_SET"):
        # the few links written out in full (a lasting link, printed pages) name the address
        # being served, not the default port, when the operator has not set one
        host = kwargs.get("host") or "127.0.0.1"
        host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        host = f"[{host}]" if ":" in host else host
        current_app.config["DIRECTORY_PUBLIC_URL"] = f"http://{host}:{kwargs.get('port') or 5000}"
    # its request log without client addresses or query strings (flask run offers no other
    # way to choose the handler: werkzeug's server takes this name when it is given none)
    original = werkzeug.serving.WSGIRequestHandler
    werkzeug.serving.WSGIRequestHandler = DevServerRequests  # type: ignore[misc]
    try:
        ctx.invoke(run_command, **kwargs)
    finally:
        werkzeug.serving.WSGIRequestHandler = original  # type: ignore[misc]


from flask.cli import routes_command, shell_command  # noqa: E402

cli.add_command(shell_command)
cli.add_command(routes_command)


def _report_errors(result) -> None:
    for error in result.errors:
        click.echo(f"error: {for_terminal(error)}", err=True)


def _data_warnings(result) -> list[str]:
    """What `validate` flags though the listings load: hidden characters in the files (the
    model removes them, or refuses them in names) and names that mix scripts."""
    from .data import read_records
    from .textsafety import hidden_warnings, listing_warnings

    warnings: list[str] = []
    for path in result.files:
        try:
            records = read_records(path)
        except DataError:
            continue  # reported as an error already
        for position, raw in enumerate(records, start=1):
            label = f"#{position}"
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                label += f" ({raw['id']})"
            warnings.extend(f"{path}: record {label}: {w}" for w in hidden_warnings(raw))
    for service in result.services:
        warnings.extend(f"listing {service.id}: {w}" for w in listing_warnings(service))
    return warnings


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
    warnings = _data_warnings(result)
    for warning in warnings:
        click.echo(f"warning: {for_terminal(warning)}", err=True)
    click.echo(
        f"{len(result.services)} valid listings, {len(result.errors)} errors "
        + (f"({len(warnings)} warnings to look at) " if warnings else "")
        + f"in {len(result.files)} files"
    )
    if verify:
        for service in result.services:
            for note in service.verify:
                click.echo(f"verify {service.id}: {for_terminal(note)}")
    if result.errors:
        sys.exit(1)


@cli.command("build-index")
@click.option("--if-missing", is_flag=True, help="Do nothing when a usable index exists.")
@click.option("--force", is_flag=True, help="Rebuild even if that drops refreshed listings.")
def build_index_command(if_missing: bool, force: bool) -> None:
    """Validate the bundled listings and build a new search index, switched in atomically."""
    root = current_app.config["DIRECTORY_INDEX_PATH"]
    with _locked(root):
        _build_index(root, if_missing, force)


def _build_index(root: Path, if_missing: bool, force: bool) -> None:
    stale = None
    if if_missing and index_problem(root) is None:
        stale = stale_build(root)
        if stale is None:
            click.echo(f"index present: {current_build(root)}")
            return
    refusal = None if force else rebuild_refusal(root)
    if refusal and stale:
        # it still serves; only a maintainer can choose to drop what was refreshed
        click.echo(f"{stale}, but it was not rebuilt: {refusal}", err=True)
        return
    if refusal:
        raise click.ClickException(refusal)
    if stale:
        click.echo(f"{stale}: rebuilding it")
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


def _filter_options(command: Callable[..., None]) -> Callable[..., None]:
    """``--audience``, ``--support``... : one repeatable option a filter, from its vocabulary."""
    for field in reversed(FILTERS):
        option = click.option(
            f"--{field.name}", multiple=True, type=click.Choice(list(field.terms)), help=field.label
        )
        command = option(command)
    return command


@cli.command("search")
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
        results = current_app.extensions["directory"].get().search(request)
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
    # the order and the groups of the results page
    if results.national_first:
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
        elif not results.local.total and results.more_local:
            click.echo("  No service near you matches your words closely: others are below.")
        for item in results.local.items:
            _echo_item(item)
    if not results.national_first:
        _echo_national(results)
    if results.more_local:
        click.echo("\nOther services near you (fewer of your words, or maybe not for you)")
        for item in results.more_local:
            _echo_item(item)


def _echo_item(item: ResultItem) -> None:
    extra = []
    if item.distance_miles is not None:
        extra.append(f"{item.distance_miles:.1f} miles")
    if item.covers:
        extra.append(f"covers your {item.covers}")
    name = for_terminal(item.service.name)
    click.echo(f"  {name}" + (f"  [{for_terminal(', '.join(extra))}]" if extra else ""))
    if item.service.contact.phone:
        click.echo(f"      phone {for_terminal(item.service.contact.phone)}")


def _echo_national(results: FindResults) -> None:
    click.echo(f"\nAvailable wherever you live ({results.national_total})")
    for item in results.national:
        phone = f"  {item.service.contact.phone}" if item.service.contact.phone else ""
        click.echo(f"  {for_terminal(item.service.name + phone)}")


# --- maintainers: refresh, rollback, import, export --------------------------------------


def _diff_path(root: Path, kind: str) -> Path:
    folder = Path(root) / "diffs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{kind}-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}.json"


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return lambda urls: tqdm(urls, desc="listings", unit="page", file=sys.stderr)


def _fetch_settings(config: Mapping[str, Any], root: Path) -> FetchSettings:
    """How politely to fetch from a source (refresh, import-oruk): one table of settings."""
    from .sources.fetch import FetchSettings

    return FetchSettings(
        contact=config["DIRECTORY_CONTACT"],
        min_interval=config["DIRECTORY_FETCH_INTERVAL"],
        backoff=config["DIRECTORY_FETCH_BACKOFF"],
        read_timeout=config["DIRECTORY_FETCH_READ_TIMEOUT"],
        deadline=config["DIRECTORY_REFRESH_DEADLINE"],
        min_bytes_per_second=config["DIRECTORY_FETCH_MIN_RATE"],
        page_grace=config["DIRECTORY_FETCH_PAGE_GRACE"],
        cache_dir=root / "http-cache",
    )


@cli.command("refresh")
@click.option("--dry-run", is_flag=True, help="Fetch and show the diff; change nothing.")
@click.option("--force", is_flag=True, help="Apply even if many listings vanished.")
@click.option("--quiet", is_flag=True, help="One summary line (for cron).")
@click.option("--base-url", default=None, help="The directory's first list page.")
@click.option(
    "--max-vanished",
    default=0.2,
    show_default=True,
    type=click.FloatRange(0, 1),
    help="Refuse when more than this share of listings vanished.",
)
@click.option(
    "--grace-days",
    default=60,
    show_default=True,
    type=click.IntRange(0),
    help="Days a vanished listing is still shown, with a warning, before retiring.",
)
def refresh_command(
    dry_run: bool,
    force: bool,
    quiet: bool,
    base_url: str | None,
    max_vanished: float,
    grace_days: int,
) -> None:
    """Fetch the authoritative directory, show what changed, and switch in a new index.

    Exit codes: 0 applied (or nothing changed, or a dry run); 3 refused by a safety valve;
    4 fetching failed; 5 the source's pages changed shape; 6 listings failed validation;
    7 another command held the data lock too long; 8 the index needs `directory repair`;
    9 the disk refused (full, read-only); 10 the serving build cannot be read. Whatever fails,
    the serving data and index are left exactly as they were.
    """
    from .search.builds import index_safety
    from .sources.fetch import PoliteFetcher
    from .sources.refresh import EXIT_SHAPE_CHANGED, RefreshOptions, RefreshStopped, fetch_all

    config = current_app.config
    root = Path(config["DIRECTORY_INDEX_PATH"])
    base = base_url or config["DIRECTORY_SOURCE_BASE_URL"]
    settings = _fetch_settings(config, root)
    say = (lambda *_: None) if quiet else click.echo
    problem = index_safety(root)
    if problem:  # said before fetching for minutes, and again when the lock is taken
        click.echo(f"error: {problem}", err=True)
        sys.exit(EXIT_NEEDS_REPAIR)
    with _plainly(root):
        try:
            fetcher = PoliteFetcher(base, settings)
            raws = fetch_all(fetcher, base, max_pages=200, progress=_progress(quiet))
        except RefreshStopped as exc:
            click.echo(f"refresh stopped, nothing changed: {for_terminal(exc, True)}", err=True)
            sys.exit(exc.exit_code)
        except RecursionError:
            click.echo(
                "refresh stopped, nothing changed: a page's structured data is nested too "
                "deeply to read (the source's pages changed shape?)",
                err=True,
            )
            sys.exit(EXIT_SHAPE_CHANGED)
    # fetching takes minutes and needs no lock; merging, building and switching hold it, and
    # merge with the data as it is then (an import made meanwhile is kept)
    with _locked(root, clean_up=not dry_run):
        _apply_refresh(root, raws, RefreshOptions(max_vanished, grace_days, force), dry_run, say)


def _apply_refresh(root: Path, raws, options, dry_run: bool, say) -> None:
    from .sources.refresh import RefreshStopped, current_services, plan_refresh

    config = current_app.config
    try:
        current = current_services(root, config["DIRECTORY_DATA_PATH"])
        plan = plan_refresh(current, raws, current_app.extensions["gazetteer"], options)
    except RefreshStopped as exc:
        click.echo(f"refresh stopped, nothing changed: {for_terminal(exc, True)}", err=True)
        sys.exit(exc.exit_code)
    report = _diff_path(root, "refresh")
    report.write_text(plan.diff.to_json(), encoding="utf-8")
    say(plan.diff.table())
    for note in plan.notes:
        say(f"note: {for_terminal(note)}")
    counts = ", ".join(f"{n} {k}" for k, n in plan.diff.counts.items())
    if dry_run:
        click.echo(f"dry run: {plan.fetched} listings fetched; {counts}; diff in {report}")
        return
    if plan.diff.empty:
        click.echo(f"no changes: {plan.fetched} listings fetched; diff in {report}")
        return
    build = build_index(
        plan.services, root, data_refreshed=dt.date.today().isoformat(), reason="refresh"
    )
    click.echo(
        f"applied: {plan.fetched} listings fetched; {counts}; serving {build.name}; "
        f"diff in {report}"
    )


@cli.command("rollback")
def rollback_command() -> None:
    """Serve the build that was live before this one (and its data) again, if it still passes
    its check; builds that do not are skipped and named."""
    _switch(builds.rollback, "rolled back")


@cli.command("roll-forward")
def roll_forward_command() -> None:
    """Undo a rollback: serve the build the last rollback stepped back from."""
    _switch(builds.roll_forward, "rolled forward")


def _switch(step, done: str) -> None:
    root = Path(current_app.config["DIRECTORY_INDEX_PATH"])
    with _locked(root):
        try:
            was, now, skipped = step(root)
        except builds.NoBuild as exc:
            raise click.ClickException(str(exc)) from exc
    for line in skipped:
        click.echo(f"skipped {line} (kept on disk and in the history)", err=True)
    click.echo(f"{done}: serving {now.name} (was {was.name if was else '-'})")


@cli.command("repair")
def repair_command() -> None:
    """Serve a verified build again when index/current is missing, and rebuild history.json
    from the builds on disk (newest verified first). Deletes nothing."""
    from .search import history
    from .search.builds import repair

    root = Path(current_app.config["DIRECTORY_INDEX_PATH"])
    with _locked(root, clean_up=False, check=False):
        try:
            was, now, passed_over = repair(root)
        except IndexMissing as exc:
            raise click.ClickException(f"{exc}. Nothing was changed.") from exc
        except IndexCorrupt as exc:
            click.echo(f"error: {exc}. Nothing was changed or deleted.", err=True)
            sys.exit(EXIT_DAMAGED)
    for name, why in passed_over.items():
        click.echo(f"passed over {name}: {why} (kept on disk and in the history)", err=True)
    click.echo(
        f"repaired: serving {now.name} (was {was.name if was else '-'}); the history names "
        f"{len(history.read(root)['past'])} earlier builds for rollback"
    )


_DISK = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the index folder is on a read-only file system",
    errno.EACCES: "permission was refused",
    errno.EPERM: "permission was refused",
}


@contextmanager
def _plainly(root: Path):
    """Operational failures as one plain sentence on stderr and a documented exit code
    (``EXIT_*``), never a traceback; the sentence says which build is served afterwards."""

    def serving() -> str:
        build = current_build(root)
        return f"still serving {build.name}" if build is not None else "no build is served"

    try:
        yield
    except builds.Busy as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_BUSY)
    except builds.NeedsRepair as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_NEEDS_REPAIR)
    except (IndexMissing, IndexCorrupt) as exc:
        click.echo(
            f"error: {exc}. Nothing was changed ({serving()}); `directory rollback` serves the "
            "build before it, `directory repair` the newest that passes its check.",
            err=True,
        )
        sys.exit(EXIT_DAMAGED)
    except OSError as exc:
        what = _DISK.get(exc.errno or 0, exc.strerror or type(exc).__name__)
        where = f" ({exc.filename})" if exc.filename else ""
        click.echo(f"error: {what}{where}: stopped, {serving()}.", err=True)
        sys.exit(EXIT_DISK)


@contextmanager
def _locked(root: Path, *, clean_up: bool = True, check: bool = True):
    """The data lock (``builds.data_lock``), with operational failures said plainly
    (``_plainly``): exit 7 saying which command to wait for, 8 when the index needs repair."""
    with _plainly(Path(root)), builds.data_lock(Path(root), clean_up=clean_up, check=check):
        yield


@cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate and show the diff; change nothing.")
def import_command(path: Path, dry_run: bool) -> None:
    """Add or update curated local listings from a CSV or JSON file."""
    from .sources.diff import compare
    from .sources.importer import ImportFailed, merge_import, read_import
    from .sources.refresh import EXIT_INVALID, current_services

    config = current_app.config
    root = Path(config["DIRECTORY_INDEX_PATH"])
    warnings: list[str] = []
    try:
        with _plainly(root):
            records = read_import(path, current_app.extensions["gazetteer"], warnings)
    except RecursionError:
        click.echo(f"error: {path} is nested too deeply to read: import refused, nothing changed",
                   err=True)  # fmt: skip
        sys.exit(EXIT_INVALID)
    except ImportFailed as exc:
        for line in [f"warning: {w}" for w in warnings] + [f"error: {e}" for e in exc.errors]:
            click.echo(for_terminal(line), err=True)
        click.echo("import refused, nothing changed", err=True)
        sys.exit(EXIT_INVALID)
    for warning in warnings:
        click.echo(f"warning: {for_terminal(warning)}", err=True)
    with _locked(root, clean_up=not dry_run):
        current = current_services(root, config["DIRECTORY_DATA_PATH"])
        try:
            merged = merge_import(current, records)
        except ImportFailed as exc:
            for error in exc.errors:
                click.echo(f"error: {for_terminal(error)}", err=True)
            click.echo("import refused, nothing changed", err=True)
            sys.exit(EXIT_INVALID)
        diff = compare({s.id: s for s in current}, {s.id: s for s in merged})
        click.echo(diff.table())
        if dry_run or diff.empty:
            return
        build = build_index(merged, root, reason="import")
    click.echo(f"imported: serving {build.name}")


@cli.command("import-oruk")
@click.argument("feed")
@click.option("--dry-run", is_flag=True, help="Read the feed and show the diff; change nothing.")
@click.option("--force", is_flag=True, help="Replace curated, bundled or refreshed listings.")
@click.option(
    "--mapping",
    "mapping_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Which services are relevant (default bundled_data/oruk/relevance.toml).",
)
@click.option(
    "--source-kind",
    type=click.Choice(["other", "official", "own-website"]),
    default="other",
    show_default=True,
    help="What kind of publisher the feed is (official: a council or the NHS).",
)
def import_oruk_command(
    feed: str, dry_run: bool, force: bool, mapping_path: Path | None, source_kind: str
) -> None:
    """Import the relevant services of an Open Referral UK 3.0 feed (a URL or a file).

    Exit codes as refresh: 0 applied (or nothing changed, or a dry run); 4 fetching failed;
    6 the feed or the mapping file cannot be used; 7 another command held the data lock.
    Whatever fails, the serving data and index are left exactly as they were.
    """
    from .oruk.feed import (
        RELEVANCE,
        FeedError,
        is_url,
        load_rules,
        plan_import,
        read_file,
        read_url,
    )
    from .sources.diff import compare
    from .sources.fetch import FetchError, PoliteFetcher
    from .sources.refresh import EXIT_FETCH_FAILED, EXIT_INVALID, current_services

    config = current_app.config
    root = Path(config["DIRECTORY_INDEX_PATH"])
    try:
        rules = load_rules(mapping_path or RELEVANCE)
        if is_url(feed):
            settings = _fetch_settings(config, root)
            read = read_url(PoliteFetcher(feed, settings).get_text, feed)
        else:
            read = read_file(Path(feed))
    except FetchError as exc:
        click.echo(f"import stopped, nothing changed: {exc}", err=True)
        sys.exit(EXIT_FETCH_FAILED)
    except FeedError as exc:
        click.echo(f"import refused, nothing changed: {exc}", err=True)
        sys.exit(EXIT_INVALID)
    with _locked(root):
        current = current_services(root, config["DIRECTORY_DATA_PATH"])
        plan = plan_import(current, read, rules, force=force, source_kind=source_kind)
        diff = compare({s.id: s for s in current}, {s.id: s for s in plan.services})
        report = _diff_path(root, "import-oruk")
        report.write_text(diff.to_json(), encoding="utf-8")
        click.echo(diff.table())
        for line in plan.report.lines():
            click.echo(line)
        if dry_run or diff.empty:
            click.echo(f"{'dry run' if dry_run else 'no changes'}: diff in {report}")
            return
        build = build_index(plan.services, root, reason="import-oruk")
    click.echo(f"imported: serving {build.name}; diff in {report}")


@cli.command("export")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def export_command(folder: Path) -> None:
    """Write the directory being served as Open Referral UK JSON, as its own JSON and as CSV."""
    from .sources.export import write_export
    from .sources.refresh import current_services

    config = current_app.config
    root = Path(config["DIRECTORY_INDEX_PATH"])
    with _plainly(root):
        if problem := builds.index_safety(root):  # not the bundled data in its place
            raise builds.NeedsRepair(problem)
        services = current_services(root, config["DIRECTORY_DATA_PATH"])
        try:
            files = write_export(services, folder)
        except OSError as exc:
            raise click.ClickException(
                f"cannot write the export to {folder}: {exc.strerror or exc}"
            ) from exc
    click.echo(f"exported {len(services)} services to {folder}: {', '.join(f.name for f in files)}")


@cli.command("relevance")
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

    from .relevance import JUDGED_SET, compare, load_judged, table

    logging.getLogger("directory.search").setLevel(logging.WARNING)  # a line per query
    try:
        served = current_app.extensions["directory"].get()
    except (IndexMissing, IndexCorrupt) as exc:
        raise click.ClickException(f"{exc}. Build it with: directory build-index") from exc
    judged = load_judged(judged_set or JUDGED_SET)
    reports = compare(served.index, served.gazetteer, judged)
    click.echo(f"{len(judged)} judged queries, {len(served)} listings\n")
    click.echo(table(reports, worst))


@cli.command("coverage")
def coverage_command() -> None:
    """Print local services per police force area (with a way to reach them, a venue, for
    children, SARCs) and the councils and areas with none."""
    try:
        served = current_app.extensions["directory"].get()
    except (IndexMissing, IndexCorrupt) as exc:
        raise click.ClickException(f"{exc}. Build it with: directory build-index") from exc
    click.echo(served.coverage.table())
    click.echo(coverage_line(served.open_service_ids()))


@cli.command("import-research")
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
    from .config import PROJECT_ROOT
    from .geo import load_police_force_areas
    from .sources.research import ResearchError, import_research_into

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


# --- keeping the listings true: reports, checks, staleness (directory/feedback/cli.py) ------
from .feedback.cli import coverage_line, register  # noqa: E402

register(cli)


def main() -> None:
    cli(prog_name="directory")
