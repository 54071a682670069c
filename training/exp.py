"""NER experiments on the dev sets only: ``python -m training.exp NAME CONFIG MIX [key=value ...]``.

Trains one NER variant into training/work/NAME (git-ignored) from the DocBins that
``training.build`` wrote to training/corpus, then scores model-best on nergrit-dev and
IDNer2k dev separately (never on a reported split) and times it. MIX is e.g.
``nergrit-train-part:3,nerp-train:1,idner2k-train:1``; key=value are spaCy config overrides.
A config with static vectors (``ner_gaz``) gets a table written by ``training.vectors`` into
training/work/NAME/vectors (``WARTA_NER_SVD`` distributional dims) unless paths.vectors is given.
With ``WARTA_NER_MISSING`` set (see ``data.NER_MISSING``) the training splits are re-read from the
raw data with those source labels as missing annotation instead of being copied from
training/corpus. The dev corpus for checkpoint selection is always nergrit-dev + IDNer2k dev
(written to training/work/NAME/dev-data), whatever mode training/corpus was built in.
With ``WARTA_NER_SOURCE=DIR`` among the key=value arguments (round 6; use with ``ner_ft``), the NER is
sourced from the trained pipeline DIR and trained further (second-stage fine-tuning); its word table
is read from DIR too (``paths.vectors``), so it is the one the source was trained with.
``python -m training.exp --eval DIR`` scores an existing pipeline on the dev sets.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from training import data, layers, pretrain, tokenizer, vectors  # noqa: F401  (register warta.* callbacks)

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
WORK = HERE / "work"
DEV = ["nergrit-dev", "idner2k-dev"]


def dev_scores(model: Path) -> dict:
    nlp = spacy.load(model)
    out = {}
    for name in DEV:
        refs = list(DocBin().from_disk(CORPUS / f"{name}.spacy").get_docs(nlp.vocab))
        with nlp.select_pipes(enable=["ner"]):
            sc = nlp.evaluate([Example(nlp.make_doc(r.text), r) for r in refs])
        out[name] = {k: round(float(sc[k]), 4) for k in ("ents_p", "ents_r", "ents_f")}
        out[name]["per_type_f"] = {lab: round(v["f"], 4) for lab, v in sorted(sc["ents_per_type"].items())}
    texts = [r.text for r in DocBin().from_disk(CORPUS / "csui-train.spacy").get_docs(nlp.vocab)]
    start = time.perf_counter()
    n = sum(len(d) for d in nlp.pipe(texts * 3, batch_size=64))
    out["ner_only_words_per_s"] = round(n / (time.perf_counter() - start))
    return out


def main(argv: list[str]) -> None:
    if argv[0] == "--eval":
        print(json.dumps(dev_scores(Path(argv[1])), indent=2))
        return
    from spacy.cli.train import train

    name, config, mix = argv[0], argv[1], argv[2]
    extra = dict(a.split("=", 1) for a in argv[3:])
    out = WORK / name
    shutil.rmtree(out, ignore_errors=True)
    train_dir = out / "train-data"
    train_dir.mkdir(parents=True)
    k = 0
    for item in mix.split(","):
        split, copies = item.split(":")
        for _ in range(int(copies)):
            dest = train_dir / f"{k:02d}-{split}.spacy"
            if data.NER_MISSING:  # same sentences, some source labels marked missing
                data.write(data.ner_docs(spacy.blank("id"), data.ner_split(split)), dest)
            else:
                shutil.copy(CORPUS / f"{split}.spacy", dest)
            k += 1
    dev_dir = out / "dev-data"  # selection splits only (never a reported one)
    dev_dir.mkdir()
    for k, split in enumerate(DEV):
        shutil.copy(CORPUS / f"{split}.spacy", dev_dir / f"{k:02d}-{split}.spacy")
    if data.NER_MISSING:
        extra["WARTA_NER_MISSING"] = ",".join(data.NER_MISSING)  # recorded in results.jsonl
    overrides = {
        "paths.train": str(train_dir),
        "paths.dev": str(dev_dir),
        "nlp.after_creation.lexicon": str(CORPUS / "lexicon.json"),
    }
    if "WARTA_NER_SOURCE" in extra:  # fine-tune a trained NER (configs/ner_ft.cfg); keep its word table
        source = str(Path(extra["WARTA_NER_SOURCE"]).resolve())
        overrides["paths.source"] = source
        overrides["paths.vectors"] = source
    elif vectors.uses_vectors(config) and "paths.vectors" not in extra:
        # static word features (training splits and name lists only); WARTA_NER_SVD sets the SVD dims
        overrides["paths.vectors"] = str(vectors.write(out / "vectors"))
        extra["WARTA_NER_SVD"] = str(vectors.SVD_DIMS)  # recorded in results.jsonl, not a spaCy override
    for key, value in extra.items():
        if key in ("WARTA_NER_SVD", "WARTA_NER_MISSING", "WARTA_NER_SOURCE"):
            continue
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    t0 = time.time()
    train(HERE / "configs" / f"{config}.cfg", out, use_gpu=-1, overrides=overrides)
    res = {"name": name, "config": config, "mix": mix, "overrides": extra,
           "train_minutes": round((time.time() - t0) / 60, 1), **dev_scores(out / "model-best")}
    (out / "dev_scores.json").write_text(json.dumps(res, indent=2) + "\n")
    with open(WORK / "results.jsonl", "a") as f:
        f.write(json.dumps(res) + "\n")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
