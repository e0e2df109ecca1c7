"""Run a native-code step (pdfium) in a child process that is killed when it takes too long.

A thread cannot be stopped while it is inside C code, so a PDF crafted to make pdfium render or
lay out for minutes would hold a worker (and, before, pdfium's process-wide lock) for as long
as it liked. The child comes from a forkserver (forked from a clean single-threaded process,
with the PDF module already imported), so starting one costs milliseconds; a crash in native
code kills only the child.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger(__name__)

_CTX = multiprocessing.get_context("forkserver")
_PRELOAD = ["analysis.resume.extract.pdf"]
_configured: bool | None = None


def _usable() -> bool:
    """Configure the forkserver once; False when children could not start from this process.

    Each child re-imports the parent's main script unless the forkserver already did: so the
    forkserver imports it once (every entry point guards its `main()`). A main that is no file
    (code piped to `python -`) cannot be imported at all: then the step runs in process.
    """
    global _configured
    if _configured is None:
        main = sys.modules["__main__"]
        path = getattr(main, "__file__", None)
        from_file = getattr(main.__spec__, "name", None) is None and path is not None
        _configured = not from_file or os.path.exists(str(path))
        _CTX.set_forkserver_preload(["__main__", *_PRELOAD] if from_file else _PRELOAD)
        if not _configured:
            log.warning("main script %r is not a file: PDF reading runs without a time limit", path)
    return _configured


class ChildTimeoutError(Exception):
    """The child did not answer in time and was killed."""


class ChildCrashedError(Exception):
    """The child ended without answering (killed by a signal, out of memory, ...)."""


def _run(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...], cpu_s: int) -> None:
    # CPU seconds as a backstop should the parent be gone before it can kill the child.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    try:
        conn.send(fn(*args))
    finally:
        conn.close()


def call_isolated(fn: Callable[..., Any], args: tuple[Any, ...], *, timeout_s: float) -> Any:
    """`fn(*args)` in a child process; its (picklable) result, or an error when it is too slow
    or dies. `fn` must return its failures as values: exceptions do not cross the pipe."""
    if not _usable():
        return fn(*args)
    reader, writer = _CTX.Pipe(duplex=False)
    child = _CTX.Process(target=_run, args=(writer, fn, args, int(timeout_s) + 5))
    child.start()
    writer.close()
    try:
        if not reader.poll(timeout_s):
            raise ChildTimeoutError(f"no answer within {timeout_s:g} s")
        return reader.recv()
    except EOFError as exc:
        raise ChildCrashedError(f"child exited with {child.exitcode}") from exc
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        reader.close()
