"""``warta eval``: measure warta on hand-coded events, the way the guidelines score it."""

from __future__ import annotations

import json
from pathlib import Path

import click

from warta.cli.common import code, iter_inputs, ner_option, parse_option, say
from warta.evaluate import DEFAULT_MIN_CONFIDENCE, by_confidence, confusion, per_type, score
from warta.types import InputError, WartaError


def _load_jsonl(path: Path, what: str) -> list[dict]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise WartaError(f"{path}: cannot read {what} ({e})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise WartaError(f"{path}:{n}: not valid JSON ({e.msg})") from None
    return rows


def _brief(e: dict) -> str:
    def side(xs: list[dict]) -> str:
        return ",".join(f"{a.get('country')}/{a.get('sector')}" for a in xs or []) or "-"
    return (f"{e.get('type')} {side(e.get('actor'))} -> {side(e.get('recipient'))} "
            f"{e.get('date') or '?'} {e.get('modality', 'asserted')}")


def _sentence(e: dict) -> str:
    ev = e.get("evidence") or []
    if not ev:
        return ""
    first = ev[0]
    text = first.get("text", "") if isinstance(first, dict) else str(first)
    return text if len(text) <= 160 else text[:157] + "..."


@click.command("eval")
@click.argument("articles", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--system", "system_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Score these coded events (JSON lines) instead of coding ARTICLES now.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Score only events at least this confident (as `warta code` outputs them).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--show/--no-show", default=True, show_default=True, help="List misses and false positives.")
@ner_option
@parse_option
def eval_command(articles: Path, gold: Path, system_path: Path | None, min_confidence: float, as_json: bool,
                 show: bool, ner: bool, parse: bool) -> None:
    """Score warta against hand-coded GOLD events for the ARTICLES (JSON lines).

    The matching rules are those of the evaluation guidelines: type (or an
    accepted type) and actor and recipient country+sector codes, either order for
    symmetric events; optional gold events neither reward nor punish. Prints the
    summary, a table per type, a confusion matrix of types, precision by
    confidence band, and every miss and false positive with its sentence.
    """
    gold_rows = _load_jsonl(gold, "gold events")
    article_ids = [a.get("id") for a in _load_jsonl(articles, "articles")]
    if system_path is not None:
        system = _load_jsonl(system_path, "system events")
    else:
        system = []
        for item in iter_inputs((str(articles),), None, 20.0):
            if isinstance(item, InputError):
                say(str(item))
                continue
            try:
                system.extend(e.to_dict() for e in code(item, ner, parse))
            except InputError as e:
                say(str(e))
    everything = score(gold_rows, system, article_ids)  # the confidence bands look at all events
    system = [e for e in system if float(e.get("confidence", 1.0)) >= min_confidence]
    result = score(gold_rows, system, article_ids)
    summary = {
        "articles": len(article_ids), "gold_core": result.tp + result.fn, "system": result.tp + result.fp,
        "tp": result.tp, "fp": result.fp, "fn": result.fn, "precision": round(result.precision, 4),
        "recall": round(result.recall, 4), "f1": round(result.f1, 4),
        "date_accuracy": result.accuracy("date"), "location_country_accuracy": result.accuracy("location_country"),
        "modality_accuracy": result.accuracy("modality"), "type_exact_accuracy": result.accuracy("type_exact"),
    }
    if as_json:
        click.echo(json.dumps(summary))
        return
    for k, v in summary.items():
        click.echo(f"{k:28} {v if not isinstance(v, float) else round(v, 4)}")
    click.echo("\nper type (gold = core gold events found / all; system = correct system events / all)")
    click.echo(f"  {'type':10} {'gold':>9} {'system':>9} {'P':>6} {'R':>6} {'F1':>6}")
    for r in per_type(result, gold_rows, article_ids):
        click.echo(f"  {r.type:10} {f'{r.tp}/{r.gold}':>9} {f'{r.correct}/{r.system}':>9} "
                   f"{r.precision:6.2f} {r.recall:6.2f} {r.f1:6.2f}")
    click.echo("\nconfusion (gold type -> system type for the same actors; '-' = nothing coded)")
    for (g, s), n in sorted(confusion(gold_rows, system, article_ids).items()):
        click.echo(f"  {g:10} -> {s:10} {n}")
    click.echo("\nprecision by confidence band (all events, before --min-confidence)")
    for band, n, good, p in by_confidence(everything):
        click.echo(f"  {band}  {n:4} events  {good:4} correct  precision {p:.2f}")
    if show:
        if result.misses:
            click.echo("\nmisses (core gold events no system event matched)")
            for g in result.misses:
                click.echo(f"  MISS  {g['article']} {_brief(g)}\n        {_sentence(g)}")
        if result.extras:
            click.echo("\nfalse positives (system events that match no gold event)")
            for s in result.extras:
                click.echo(f"  EXTRA {s.get('article')} {_brief(s)}\n        {_sentence(s)}")
