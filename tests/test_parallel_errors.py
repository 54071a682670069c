"""Errors found in a worker process come back as InputErrors, in order."""

from __future__ import annotations

from datetime import date

from warta.parallel import code_stream
from warta.types import Article, InputError


def refuse_odd(article: Article):
    n = int(article.id)
    return InputError(article.id, "odd") if n % 2 else ([], n)


def test_input_errors_from_workers_come_back() -> None:
    arts = [Article(str(i), f"Teks nomor {i}.", date(2024, 8, 21)) for i in range(10)]
    got = list(code_stream(arts, 2, chunk=2, window=2, code=refuse_odd))
    assert [a.id for a, _ in got] == [a.id for a in arts]
    for a, r in got:
        if int(a.id) % 2:
            assert isinstance(r, InputError) and str(r) == f"{a.id}: odd"
        else:
            assert r == ([], int(a.id))
