"""The maintainers' commands for reports, checks and staleness: ``directory reports``,
``directory verify``, ``directory stale`` (registered on the ``directory`` group by cli.py)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from ..facade import Directory
from ..search import IndexCorrupt, IndexMissing
from . import reports, verified
from .db import StateUnavailable


def _state() -> Path:
    return Path(current_app.config["DIRECTORY_STATE_PATH"])


def served() -> Directory:
    """The build being served, or a plain message saying how to make one (every command that
    reads the listings uses this one: ``directory search`` too)."""
    try:
        return current_app.extensions["directory"].get()
    except (IndexMissing, IndexCorrupt) as exc:
        raise click.ClickException(f"{exc}. Build it with: directory build-index") from exc


def _report_json(report: reports.Report) -> dict:
    """The report's fields, in their order, its ``id`` called its number."""
    fields = asdict(report)
    return {"number": fields.pop("id"), **fields}


@click.group("reports", cls=AppGroup, invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the open reports as JSON.")
@click.pass_context
@with_appcontext
def reports_group(ctx: click.Context, as_json: bool) -> None:
    """The public's open reports of wrong listings, by listing and kind."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        found = reports.listed(_state())
    except StateUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps([_report_json(r) for r in found], indent=1, ensure_ascii=False))
        return
    if not found:
        click.echo("No open reports.")
        return
    listing = None
    for report in found:
        if report.service_id != listing:
            listing = report.service_id
            click.echo(f"{report.service_id}  ({report.service_name})")
        details = report.details.replace("\n", " ")
        details = f": {details[:60]}{'…' if len(details) > 60 else ''}" if details else ""
        click.echo(f"  #{report.id}  {report.kind:8}  {report.reported_on}{details}")
    click.echo(f"\n{len(found)} open reports. Read one with: directory reports show N")


@reports_group.command("show")
@click.argument("number", type=int)
def show_report(number: int) -> None:
    """One report in full."""
    report = reports.get(_state(), number)
    if report is None:
        raise click.ClickException(f"there is no report {number}")
    for key, value in _report_json(report).items():
        if key != "details":
            click.echo(f"{key}: {value if value is not None else '-'}")
    click.echo(f"details:\n{report.details or '(none)'}")


@reports_group.command("resolve")
@click.argument("number", type=int)
@click.option("--note", default="", help="What was done (kept with the report).")
@click.option("--dismiss", is_flag=True, help="Close it as not a problem with the listing.")
def resolve_report(number: int, note: str, dismiss: bool) -> None:
    """Close a report: the listing was corrected (or checked), or --dismiss it."""
    if reports.get(_state(), number) is None:
        raise click.ClickException(f"there is no report {number}")
    report = reports.close(_state(), number, "dismissed" if dismiss else "resolved", note)
    assert report is not None
    click.echo(f"report {number} {report.state} on {report.closed_on}")


@click.command("verify")
@click.argument("service_id")
@click.option(
    "--source", "source_url", required=True, help="The page the listing was checked against."
)
@click.option(
    "--on", "on", default=None, help="The day it was checked (default today), YYYY-MM-DD."
)
@with_appcontext
def verify_command(service_id: str, source_url: str, on: str | None) -> None:
    """Record that you checked a listing against its source today: its page then says
    "Checked by us on …"."""
    parts = urlsplit(source_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise click.ClickException("--source must be the web address (http or https) you checked")
    try:
        day = dt.date.fromisoformat(on) if on else dt.date.today()
    except ValueError as exc:
        raise click.ClickException("--on must be a date: YYYY-MM-DD") from exc
    if day > dt.date.today():
        raise click.ClickException("--on cannot be in the future")
    if served().service(service_id) is None:
        raise click.ClickException(f"no listing has the id {service_id!r}")
    recorded = verified.record(_state(), service_id, source_url, day)
    click.echo(f"{service_id}: checked by us on {recorded} against {source_url}")


def _months(text: str) -> int:
    match = re.fullmatch(r"\s*(\d{1,3})\s*([my]?)\s*", text.lower())
    if not match:
        raise click.BadParameter("a number of months, such as 12m, or years, such as 1y")
    return int(match.group(1)) * (12 if match.group(2) == "y" else 1)


@click.command("stale")
@click.option("--older-than", "older_than", default=f"{verified.STALE_MONTHS}m", show_default=True,
              help="How long since our last check: 12m, 18m, 2y.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True)
@with_appcontext
def stale_command(older_than: str, as_json: bool) -> None:
    """Listings we have not checked against their source for a while (or ever)."""
    months = _months(older_than)
    ids = served().open_service_ids()
    found = verified.stale(_state(), ids, months)
    if as_json:
        click.echo(json.dumps([{"id": s, "checked_on": d and d.isoformat()} for s, d in found]))
        return
    for sid, day in found:
        click.echo(f"{sid}  {'last checked ' + day.isoformat() if day else 'never checked'}")
    click.echo(f"\n{len(found)} of {len(ids)} listings not checked by us "
               f"in the last {months} months")  # fmt: skip


def coverage_line(service_ids: list[str]) -> str:
    """``directory coverage``'s line on our checks."""
    stale = verified.stale(_state(), service_ids, verified.STALE_MONTHS)
    checked = len(service_ids) - len(stale)
    share = round(100 * checked / len(service_ids)) if service_ids else 0
    return (f"Checked by us in the last {verified.STALE_MONTHS} months: {checked} of "
            f"{len(service_ids)} listings ({share}%). See: directory stale")  # fmt: skip


def register(cli: click.Group) -> None:
    for command in (reports_group, verify_command, stale_command):
        cli.add_command(command)
