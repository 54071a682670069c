"""Train one pipeline in its own process: ``python -m training.train_one ner OUT CORPUS [STEPS [CONFIG]] [--final]``.

``--final``: final fit, no early stopping (``training.patience = 0``); the caller uses model-last.
"""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.cli.train import train

from training import layers, pretrain, tokenizer, vectors  # noqa: F401  (register warta.* callbacks)

HERE = Path(__file__).parent
SPLITS = {"ud": ("ud-train", "ud-dev"), "ner": ("ner-train", "ner-dev")}


def main(argv: list[str]) -> None:
    final = "--final" in argv
    argv = [a for a in argv if a != "--final"]
    name, out, corpus = argv[0], Path(argv[1]), Path(argv[2])
    train_dir, dev_dir = SPLITS[name]
    overrides = {
        "paths.train": str(corpus / train_dir),
        "paths.dev": str(corpus / dev_dir),
        "nlp.after_creation.lexicon": str(corpus / "lexicon.json"),
    }
    if final:
        overrides["training.patience"] = 0
    if len(argv) > 3:
        overrides["training.max_steps"] = int(argv[3])
    config = argv[4] if len(argv) > 4 else name
    if vectors.uses_vectors(config):  # static word features written by training.vectors (build.prepare)
        overrides["paths.vectors"] = str(corpus / "vectors")
    train(HERE / "configs" / f"{config}.cfg", out, use_gpu=-1, overrides=overrides)


if __name__ == "__main__":
    main(sys.argv[1:])
