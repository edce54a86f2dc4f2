"""Helpers that start real servers on 127.0.0.1 for the tests, and stop them."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, seconds: float = 30, ok=(200, 204, 303, 400, 401, 404)) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code in ok:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer in {seconds} s")


@contextmanager
def running(cmd: list[str], url: str, log: Path, seconds: float = 30, **kw):
    """Start a server process, wait until `url` answers, stop the whole process group after."""
    with open(log, "w") as fh:
        p = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True, **kw)
        try:
            wait_http(url, seconds)
            yield p
        finally:
            try:
                os.killpg(p.pid, signal.SIGTERM)
                p.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(p.pid, signal.SIGKILL)


@contextmanager
def kg_serve(store: Path, tmp: Path, *args: str):
    port = free_port()
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port), *args]
    with running(cmd, f"http://127.0.0.1:{port}/sparql", tmp / f"kg-serve-{port}.log") as p:
        yield f"http://127.0.0.1:{port}", p


def require_binary(name: str):
    """A binary the tests need: CI installs it (.ci/run); elsewhere the test is skipped with the reason."""
    import pytest

    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed, but CI must install it (.ci/apt-packages)")
        pytest.skip(f"{name} is not installed here (CI installs it from .ci/apt-packages)")
    return path


def virtuoso_ini(root: Path, sql_port: int, http_port: int) -> Path:
    """A virtuoso.ini for a private database under `root`, from Debian's packaged one."""
    import configparser

    cfg = configparser.ConfigParser(strict=False, interpolation=None, inline_comment_prefixes=(";",))
    cfg.optionxform = str
    cfg.read("/etc/virtuoso-opensource-7/virtuoso.ini")
    db = root / "db"
    db.mkdir(parents=True, exist_ok=True)
    for key, name in (("DatabaseFile", "virtuoso.db"), ("ErrorLogFile", "virtuoso.log"), ("LockFile", "virtuoso.lck"),
                      ("TransactionFile", "virtuoso.trx"), ("xa_persistent_file", "virtuoso.pxa")):
        cfg["Database"][key] = str(db / name)
    cfg["TempDatabase"]["DatabaseFile"] = str(db / "virtuoso-temp.db")
    cfg["TempDatabase"]["TransactionFile"] = str(db / "virtuoso-temp.trx")
    cfg["Parameters"]["ServerPort"] = f"127.0.0.1:{sql_port}"
    cfg["Parameters"]["NumberOfBuffers"] = "20000"
    cfg["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    ini = root / "virtuoso.ini"
    with open(ini, "w") as fh:
        cfg.write(fh)
    return ini


class Canary:
    """A listening socket on 127.0.0.1 that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self.stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
                self.hits += 1
                conn.close()
            except OSError:
                continue

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()
