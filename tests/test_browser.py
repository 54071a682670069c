"""The web explorer in a real browser: headless Chromium driven by Playwright, against `warta serve`'s app.

The app runs on a free loopback port in a background thread over a temporary DuckDB seeded with the bundled
samples. Every request the pages make to anything but 127.0.0.1 is aborted and recorded, and each test asserts
that none was attempted (the explorer works offline). Screenshots go to tests/output/browser/.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else shutil.which("chromium")
if not CHROMIUM:
    pytest.skip("no Chromium installed (/usr/bin/chromium or `chromium` on PATH); apt-get install chromium",
                allow_module_level=True)

import uvicorn  # noqa: E402
from playwright.sync_api import Browser, Locator, Page, Route, expect, sync_playwright  # noqa: E402

from warta.pipeline import code_article  # noqa: E402
from warta.sources import read_articles  # noqa: E402
from warta.store import Store  # noqa: E402
from warta.web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "warta" / "data" / "samples.jsonl"
OUTPUT = ROOT / "tests" / "output" / "browser"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIXTURE_TEXT = ("Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim "
                "di Istana Merdeka pada Senin (19/8).")
FIXTURE_PUBLISHED = "2024-08-21"
TIMEOUT_MS = 15_000


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "warta.duckdb"
    with Store(path) as store:
        for art in read_articles(str(SAMPLES)):
            store.add(art, code_article(art))
    return path


@pytest.fixture(scope="module")
def base_url(db_path: Path) -> Iterator[str]:
    port = free_port()
    config = uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="warta-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            pytest.fail(f"the app did not start on 127.0.0.1:{port}")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


class Tab:
    """A page in a fresh context that only reaches 127.0.0.1, with its JavaScript errors collected."""

    def __init__(self, browser: Browser, base_url: str) -> None:
        self.base_url = base_url
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
        self.context.set_default_timeout(TIMEOUT_MS)
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page: Page = self.context.new_page()
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(f"console: {msg.text}"))

    def _route(self, route: Route) -> None:
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def open(self, fragment: str) -> Page:
        self.page.goto(f"{self.base_url}/{fragment}")
        return self.page

    def done(self, name: str) -> None:
        """Screenshot the page, then check that it stayed offline and raised no JavaScript error."""
        OUTPUT.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
        assert self.blocked == [], f"the page tried to leave 127.0.0.1: {self.blocked}"
        assert self.errors == [], self.errors
        width = self.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], f"{name}: the page is wider than the window ({width[0]} > {width[1]} px)"


@pytest.fixture()
def tab(browser: Browser, base_url: str) -> Iterator[Tab]:
    t = Tab(browser, base_url)
    yield t
    t.context.close()


def clipped_labels(svg: Locator) -> list[str]:
    """The texts of an SVG that do not fit inside its drawing."""
    return svg.evaluate("""svg => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll("text")].filter(t => {
            const r = t.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
        }).map(t => t.textContent);
    }""")


def info_total(page: Page) -> int:
    text = page.locator(".pager .muted").first.inner_text()
    m = re.search(r"of (\d+) events", text)
    assert m, text
    return int(m.group(1))


# ---------------------------------------------------------------- tests


def test_code_an_article_shows_cards_spans_and_evidence(tab: Tab) -> None:
    page = tab.open("#code")
    expect(page.locator("#nav a[data-view=code]")).to_have_class(re.compile(r"\bactive\b"))
    form = page.locator("form.code-form")
    form.locator("textarea[name=text]").fill(FIXTURE_TEXT)
    form.locator("input[name=published]").fill(FIXTURE_PUBLISHED)
    form.locator("button[type=submit]").click()

    cards = page.locator(".code-layout .card")
    expect(cards.first).to_be_visible()
    assert cards.count() >= 1
    expect(page.locator(".code-layout h3").nth(1)).to_have_text(f"{cards.count()} events")
    consult = cards.filter(has_text="CONSULT").first
    expect(consult).to_contain_text("2024-08-19")  # Senin (19/8) before a 2024-08-21 publication
    expect(consult).to_contain_text("Prabowo Subianto")
    expect(consult).to_contain_text("Anwar Ibrahim")
    expect(consult).to_contain_text("Istana Merdeka")

    text = page.locator(".code-layout .article-text")
    expect(text).to_have_text(FIXTURE_TEXT)
    actors = text.locator("mark.hl-actor").all_inner_texts()
    assert any("Prabowo" in a for a in actors) and any("Anwar" in a for a in actors), actors
    expect(text.locator("mark.hl-trigger").first).to_contain_text("bertemu")
    expect(text.locator("mark.hl-date").first).to_contain_text("19/8")
    expect(text.locator("mark.hl-place").first).to_contain_text("Istana Merdeka")
    expect(text.locator("mark.active")).to_have_count(0)

    consult.click()
    expect(consult).to_have_class(re.compile(r"\bactive\b"))
    expect(page.locator(".code-layout .card.active")).to_have_count(1)
    active = text.locator("mark.active")
    expect(active.first).to_be_visible()
    event_id = consult.get_attribute("data-event")
    for m in active.all():
        assert event_id in (m.get_attribute("data-events") or "").split()
    assert "bertemu" in "".join(active.all_inner_texts())
    expect(page.locator("button[name=save]")).to_be_enabled()
    tab.done("code")


def test_events_table_filters_by_type(tab: Tab) -> None:
    page = tab.open("#events")
    rows = page.locator("#view table tr.clickable")
    expect(rows.first).to_be_visible()
    total = info_total(page)
    n_all = rows.count()
    assert total > 5 and n_all == min(total, 50)
    expect(page.locator("#filters")).to_be_visible()

    page.locator("#filters select[name=type]").select_option("CONSULT")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"#events\?.*type=CONSULT"))
    expect(page.locator(".pager .muted").first).not_to_have_text(re.compile(rf"of {total} events"))
    expect(rows.first).to_be_visible()
    n_consult = rows.count()
    assert 0 < n_consult < n_all and info_total(page) == n_consult
    for cell in rows.locator("td:nth-child(3)").all_inner_texts():
        assert cell.startswith("CONSULT"), cell
    expect(page.locator("#filters select[name=type]")).to_have_value("CONSULT")
    tab.done("events-consult")

    page.locator("#clear-filters").click()
    expect(page.locator(".pager .muted").first).to_have_text(re.compile(rf"of {total} events"))
    tab.done("events")


def test_event_row_opens_its_article_with_the_evidence_highlighted(tab: Tab) -> None:
    page = tab.open("#events?type=CONSULT")
    row = page.locator("#view table tr.clickable").first
    expect(row).to_be_visible()
    row.click()
    page.wait_for_url(re.compile(r"#article/[^?]+\?event="))
    expect(page.locator(".card.active")).to_have_count(1)
    expect(page.locator(".article-text mark.active").first).to_be_visible()
    tab.done("article-event")


def test_timeline_draws_bars(tab: Tab) -> None:
    page = tab.open("#timeline")
    svg = page.locator("#view svg")
    expect(svg).to_be_visible()
    assert svg.locator("rect").count() > 0
    expect(page.locator("#view .legend i.sw").first).to_have_attribute("style", re.compile("background"))
    assert clipped_labels(svg) == []
    tab.done("timeline")


def test_network_draws_nodes_and_edges(tab: Tab) -> None:
    page = tab.open("#network")
    svg = page.locator("#view svg")
    expect(svg).to_be_visible()
    nodes = svg.locator("g.node circle")
    assert nodes.count() >= 2
    assert svg.locator("path.edge").count() >= 1
    expect(page.locator("#view p.muted").first).to_contain_text(f"{nodes.count()} actors")
    # every node lies inside the drawing
    box = svg.bounding_box()
    assert box
    for circle in nodes.all():
        b = circle.bounding_box()
        assert b and box["x"] - 1 <= b["x"] and b["x"] + b["width"] <= box["x"] + box["width"] + 1
        assert box["y"] - 1 <= b["y"] and b["y"] + b["height"] <= box["y"] + box["height"] + 1
    assert clipped_labels(svg) == []
    tab.done("network")


def test_map_draws_places_on_a_basemap(tab: Tab) -> None:
    page = tab.open("#map")
    svg = page.locator("#view svg")
    expect(svg).to_be_visible()
    points = svg.locator("circle.point")
    assert points.count() > 0
    assert svg.locator("path.land").count() > 10
    expect(page.locator("#view p.muted").first).to_contain_text(f"{points.count()} places")
    assert page.locator("#view table tr.clickable").count() == min(points.count(), 30)
    assert clipped_labels(svg) == []
    tab.done("map")


def test_articles_list_and_article_view_show_the_text(tab: Tab, db_path: Path) -> None:
    with Store(db_path, create=False) as store:
        stored = store.list_articles()
        first = store.get_article(stored[0]["id"])
    assert first is not None
    page = tab.open("#articles")
    rows = page.locator("#view table tr.clickable")
    expect(rows).to_have_count(len(stored))
    expect(page.locator("#view .pager .muted")).to_have_text(f"{len(stored)} articles")
    tab.done("articles")

    rows.filter(has_text=first.title or first.id).first.click()
    page.wait_for_url(re.compile(r"#article/"))
    text = page.locator(".article-text")
    expect(text).to_be_visible()
    assert text.inner_text().split() == first.text.split()
    assert text.locator("mark.hl-actor").count() > 0
    expect(page.locator("dl.prov")).to_contain_text(first.id)
    cards = page.locator(".card")
    assert cards.count() > 0
    expect(page.locator(".code-layout h3").nth(1)).to_have_text(f"{cards.count()} events")
    cards.first.click()
    expect(page.locator(".article-text mark.active").first).to_be_visible()
    tab.done("article")

    page.goto(f"{tab.base_url}/articles/{first.id}")
    expect(page.locator("h1")).to_have_text(first.title or first.id)
    assert page.locator(".article-text").inner_text().split() == first.text.split()
    tab.done("article-plain")
