"""``warta actors``: who a mention stands for on a day, from the actor knowledge base (warta.kb)."""

from __future__ import annotations

import json
from datetime import date

import click

from warta.types import WartaError


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise WartaError(f"--on {value!r}: not a date (YYYY-MM-DD)") from None


@click.command("actors")
@click.argument("mention", required=False)
@click.option("--on", "on", metavar="YYYY-MM-DD", help="The day of the article (default: today).")
@click.option("--context", multiple=True, metavar="COUNTRY",
              help="Country (code or name) of another mention in the article; tells apart shared names. Repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.option("--list", "list_", is_flag=True, help="List office holders (with --country: of that country).")
@click.option("--country", metavar="CODE", help="With --list: only this country (ISO alpha-3 or UNO).")
@click.option("--stats", is_flag=True, help="Entities by kind and country, office holders and latest date per country.")
@click.option("--check", is_flag=True, help="Validate the data files; exit 1 naming the file and record on error.")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), help="Another knowledge-base data directory.")
def actors_command(mention: str | None, on: str | None, context: tuple[str, ...], as_json: bool, list_: bool,
                   country: str | None, stats: bool, check: bool, data_dir: str | None) -> None:
    """Resolve MENTION ("Presiden AS", "Menlu RI", "Netanyahu") to a person, country, sector and office on a day.

    \b
    Try:  warta actors "Presiden AS" --on 2024-08-20
          warta actors Wong --on 2024-08-01 --context SGP
          warta actors --list --country IDN
          warta actors --stats
          warta actors --check
    """
    from warta.kb import KBError, load
    from warta.kb import check as check_data

    if check:
        try:
            kb = check_data(data_dir)
        except KBError as e:
            click.echo(f"warta: bad knowledge-base data: {e}", err=True)
            raise SystemExit(1) from None
        s = kb.stats()["entities"]
        click.echo(f"ok: {s['persons']} persons, {s['offices']} offices, {s['terms']} terms "
                   f"({s['uncertain_terms']} with uncertain dates), {s['entities']} entities, "
                   f"{s['countries']} country codes ({kb.data_dir})")
        return
    kb = load(data_dir)
    if stats:
        st = kb.stats()
        if as_json:
            click.echo(json.dumps(st, ensure_ascii=False, indent=2))
            return
        e = st["entities"]
        click.echo(f"persons {e['persons']}  offices {e['offices']}  terms {e['terms']} ({e['uncertain_terms']} "
                   f"uncertain)  entities {e['entities']}  country codes {e['countries']}  "
                   f"country phrases {e['country_phrases']}")
        click.echo("entities by kind: " + ", ".join(f"{k} {n}" for k, n in st["entities_by_kind"].items()))
        click.echo("entities by country (besides the country itself): " + "; ".join(
            f"{c} " + " ".join(f"{k} {n}" for k, n in kinds.items()) for c, kinds in st["entities_by_country"].items()))
        click.echo(f"{'country':8} {'offices':>7} {'holders':>7} {'terms':>5} {'uncertain':>9} {'persons':>7}"
                   "  latest date")
        for c, s in st["countries"].items():
            click.echo(f"{c:8} {s['offices']:>7} {s['office_holders']:>7} {s['terms']:>5} {s['uncertain_terms']:>9} "
                       f"{st['persons_by_country'].get(c, 0):>7}  {s['latest_date']}")
        shared = st["shared_names"]
        click.echo(f"{len(shared)} names shared by several people (resolved only by title or context): "
                   + ", ".join(sorted(shared)))
        return
    if list_:
        code = kb.country_code(country) if country else None
        if country and code is None:
            raise WartaError(f"--country {country!r}: not a known country code or name")
        rows = [t for t in kb.terms if code is None or kb.offices[t.office].country == code]
        rows.sort(key=lambda t: (t.office, t.start))
        if as_json:
            for t in rows:
                p = kb.persons[t.person]
                rec = {"office": t.office, "kb_id": p.kb_id, "name": p.name, "start": t.start.isoformat(),
                       "end": t.end.isoformat() if t.end else None, "uncertain": t.uncertain}
                click.echo(json.dumps(rec, ensure_ascii=False))
            return
        if not rows:
            click.echo(f"warta: no office holders for {code} in the knowledge base", err=True)
        for t in rows:
            flag = "  (uncertain)" if t.uncertain else ""
            click.echo(f"{t.office:28} {t.start}  {str(t.end or 'now'):10}  {kb.persons[t.person].name}{flag}")
        return
    if not mention:
        raise click.UsageError("give a MENTION, or one of --list, --stats, --check")
    r = kb.resolve(mention, _day(on), context)
    if as_json:
        click.echo(json.dumps(r.to_dict(), ensure_ascii=False))
    elif r.resolved:
        click.echo(f"{r.name} [{r.kb_id}]  {r.country} {r.sector}" + (f"  {r.office}" if r.office else "")
                   + ("  (dates uncertain)" if r.uncertain else ""))
        click.echo(f"  why: {r.reason}")
    else:
        click.echo(f"unresolved: {r.mention}")
        click.echo(f"  why: {r.reason}")
