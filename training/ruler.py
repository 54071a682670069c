"""Round 10: spaCy's entity ruler after the NER, from the name lists, scored on the dev sets only.

``python -m training.ruler [DIR ...]`` adds, to each trained pipeline DIR (default: the two dev-mode models of
the shipped configuration), an ``entity_ruler`` after its NER that only fills tokens the NER left outside any
entity, with one pattern per name of ``training.vectors.gazetteers()`` (variant A: places as LOC; variant B:
places, organisations and people), and prints P/R/F1 on nergrit-dev and IDNer2k dev for the model alone and
with each variant, as JSON. ``--held-out DIR VARIANT`` scores one pipeline with one variant on the reported
splits (only for a variant chosen by the rule in training/README.md, round 10). Never trains anything.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from training import layers, pretrain, tokenizer, vectors  # noqa: F401  (register warta.* callbacks)
from training.ensemble import scores

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
DEV = ["nergrit-dev", "idner2k-dev"]
HELD_OUT = ["nergrit-valid", "idner2k-test"]
MODELS = [HERE / "work" / "gazsvd26" / "model-best", HERE / "work" / "gazsvd26-s2" / "model-best"]
LABELS = {"country": "LOC", "city": "LOC", "region": "LOC", "org": "ORG", "person": "PER"}
VARIANTS = {"A": ("LOC",), "B": ("LOC", "ORG", "PER")}


def patterns(labels: tuple[str, ...]) -> list[dict]:
    """One phrase pattern per listed name (its words, matched lower-cased); see ``capitalised``."""
    stop = vectors.place_stopwords()
    gaz = vectors.gazetteers()
    title_words = {w for name in gaz["title"] for w in name}
    seen: dict[tuple[str, ...], str] = {}
    for cat in ("country", "city", "region", "org", "person"):  # LOC first, then ORG, then PER
        label = LABELS[cat]
        for words in gaz[cat]:
            key = tuple(words)
            if key in seen:
                continue
            if len(words) == 1 and (words[0] in stop or words[0] in title_words or len(words[0]) < 4
                                    or not words[0].isalpha()):
                continue
            seen[key] = label
    return [{"label": label, "pattern": " ".join(key)} for key, label in seen.items() if label in labels]


@Language.component("warta_ruler_capitalised")
def capitalised(doc: Doc) -> Doc:
    """Drop the ruler's names whose first word is not written with a capital (``IS_TITLE`` or ``IS_UPPER``):
    the phrase matcher matches lower-cased text, and a lower-case common word is no name."""
    keep = [e for e in doc.ents if e.ent_id_ != "ruler" or e[0].is_title or e[0].is_upper]
    if len(keep) < len(doc.ents):
        doc.set_ents(keep, default="outside")
    return doc


def with_ruler(model: Path, variant: str | None):
    nlp = spacy.load(model)
    keep = [p for p in nlp.pipe_names if p not in ("ner",)]
    nlp.select_pipes(disable=keep)
    if variant is not None:
        ruler = nlp.add_pipe("entity_ruler", after="ner",
                             config={"overwrite_ents": False, "phrase_matcher_attr": "LOWER"})
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns([dict(p, id="ruler") for p in patterns(VARIANTS[variant])])
        nlp.add_pipe("warta_ruler_capitalised", after="entity_ruler")
    return nlp


def evaluate(nlp, splits: list[str]) -> dict:
    out = {}
    for name in splits:
        refs = list(DocBin().from_disk(CORPUS / f"{name}.spacy").get_docs(nlp.vocab))
        preds = list(nlp.pipe(nlp.make_doc(r.text) for r in refs))
        out[name] = scores([Example(p, r) for p, r in zip(preds, refs, strict=True)])
    return out


def main(argv: list[str]) -> None:
    if argv[:1] == ["--held-out"]:
        model, variant = Path(argv[1]), argv[2]
        print(json.dumps({"model": str(model), "variant": variant,
                          **evaluate(with_ruler(model, variant), HELD_OUT)}, indent=2))
        return
    models = [Path(a) for a in argv] or MODELS
    res: dict = {}
    for m in models:
        for variant in (None, "A", "B"):
            res[f"{m.parent.name}/{variant or 'none'}"] = evaluate(with_ruler(m, variant), DEV)
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
