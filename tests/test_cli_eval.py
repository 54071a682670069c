"""``warta eval`` and ``warta explain`` on our own fixture articles."""

import json
from pathlib import Path

from click.testing import CliRunner

from warta.cli import main
from warta.evaluate import score

FIXTURES = Path(__file__).parent / "fixtures"


def _subset(tmp_path: Path, ids: set[str]) -> tuple[Path, Path]:
    arts = [ln for ln in (FIXTURES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if json.loads(ln)["id"] in ids]
    gold = [ln for ln in (FIXTURES / "expected.jsonl").read_text(encoding="utf-8").splitlines()
            if json.loads(ln)["article"] in ids]
    a, g = tmp_path / "a.jsonl", tmp_path / "g.jsonl"
    a.write_text("\n".join(arts) + "\n", encoding="utf-8")
    g.write_text("\n".join(gold) + "\n", encoding="utf-8")
    return a, g


def test_eval_prints_the_same_summary_as_scoring_by_hand(tmp_path):
    a, g = _subset(tmp_path, {"fx-metonym", "fx-sport", "fx-shot-dead"})
    coded = CliRunner().invoke(main, ["code", str(a)])
    assert coded.exit_code == 0
    sys_file = tmp_path / "s.jsonl"
    sys_file.write_text(coded.stdout, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(a), str(g), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    gold = [json.loads(x) for x in g.read_text(encoding="utf-8").splitlines()]
    system = [json.loads(x) for x in coded.stdout.splitlines() if x.strip()]
    expect = score(gold, system, ["fx-metonym", "fx-sport", "fx-shot-dead"])
    assert summary["tp"] == expect.tp and summary["fp"] == expect.fp and summary["fn"] == expect.fn


def test_eval_report_has_types_confusion_bands_and_listings(tmp_path):
    a, g = _subset(tmp_path, {"fx-metonym", "fx-negated"})
    out = CliRunner().invoke(main, ["eval", str(a), str(g)]).stdout
    assert "per type" in out and "confusion" in out and "confidence band" in out
    assert "MISS" in out or "EXTRA" in out


def test_eval_names_a_broken_gold_file(tmp_path):
    a, _ = _subset(tmp_path, {"fx-metonym"})
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(a), str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output


def test_explain_gives_reasons_for_events_and_non_events(tmp_path):
    text = ("Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim "
            "di Istana Merdeka pada Senin (19/8). Keduanya membahas kerja sama perbatasan.\n")
    f = tmp_path / "x.txt"
    f.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["explain", str(f), "--published", "2024-08-21"]).stdout
    assert "EVENT 1: CONSULT" in out
    assert "trigger: 'bertemu'" in out
    assert "date: 'Senin (19/8)' -> 2024-08-19" in out
    assert "no event from 'kerja sama'" in out


def test_default_output_leaves_out_unsure_events(tmp_path):
    # a victim with no named attacker is coded, but with low confidence: hidden unless asked for
    f = tmp_path / "x.txt"
    f.write_text("Dua warga sipil tewas dalam ledakan di pasar kota Kandahar pada Selasa.\n", encoding="utf-8")
    shown = CliRunner().invoke(main, ["code", str(f), "--published", "2024-08-21"]).stdout
    everything = CliRunner().invoke(main, ["code", str(f), "--published", "2024-08-21",
                                           "--min-confidence", "0"]).stdout
    events = [json.loads(x) for x in everything.splitlines() if x.strip()]
    assert events and all(e["confidence"] < 0.7 for e in events)
    assert shown.strip() == ""


def test_per_type_precision_counts_system_types_and_recall_gold_types():
    from warta.evaluate import per_type, score

    side = [{"country": "THA", "sector": "GOV"}]
    other = [{"country": "KHM", "sector": "GOV"}]
    gold = [{"article": "a", "type": "REJECT", "accept": ["ACCUSE"], "actor": side, "recipient": other,
             "importance": "core"}]
    system = [{"article": "a", "type": "ACCUSE", "actor": side, "recipient": other},
              {"article": "a", "type": "ACCUSE", "actor": other, "recipient": side}]
    rows = {r.type: r for r in per_type(score(gold, system, ["a"]), gold, ["a"])}
    assert (rows["REJECT"].tp, rows["REJECT"].gold, rows["REJECT"].recall) == (1, 1, 1.0)
    assert (rows["ACCUSE"].correct, rows["ACCUSE"].system, rows["ACCUSE"].precision) == (1, 2, 0.5)
