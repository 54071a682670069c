"""Reading inputs: every supported kind, and every kind of bad input as one InputError."""

from __future__ import annotations

import io
import sys
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from warta.sources import detect_language, read_articles
from warta.types import Article, InputError

IO = Path(__file__).parent / "fixtures" / "io"
D = date(2024, 8, 21)


def read(spec: str | Path, **kw) -> list[Article | InputError]:
    kw.setdefault("fetch_timeout", 3)
    return list(read_articles(str(spec), **kw))


def only_error(spec: str | Path, **kw) -> InputError:
    items = read(spec, **kw)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


# ------------------------------------------------------------------ language


def test_detect_language() -> None:
    assert detect_language((IO / "visit.txt").read_text()) == "id"
    assert detect_language((IO / "english.txt").read_text()) == "en"
    assert detect_language("Jakarta, Senin.") is None  # too little to tell
    # an Indonesian text quoting a short English phrase is still Indonesian
    mixed = (IO / "visit.txt").read_text() + ' Ia berkata "the talks were good".'
    assert detect_language(mixed) == "id"


# ------------------------------------------------------------------ text


def test_text_file_uses_file_name_and_given_date() -> None:
    (art,) = read(IO / "visit.txt", published=D)
    assert isinstance(art, Article)
    assert art.id == "visit.txt" and art.published == D and art.lang == "id"
    assert art.text.startswith("Jakarta - Menteri Luar Negeri") and not art.text.endswith("\n")


def test_text_file_without_date_warns_and_uses_today() -> None:
    notes: list[str] = []
    (art,) = read(IO / "visit.txt", warn=notes.append)
    assert art.published == date.today()
    assert notes == [f"no --published for {IO / 'visit.txt'}; using today {date.today().isoformat()}"]


def test_english_text_is_refused_without_date_warning() -> None:
    notes: list[str] = []
    err = only_error(IO / "english.txt", warn=notes.append)
    assert err.problem == "text is not Indonesian (looks like English)"
    assert err.source.endswith("english.txt")
    assert notes == []


def test_unsupported_language_option() -> None:
    err = only_error(IO / "visit.txt", lang="en")
    assert "language 'en' is not supported" in err.problem


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("binary.txt", "binary file"),
        ("latin1.txt", "not valid UTF-8"),
        ("empty.txt", "file is empty"),
        ("does-not-exist.txt", "no such file"),
        ("empty-page.html", "no article text found"),
    ],
)
def test_bad_files(name: str, problem: str) -> None:
    err = only_error(IO / name, published=D)
    assert problem in err.problem
    assert err.source == str(IO / name)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (IO / "visit.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    (art,) = read("-", published=D)
    assert art.id == "stdin" and "Malaysia" in art.text


# ------------------------------------------------------------------ html


def test_html_file_takes_metadata() -> None:
    (art,) = read(IO / "article.html", published=D)
    assert isinstance(art, Article)
    assert art.id == "article.html"
    assert art.published == date(2024, 3, 5)  # the page's date wins over --published
    assert art.outlet == "Kabar Contoh"
    assert art.title == "Menlu bahas kerja sama perbatasan"
    assert art.text.startswith("Jakarta - Menteri Luar Negeri Indonesia menerima")  # headline is the title
    assert "Singapura" in art.text and "Beranda" not in art.text and "Hak cipta" not in art.text


def test_html_without_date_uses_published(tmp_path: Path) -> None:
    lines = (IO / "article.html").read_text().split("\n")
    page = "\n".join(line for line in lines if "published_time" not in line)
    (tmp_path / "nodate.html").write_text(page)
    (art,) = read(tmp_path / "nodate.html", published=D)
    assert art.published == D


# ------------------------------------------------------------------ feeds


def test_feed_falls_back_to_item_text_when_links_are_unreachable() -> None:
    first, second = read(IO / "feed.xml", published=D)
    assert isinstance(first, Article)
    assert first.id == "http://127.0.0.1:9/berita/utusan"
    assert first.published == date(2024, 3, 5)  # the item's date, not --published
    assert first.outlet == "Kabar Contoh" and first.title == "Presiden menerima utusan khusus"
    assert first.text.split("\n")[0].startswith("Jakarta - Presiden Indonesia")
    assert "<p>" not in first.text and len(first.text.split("\n")) == 3
    assert isinstance(second, InputError)
    assert second.source == "http://127.0.0.1:9/berita/pendek"
    assert "too little text" in second.problem


@pytest.mark.parametrize("content", ["<rss><channel><item><title>x</titl", "this is no feed at all"])
def test_broken_feed(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(content)
    err = only_error(bad)
    assert err.source == str(bad)
    assert "not a valid RSS/Atom feed" in err.problem


# ------------------------------------------------------------------ jsonl


def test_jsonl_good_and_bad_lines() -> None:
    items = read(IO / "batch.jsonl", published=D)
    good = [a for a in items if isinstance(a, Article)]
    bad = {e.source: e.problem for e in items if isinstance(e, InputError)}
    assert [a.id for a in good] == ["j1", "j6"]
    assert good[0].published == date(2024, 3, 1) and good[0].outlet == "Contoh" and good[0].title == "Satu"
    f = str(IO / "batch.jsonl")
    assert set(bad) == {f"{f}:2", f"{f}:3", f"{f}:4", f"{f}:5"}
    assert "not valid JSON" in bad[f"{f}:2"]
    assert "no 'text'" in bad[f"{f}:3"]
    assert "invalid 'published'" in bad[f"{f}:4"]
    assert "language 'en' is not supported" in bad[f"{f}:5"]


def test_jsonl_text_missing_empty_or_not_a_string(tmp_path: Path) -> None:
    f = tmp_path / "texts.jsonl"
    f.write_text('{"id": "a"}\n{"id": "b", "text": "  "}\n{"id": "c", "text": ["Polisi"]}\n'
                 '{"id": "d", "text": "Polisi menangkap tiga orang di Bandung."}\n', encoding="utf-8")
    items = read(f, published=D)
    assert [i.problem for i in items if isinstance(i, InputError)] == [
        "line has no 'text'", "'text' is empty", "'text' is not a string"]
    assert [a.id for a in items if isinstance(a, Article)] == ["d"]


# ------------------------------------------------------------------ directories


def test_directory_reads_supported_files_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text((IO / "visit.txt").read_text())
    (tmp_path / "a.html").write_bytes((IO / "article.html").read_bytes())
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_bytes(b"\x00\x01")
    items = read(tmp_path, published=D)
    assert [getattr(i, "id", None) or i.source for i in items] == ["a.html", "b.txt", str(tmp_path / "sub" / "c.txt")]


def test_empty_directory(tmp_path: Path) -> None:
    assert "no supported files" in only_error(tmp_path).problem


# ------------------------------------------------------------------ URLs


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    """A local web server for the duration of one test (daemon thread, always shut down)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.timeout = 2
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    feed = (IO / "feed.xml").read_text().replace("http://127.0.0.1:9/berita/utusan", base + "/article.html")
    _Handler.routes = {
        "/article.html": (200, "text/html; charset=utf-8", (IO / "article.html").read_bytes()),
        "/feed": (200, "application/rss+xml", feed.encode()),
        "/plain": (200, "text/plain; charset=utf-8", (IO / "visit.txt").read_bytes()),
        "/english": (200, "text/plain", (IO / "english.txt").read_bytes()),
        "/fail": (500, "text/plain", b"boom"),
    }
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_url_html(server: str) -> None:
    (art,) = read(server + "/article.html", published=D)
    assert isinstance(art, Article)
    assert art.id == server + "/article.html" and art.url == server + "/article.html"
    assert art.outlet == "Kabar Contoh" and art.published == date(2024, 3, 5)


def test_url_plain_text(server: str) -> None:
    (art,) = read(server + "/plain", published=D)
    assert art.text.startswith("Jakarta - Menteri") and art.published == D


def test_url_feed_fetches_item_pages(server: str) -> None:
    first, second = read(server + "/feed", published=D)
    assert isinstance(first, Article)
    assert first.url == server + "/article.html"
    assert "Singapura" in first.text  # the page's text, not the item summary
    assert first.published == date(2024, 3, 5)
    assert isinstance(second, InputError)


@pytest.mark.parametrize(("path", "problem"), [("/missing", "HTTP 404"), ("/fail", "HTTP 500"),
                                                ("/english", "looks like English")])
def test_url_errors(server: str, path: str, problem: str) -> None:
    err = only_error(server + path, published=D)
    assert err.source == server + path and problem in err.problem


def test_url_that_does_not_answer() -> None:
    err = only_error("http://127.0.0.1:9/nothing", fetch_timeout=2)
    assert "cannot fetch" in err.problem


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "file:///etc/passwd", "javascript:alert(1)"])
def test_non_http_schemes_are_refused(url: str) -> None:
    err = only_error(url)
    assert err.source == url and "only http and https" in err.problem


def test_a_path_object_reads_like_its_string() -> None:
    # the Python API takes what pathlib gives, not only strings
    from_path = list(read_articles(IO / "visit.txt", published=D))
    from_str = read(IO / "visit.txt", published=D)
    assert len(from_path) == 1 and isinstance(from_path[0], Article)
    assert from_path[0].text == from_str[0].text
