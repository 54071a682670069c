"""Round 9: span-level majority vote of several NER pipelines, scored on the dev sets only.

``python -m training.ensemble [--min-votes K] DIR DIR DIR [...]`` loads each trained pipeline (e.g.
``training/work/gazsvd26/model-best``), runs its NER on nergrit-dev and IDNer2k dev (the same DocBins
and the same scoring as ``training.exp``: text re-tokenised with ``make_doc``, entity-level P/R/F1 with
exact span and label), and keeps an entity (start token, end token, label) iff at least K of the models
predict exactly it (default: a strict majority, 2 of 3). Prints each member's scores (which must equal
its ``dev_scores.json``) and the ensemble's, overall and per label, and pooled over both dev sets
("combined", the micro F1 exp.py selects checkpoints on), as JSON. Never reads a reported split.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example

from training import layers, pretrain, tokenizer, vectors  # noqa: F401  (register warta.* callbacks)

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
DEV = ["nergrit-dev", "idner2k-dev"]  # selection splits only, as in training.exp


def scores(examples: list[Example]) -> dict:
    sc = get_ner_prf(examples)
    out = {k: round(float(sc[k]), 4) for k in ("ents_p", "ents_r", "ents_f")}
    out["per_type_f"] = {lab: round(v["f"], 4) for lab, v in sorted(sc["ents_per_type"].items())}
    return out


def vote(docs: list[Doc], min_votes: int) -> Doc:
    """A copy of the first Doc whose entities are those predicted by at least ``min_votes`` of ``docs``."""
    counts = Counter((e.start, e.end, e.label_) for d in docs for e in d.ents)
    keep = sorted(k for k, n in counts.items() if n >= min_votes)
    out = docs[0].copy()
    # with a strict majority two kept spans can never overlap (one model would have predicted both)
    out.set_ents([Span(out, s, e, label=lab) for s, e, lab in keep], default="outside")
    return out


def main(argv: list[str]) -> None:
    min_votes = None
    if argv[:1] == ["--min-votes"]:
        min_votes, argv = int(argv[1]), argv[2:]
    dirs = [Path(a) for a in argv]
    min_votes = min_votes or len(dirs) // 2 + 1
    models = [spacy.load(d) for d in dirs]
    tok = models[0]
    res: dict = {"members": [str(d) for d in dirs], "min_votes": min_votes}
    pooled: dict[str, list[Example]] = {}  # micro F1 over both dev sets (exp.py's selection score)
    for name in DEV:
        refs = list(DocBin().from_disk(CORPUS / f"{name}.spacy").get_docs(tok.vocab))
        preds = []  # per model: predicted Docs, all on the same tokens
        for nlp in models:
            with nlp.select_pipes(enable=["ner"]):
                preds.append(list(nlp.pipe(nlp.make_doc(r.text) for r in refs)))
        for d, p in zip(dirs, preds, strict=True):
            same = all([t.text for t in a] == [t.text for t in b] for a, b in zip(preds[0], p, strict=True))
            assert same, "tokenizers differ"
            examples = [Example(x, r) for x, r in zip(p, refs, strict=True)]
            res.setdefault(name, {})[str(d)] = scores(examples)
            pooled.setdefault(str(d), []).extend(examples)
        voted = [vote([p[i] for p in preds], min_votes) for i in range(len(refs))]
        examples = [Example(x, r) for x, r in zip(voted, refs, strict=True)]
        res[name]["ensemble"] = scores(examples)
        pooled.setdefault("ensemble", []).extend(examples)
    res["combined"] = {k: scores(v) for k, v in pooled.items()}
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
