"""The coder on whole articles of our own, scored like the evaluation guidelines say.

``tests/fixtures/articles.jsonl`` and the bundled samples are hand-coded in
``tests/fixtures/expected.jsonl``. The floor below is where the coder stands
today: a change that loses accuracy on our own articles fails here.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from warta.evaluate import score
from warta.pipeline import code_article
from warta.types import Article

ROOT = Path(__file__).parent
FILES = [ROOT / "fixtures" / "articles.jsonl", ROOT.parent / "src" / "warta" / "data" / "samples.jsonl"]


def _articles():
    out = []
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            out.append(Article(id=d["id"], text=d["text"], published=date.fromisoformat(d["published"]),
                               title=d.get("title"), outlet=d.get("outlet")))
    return out


@pytest.fixture(scope="module")
def coded():
    arts = _articles()
    return arts, {a.id: code_article(a) for a in arts}


def test_accuracy_on_our_articles_does_not_regress(coded):
    arts, events = coded
    gold = [json.loads(x) for x in (ROOT / "fixtures" / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    system = [e.to_dict() for evs in events.values() for e in evs]
    s = score(gold, system, [a.id for a in arts])
    assert s.f1 >= 0.75, (s.precision, s.recall)
    assert s.precision >= 0.7
    assert s.accuracy("modality") >= 0.9
    assert s.accuracy("date") >= 0.95


@pytest.mark.parametrize("article_id", ["fx-sport", "fx-weather-prices"])
def test_reports_without_politics_code_nothing(coded, article_id):
    _, events = coded
    assert events[article_id] == []


def test_every_piece_of_evidence_is_a_slice_of_its_article(coded):
    arts, events = coded
    by_id = {a.id: a for a in arts}
    for aid, evs in events.items():
        for e in evs:
            for ev in e.evidence:
                assert by_id[aid].text[ev.start:ev.end] == ev.text
