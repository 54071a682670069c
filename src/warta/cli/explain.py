"""``warta explain``: why each event is there, and why a trigger gave none."""

from __future__ import annotations

from datetime import date

import click

from warta.cli.common import iter_inputs, ner_option, parse_option, published_option, say, timeout_option
from warta.types import InputError, WartaError


def _side(actors: list) -> str:
    return ", ".join(f"{a.name} ({a.country or '?'}/{a.sector or '?'})" for a in actors) or "-"


@click.command("explain")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@published_option
@timeout_option
@ner_option
@parse_option
def explain_command(inputs: tuple[str, ...], published: date | None, fetch_timeout: float, ner: bool,
                    parse: bool) -> None:
    """Show how each article was coded, sentence by sentence.

    For every event: the trigger and lexicon entry, the rule that found each
    actor, the date expression, modality, attribution and place. For every
    sentence with a trigger but no event: why not.
    """
    from warta.pipeline import explain_article

    failed = 0
    for item in iter_inputs(inputs, published, fetch_timeout):
        if isinstance(item, InputError):
            say(str(item))
            failed += 1
            continue
        try:
            x = explain_article(item, ner=ner, parse=parse)
        except WartaError as e:
            say(str(e))
            failed += 1
            continue
        meta = x.analysed.meta
        click.echo(f"== {item.id} (published {item.published.isoformat()})")
        if meta.dateline_place or meta.source:
            click.echo(f"   dateline: {meta.dateline_place or '-'} ({meta.dateline_outlet or '-'}); "
                       f"source: {meta.source or '-'}")
        by_sentence: dict[int, list] = {}
        for n, e in enumerate(x.events, 1):
            first = next((s.index for s in x.analysed.sentences if e.evidence and s.start == e.evidence[0].start), -1)
            by_sentence.setdefault(first, []).append((n, e))
        rejected: dict[int, list] = {}
        for r in x.rejected:
            rejected.setdefault(r.sentence, []).append(r)
        for s in x.analysed.sentences:
            if s.index not in by_sentence and s.index not in rejected:
                continue
            click.echo(f"\n[{s.index + 1}] {s.text}")
            for n, e in by_sentence.get(s.index, []):
                loc = f"{e.location.name} ({e.location.country})" if e.location else "-"
                click.echo(f"  EVENT {n}: {e.type}/{e.mode or '-'} cameo {e.cameo}  {_side(e.actor)} -> "
                           f"{_side(e.recipient)}")
                click.echo(f"    date {e.date or '-'}{' to ' + e.date_end if e.date_end else ''}  place {loc}  "
                           f"modality {e.modality}  attribution {e.attribution or '-'}  confidence {e.confidence}")
                for line in e.explanation:
                    click.echo(f"    - {line}")
            for r in rejected.get(s.index, []):
                click.echo(f"  no event from '{r.trigger}' ({r.type}): {r.reason}")
        click.echo("")
    if failed and failed == len(inputs):
        click.get_current_context().exit(1)
