"""A large .jsonl file is read line by line, with the very result of reading it whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta import sources
from warta.sources import read_articles


def both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    whole = [repr(x) for x in read_articles(str(path), lang="id")]
    monkeypatch.setattr(sources, "STREAM_BYTES", 0)
    streamed = [repr(x) for x in read_articles(str(path), lang="id")]
    monkeypatch.setattr(sources, "STREAM_BYTES", 16 << 20)
    return whole, streamed


def test_streamed_equals_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": f"Presiden Prabowo bertemu menteri ke-{i}.",
                         "published": "2025-01-02"}) for i in range(5)]
    lines[2] = "{not json"
    lines.insert(3, "")
    lines.insert(4, json.dumps({"id": "no-date", "text": "Teks tanpa tanggal."}))
    path = tmp_path / "big.jsonl"
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\n").encode("utf-8"))
    whole, streamed = both(path, monkeypatch)
    assert streamed == whole and len(whole) == 6
    assert any("big.jsonl:3" in x and "not valid JSON" in x for x in whole)


@pytest.mark.parametrize("data", [b"", b"  \n\n", b'{"id": "x", "text": "caf\xe9"}\n', b"\x00\x01binary"])
def test_streamed_refuses_files_as_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(data)
    whole, streamed = both(path, monkeypatch)
    assert streamed == whole and len(whole) == 1 and "InputError" in whole[0]
