"""``warta articles``: the stored articles, or with ``--duplicates`` their near-duplicate clusters."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from warta.cli.common import db_option
from warta.render import shorten
from warta.store import Store


def _console() -> Console:
    console = Console(soft_wrap=False)
    return console if console.is_terminal else Console(width=200)


@click.command("articles")
@db_option
@click.option("--duplicates", is_flag=True,
              help="List clusters of near-duplicate articles (syndicated copies), canonical article first.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many articles (not with --duplicates).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"], case_sensitive=False), default="table",
              show_default=True, help="A table for reading or JSON lines.")
def articles_command(db_path: str, duplicates: bool, limit: int | None, fmt: str) -> None:
    """List stored articles with their source and near-duplicate cluster.

    With --duplicates, list only the clusters of near-duplicates: articles whose texts
    (without dateline and trailers) share most of their five-word runs. The canonical
    member is the earliest published; the others count as the same source.
    """
    fmt = fmt.lower()
    with Store(db_path, create=False) as store:
        if duplicates:
            clusters = store.duplicate_clusters()
        else:
            rows = store.list_articles(limit=limit)
    if duplicates:
        if fmt == "jsonl":
            for c in clusters:
                click.echo(json.dumps(c, ensure_ascii=False))
            return
        if not clusters:
            click.echo("warta: no near-duplicate articles", err=True)
            return
        table = Table(header_style="bold")
        for name in ("cluster", "article", "published", "outlet", "source", "similarity", "title"):
            table.add_column(name, no_wrap=name != "title")
        for c in clusters:
            for m in c["members"]:
                table.add_row(*(Text(x) for x in (
                    c["cluster"] if m["canonical"] else "", m["id"] + (" *" if m["canonical"] else ""),
                    m["published"], m["outlet"] or "", m["source"] or "",
                    "" if m["similarity"] is None else f"{m['similarity']:.2f}", shorten(m["title"] or "", 60),
                )))
        _console().print(table)
        click.echo(f"{len(clusters)} clusters, {sum(len(c['members']) for c in clusters)} articles"
                   " (* canonical: the earliest)", err=True)
        return
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if not rows:
        click.echo("warta: no articles stored", err=True)
        return
    table = Table(header_style="bold")
    for name in ("article", "published", "outlet", "source", "events", "duplicate of", "title"):
        table.add_column(name, no_wrap=name != "title")
    for r in rows:
        table.add_row(*(Text(x) for x in (
            r["id"], r["published"], r["outlet"] or "", r["source"] or "", str(r["events"]),
            "" if r["dup_cluster"] in (None, r["id"]) else r["dup_cluster"], shorten(r["title"] or "", 60),
        )))
    _console().print(table)
