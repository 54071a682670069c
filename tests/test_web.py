"""The web explorer and HTTP API (`warta serve`): endpoint shapes, filters, pagination, security."""

from __future__ import annotations

import io
import json
import re
import warnings
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette notes that its TestClient will move from httpx to httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from warta.pipeline import code_article  # noqa: E402
from warta.sources import read_articles  # noqa: E402
from warta.store import Store  # noqa: E402
from warta.types import Article  # noqa: E402
from warta.web import netguard  # noqa: E402
from warta.web.app import create_app  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "warta" / "data" / "samples.jsonl"
TEXT = ("Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang di Tokyo, Selasa (11/3), untuk membahas "
        "kerja sama maritim.")
XSS = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "warta.duckdb"
    with Store(path) as store:
        for art in read_articles(str(SAMPLES)):
            assert isinstance(art, Article)
            store.add(art, code_article(art))
        evil = Article(id="evil", text=f"Warga menulis {XSS} di Jakarta. " + TEXT, published=date(2025, 3, 12),
                       title=f"Judul {XSS}", outlet="Contoh & Co")
        store.add(evil, code_article(evil))
    return path


@pytest.fixture(scope="module")
def client(db_path: Path) -> TestClient:
    return TestClient(create_app(db_path))


def all_events(client: TestClient, **params: object) -> list[dict]:
    return client.get("/api/events", params={"limit": 1000, **params}).json()["events"]


# ---------------------------------------------------------------- events


def test_events_shape_and_total(client: TestClient, db_path: Path) -> None:
    r = client.get("/api/events", params={"limit": 5})
    assert r.status_code == 200
    body = r.json()
    with Store(db_path, create=False) as store:
        n = store.count_events()
    assert body["total"] == n > 5
    assert len(body["events"]) == 5 and body["next_cursor"]
    ev = body["events"][0]
    for key in ("id", "article", "type", "quad_class", "actor", "recipient", "date", "location", "modality",
                "evidence", "confidence", "published", "outlet"):
        assert key in ev


def test_cursor_pagination_walks_every_event_once(client: TestClient) -> None:
    for sort, order in (("date", "asc"), ("confidence", "desc"), ("actor", "asc"), ("place", "desc")):
        seen: list[str] = []
        cursor = None
        while True:
            params = {"limit": 7, "sort": sort, "order": order}
            if cursor:
                params["cursor"] = cursor
            body = client.get("/api/events", params=params).json()
            seen += [e["id"] for e in body["events"]]
            cursor = body["next_cursor"]
            if not cursor:
                break
        assert len(seen) == len(set(seen)) == body["total"], sort
    assert client.get("/api/events", params={"cursor": "garbage!"}).status_code == 400
    other = client.get("/api/events", params={"limit": 2}).json()["next_cursor"]
    assert client.get("/api/events", params={"cursor": other, "sort": "type"}).status_code == 400


def test_event_filters(client: TestClient) -> None:
    everything = all_events(client)
    accuse = all_events(client, type="accuse")
    assert accuse and all(e["type"] == "ACCUSE" for e in accuse) and len(accuse) < len(everything)
    conflict = all_events(client, quad_class="material-conflict")
    assert conflict and all(e["quad_class"] == "material-conflict" for e in conflict)
    jpn = all_events(client, country="jpn")
    assert jpn and all(any(a["country"] == "JPN" for a in e["actor"] + e["recipient"]) for e in jpn)
    since = all_events(client, since="2025-01-01", until="2025-12-31")
    assert since and all("2025-01-01" <= (e["date"] or e["published"]) <= "2025-12-31" for e in since)
    jakarta = all_events(client, place="jakarta")
    assert jakarta and all("jakarta" in e["location"]["name"].lower() for e in jakarta)
    negated = all_events(client, modality="negated")
    assert all(e["modality"] == "negated" for e in negated)
    assert all(e["outlet"] == "Contoh & Co" for e in all_events(client, outlet="contoh & co"))
    text = all_events(client, q="bertemu")
    assert text and len(text) < len(everything)
    art = all_events(client, article="sample-visit")
    assert art and {e["article"] for e in art} == {"sample-visit"}
    sugiono = all_events(client, actor="sugiono")
    assert sugiono and len(sugiono) < len(everything)
    for bad in ({"type": "HUG"}, {"quad_class": "x"}, {"modality": "maybe"}, {"since": "2025-02-01",
                                                                               "until": "2025-01-01"},
                {"sort": "DROP TABLE events"}, {"since": "yesterday"}):
        assert client.get("/api/events", params=bad).status_code in (400, 422), bad


def test_filters_are_parameterised(client: TestClient) -> None:
    for evil in ("'; DROP TABLE events; --", "%", "_", "\\", "\"x\""):
        r = client.get("/api/events", params={"actor": evil, "q": evil, "place": evil})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/events").json()["total"] > 0


def test_event_by_id(client: TestClient) -> None:
    ev = all_events(client)[0]
    r = client.get(f"/api/events/{ev['id']}")
    assert r.status_code == 200 and r.json()["id"] == ev["id"]
    assert client.get("/api/events/nope").status_code == 404


# ---------------------------------------------------------------- articles, actors, stats, aggregations


def test_articles(client: TestClient) -> None:
    body = client.get("/api/articles", params={"limit": 2}).json()
    assert body["total"] == 6 and len(body["articles"]) == 2
    assert {"id", "published", "outlet", "title", "events"} <= set(body["articles"][0])
    assert client.get("/api/articles", params={"q": "jepang"}).json()["total"] >= 1
    art = client.get("/api/articles/sample-visit").json()
    assert art["id"] == "sample-visit" and art["text"] and art["events"]
    assert {"content_hash", "ingested_at", "source", "dup_cluster", "duplicates"} <= set(art)
    assert "".join(s["text"] for s in art["segments"]) == art["text"]
    kinds = {k for s in art["segments"] for k in s["kinds"]}
    assert {"actor", "trigger"} <= kinds
    assert client.get("/api/articles/missing").status_code == 404


def test_actors_stats_and_aggregations(client: TestClient) -> None:
    actors = client.get("/api/actors", params={"limit": 5}).json()
    assert actors["total"] > 5 and len(actors["actors"]) == 5
    counts = [a["events"] for a in actors["actors"]]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    assert all(a["country"] == "JPN" for a in client.get("/api/actors", params={"country": "JPN"}).json()["actors"])
    stats = client.get("/api/stats").json()
    assert stats["events"] == sum(stats["by_type"].values()) == sum(stats["by_quad_class"].values())
    assert stats["articles"] == 6 and stats["first_date"] <= stats["last_date"]
    assert client.get("/api/stats", params={"type": "ACCUSE"}).json()["by_type"].keys() == {"ACCUSE"}
    tl = client.get("/api/timeline", params={"by": "quad_class"}).json()
    assert sum(r["count"] for r in tl["rows"]) == stats["events"]
    assert {r["key"] for r in tl["rows"]} <= set(stats["quad_classes"])
    net = client.get("/api/network").json()
    names = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in names and e["target"] in names for e in net["edges"])
    places = client.get("/api/places").json()["places"]
    assert places and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["count"] > 0 for p in places)
    dyad = client.get("/api/dyad", params={"a": "Indonesia", "b": "Jepang"}).json()
    assert dyad["rows"] and {r["direction"] for r in dyad["rows"]} <= {"Indonesia → Jepang", "Jepang → Indonesia"}


def test_export_formats(client: TestClient) -> None:
    total = client.get("/api/events", params={"type": "ACCUSE"}).json()["total"]
    lines = client.get("/api/export", params={"format": "jsonl", "type": "ACCUSE"}).text.splitlines()
    assert len(lines) == total and all(json.loads(x)["type"] == "ACCUSE" for x in lines)
    r = client.get("/api/export", params={"format": "csv", "type": "ACCUSE"})
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    rows = r.text.splitlines()
    assert rows[0].startswith("id,article_id") and len(rows) == total + 1
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(io.BytesIO(client.get("/api/export", params={"format": "parquet"}).content))
    assert table.num_rows == client.get("/api/events").json()["total"]
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


# ---------------------------------------------------------------- coding and storing


def test_code_returns_events_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/stats").json()["events_total"]
    r = client.post("/api/code", json={"text": TEXT, "published": "2025-03-12"})
    assert r.status_code == 200
    body = r.json()
    assert body["events"] and body["events"][0]["type"] == "CONSULT"
    assert body["events"][0]["date"] == "2025-03-11"
    assert "".join(s["text"] for s in body["segments"]) == TEXT
    assert {"actor", "trigger", "date", "place"} <= {k for s in body["segments"] for k in s["kinds"]}
    assert client.get("/api/stats").json()["events_total"] == before
    assert client.post("/api/code", json={"text": "  "}).status_code == 400
    assert client.post("/api/code", json={"text": TEXT, "url": "https://example.org/"}).status_code == 400
    assert client.post("/api/code", json={"text": TEXT, "published": "kemarin"}).status_code == 422
    assert client.post("/api/code", content=TEXT, headers={"content-type": "text/plain"}).status_code == 415


def test_store_article_then_duplicate(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "new.duckdb"))
    r = client.post("/api/articles", json={"text": TEXT, "published": "2025-03-12", "id": "berita-1",
                                           "outlet": "Contoh"})
    assert r.status_code == 201 and r.json()["stored"] and r.json()["article_id"] == "berita-1"
    assert client.get("/api/events").json()["total"] == len(r.json()["events"]) > 0
    again = client.post("/api/articles", json={"text": TEXT, "published": "2025-03-12"})
    assert again.status_code == 200 and not again.json()["stored"]
    assert client.get("/api/articles").json()["total"] == 1
    # a cross-site HTML form cannot write: only JSON bodies are accepted
    form = client.post("/api/articles", data={"text": TEXT})
    assert form.status_code == 415


def test_writes_need_the_token_when_not_on_loopback(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "t.duckdb", token="s3cret", require_token=True))
    body = {"text": TEXT, "published": "2025-03-12"}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201 and ok.json()["article_id"].startswith("web-")
    assert client.post("/api/articles", json={**body, "text": TEXT + " Lagi."},
                       headers={"X-Warta-Token": "s3cret"}).status_code == 201
    # reading and coding without storing need no token
    assert client.get("/api/events").status_code == 200
    assert client.post("/api/code", json=body).status_code == 200
    with pytest.raises(ValueError):
        create_app(tmp_path / "t.duckdb", require_token=True)


def test_serve_requires_token_off_loopback() -> None:
    from warta.cli.serve import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_oversize_body_is_rejected(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "b.duckdb", max_body=2000))
    r = client.post("/api/code", json={"text": "kata " * 1000})
    assert r.status_code == 413
    assert client.post("/api/code", json={"text": TEXT}).status_code == 200

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(10):
            yield b"x" * 500

    r = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_url_fetch_refuses_other_schemes_and_private_addresses(client: TestClient) -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x", "http://127.0.0.1:8000/", "http://localhost/",
                "http://10.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/"):
        r = client.post("/api/code", json={"url": url})
        assert r.status_code == 400, url
        assert "scheme" in r.json()["detail"] or "private" in r.json()["detail"], url
    with pytest.raises(netguard.InputError):
        netguard.check_url("http://127.0.0.1/")
    netguard.check_url("http://127.0.0.1/", allow_private=True)


def test_url_fetch_allowed_private_reads_a_local_page(tmp_path: Path) -> None:
    import http.server
    import threading

    page = f"<html><head><title>Uji</title></head><body><article><p>{TEXT}</p></article></body></html>".encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/berita"
        refused = TestClient(create_app(tmp_path / "u.duckdb")).post("/api/code", json={"url": url})
        assert refused.status_code == 400
        allowed = TestClient(create_app(tmp_path / "u.duckdb", allow_private=True))
        r = allowed.post("/api/code", json={"url": url, "published": "2025-03-12"})
        assert r.status_code == 200, r.text
        assert r.json()["events"] and "Joko Widodo" in r.json()["article"]["text"]
    finally:
        server.shutdown()


# ---------------------------------------------------------------- pages


def test_article_text_is_escaped(client: TestClient) -> None:
    r = client.get("/articles/evil")
    assert r.status_code == 200
    assert "<script>alert" not in r.text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in r.text
    assert "Contoh &amp; Co" in r.text
    assert "<script" not in r.text.lower()
    api = client.get("/api/articles/evil").json()
    assert XSS in api["text"]  # JSON carries the text as it is; the page inserts it as text nodes


def test_index_static_and_docs_are_offline(client: TestClient) -> None:
    index = client.get("/")
    assert index.status_code == 200 and "text/html" in index.headers["content-type"]
    assert "default-src 'self'" in index.headers["content-security-policy"]
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', index.text)
    assert "/static/app.js" in assets and "/static/style.css" in assets
    for body in [index.text] + [client.get(a).text for a in assets]:
        # the SVG namespace is an identifier, not something fetched
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", body)
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/openapi.json" in docs.text and "/api/events" in docs.text
    assert not re.search(r"https?://", docs.text)
    assert client.get("/redoc").status_code == 404
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/actors", "/api/code", "/api/export", "/api/stats"):
        assert path in spec["paths"], path


def test_trusted_hosts(db_path: Path) -> None:
    client = TestClient(create_app(db_path, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1")
    assert client.get("/api/stats").status_code == 200
    assert client.get("/api/stats", headers={"host": "evil.example"}).status_code == 400


def test_serve_command_is_registered() -> None:
    from click.testing import CliRunner

    from warta.cli import main

    r = CliRunner().invoke(main, ["serve", "--help"])
    assert r.exit_code == 0 and "--allow-private" in r.output and "--token" in r.output


def test_serve_prints_a_token_off_loopback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn
    from click.testing import CliRunner

    from warta.cli import main

    started: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: started.update(app=app, host=host, port=port))
    monkeypatch.delenv("WARTA_TOKEN", raising=False)
    db_path = tmp_path / "served.duckdb"
    r = CliRunner().invoke(main, ["serve", "--db", str(db_path), "--host", "0.0.0.0", "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert "will be created" in r.output
    token = re.search(r"writes need this token: (\S+)", r.output).group(1)
    assert started["host"] == "0.0.0.0" and started["port"] == 8123
    client = TestClient(started["app"])
    body = {"text": "x"}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"X-Warta-Token": token}).status_code != 401
    # on loopback: no token, and the Host header must name the loopback
    r = CliRunner().invoke(main, ["serve", "--db", str(db_path)], env={"WARTA_TOKEN": ""})
    assert r.exit_code == 0 and "need" not in r.output and "#token=" not in r.output
    assert TestClient(started["app"], base_url="http://127.0.0.1:8000").get("/api/stats").status_code == 200
    assert TestClient(started["app"], base_url="http://attacker.example").get("/api/stats").status_code == 400
