"""The ``directory`` console script: Flask's own CLI group plus the directory's commands, one
module a room: searching (``search``), changing the data (``maintain``), turning the research
into listings (``research``), and keeping the listings true (``directory/feedback/cli.py``)."""

from __future__ import annotations

import click
import werkzeug.serving
from flask import current_app
from flask.cli import FlaskGroup, routes_command, run_command, shell_command

from .. import create_app
from ..feedback.cli import register
from ..logscrub import DevServerRequests
from ..search import index_problem
from . import maintain, research, search


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


cli.add_command(shell_command)
cli.add_command(routes_command)
for room in (maintain, search, research):
    for command in room.commands.commands.values():
        cli.add_command(command)
register(cli)


def main() -> None:
    cli(prog_name="directory")
