"""The benchmark corpus: many distinct news articles made from a few real ones (see ``throughput.py``)."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

STEP_DAYS = 5
"""Days between the publication dates of two variants of an article: more than an undated event's
window, so that aggregates join only the reports of one day, not a chain of them."""
_SENTENCE_RE = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])")
_DATE_RE = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)")


def _shift_dates(text: str, published: date, days: int) -> str:
    """Explicit ``(7/6)`` and ``(7/6/2025)`` dates moved by ``days``, as the publication date is."""
    def move(m: re.Match) -> str:
        try:
            d = date(int(m.group(3) or published.year), int(m.group(2)), int(m.group(1))) + timedelta(days=days)
        except ValueError:
            return m.group(0)
        return f"({d.day}/{d.month}/{d.year})" if m.group(3) else f"({d.day}/{d.month})"

    return _DATE_RE.sub(move, text)


def build_corpus(src: Path, n: int, out: Path, *, copies: bool = False, syndicated: float = 0.1,
                 seed: int = 8) -> int:
    """Write ``n`` articles made from those in ``src`` to ``out`` (see the module notes); returns the word count."""
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    leads, pool = [], []
    for d in rows:
        paras = [p for p in d["text"].split("\n") if p.strip()]
        leads.append(paras[0])
        for p in paras[1:]:
            pool += [s for s in _SENTENCE_RE.split(p) if len(s.split()) >= 4]
    words = 0
    recent: list[dict] = []
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            d = rows[i % len(rows)]
            r = i // len(rows)
            base = date.fromisoformat(d["published"])
            if copies:
                text = f"{d['text']}\nRed. {r}."
                published = base + timedelta(days=r)
                row = {"id": f"{d['id']}-{r}", "text": text, "published": published.isoformat(),
                       "outlet": d.get("outlet"), "url": d.get("url")}
            elif recent and rng.random() < syndicated:
                orig = rng.choice(recent)
                text = f"{orig['text']}\nBaca juga: {rng.choice(pool)}\nPewarta: Tim {i}"
                row = {**orig, "id": f"syn-{i}", "text": text, "outlet": f"Portal {i % 17}", "url": None}
            else:
                shift = STEP_DAYS * (r % 2000)
                published = base + timedelta(days=shift)
                target = rng.randint(260, 440)
                parts = [leads[i % len(rows)]]
                count = len(parts[0].split())
                body: list[str] = []
                while count < target:
                    s = rng.choice(pool)
                    body.append(s)
                    count += len(s.split())
                # paragraphs of two or three sentences, like the sources
                while body:
                    k = rng.randint(2, 3)
                    parts.append(" ".join(body[:k]))
                    body = body[k:]
                text = _shift_dates("\n".join(parts), base, shift) + f"\nRed. {i}."
                row = {"id": f"{d['id']}-{r}", "text": text, "published": published.isoformat(),
                       "outlet": d.get("outlet"), "url": d.get("url")}
                recent = (recent + [row])[-50:]
            words += len(row["text"].split())
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return words
