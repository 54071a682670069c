"""``warta serve``: the event database in the browser and over an HTTP API (offline)."""

from __future__ import annotations

import ipaddress
import os
import secrets
from pathlib import Path

import click

from warta.cli.common import db_option, say
from warta.types import WartaError


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback requires a token for writes.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="WARTA_TOKEN", default=None,
              help="Token that writes must carry when not on loopback (default: generated and printed). "
                   "Also read from WARTA_TOKEN.")
@click.option("--allow-private", is_flag=True,
              help="Let URL fetches reach private and loopback addresses (off: only public hosts).")
@click.option("--max-body", type=click.IntRange(min=1024), default=2 * 1024 * 1024, show_default=True,
              help="Largest request body accepted, in bytes.")
def serve_command(db_path: str, host: str, port: int, token: str | None, allow_private: bool, max_body: int) -> None:
    """Explore the event database in the browser and over an HTTP API.

    \b
    Pages: code an article, events table, timeline, network, map, article view.
    API:   /api/events, /api/articles, /api/actors, /api/code, /api/export, /api/stats
           (list at /docs, OpenAPI at /openapi.json). Works with no internet.
    """
    try:
        import uvicorn

        from warta.web.app import create_app
    except ImportError as e:
        raise WartaError(f"the web server is not available ({e}); install warta with its dependencies") from None
    if db_path != ":memory:" and not Path(db_path).exists():
        say(f"{db_path} does not exist yet: it will be created (articles saved from the page go there)")
    loopback = is_loopback(host)
    require = not loopback
    if require and not token:
        token = secrets.token_urlsafe(24)
        say(f"listening on {host}: writes need this token: {token}")
    elif require:
        say(f"listening on {host}: writes need the token given with --token / WARTA_TOKEN")
    allowed = ["127.0.0.1", "localhost", "::1", "[::1]"] if loopback else None
    app = create_app(db_path, token=token, require_token=require, allow_private=allow_private, max_body=max_body,
                     allowed_hosts=allowed)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}/"
    if require and token and token != os.environ.get("WARTA_TOKEN"):
        url += f"#token={token}"
    say(f"serving {db_path} at {url} (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
