"""Reading raw files in a child process with a memory and a time limit, so that no file can abort, exhaust or hang the run.

A spreadsheet reader may allocate a sheet's whole grid before anyone can look at its size (a 1 KB
.xlsx with cells at A1 and XFD1048576 asks for 512 GiB and aborts the process), a zip may unpack
to gigabytes, a parser may loop. A `Worker` is one forked child that runs such calls one after the
other, its address space capped; each call comes back as an `Outcome`: its (pickled) result, or
what stopped it (`memory`, `timeout`, `crash`), after which the next calls go to a fresh child.
A fork serves many calls (a fork and a child's exit cost tens of ms here, about a tenth of cleaning
a small folder): `workers` lends the same children to every run of this process in turn. Calls can be
submitted ahead, so that the child reads the next file while this process works on the last. Where
there is no fork (Windows), calls run in this process when collected.
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import os
import pickle
import select
import signal
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

# Above what this process already maps: far more than any real ledger needs to be read.
MEMORY_BYTES = 2 * 1024**3
SECONDS = 90.0
_LENGTH = struct.Struct("<Q")
# This process's ends of the pipes to its live children. A child forked later inherits them and
# must close them: a write end it kept open would hide from another child that its requests have
# ended, and closing that child would wait for it forever.
_PARENT_ENDS: set[int] = set()


@dataclass
class Outcome:
    status: str  # ok, memory, timeout, crash, error
    value: Any = None  # the function's result when ok; the exception's type name when error


class Worker:
    """A child process running calls in turn, within `memory` bytes more than this process maps
    and `seconds` per call. Use it as a context manager; leaving stops the child."""

    def __init__(self, memory: int | None = None, seconds: float | None = None):
        self.memory = MEMORY_BYTES if memory is None else memory
        self.seconds = SECONDS if seconds is None else seconds
        self.pid: int | None = None
        self._to_child = self._from_child = -1
        self._pending: list[tuple[Callable[..., Any], tuple]] = []

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, kind, *exc) -> None:
        self.close(kill=kind is not None)  # interrupted: the child may be in the middle of a file

    def run(self, fn: Callable[..., Any], *args) -> Outcome:
        """`fn(*args)` in the child (`fn` must be importable by name: it is pickled by reference)."""
        self.submit(fn, *args)
        return self.collect()

    def submit(self, fn: Callable[..., Any], *args) -> None:
        """Ask for `fn(*args)` now, its outcome to be collected later: the child works on it while
        this process does something else. Outcomes are collected in the order of submitting."""
        self._pending.append((fn, args))
        if hasattr(os, "fork"):
            self._send(fn, args)

    def collect(self) -> Outcome:
        """The outcome of the oldest call submitted and not yet collected."""
        fn, args = self._pending.pop(0)
        if not hasattr(os, "fork"):
            return _call(fn, args)
        try:
            data, finished = _receive(self._from_child, time.monotonic() + self.seconds)
        except OSError:  # the child is gone (a broken pipe)
            data, finished = None, True
        if data is not None:
            try:
                kind, value = pickle.loads(data)
                return Outcome(kind, value)
            except Exception:  # noqa: S110 (a truncated message: the child died while writing)
                pass
        status = self._stop(kill=True)
        for waiting in self._pending:  # what the lost child had been asked besides: to a new one
            self._send(*waiting)
        if not finished:
            return Outcome("timeout")
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGABRT, signal.SIGKILL, signal.SIGSEGV):
            # An allocation the limit refused aborts a Rust library; the kernel's OOM killer sends SIGKILL.
            return Outcome("memory")
        return Outcome("crash")

    def _send(self, fn, args) -> None:
        if self.pid is None:
            self._start()
        try:
            _send(self._to_child, pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:  # the child died: collect() will say so and start another
            pass

    def close(self, kill: bool = False) -> None:
        if self.pid is not None:
            self._stop(kill=kill)

    def settle(self) -> None:
        """Collect, and drop, every outcome not yet collected: the worker is idle again."""
        while self._pending:
            self.collect()

    def reset(self) -> None:
        """Stop the child at once, whatever it is doing, and forget what it was asked."""
        self._pending.clear()
        self.close(kill=True)

    def _start(self) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            for fd in (to_child_w, from_child_r, *_PARENT_ENDS):
                try:
                    os.close(fd)
                except OSError:
                    pass
            _serve(to_child_r, from_child_w, self.memory)
        os.close(to_child_r)
        os.close(from_child_w)
        self.pid, self._to_child, self._from_child = pid, to_child_w, from_child_r
        _PARENT_ENDS.update((to_child_w, from_child_r))

    def _stop(self, kill: bool) -> int:
        pid, self.pid = self.pid, None
        for fd in (self._to_child, self._from_child):
            _PARENT_ENDS.discard(fd)
            try:
                os.close(fd)
            except OSError:
                pass
        if kill:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._to_child = self._from_child = -1  # closed: the numbers may be reused by new pipes
        _, status = os.waitpid(pid, 0)  # without kill: the child exits when its pipe closes
        return status


# Workers lent to one run after another in this process (see `workers`), and who holds them.
_STANDING: list[Worker] = []
_LENT = threading.Lock()


@contextlib.contextmanager
def workers(n: int) -> Iterator[list[Worker]]:
    """`n` workers for one run, idle again when it ends. They are this process's standing workers,
    forked on first use and kept for the next run, unless another thread holds them (then workers
    of this run alone). A run interrupted stops their children; later runs fork new ones. Standing
    workers made under limits since changed (MEMORY_BYTES, SECONDS) are replaced."""
    if not _LENT.acquire(blocking=False):
        with contextlib.ExitStack() as stack:
            yield [stack.enter_context(Worker()) for _ in range(n)]
        return
    try:
        for old in [w for w in _STANDING if (w.memory, w.seconds) != (MEMORY_BYTES, SECONDS)]:
            old.reset()
            _STANDING.remove(old)
        _STANDING.extend(Worker() for _ in range(n - len(_STANDING)))
        lent = _STANDING[:n]
        try:
            yield lent
        except BaseException:
            for w in lent:
                w.reset()
            raise
        for w in lent:
            w.settle()
    finally:
        _LENT.release()


def _forget_standing() -> None:
    """In a child just forked: the standing workers' children are the parent's. Their pipe ends are
    closed here (the parent's children must still see their requests end) and the pool starts empty."""
    global _LENT
    for w in _STANDING:
        if w.pid is not None:
            for fd in (w._to_child, w._from_child):
                _PARENT_ENDS.discard(fd)
                with contextlib.suppress(OSError):
                    os.close(fd)
        w.pid, w._to_child, w._from_child = None, -1, -1
        w._pending.clear()
    _STANDING.clear()
    _LENT = threading.Lock()  # another thread may have held it at the fork


def _end_standing() -> None:
    for w in _STANDING:
        w.reset()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_standing)
atexit.register(_end_standing)


def run_limited(fn: Callable[..., Any], *args, memory: int | None = None, seconds: float | None = None) -> Outcome:
    """One call in a child of its own (see Worker)."""
    with Worker(memory, seconds) as worker:
        return worker.run(fn, *args)


class OverTime(BaseException):
    """Work in this process that ran past its `time_limit`. Not an Exception: no `except Exception` of the
    work it stops may take it for the work's own failure and carry on."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Work in this process (cleaning what a child read, which no child bounds) stopped with OverTime after
    `seconds` of this process's CPU time: a machine busy with other work never stops a file that would finish. A
    timer already set (a profiler's) is set again, less the time spent, when the work ends. Where there is no
    interval timer (Windows) or this is not the main thread, the work is not bounded."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise OverTime

    outer, _ = signal.getitimer(signal.ITIMER_PROF)
    started = time.process_time()
    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if outer:
            signal.setitimer(signal.ITIMER_PROF, max(outer - (time.process_time() - started), 0.001))


def _call(fn, args) -> Outcome:
    try:
        return Outcome("ok", fn(*args))
    except MemoryError:
        return Outcome("memory")
    except RecursionError:
        return Outcome("error", "RecursionError")
    except Exception as exc:  # reported to the caller by type, which names the file an error
        return Outcome("error", type(exc).__name__)


def _serve(requests: int, replies: int, memory: int) -> None:
    """The child's loop: one call per request until the request pipe closes."""
    code = 0
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)  # a Rust abort prints a backtrace there
        faulthandler.disable()  # an abort here is expected, not worth a Python traceback on screen
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        _limit_memory(memory)
        while True:
            data, finished = _receive(requests, None)
            if data is None:
                break
            fn, args = pickle.loads(data)
            outcome = _call(fn, args)
            _send(replies, pickle.dumps((outcome.status, outcome.value), protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _limit_memory(extra: int) -> None:
    """Cap the address space at what the process maps now plus `extra` (Linux; elsewhere no cap)."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as fh:
            mapped = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = mapped + extra
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError, ImportError):
        pass


def _send(fd: int, data: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _receive(fd: int, deadline: float | None) -> tuple[bytearray | None, bool]:
    """One length-prefixed message: (data, True); (None, True) when the pipe closed first;
    (None, False) when the deadline passed. Read straight into a buffer of the message's length (a
    file's result is megabytes: no chunk joined to another, no copy of the whole)."""
    head = bytearray(_LENGTH.size)
    got = _fill(fd, head, deadline)
    if got is not True:
        return None, got is False
    (length,) = _LENGTH.unpack(head)
    data = bytearray(length)
    got = _fill(fd, data, deadline)
    return (data, True) if got is True else (None, got is False)


def _fill(fd: int, buffer: bytearray, deadline: float | None) -> bool | None:
    """`buffer` filled from the pipe: True; False when the pipe closed first; None when the deadline passed."""
    view, filled = memoryview(buffer), 0
    while filled < len(buffer):
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
        n = os.readv(fd, [view[filled : filled + (1 << 20)]])
        if not n:
            return False
        filled += n
    return True
