"""The server's worker processes (kg/workers.py): answers, errors, time limits, cancelled calls, crashes."""
from __future__ import annotations

import asyncio
import os
import time

import pytest

from kg.workers import WorkerDied, WorkerPool


def _double(x):
    return 2 * x


def _pid(_=None):
    return os.getpid()


def _sleep(seconds):
    time.sleep(seconds)
    return seconds


def _fail(message):
    raise ValueError(message)


def _crash():
    os._exit(3)


def _setup(path):
    global _SET
    _SET = path


def _set():
    return _SET


def _run(coro):
    return asyncio.run(coro)


def test_calls_are_answered_by_workers_set_up_once():
    async def go():
        pool = WorkerPool(2, initializer=_setup, initargs=("store-path",))
        try:
            answers = await asyncio.gather(*(pool.call(_double, (i,)) for i in range(50)))
            pids = {await pool.call(_pid) for _ in range(20)}
            return answers, pids, await pool.call(_set)
        finally:
            pool.close()

    answers, pids, setup = _run(go())
    assert answers == [2 * i for i in range(50)]
    assert 1 <= len(pids) <= 2 and os.getpid() not in pids  # work runs in the workers, not here
    assert setup == "store-path"


def test_calls_one_after_another_go_to_the_worker_used_last():
    """The idle workers are a stack: calls one at a time keep going to the worker that answered the last one (its
    memory and caches warm, the others asleep), while calls at once spread over the workers."""
    async def go():
        pool = WorkerPool(3)
        try:
            together = set(await asyncio.gather(*(pool.call(_sleep_pid, (0.3,)) for _ in range(3))))
            one_by_one = [await pool.call(_pid) for _ in range(20)]
            return together, one_by_one
        finally:
            pool.close()

    together, one_by_one = _run(go())
    assert len(together) == 3 and len(set(one_by_one)) == 1 and one_by_one[0] in together


def _sleep_pid(seconds):
    time.sleep(seconds)
    return os.getpid()


def test_an_error_in_a_call_is_raised_in_the_caller_and_the_worker_goes_on():
    async def go():
        pool = WorkerPool(1)
        try:
            before = await pool.call(_pid)
            with pytest.raises(ValueError, match="bad parameter"):
                await pool.call(_fail, ("bad parameter",))
            return before, await pool.call(_pid)
        finally:
            pool.close()

    before, after = _run(go())
    assert before == after  # an exception is an answer: the same worker answers next


def test_a_call_over_its_time_limit_ends_its_worker_and_another_takes_its_place():
    async def go():
        pool = WorkerPool(1)
        try:
            first = await pool.call(_pid)
            started = time.perf_counter()
            with pytest.raises(TimeoutError):
                await pool.call(_sleep, (30,), timeout=0.3)
            waited = time.perf_counter() - started
            return first, waited, await pool.call(_pid), await pool.call(_double, (21,))
        finally:
            pool.close()

    first, waited, second, answer = _run(go())
    assert waited < 5 and second != first and answer == 42
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)  # the worker over its time is gone, not left computing


def test_a_cancelled_call_ends_its_worker():
    async def go():
        pool = WorkerPool(1)
        try:
            pid = await pool.call(_pid)
            task = asyncio.ensure_future(pool.call(_sleep, (30,)))
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return pid, await pool.call(_pid)
        finally:
            pool.close()

    pid, after = _run(go())
    assert after != pid
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_worker_that_dies_is_replaced():
    async def go():
        pool = WorkerPool(1)
        try:
            with pytest.raises(WorkerDied, match="exit code"):
                await pool.call(_crash)
            return await pool.call(_double, (5,))
        finally:
            pool.close()

    assert _run(go()) == 10


def test_closing_ends_every_worker():
    async def go():
        pool = WorkerPool(3)
        await asyncio.gather(*(pool.call(_sleep, (0.2,)) for _ in range(3)))  # all three up and busy once
        pids = {await pool.call(_pid) for _ in range(10)}
        pool.close()
        with pytest.raises(RuntimeError, match="closed"):
            await pool.call(_pid)
        return pids

    pids = _run(go())
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_pool_used_from_another_event_loop_starts_workers_of_its_own():
    pool = WorkerPool(1)
    try:
        first = _run(pool.call(_pid))  # the loop this ran in is closed now
        second = _run(pool.call(_pid))
        assert _run(pool.call(_double, (4,))) == 8
    finally:
        pool.close()
    assert first != second
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)


_ORPHANS = """
import asyncio, os, sys, time
sys.path.insert(0, {root!r})
from kg.workers import WorkerPool

def pid():
    time.sleep(0.5)  # (three calls at once: each in a worker of its own)
    return os.getpid()

async def main():
    pool = WorkerPool(3)
    pids = set(await asyncio.gather(*(pool.call(pid) for _ in range(3))))
    print(" ".join(map(str, sorted(pids))), flush=True)
    time.sleep(60)

asyncio.run(main())
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return "\\nState:\\tZ" not in fh.read()
    except FileNotFoundError:
        return False


def test_workers_end_when_the_server_process_is_killed(tmp_path):
    # a server ended at once (SIGKILL, or a SIGTERM that reached a worker before its own handler was set) never
    # closes its pool: each worker must see its socket close and end, not wait for a call for ever
    import signal
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "orphans.py"
    script.write_text(_ORPHANS.format(root=str(Path(__file__).resolve().parents[1])))
    server = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in server.stdout.readline().split()]
        assert len(pids) == 3 and all(_alive(p) for p in pids)
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    left = [p for p in pids if _alive(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert not left, f"workers left running after their server was killed: {left}"
