"""gunicorn started as README says (``gunicorn.conf.py``), on a socket the test binds itself on
127.0.0.1 and hands over (``fd://``): connections made before gunicorn is ready wait in the
socket's backlog, so nothing polls or sleeps for the server to start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from directory.config import PROJECT_ROOT


@dataclass
class Server:
    host: str
    port: int
    process: subprocess.Popen
    logs: list[Path]

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def log_text(self) -> str:
        return "".join(p.read_text(errors="replace") for p in self.logs if p.exists())


@contextmanager
def gunicorn(index_root: Path, folder: Path, **env: str) -> Iterator[Server]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    fd = listener.fileno()
    access, error, stderr = folder / "access.log", folder / "error.log", folder / "stderr.log"
    environment = {
        **os.environ,
        "DIRECTORY_INDEX_PATH": str(index_root),
        "DIRECTORY_BIND": f"fd://{fd}",
        "WEB_CONCURRENCY": "2",
        **env,
    }
    with open(stderr, "wb") as err:
        process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "-c",
                "gunicorn.conf.py",
                "--access-logfile",
                str(access),
                "--error-logfile",
                str(error),
            ],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=err,
            stderr=err,
            pass_fds=(fd,),
        )
    try:
        yield Server("127.0.0.1", listener.getsockname()[1], process, [access, error, stderr])
    finally:
        process.terminate()
        process.wait(timeout=60)
        listener.close()
