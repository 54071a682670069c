"""Where to highlight an article: actors, triggers, places and dates of its events, as text segments.

The page and the server-rendered article view both draw from :func:`segments`, so
text is only ever inserted as text (``textContent`` in the page, ``html.escape`` here).
"""

from __future__ import annotations

import html
import re
from typing import Any

_DATE_RE = re.compile(
    r"\b(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
    r"|\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
    r"(?:\s+\d{4})?"
    r"|(?:kemarin|hari ini|besok|lusa|sehari sebelumnya|pada hari yang sama|pekan lalu|minggu lalu|bulan lalu"
    r"|tahun lalu|pekan depan|bulan depan|tahun depan))(?!\w)",
    re.IGNORECASE,
)


def _find(text: str, needle: str, lo: int, hi: int) -> tuple[int, int] | None:
    if not needle:
        return None
    i = text.lower().find(needle.lower(), lo, hi)
    return (i, i + len(needle)) if i >= 0 else None


def spans(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Highlight spans: ``{start, end, kind, events}``; kind is actor, trigger, place, date or evidence."""
    out: list[dict[str, Any]] = []
    for ev in events:
        for e in ev.get("evidence") or []:
            lo, hi = int(e.get("start", 0)), int(e.get("end", 0))
            if not 0 <= lo < hi <= len(text):
                continue
            out.append({"start": lo, "end": hi, "kind": "evidence", "event": ev["id"]})
            found = [("trigger", _find(text, ev.get("trigger") or "", lo, hi))]
            for a in (ev.get("actor") or []) + (ev.get("recipient") or []):
                found.append(("actor", _find(text, a.get("text") or "", lo, hi)))
            loc = ev.get("location") or {}
            found.append(("place", _find(text, loc.get("text") or "", lo, hi)))
            for m in _DATE_RE.finditer(text, lo, hi):
                found.append(("date", (m.start(), m.end())))
            for kind, span in found:
                if span:
                    out.append({"start": span[0], "end": span[1], "kind": kind, "event": ev["id"]})
    return out


def segments(text: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at every span boundary: ``{text, kinds, events}`` pieces that cover it exactly."""
    sp = spans(text, events)
    cuts = sorted({0, len(text), *(s["start"] for s in sp), *(s["end"] for s in sp)})
    out: list[dict[str, Any]] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        inside = [s for s in sp if s["start"] <= lo and hi <= s["end"]]
        kinds = sorted({s["kind"] for s in inside} - {"evidence"})
        evs = sorted({s["event"] for s in inside if s["kind"] == "evidence"})
        out.append({"text": text[lo:hi], "kinds": kinds, "events": evs})
    return out


def render_html(text: str, events: list[dict[str, Any]]) -> str:
    """The article body as escaped HTML with ``<mark>`` around highlighted pieces."""
    parts = []
    for seg in segments(text, events):
        body = html.escape(seg["text"])
        if seg["kinds"] or seg["events"]:
            cls = " ".join(["hl"] + [f"hl-{k}" for k in seg["kinds"]] + (["ev"] if seg["events"] else []))
            data = html.escape(" ".join(seg["events"]), quote=True)
            body = f'<mark class="{cls}" data-events="{data}">{body}</mark>'
        parts.append(body)
    return "".join(parts)
