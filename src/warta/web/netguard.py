"""Fetching a URL on behalf of a web client without letting it reach the server's own network.

Only http(s); the host must resolve to public addresses (unless ``allow_private``), and
every redirect is checked the same way; one timeout; a size cap. A name that resolves
differently between the check and the connection (DNS rebinding) is a residual risk,
which is why ``--allow-private`` is off by default and the server listens on 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from datetime import date
from urllib.parse import urlsplit

from warta import sources
from warta.types import Article, InputError

MAX_FETCH_BYTES = 5 * 1024 * 1024


def check_url(url: str, allow_private: bool = False) -> None:
    """InputError unless ``url`` is http(s) and (unless allowed) its host resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(url, f"unsupported URL scheme {parts.scheme!r}; only http and https URLs can be read")
    host = parts.hostname
    if not host:
        raise InputError(url, "the URL has no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError) as e:
        raise InputError(url, f"cannot resolve host {host!r} ({e})") from None
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not ip.is_global or ip.is_multicast:
            raise InputError(url, f"refusing to fetch a private, loopback or reserved address ({ip});"
                                  " start the server with --allow-private to allow it")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        check_url(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_article(url: str, published: date | None, lang: str, timeout: float = 15.0,
                  allow_private: bool = False) -> Article:
    """The article at ``url`` (an HTML page or plain text); InputError for anything else."""
    check_url(url, allow_private)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_private))
    got = sources.fetch(url, timeout, opener=opener, max_bytes=MAX_FETCH_BYTES)
    body, ctype, final = got.body, got.content_type, got.url
    kind = sources._sniff(body)
    if kind == "text" and ("rss" in ctype or "atom" in ctype):
        kind = "feed"
    elif kind == "text" and "html" in ctype:
        kind = "html"
    if kind in ("feed", "jsonl"):
        raise InputError(url, f"this URL is a {kind}, not an article; use `warta ingest` for it")
    for item in sources._read_bytes(url, body, kind, url, published, lang, timeout, None, url=final):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(url, "no article found")
