"""Worker processes that answer the server's reads, each over a socket of its own.

A call goes to the idle worker that answered last (the idle workers are a stack: calls one
at a time keep one worker's memory and caches warm, the others asleep) and its answer comes
back on that worker's socket: the event loop waits on the socket itself (no thread hands
work over, no queue is shared by the workers). A call over its time limit, or cancelled (its client has gone), ends its worker
with SIGKILL (a query computing in Rust cannot be interrupted otherwise) and a fresh worker
takes its place. Calls and answers are pickled, as a process pool's are: the function is
named by reference (it must be a module's), an exception raised in the worker is raised
again in the caller.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import socket
import struct
from collections.abc import Callable

__all__ = ["WorkerPool", "WorkerDied"]

_SIZE = struct.Struct("!Q")


class WorkerDied(RuntimeError):
    """The worker ended before it answered (it crashed, or was ended from outside)."""


def _recv(sock: socket.socket) -> bytes | None:
    """One framed message, or None at the end of the stream."""
    head = _recv_exactly(sock, _SIZE.size)
    return None if head is None else _recv_exactly(sock, _SIZE.unpack(head)[0])


def _recv_exactly(sock: socket.socket, n: int) -> bytes | None:
    parts, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _answer(ok: bool, value) -> bytes:
    try:
        return pickle.dumps((ok, value), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 — a value that does not pickle is the call's error, not the worker's end
        return pickle.dumps((False, RuntimeError(f"the worker's answer could not be sent: {exc!r}")))


def _serve(sock: socket.socket, initializer: Callable | None, initargs: tuple,
           server_end: socket.socket | None = None) -> None:
    """A worker's life: set up, then answer one call at a time until the server closes the socket (or ends: a
    worker keeps no copy of the server's end, `server_end`, so that the server's death closes the socket too)."""
    if server_end is not None:
        server_end.close()
    if initializer is not None:
        initializer(*initargs)
    while True:
        message = _recv(sock)
        if message is None:
            return
        try:
            fn, args = pickle.loads(message)
            data = _answer(True, fn(*args))
        except Exception as exc:  # noqa: BLE001 — raised again in the caller
            data = _answer(False, exc)
        sock.sendall(_SIZE.pack(len(data)) + data)


class _Worker:
    def __init__(self, process, sock: socket.socket, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.process, self.sock, self.reader, self.writer = process, sock, reader, writer

    def end(self) -> None:
        try:
            self.writer.close()
        except RuntimeError:  # its event loop is closed already: the socket is closed without it
            self.sock.close()
        if self.process.is_alive():
            self.process.kill()


class WorkerPool:
    """`size` worker processes, each set up by `initializer(*initargs)`, started when first needed."""

    def __init__(self, size: int, initializer: Callable | None = None, initargs: tuple = ()):
        self.size, self.initializer, self.initargs = size, initializer, initargs
        self._idle: asyncio.LifoQueue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._starting: set[asyncio.Task] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    async def _spawn(self) -> _Worker:
        ours, theirs = socket.socketpair()
        process = multiprocessing.Process(target=_serve, args=(theirs, self.initializer, self.initargs, ours),
                                          daemon=True)
        process.start()
        theirs.close()
        reader, writer = await asyncio.open_connection(sock=ours, limit=1 << 20)
        worker = _Worker(process, ours, reader, writer)
        self._all.add(worker)
        return worker

    def _start(self) -> None:
        self._idle = asyncio.LifoQueue()
        for _ in range(self.size):
            self._later(self._spawn())

    def _later(self, starting) -> None:
        """A worker starting in the background, idle once it is up."""
        async def up() -> None:
            self._idle.put_nowait(await starting)

        task = asyncio.ensure_future(up())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    def _replace(self, worker: _Worker) -> None:
        """End a worker (over its time, cancelled, or dead) and start another in its place."""
        self._all.discard(worker)
        worker.end()
        if self._closed:
            return

        async def fresh() -> _Worker:
            await asyncio.get_running_loop().run_in_executor(None, worker.process.join)
            return await self._spawn()

        self._later(fresh())

    async def call(self, fn: Callable, args: tuple = (), timeout: float | None = None):
        """fn(*args) in a worker; TimeoutError after `timeout` seconds (the worker is ended)."""
        if self._closed:
            raise RuntimeError("the worker pool is closed")
        loop = asyncio.get_running_loop()
        if self._idle is not None and self._loop is not loop:  # workers talk to one event loop: a new one, new workers
            self._end_all()
        if self._idle is None:
            self._loop = loop
            self._start()
        worker = await self._idle.get()
        done = False
        try:
            data = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
            worker.writer.write(_SIZE.pack(len(data)) + data)
            answer = await asyncio.wait_for(self._read(worker), timeout)
            done = True
        finally:
            if done:
                self._idle.put_nowait(worker)
            else:
                self._replace(worker)
        ok, value = pickle.loads(answer)
        if ok:
            return value
        raise value

    @staticmethod
    async def _read(worker: _Worker) -> bytes:
        try:
            await worker.writer.drain()
            head = await worker.reader.readexactly(_SIZE.size)
            return await worker.reader.readexactly(_SIZE.unpack(head)[0])
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            raise WorkerDied(f"the worker ended before it answered (exit code {worker.process.exitcode})") from exc

    def close(self) -> None:
        """End every worker (their sockets close; any still running is killed)."""
        self._closed = True
        self._end_all()

    def _end_all(self) -> None:
        for task in list(self._starting):
            task.cancel()
        for worker in list(self._all):
            worker.end()
        for worker in list(self._all):
            worker.process.join(timeout=5)
        self._all.clear()
        self._idle = None
