"""Coding articles on every core: worker processes code, the caller stores in order.

DuckDB has one writer, so only the coding (the CPU-heavy part) is spread over
processes: :func:`code_stream` sends chunks of articles to a
:class:`~concurrent.futures.ProcessPoolExecutor` and yields ``(article, result)``
pairs *in input order*, where ``result`` is the list of events or the
:class:`~warta.types.InputError` the coder raised. At most ``window`` chunks are in
flight, so memory stays flat however long the input is. Each worker loads the
language tables once (in its initializer) and ignores Ctrl-C, which only the
parent handles: an interrupted ingest stops between two articles.

With ``workers=1`` everything runs in the calling process, exactly as before.

``code`` may be any picklable module-level function of an article: ``warta ingest`` uses
:func:`code_prepared`, which also computes what the store needs from the text alone
(MinHash signature, provenance), so that work is spread over the cores too.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar, Union

from warta.types import Article, Event, InputError

if TYPE_CHECKING:
    from warta.store import Prepared

T = TypeVar("T")
R = TypeVar("R")
Result = Union[list[Event], InputError]  # noqa: UP007 - a runtime alias, Python 3.10 compatible
CHUNK = 16
"""Articles per task: big enough to amortise pickling, small enough to keep every core busy."""
AUTO_THRESHOLD = 64
"""With ``workers=None`` (all cores), inputs shorter than this are coded in-process: starting
the workers (a fraction of a second each) would cost more than it saves."""


def cpu_count() -> int:
    """Cores this process may use (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def code_one(article: Article) -> Result:
    """Code one article; a failure is returned as an InputError, never raised (see ``cli.common.code``)."""
    from warta.cli.common import code

    try:
        return code(article)
    except InputError as e:
        return e


def code_prepared(article: Article) -> tuple[Result, Prepared | None]:
    """``code_one`` plus the article's signature and provenance for the store (None on failure)."""
    from warta.store import prepare

    result = code_one(article)
    return result, None if isinstance(result, InputError) else prepare(article)


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    from warta.lang import get_language

    get_language("id")  # load the tables once per process, not per chunk


class _Failed:
    """An InputError on its way back from a worker (exceptions with their own ``__init__`` do not unpickle)."""

    def __init__(self, source: str, problem: str) -> None:
        self.source, self.problem = source, problem


def _portable(x: Any) -> Any:
    if isinstance(x, InputError):
        return _Failed(x.source, x.problem)
    if isinstance(x, tuple):
        return tuple(_portable(v) for v in x)
    return x


def _restored(x: Any) -> Any:
    if isinstance(x, _Failed):
        return InputError(x.source, x.problem)
    if isinstance(x, tuple):
        return tuple(_restored(v) for v in x)
    return x


def _code_chunk(articles: list[Article | None], code: Callable[[Article], R] = code_one) -> list[Any]:
    return [None if a is None else _portable(code(a)) for a in articles]


def code_stream(items: Iterable[T], workers: int | None = 1, *, chunk: int = CHUNK,
                window: int | None = None, code: Callable[[Article], Any] | None = None,
                needs: Callable[[T], bool] | None = None) -> Iterator[tuple[T, Any]]:
    """``(item, events or InputError)`` for each item, in input order.

    Items are articles to code; those for which ``needs`` (checked when the item is
    reached, by default "is an Article") is false pass through with ``None``, still
    in order. ``workers`` is the number of processes (``None``: every core; 1: no
    processes at all, ``code`` runs here). ``code`` (default :func:`code_one`; in
    worker processes it must be a module-level function) gives each result.
    ``window`` bounds the chunks in flight (default: two per worker).
    """
    wanted = needs or (lambda item: isinstance(item, Article))
    if workers is None:
        workers = cpu_count()
    if workers < 1:
        raise ValueError("workers must be 1 or more")
    one = code or code_one
    if workers == 1:
        for item in items:
            yield item, one(item) if wanted(item) else None  # type: ignore[arg-type]
        return
    window = window or 2 * workers
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                      else "spawn")
    if hasattr(ctx, "set_forkserver_preload"):
        ctx.set_forkserver_preload(["warta.pipeline"])
    pending: deque[tuple[list[T], Future[list[Any]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker)
    try:
        batch: list[T] = []
        jobs: list[Article | None] = []

        def submit() -> None:
            pending.append((batch, pool.submit(_code_chunk, jobs, one)))

        def drain(limit: int) -> Iterator[tuple[T, Any]]:
            while len(pending) > limit:
                held, fut = pending.popleft()
                yield from zip(held, map(_restored, fut.result()), strict=True)

        for item in items:
            batch.append(item)
            jobs.append(item if wanted(item) else None)  # type: ignore[arg-type]
            # a long run of already-stored articles is not held back either
            if len(batch) >= 8 * chunk or sum(j is not None for j in jobs) >= chunk:
                submit()
                batch, jobs = [], []
                yield from drain(window - 1)
        if batch:
            submit()
        yield from drain(0)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def peek(items: Iterable, n: int) -> tuple[list, Iterator, bool]:
    """The first ``n`` items, the whole stream again, and whether it holds more than ``n``."""
    it = iter(items)
    head = []
    for item in it:
        head.append(item)
        if len(head) > n:
            break

    def again() -> Iterator:
        yield from head
        yield from it

    return head, again(), len(head) > n
