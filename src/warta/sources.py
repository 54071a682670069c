"""Turn what a user points warta at (files, folders, URLs, feeds, stdin) into Articles.

Every input can be bad in its own way, and a batch of a thousand files must not stop
at the first broken one: ``read_articles`` therefore *yields* ``InputError`` values
alongside ``Article`` values instead of raising, and each error names the input (a
path, a URL, ``FILE:LINENO`` for a jsonl line, a feed item's link) so the CLI can
print one useful line per failure.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from html.parser import HTMLParser
from pathlib import Path

from warta.types import Article, InputError
from warta.words import find_words

USER_AGENT = "warta/0.1"
MAX_BYTES = 20 * 1024 * 1024
"""Refuse bigger downloads: no news article is 20 MB, and we must not eat a video."""

SUPPORTED_LANGS: tuple[str, ...] = ("id",)
LANG_NAMES = {"id": "Indonesian", "en": "English"}

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES

MIN_PAGE_WORDS = 15
"""Fewer words than this after extraction means we found navigation, not an article."""
MIN_SUMMARY_WORDS = 40
"""A feed item's own summary/content replaces its page only when it is this long."""

# trafilatura/htmldate log warnings for odd pages; with no logging configured Python
# would print them to stderr and break our "one line per bad input" promise.
for _name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

Warn = Callable[[str], None]

# --------------------------------------------------------------------------- language

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "id": frozenset(
        "yang dan di dari dengan untuk tidak pada ini itu dalam akan telah oleh ke juga adalah bahwa karena "
        "para sudah mereka kami atau saat setelah tersebut sebagai bagi".split()
    ),
    "en": frozenset(
        "the and of to in is that for with was on by are were from has have it as at this be which said "
        "an will not but its their".split()
    ),
}
"""Very common words of each language: cheap, and enough to tell a news body apart."""

_WORD_RE = re.compile(r"[^\W\d_]+")
_DETECT_WORDS = 3000
"""Words read to guess a language: plenty for a clear majority, and a bound on a huge text."""


def detect_language(text: str) -> str | None:
    """Guess the language of ``text`` from function words; None when it cannot tell.

    Only a clear majority counts (at least 3 hits and twice the runner-up), so a
    short text or an Indonesian article quoting an English sentence is never refused.
    """
    words = find_words(text.lower(), _WORD_RE, str.isalpha, _DETECT_WORDS)
    counts = {lang: sum(map(fws.__contains__, words)) for lang, fws in FUNCTION_WORDS.items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, hits), (_, runner_up) = ranked[0], ranked[1]
    if hits >= 3 and hits >= 2 * runner_up:
        return best
    return None


def check_language(source: str, text: str, lang: str) -> InputError | None:
    """The error for an article we cannot code in ``lang``, or None when it is fine."""
    if lang not in SUPPORTED_LANGS:
        return InputError(source, f"language {lang!r} is not supported (supported: {', '.join(SUPPORTED_LANGS)})")
    found = detect_language(text)
    if found is not None and found != lang:
        want = LANG_NAMES.get(lang, lang)
        return InputError(source, f"text is not {want} (looks like {LANG_NAMES.get(found, found)})")
    return None


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Fetched:
    """A successful HTTP response, body as bytes (encodings are the parser's job)."""

    url: str
    content_type: str
    body: bytes


def fetch(url: str, timeout: float, *, opener: urllib.request.OpenerDirector | None = None,
          max_bytes: int | None = None) -> Fetched:
    """GET ``url`` with urllib; any failure becomes an InputError naming the URL.

    We use urllib rather than trafilatura's fetcher so timeouts, the User-Agent and
    error messages are ours and the same for pages and feeds. The web server passes
    its own ``opener`` (which refuses redirects to private addresses) and a smaller
    ``max_bytes``.
    """
    limit = MAX_BYTES if max_bytes is None else max_bytes
    open_url = opener.open if opener is not None else urllib.request.urlopen
    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise InputError(url, f"unsupported URL scheme {scheme!r}; only http and https URLs can be read")
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with open_url(req, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            status = getattr(resp, "status", 200)
            if not 200 <= status < 300:
                raise InputError(url, f"HTTP {status}")
            body = resp.read(limit + 1)
            ctype = resp.headers.get("Content-Type", "") or ""
            final = resp.geturl() or url
    except InputError:
        raise
    except urllib.error.HTTPError as e:
        raise InputError(url, f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise InputError(url, f"cannot fetch: {e.reason}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g}s") from None
    except (OSError, ValueError) as e:
        raise InputError(url, f"cannot fetch: {e}") from None
    if len(body) > limit:
        raise InputError(url, f"response is larger than {limit // (1024 * 1024)} MB")
    if not body.strip():
        raise InputError(url, "empty response")
    return Fetched(final, ctype.lower(), body)


def decode_text(source: str, data: bytes) -> str:
    """Bytes -> str for text inputs, refusing binaries and non-UTF-8 with a clear reason."""
    if not data.strip():
        raise InputError(source, "file is empty")
    if b"\x00" in data[:65536]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(source, f"not valid UTF-8 (bad byte at offset {e.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sniff(data: bytes) -> str:
    """'feed', 'html' or 'text' from the first bytes of a document."""
    head = data[:2048].lstrip().lower()
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head:
        return "html"
    return "text"


def _today(name: str, published: date | None, warn: Warn | None) -> date:
    if published is not None:
        return published
    today = date.today()
    if warn is not None:
        warn(f"no --published for {name}; using today {today.isoformat()}")
    return today


def parse_date(value: object) -> date | None:
    """A date from 'YYYY-MM-DD' or a full ISO timestamp; None when it is not one."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _make(source: str, when: date | Callable[[], date], **fields: object) -> Article | InputError:
    """Final checks every article passes, whatever it came from.

    ``when`` may be a function so the "using today" warning is only given for an
    article that is actually read (not for one refused for its language).
    """
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(source, "no text")
    err = check_language(source, text, str(fields.get("lang") or "id"))
    if err is not None:
        return err
    published = when() if callable(when) else when
    return Article(published=published, **fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- html


class _TextOfHtml(HTMLParser):
    """Plain text of an HTML fragment (feed summaries), block tags become newlines."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_fragment_text(fragment: str) -> str:
    """Paragraph-preserving plain text of a (feed) HTML fragment."""
    p = _TextOfHtml()
    p.feed(fragment)
    p.close()
    lines = (" ".join(line.split()) for line in "".join(p.parts).split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    date: date | None
    outlet: str | None
    url: str | None


def extract_html(source: str, html: bytes | str, url: str | None = None) -> Extracted:
    """Main text and metadata of a web page via trafilatura; InputError when there is none."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as e:  # trafilatura raises assorted lxml errors on garbage
        raise InputError(source, f"cannot parse HTML: {e}") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_PAGE_WORDS:
        raise InputError(source, "no article text found in the page")
    title = getattr(doc, "title", None) or None
    first, _, rest = text.partition("\n")
    if title and rest.strip() and " ".join(first.split()).lower() == " ".join(title.split()).lower():
        text = rest.strip()  # the headline is kept as the title, not as the first "sentence" of the body
    return Extracted(
        text=text,
        title=title,
        date=parse_date(getattr(doc, "date", None)),
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None,
        url=getattr(doc, "url", None) or url,
    )


def _article_from_html(source: str, art_id: str, data: bytes, url: str | None, published: date | None,
                       lang: str, warn: Warn | None) -> Article | InputError:
    try:
        ex = extract_html(source, data, url)
    except InputError as e:
        return e
    when = ex.date or (lambda: _today(source, published, warn))
    return _make(source, when, id=art_id, text=ex.text, lang=lang, title=ex.title, url=ex.url or url,
                 outlet=ex.outlet)


# --------------------------------------------------------------------------- feeds


def _entry_date(entry: dict) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t[0], t[1], t[2])
            except (TypeError, ValueError):
                continue
    return None


def _entry_text(entry: dict) -> str:
    """The longest of an entry's content blocks and summary, as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary", "") or "")
    texts = [html_fragment_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def read_feed(source: str, data: bytes, published: date | None, lang: str, fetch_timeout: float,
              warn: Warn | None) -> Iterator[Article | InputError]:
    """Each item of an RSS/Atom feed: its page when it can be fetched, else its own text."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not any(e.get("link") or _entry_text(e) for e in entries):
        entries = []  # feedparser salvages a "title" from broken XML: that is not a feed
    if not entries:
        if parsed.get("bozo"):
            yield InputError(source, f"not a valid RSS/Atom feed ({parsed.get('bozo_exception')})")
        else:
            yield InputError(source, "feed has no items")
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for i, entry in enumerate(entries, 1):
        link = entry.get("link") or None
        name = link or f"{source}#{i}"
        art_id = link or entry.get("id") or f"{source}#{i}"
        when = _entry_date(entry)
        page: Extracted | None = None
        fetch_problem = "item has no link"
        if link:
            try:
                got = fetch(link, fetch_timeout)
                page = extract_html(name, got.body, got.url)
            except InputError as e:
                fetch_problem = e.problem
        if page is not None:
            yield _make(name, when or page.date or (lambda n=name: _today(n, published, warn)), id=art_id,
                        text=page.text, lang=lang, title=entry.get("title") or page.title, url=page.url or link,
                        outlet=outlet or page.outlet)
            continue
        text = _entry_text(entry)
        if len(text.split()) < MIN_SUMMARY_WORDS:
            yield InputError(name, f"{fetch_problem}, and the feed item carries too little text")
            continue
        yield _make(name, when or (lambda n=name: _today(n, published, warn)), id=art_id, text=text, lang=lang,
                    title=entry.get("title") or None, url=link, outlet=outlet)


# --------------------------------------------------------------------------- jsonl


def read_jsonl_lines(source: str, lines: Iterable[str], published: date | None, lang: str | None,
                     warn: Warn | None = None) -> Iterator[Article | InputError]:
    """One article per JSON line (the shape of the eval ``articles.jsonl``)."""
    stem = Path(source).name
    for lineno, line in enumerate(lines, 1):
        where = f"{source}:{lineno}"
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(where, f"not valid JSON ({e.msg})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "line is not a JSON object")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield InputError(where, "line has no 'text'" if text is None else "'text' is not a string")
            continue
        if not text.strip():
            yield InputError(where, "'text' is empty")
            continue
        raw = obj.get("published")
        when: date | Callable[[], date]
        if raw in (None, ""):
            when = partial(_today, where, published, warn)
        else:
            when = parse_date(raw)
            if when is None:
                yield InputError(where, f"invalid 'published' value {raw!r} (expected YYYY-MM-DD)")
                continue
        art_lang = obj.get("lang") or lang or "id"
        yield _make(where, when, id=str(obj.get("id") or f"{stem}:{lineno}"), text=text, lang=str(art_lang),
                    title=obj.get("title") or None, url=obj.get("url") or None, outlet=obj.get("outlet") or None)


# --------------------------------------------------------------------------- dispatch

_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(//)?")


def _is_url(spec: str) -> bool:
    """``scheme://...`` or ``scheme:...`` naming no existing file (``C:`` drive letters excepted)."""
    m = _SCHEME_RE.match(spec)
    if not m:
        return False
    return bool(m.group(2)) or (len(m.group(1)) > 1 and not Path(spec).exists())


def _read_bytes(source: str, data: bytes, kind: str, art_id: str, published: date | None, lang: str,
                fetch_timeout: float, warn: Warn | None, url: str | None = None) -> Iterator[Article | InputError]:
    """Dispatch one document's bytes on its kind: text, html, feed or jsonl."""
    if kind == "feed":
        if not data.strip():
            yield InputError(source, "file is empty")
            return
        yield from read_feed(source, data, published, lang, fetch_timeout, warn)
        return
    if kind == "html":
        if not data.strip():
            yield InputError(source, "file is empty")
            return
        yield _article_from_html(source, art_id, data, url, published, lang, warn)
        return
    try:
        text = decode_text(source, data)
    except InputError as e:
        yield e
        return
    if kind == "jsonl":
        yield from read_jsonl_lines(source, text.split("\n"), published, lang, warn)
        return
    yield _make(source, lambda: _today(source, published, warn), id=art_id, text=text.strip(), lang=lang, url=url)


def _read_url(url: str, published: date | None, lang: str, fetch_timeout: float,
              warn: Warn | None) -> Iterator[Article | InputError]:
    try:
        got = fetch(url, fetch_timeout)
    except InputError as e:
        yield e
        return
    ctype = got.content_type
    kind = _sniff(got.body)
    if kind == "text" and ("rss" in ctype or "atom" in ctype):
        kind = "feed"
    elif kind == "text" and "html" in ctype:
        kind = "html"
    yield from _read_bytes(url, got.body, kind, url, published, lang, fetch_timeout, warn, url=got.url)


STREAM_BYTES = 16 << 20
"""A .jsonl file larger than this is read line by line (memory stays flat however large it is)."""


def _check_utf8_file(spec: str, path: Path) -> InputError | None:
    """What ``decode_text`` would refuse in this file, found by reading it in chunks."""
    dec = codecs.getincrementaldecoder("utf-8-sig")()
    pos, blank = 0, True
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if pos == 0 and b"\x00" in chunk[:65536]:
                return InputError(spec, "binary file (contains NUL bytes), not text")
            blank = blank and not chunk.strip()
            try:
                dec.decode(chunk)
            except UnicodeDecodeError as e:
                return InputError(spec, f"not valid UTF-8 (bad byte at offset {pos + e.start})")
            pos += len(chunk)
        try:
            dec.decode(b"", final=True)
        except UnicodeDecodeError as e:
            return InputError(spec, f"not valid UTF-8 (bad byte at offset {pos + e.start})")
    return InputError(spec, "file is empty") if blank else None


def _stream_jsonl(spec: str, path: Path, published: date | None, lang: str,
                  warn: Warn | None) -> Iterator[Article | InputError]:
    """A large .jsonl file, one line in memory at a time (checked whole first, as a small one is)."""
    problem = _check_utf8_file(spec, path)
    if problem is not None:
        yield problem
        return
    # universal newlines: \r\n and \r end lines as in ``decode_text``
    with path.open("r", encoding="utf-8-sig", newline=None) as fh:
        yield from read_jsonl_lines(spec, (line.rstrip("\n") for line in fh), published, lang, warn)


def _read_path(spec: str, path: Path, published: date | None, lang: str, fetch_timeout: float,
               warn: Warn | None) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES and path.stat().st_size > STREAM_BYTES:
            yield from _stream_jsonl(spec, path, published, lang, warn)
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputError(spec, f"cannot read: {e.strerror or e}")
        return
    if not data.strip():
        yield InputError(spec, "file is empty")
        return
    if b"\x00" in data[:65536]:
        yield InputError(spec, "binary file (contains NUL bytes), not text")
        return
    if suffix in JSONL_SUFFIXES:
        kind = "jsonl"
    elif suffix in FEED_SUFFIXES:
        kind = "feed"
    elif suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    else:
        kind = _sniff(data)
    yield from _read_bytes(spec, data, kind, path.name, published, lang, fetch_timeout, warn)


def read_articles(spec: str | os.PathLike[str], published: date | None = None, lang: str | None = None,
                  fetch_timeout: float = 20, warn: Warn | None = None) -> Iterator[Article | InputError]:
    """Every article ``spec`` holds, and an InputError for every part that cannot be read.

    ``spec`` is ``-`` (stdin), a URL, a file (.txt, .html/.htm, .xml/.rss/.atom, .jsonl;
    other names are sniffed) or a directory (its supported files, sorted, recursively).
    ``published`` is used when the input carries no date; without it today's date is
    used and ``warn`` is told so. ``lang`` is the expected language (default ``id``).
    """
    spec = os.fspath(spec)  # a Path is as good as its string
    want = lang or "id"
    if lang is not None and lang not in SUPPORTED_LANGS:
        yield InputError(spec, f"language {lang!r} is not supported (supported: {', '.join(SUPPORTED_LANGS)})")
        return
    if spec == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
        kind = "html" if _sniff(data) == "html" else "text"
        if not data.strip():
            yield InputError("stdin", "no input on stdin")
            return
        yield from _read_bytes("stdin", data, kind, "stdin", published, want, fetch_timeout, warn)
        return
    if _is_url(spec):
        scheme = spec.split(":", 1)[0].lower()
        if scheme not in ("http", "https"):
            yield InputError(spec, f"unsupported URL scheme {scheme!r}; only http and https URLs can be read")
            return
        yield from _read_url(spec, published, want, fetch_timeout, warn)
        return
    path = Path(spec)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            yield InputError(spec, "directory has no supported files (.txt .html .htm .xml .rss .atom .jsonl)")
            return
        for f in files:
            yield from _read_path(str(f), f, published, want, fetch_timeout, warn)
        return
    if not path.exists():
        yield InputError(spec, "no such file or directory")
        return
    yield from _read_path(spec, path, published, want, fetch_timeout, warn)
