"""The FastAPI application behind ``warta serve``: HTTP API, offline docs page and the explorer.

Reading and writing go through :class:`Database`, which opens the DuckDB file for one
request at a time under a lock (DuckDB allows one writer; closing between requests
also lets ``warta ingest`` write to the file while the server is idle).
"""

from __future__ import annotations

import hmac
import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warta.store import Store
from warta.types import Article, InputError, WartaError
from warta.web import queries
from warta.web.highlight import render_html, segments
from warta.web.netguard import fetch_article
from warta.web.queries import BadRequest, Filters

MAX_BODY = 2 * 1024 * 1024
"""Default request body limit (bytes): far more than any news article."""

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class Database:
    """The DuckDB file, opened per use under one lock."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.lock = threading.Lock()
        self._memory: Store | None = Store(":memory:") if path == ":memory:" else None

    @contextmanager
    def open(self) -> Iterator[Store]:
        with self.lock:
            if self._memory is not None:
                yield self._memory
                return
            try:
                store = Store(self.path)
            except WartaError as e:
                raise HTTPException(503, f"database unavailable: {e}") from None
            try:
                yield store
            finally:
                store.close()


class BodyLimit:
    """Reject request bodies larger than ``max_body`` bytes with 413 (declared or streamed)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers") or []:
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_body
                except ValueError:
                    too_big = True
                if too_big:
                    await _too_large(self.max_body)(scope, receive, send)
                    return
        if not any(k == b"content-length" for k, _ in scope.get("headers") or []):
            # a streamed body: read it here, up to the limit, then hand it on
            chunks: list[bytes] = []
            seen = 0
            while True:
                msg = await receive()
                if msg["type"] != "http.request":
                    return  # the client went away
                chunks.append(msg.get("body", b""))
                seen += len(chunks[-1])
                if seen > self.max_body:
                    await _too_large(self.max_body)(scope, receive, send)
                    return
                if not msg.get("more_body", False):
                    break
            body = b"".join(chunks)
            sent = False

            async def replay() -> Message:
                nonlocal sent
                if sent:
                    return await receive()
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"detail": f"request body larger than {limit} bytes"}, status_code=413)


class CodeRequest(BaseModel):
    """An article to code: its text, or a URL to fetch it from."""

    text: str | None = Field(None, description="The article body (plain text).")
    url: str | None = Field(None, description="An http(s) URL to fetch the article from (instead of text).")
    published: date | None = Field(None, description="Publication date (default: today).")
    title: str | None = None
    outlet: str | None = None
    id: str | None = Field(None, description="Article id (default: derived from the URL or 'web').")
    lang: str = "id"


def _filters(
    actor: str | None = None, recipient: str | None = None,
    country: str | None = None, type: str | None = None,
    quad_class: str | None = None, since: date | None = None, until: date | None = None,
    article: str | None = None, place: str | None = None, modality: str | None = None,
    outlet: str | None = None, q: Annotated[str | None, Query(description="Text search")] = None,
) -> Filters:
    return Filters(actor=actor, recipient=recipient, country=country, type=type, quad_class=quad_class, since=since,
                   until=until, article=article, place=place, modality=modality, outlet=outlet, q=q)


FiltersDep = Annotated[Filters, Depends(_filters)]


def create_app(db_path: str | Path, *, token: str | None = None, require_token: bool = False,
               allow_private: bool = False, max_body: int = MAX_BODY, allowed_hosts: list[str] | None = None,
               fetch_timeout: float = 15.0) -> FastAPI:
    """The application serving ``db_path``.

    ``require_token``: writes need ``token`` (``Authorization: Bearer ...`` or ``X-Warta-Token``);
    ``warta serve`` sets it when listening on anything but loopback. ``allowed_hosts`` limits the
    Host header (against DNS rebinding of a loopback server). ``allow_private`` lets URL fetches
    reach private and loopback addresses.
    """
    if require_token and not token:
        raise ValueError("require_token needs a token")
    db = Database(str(db_path))
    app = FastAPI(title="warta", version=_version(), docs_url=None, redoc_url=None,
                  description="PLOVER political events coded from Indonesian news, from a warta DuckDB file.")
    app.state.db = db

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    app.add_middleware(BodyLimit, max_body=max_body)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.exception_handler(WartaError)
    async def warta_error(request: Request, exc: WartaError) -> JSONResponse:
        status = 400 if isinstance(exc, BadRequest | InputError) else 422
        return JSONResponse({"detail": str(exc)}, status_code=status)

    def check_write(request: Request) -> None:
        """Writes come as JSON (so a cross-site form cannot send them) and, when required, with the token."""
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise HTTPException(415, "send the request body as application/json")
        if not require_token:
            return
        given = request.headers.get("x-warta-token", "")
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not given or not hmac.compare_digest(given.encode(), (token or "").encode()):
            raise HTTPException(401, "this server needs a token for writes (Authorization: Bearer TOKEN)",
                                headers={"WWW-Authenticate": "Bearer"})

    def json_only(request: Request) -> None:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise HTTPException(415, "send the request body as application/json")

    def read_input(body: CodeRequest) -> Article:
        if bool(body.text and body.text.strip()) == bool(body.url and body.url.strip()):
            raise BadRequest("give either text or url")
        published = body.published
        if body.url and body.url.strip():
            art = fetch_article(body.url.strip(), published, body.lang, fetch_timeout, allow_private)
            if body.id or body.title or body.outlet:
                art = replace(art, id=body.id or art.id, title=body.title or art.title,
                              outlet=body.outlet or art.outlet)
            return art
        text = (body.text or "").strip()
        art = Article(id=body.id or "web", text=text, published=published or date.today(), lang=body.lang,
                      title=body.title, outlet=body.outlet)
        # a pasted text with no id is named by its content, so two different texts never share one
        return art if body.id else replace(art, id=f"web-{art.content_hash[:8]}")

    def code(article: Article) -> list[Any]:
        from warta.cli.common import code as code_safely

        return code_safely(article)

    def coded(article: Article, events: list[Any]) -> dict[str, Any]:
        evs = [e.to_dict() for e in events]
        return {"article": {"id": article.id, "title": article.title, "published": article.published.isoformat(),
                            "outlet": article.outlet, "url": article.url, "lang": article.lang, "text": article.text},
                "events": evs, "segments": segments(article.text, evs)}

    # ------------------------------------------------------------------ API

    @app.get("/api/events", tags=["events"])
    def api_events(f: FiltersDep, sort: str = "date", order: Literal["asc", "desc"] = "asc",
                   limit: Annotated[int, Query(ge=1, le=1000)] = 50, cursor: str | None = None) -> dict[str, Any]:
        """Events matching every filter (as ``warta events``), one page at a time: pass ``next_cursor`` back."""
        with db.open() as store:
            return queries.page_events(store, f, sort=sort, desc=order == "desc", limit=limit, cursor=cursor)

    @app.get("/api/events/{event_id:path}", tags=["events"])
    def api_event(event_id: str) -> dict[str, Any]:
        with db.open() as store:
            ev = queries.get_event(store, event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return ev

    @app.get("/api/articles", tags=["articles"])
    def api_articles(q: str | None = None, outlet: str | None = None,
                     limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                     offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        with db.open() as store:
            return queries.list_articles(store, q=q, outlet=outlet, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id:path}", tags=["articles"])
    def api_article(article_id: str) -> dict[str, Any]:
        """A stored article with its events, provenance and highlight segments."""
        with db.open() as store:
            art = queries.get_article(store, article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        art["segments"] = segments(art["text"], art["events"])
        return art

    @app.post("/api/articles", tags=["articles"], status_code=201, dependencies=[Depends(check_write)])
    def api_add_article(body: CodeRequest, response: Response) -> dict[str, Any]:
        """Code an article (text or URL) and store it with its events."""
        article = read_input(body)
        events = code(article)
        with db.open() as store:
            stored = store.add(article, events)
            res = store.last_added
        out = coded(article, events)
        out["stored"] = stored
        if stored and res is not None:
            out["article_id"] = res.article_id
            out["duplicates"] = [{"id": i, "similarity": s} for i, s in res.duplicates]
        else:
            response.status_code = 200
            out["article_id"] = None
            out["detail"] = "this text is already stored"
        return out

    @app.post("/api/code", tags=["code"], dependencies=[Depends(json_only)])
    def api_code(body: CodeRequest) -> dict[str, Any]:
        """Code an article (text or URL) and return its events; nothing is stored."""
        article = read_input(body)
        return coded(article, code(article))

    @app.get("/api/actors", tags=["aggregations"])
    def api_actors(q: str | None = None, country: str | None = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                   offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Actors and recipients with their event counts, most frequent first."""
        with db.open() as store:
            return queries.actors(store, q=q, country=country, limit=limit, offset=offset)

    @app.get("/api/stats", tags=["aggregations"])
    def api_stats(f: FiltersDep) -> dict[str, Any]:
        with db.open() as store:
            return queries.stats(store, f)

    @app.get("/api/timeline", tags=["aggregations"])
    def api_timeline(f: FiltersDep, by: Literal["type", "quad_class"] = "type") -> dict[str, Any]:
        """Events per day (event date, else publication date) by type or quad class."""
        with db.open() as store:
            return queries.timeline(store, f, by)

    @app.get("/api/dyad", tags=["aggregations"])
    def api_dyad(f: FiltersDep, a: str, b: str) -> dict[str, Any]:
        """Events per day between two actors, in each direction, by quad class."""
        with db.open() as store:
            return queries.dyad(store, f, a, b)

    @app.get("/api/network", tags=["aggregations"])
    def api_network(f: FiltersDep, max_nodes: Annotated[int, Query(ge=2, le=300)] = 40) -> dict[str, Any]:
        """Actors as nodes, actor -> recipient edges by quad class with event counts."""
        with db.open() as store:
            return queries.network(store, f, max_nodes)

    @app.get("/api/places", tags=["aggregations"])
    def api_places(f: FiltersDep, limit: Annotated[int, Query(ge=1, le=10000)] = 1000) -> dict[str, Any]:
        """Event locations with coordinates and counts."""
        with db.open() as store:
            return queries.places(store, f, limit)

    @app.get("/api/export", tags=["events"])
    def api_export(f: FiltersDep, format: Literal["csv", "jsonl", "parquet"] = "jsonl") -> Response:
        """The selected events as a file: jsonl (event lines), csv or parquet (flat columns)."""
        with db.open() as store:
            data = queries.export(store, f, format)
        media = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
                 "parquet": "application/vnd.apache.parquet"}[format]
        return Response(data, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="warta-events.{format}"'})

    # ------------------------------------------------------------------ pages

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        rows = []
        for route in app.routes:
            path = getattr(route, "path", "")
            if not path.startswith("/api/"):
                continue
            for method in sorted(getattr(route, "methods", set()) - {"HEAD"}):
                doc = (getattr(route, "endpoint", None).__doc__ or "").strip().split("\n")[0]
                rows.append(f"<tr><td>{html.escape(method)}</td><td><code>{html.escape(path)}</code></td>"
                            f"<td>{html.escape(doc)}</td></tr>")
        page = (
            "<!doctype html><html lang=en><head><meta charset=utf-8><title>warta API</title>"
            '<link rel=stylesheet href="/static/style.css"></head><body class=doc><h1>warta HTTP API</h1>'
            '<p>The full OpenAPI description is at <a href="/openapi.json">/openapi.json</a> (works offline; load it'
            " into any OpenAPI viewer). Event filters: actor, recipient, country, type, quad_class, since, until,"
            " article, place, modality, outlet, q.</p><table><tr><th>method</th><th>path</th><th></th></tr>"
            + "".join(rows) + '</table><p><a href="/">back to the explorer</a></p></body></html>')
        return HTMLResponse(page)

    @app.get("/articles/{article_id:path}", include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        """A stored article as a plain page (escaped text, highlighted evidence, its events)."""
        with db.open() as store:
            art = queries.get_article(store, article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        e = html.escape
        items = "".join(
            f"<li><b>{e(ev['type'])}</b> {e(ev.get('date') or '?')}: "
            f"{e(', '.join(a['name'] for a in ev['actor']) or '?')} → "
            f"{e(', '.join(a['name'] for a in ev['recipient']) or '-')}"
            f" <small>({e(ev['modality'])}, confidence {ev['confidence']})</small></li>" for ev in art["events"])
        meta = " · ".join(e(str(x)) for x in (art["published"], art["outlet"], art["source"]) if x)
        page = (f"<!doctype html><html lang=id><head><meta charset=utf-8><title>{e(art['title'] or art['id'])}</title>"
                '<link rel=stylesheet href="/static/style.css"></head><body class=doc>'
                f"<h1>{e(art['title'] or art['id'])}</h1><p class=meta>{meta}</p>"
                f'<div class="article-text">{render_html(art["text"], art["events"])}</div>'
                f"<h2>Events</h2><ol>{items}</ol>"
                f'<p><a href="/#article/{e(quote(article_id, safe=""))}">open in the explorer</a></p></body></html>')
        return HTMLResponse(page)

    static_dir = resources.files("warta.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse((static_dir / "index.html").read_text(encoding="utf-8"))

    return app


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("warta")
    except Exception:  # noqa: BLE001 - metadata missing in a source checkout
        return "0"
