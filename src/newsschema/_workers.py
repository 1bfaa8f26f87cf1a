"""Worker processes that are watched: a batch never hangs and never loses an input.

A worker that dies (``kill -9``, the OOM killer) or overruns an input's time
budget is replaced. The input it had in hand is retried once after a death and
reported by name if its worker dies again; an input over its budget is reported
at once. Inputs handed to that worker but not started go to another.

The standard pools cannot do this: ``multiprocessing.Pool`` loses the task of a
worker killed with SIGKILL and waits for its result for ever, and
``concurrent.futures`` marks the whole pool broken and cannot stop one task that
overruns. Here every worker has its own pipe, so the parent always knows which
input each worker holds, and since when.

Library code: no printing.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from typing import Any, Generic, TypeVar

import attrs

from newsschema.errors import NewsschemaError

__all__ = ["Watch", "run_watched"]

T = TypeVar("T")
R = TypeVar("R")

_RETRIES = 1
"""A second try after a worker died: a kill from outside is not the input's fault."""
_POLL = 0.25
"""The longest wait without news (deaths are noticed at once): how soon a stop request
(Ctrl-C) is seen while every worker is busy with a slow input."""


@attrs.frozen
class Watch(Generic[T, R]):
    """What the pool calls on the parent's side, for inputs of type ``T`` and results ``R``.

    ``budget(item)``: seconds the item may take, or ``None``; ``lost(item, reason)``: the
    result for an item that could not be converted (its worker died twice, or it
    overran its budget); ``retried(result, reason)``: the result of an item that needed
    a second worker; ``cleanup(items)``: remove what the items' interrupted work left;
    ``stopping()``: whether to stop early (a Ctrl-C), asked while waiting.
    """

    budget: Callable[[T], float | None]
    lost: Callable[[T, str], R]
    retried: Callable[[R, str], R]
    cleanup: Callable[[list[T]], None]
    stopping: Callable[[], bool] = lambda: False


@attrs.define
class _Job(Generic[T]):
    seq: int
    item: T
    budget: float | None
    deaths: int = 0
    death: str = ""


def _serve(conn: Connection, func: Callable[[Any], Any]) -> None:
    """A worker's loop: chunks of (seq, item) in, one (seq, result) out per item."""
    # Ctrl-C is the parent's to handle: it stops the workers and cleans up after them
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for seq, item in chunk:
            conn.send((seq, func(item)))


class _Worker(Generic[T]):
    def __init__(self, context: BaseContext, func: Callable[[T], Any]) -> None:
        parent, child = context.Pipe(duplex=True)
        self.process = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, func), daemon=True
        )
        try:
            self.process.start()
        except OSError as exc:
            raise NewsschemaError(f"cannot start a worker process: {exc.strerror}") from exc
        finally:
            child.close()  # the worker's end: only the worker holds it, so its death is EOF
        self.conn: Connection = parent
        self.jobs: deque[_Job[T]] = deque()
        self.started = 0.0
        self.unsent = False
        """The last chunk never reached the worker (it had died): no input is to blame."""

    def hand(self, jobs: list[_Job[T]]) -> None:
        self.jobs.extend(jobs)
        self.started = time.monotonic()
        try:
            self.conn.send([(job.seq, job.item) for job in jobs])
        except OSError:  # it died meanwhile: noticed by the next watch, its jobs go elsewhere
            self.unsent = True

    def deadline(self) -> float | None:
        if not self.jobs or self.jobs[0].budget is None:
            return None
        return self.started + self.jobs[0].budget

    def stop(self, *, kill: bool) -> None:
        if kill:
            with contextlib.suppress(OSError, ValueError):
                self.process.kill()
        else:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
        # bounded: a process stuck in the kernel (a hung network file system) cannot be
        # waited for; it is left to exit on its own
        self.process.join(timeout=5)
        if self.process.is_alive() and not kill:
            with contextlib.suppress(OSError, ValueError):
                self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()

    def death(self) -> str:
        self.process.join(timeout=1)
        code = self.process.exitcode
        if code is not None and code < 0:
            with contextlib.suppress(ValueError):
                return f"was killed by {signal.Signals(-code).name}"
            return f"was killed by signal {-code}"
        return f"exited (status {code})"


def _context() -> BaseContext:
    # fork on Linux: workers start at once with the parent's modules loaded (the parent
    # runs no threads); elsewhere the platform's safe default
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)


class _Pool(Generic[T, R]):
    def __init__(
        self, func: Callable[[T], R], watch: Watch[T, R], *, jobs: int, chunk: int, window: int
    ) -> None:
        self.func = func
        self.watch = watch
        self.chunk = chunk
        self.window = window
        self.context = _context()
        self.jobs = jobs
        self.workers: list[_Worker[T]] = []
        self.pending: deque[_Job[T]] = deque()
        self.done: dict[int, R] = {}
        self.taken = 0
        self.given = 0
        self.idle_deaths = 0
        self.stopped = False

    def run(self, items: Iterator[T]) -> Generator[R, None, None]:
        exhausted = False
        while True:
            exhausted = exhausted or self._take(items)
            self._hand_out()
            while self.given in self.done:
                result = self.done.pop(self.given)
                self.given += 1
                yield result
            if exhausted and self.given == self.taken:
                return
            self._watch()
            if self.watch.stopping():
                self.stopped = True
                return

    def _take(self, items: Iterator[T]) -> bool:
        """Take inputs while workers need them and the window allows; True at the end."""
        want = self.jobs * self.chunk
        while len(self.pending) < want and self.taken - self.given < self.window:
            try:
                item = next(items)
            except StopIteration:
                return True
            self.pending.append(_Job(self.taken, item, self.watch.budget(item)))
            self.taken += 1
        return False

    def _hand_out(self) -> None:
        for worker in self.workers:
            if self.pending and not worker.jobs:
                worker.hand(self._chunk())
        # workers start when there is work for them: one input needs one worker
        while self.pending and len(self.workers) < self.jobs:
            worker = _Worker(self.context, self.func)
            self.workers.append(worker)
            worker.hand(self._chunk())

    def _chunk(self) -> list[_Job[T]]:
        return [self.pending.popleft() for _ in range(min(self.chunk, len(self.pending)))]

    def _watch(self) -> None:
        """Wait for results, deaths or a deadline, and deal with what happened."""
        deadlines = [d for d in (w.deadline() for w in self.workers) if d is not None]
        timeout = min([_POLL, *(d - time.monotonic() for d in deadlines)])
        waitables: list[Any] = [w.conn for w in self.workers]
        waitables += [w.process.sentinel for w in self.workers]
        wait(waitables, timeout=max(0.0, timeout))
        for worker in list(self.workers):
            alive = self._receive(worker)
            if not alive or not worker.process.is_alive():
                self._replace(worker, worker.death(), timed_out=False)
        now = time.monotonic()
        for worker in list(self.workers):
            deadline = worker.deadline()
            if deadline is not None and now > deadline:
                worker.stop(kill=True)
                self._replace(worker, "", timed_out=True)

    def _receive(self, worker: _Worker[T]) -> bool:
        """Take every result the worker has sent; False when its pipe is closed (it died)."""
        try:
            while worker.conn.poll():
                seq, result = worker.conn.recv()
                job = worker.jobs.popleft()
                if job.seq != seq:  # pragma: no cover - a worker answers in order
                    raise NewsschemaError("a worker process answered out of order")
                if job.deaths:
                    result = self.watch.retried(result, job.death)
                self.done[seq] = result
                worker.started = time.monotonic()
                self.idle_deaths = 0
        except (EOFError, OSError):
            return False
        return True

    def _replace(self, worker: _Worker[T], death: str, *, timed_out: bool) -> None:
        """Put a new worker in the place of one that died or was stopped, and give the
        inputs it held to others: the one in hand retried or reported, the rest as new."""
        if not timed_out:
            worker.stop(kill=True)
        jobs = list(worker.jobs)
        self.workers[self.workers.index(worker)] = _Worker(self.context, self.func)
        if not jobs or worker.unsent:  # it died holding no input: none is to blame
            self.idle_deaths += 1
            if self.idle_deaths > 3 * self.jobs:
                raise NewsschemaError(f"worker processes keep dying (the last one {death})")
            self.pending.extendleft(reversed(jobs))
            return
        first, rest = jobs[0], jobs[1:]
        self.watch.cleanup([first.item])
        self.pending.extendleft(reversed(rest))
        if timed_out:
            self.done[first.seq] = self.watch.lost(
                first.item,
                f"took longer than its time budget of {first.budget:.3g} s (--timeout); "
                "not converted",
            )
            return
        first.deaths += 1
        first.death = f"the worker process converting it {death}"
        if first.deaths > _RETRIES:
            self.done[first.seq] = self.watch.lost(
                first.item, f"{first.death}, {first.deaths} times (out of memory?)"
            )
        else:
            self.pending.appendleft(first)

    def close(self, *, finished: bool) -> None:
        """Stop every worker; when stopped early, clean up after the inputs in flight."""
        in_flight = [job.item for w in self.workers for job in w.jobs]
        for worker in self.workers:
            worker.stop(kill=not finished)
        if in_flight:
            self.watch.cleanup(in_flight)


def run_watched(
    func: Callable[[T], R],
    items: Iterable[T],
    watch: Watch[T, R],
    *,
    jobs: int,
    chunk: int = 16,
    window: int | None = None,
) -> Generator[R, None, None]:
    """``func`` of every item in ``jobs`` worker processes; the results in input order,
    streaming. ``chunk`` items go to a worker at a time; at most ``window`` items are taken
    ahead of the oldest result not yet given (1: one item at a time, nothing ahead).
    ``func`` must not raise: a result stands for every outcome.
    """
    pool = _Pool(func, watch, jobs=jobs, chunk=chunk, window=window or 4 * jobs * chunk)
    finished = False
    try:
        yield from pool.run(iter(items))
        finished = not pool.stopped
    finally:
        pool.close(finished=finished)
