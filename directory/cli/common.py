"""What the ``directory`` commands share: plain failures with documented exit codes and the data
lock (the build being served is ``feedback.cli.served``)."""

from __future__ import annotations

import errno
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from .. import builds
from ..search import IndexCorrupt, IndexMissing, current_build
from ..textsafety import for_terminal

#: exit code of a command that changes the data when another one held the lock too long
EXIT_BUSY = 7
#: exit codes of maintenance commands stopped by the state of the index or of the disk (they
#: change nothing; docs/refresh.md lists them all): ``index/current`` or ``history.json``
#: missing while builds are on disk (run `directory repair`); the disk refused (full,
#: read-only, permissions); the serving build cannot be read (damaged)
EXIT_NEEDS_REPAIR = 8
EXIT_DISK = 9
EXIT_DAMAGED = 10


def report_errors(result) -> None:
    for error in result.errors:
        click.echo(f"error: {for_terminal(error)}", err=True)


_DISK = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the index folder is on a read-only file system",
    errno.EACCES: "permission was refused",
    errno.EPERM: "permission was refused",
}


@contextmanager
def plainly(root: Path) -> Iterator[None]:
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
def locked(root: Path, *, clean_up: bool = True, check: bool = True) -> Iterator[None]:
    """The data lock (``builds.data_lock``), with operational failures said plainly
    (``plainly``): exit 7 saying which command to wait for, 8 when the index needs repair."""
    with plainly(Path(root)), builds.data_lock(Path(root), clean_up=clean_up, check=check):
        yield
