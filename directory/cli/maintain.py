"""Changing the data: ``directory validate``, ``build-index``, ``refresh``, ``rollback``,
``roll-forward``, ``repair``, ``import``, ``import-oruk`` and ``export``."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from flask import current_app
from flask.cli import AppGroup

from .. import builds
from ..data import DataError, load_listings
from ..search import (
    IndexCorrupt,
    IndexMissing,
    build_index,
    current_build,
    index_problem,
    stale_build,
)
from ..sources.rebuild import rebuild_refusal
from ..textsafety import for_terminal
from .common import EXIT_DAMAGED, EXIT_NEEDS_REPAIR, locked, plainly, report_errors

if TYPE_CHECKING:
    from ..sources.fetch import FetchSettings

commands = AppGroup()


def _data_warnings(result) -> list[str]:
    """What `validate` flags though the listings load: hidden characters in the files (the
    model removes them, or refuses them in names) and names that mix scripts."""
    from ..data import read_records
    from ..textsafety import hidden_warnings, listing_warnings

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


@commands.command("validate")
@click.option("--verify", is_flag=True, help="Also list what maintainers must confirm.")
def validate(verify: bool) -> None:
    """Check every listing against the schema."""
    folder = current_app.config["DIRECTORY_DATA_PATH"]
    try:
        result = load_listings(folder)
    except DataError as exc:
        raise click.ClickException(str(exc)) from exc
    report_errors(result)
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


@commands.command("build-index")
@click.option("--if-missing", is_flag=True, help="Do nothing when a usable index exists.")
@click.option("--force", is_flag=True, help="Rebuild even if that drops refreshed listings.")
def build_index_command(if_missing: bool, force: bool) -> None:
    """Validate the bundled listings and build a new search index, switched in atomically."""
    root = current_app.config["DIRECTORY_INDEX_PATH"]
    with locked(root):
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
        report_errors(result)
        raise click.ClickException(
            f"{len(result.errors)} listing errors: the index was not changed."
        )
    build = build_index(result.services, root)
    click.echo(f"built index of {len(result.services)} listings: {build}")


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
    from ..sources.fetch import FetchSettings

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


@commands.command("refresh")
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
    from ..search.builds import index_safety
    from ..sources.fetch import PoliteFetcher
    from ..sources.refresh import EXIT_SHAPE_CHANGED, RefreshOptions, RefreshStopped, fetch_all

    config = current_app.config
    root = Path(config["DIRECTORY_INDEX_PATH"])
    base = base_url or config["DIRECTORY_SOURCE_BASE_URL"]
    settings = _fetch_settings(config, root)
    say = (lambda *_: None) if quiet else click.echo
    problem = index_safety(root)
    if problem:  # said before fetching for minutes, and again when the lock is taken
        click.echo(f"error: {problem}", err=True)
        sys.exit(EXIT_NEEDS_REPAIR)
    with plainly(root):
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
    with locked(root, clean_up=not dry_run):
        _apply_refresh(root, raws, RefreshOptions(max_vanished, grace_days, force), dry_run, say)


def _apply_refresh(root: Path, raws, options, dry_run: bool, say) -> None:
    from ..sources.refresh import RefreshStopped, current_services, plan_refresh

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


@commands.command("rollback")
def rollback_command() -> None:
    """Serve the build that was live before this one (and its data) again, if it still passes
    its check; builds that do not are skipped and named."""
    _switch(builds.rollback, "rolled back")


@commands.command("roll-forward")
def roll_forward_command() -> None:
    """Undo a rollback: serve the build the last rollback stepped back from."""
    _switch(builds.roll_forward, "rolled forward")


def _switch(step, done: str) -> None:
    root = Path(current_app.config["DIRECTORY_INDEX_PATH"])
    with locked(root):
        try:
            was, now, skipped = step(root)
        except builds.NoBuild as exc:
            raise click.ClickException(str(exc)) from exc
    for line in skipped:
        click.echo(f"skipped {line} (kept on disk and in the history)", err=True)
    click.echo(f"{done}: serving {now.name} (was {was.name if was else '-'})")


@commands.command("repair")
def repair_command() -> None:
    """Serve a verified build again when index/current is missing, and rebuild history.json
    from the builds on disk (newest verified first). Deletes nothing."""
    from ..search import history
    from ..search.builds import repair

    root = Path(current_app.config["DIRECTORY_INDEX_PATH"])
    with locked(root, clean_up=False, check=False):
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


@commands.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate and show the diff; change nothing.")
def import_command(path: Path, dry_run: bool) -> None:
    """Add or update curated local listings from a CSV or JSON file."""
    from ..sources.diff import compare
    from ..sources.importer import ImportFailed, merge_import, read_import
    from ..sources.refresh import EXIT_INVALID, current_services

    config = current_app.config
    root = Path(config["DIRECTORY_INDEX_PATH"])
    warnings: list[str] = []
    try:
        with plainly(root):
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
    with locked(root, clean_up=not dry_run):
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


@commands.command("import-oruk")
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
    from ..oruk.feed import (
        RELEVANCE,
        FeedError,
        is_url,
        load_rules,
        plan_import,
        read_file,
        read_url,
    )
    from ..sources.diff import compare
    from ..sources.fetch import FetchError, PoliteFetcher
    from ..sources.refresh import EXIT_FETCH_FAILED, EXIT_INVALID, current_services

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
    with locked(root):
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


@commands.command("export")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def export_command(folder: Path) -> None:
    """Write the directory being served as Open Referral UK JSON, as its own JSON and as CSV."""
    from ..sources.export import write_export
    from ..sources.refresh import current_services

    config = current_app.config
    root = Path(config["DIRECTORY_INDEX_PATH"])
    with plainly(root):
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
