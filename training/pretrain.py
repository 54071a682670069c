"""Pretrain a tok2vec (characters objective): ``python -m training.pretrain CONFIG OUT TEXT.jsonl``.

CONFIG (``ner_t2v_pretrain``) holds a stand-alone tok2vec with the same architecture as the
NER's inline one; the NER config then loads the weights with the ``warta.ner_init_tok2vec.v1``
``[initialize.after_init]`` callback (spaCy's own ``init_tok2vec`` cannot reach the inline
layer: the parser model wraps it as ``chain(tok2vec, list2array, Linear)``).
TEXT must hold only text of training splits; never a reported split or a selection split.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training.pretrain import pretrain
from spacy.util import load_config

from training import tokenizer  # noqa: F401  (registers warta.id_tokenizer.v1)

HERE = Path(__file__).parent


@spacy.registry.callbacks("warta.ner_init_tok2vec.v1")
def make_init_tok2vec(path: str | None = None):
    def apply(nlp: Language) -> Language:
        if path:
            nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0].from_bytes(Path(path).read_bytes())
        return nlp

    return apply


def main(argv: list[str]) -> None:
    config, out, text = argv[0], Path(argv[1]), argv[2]
    lexicon = argv[3] if len(argv) > 3 else str(HERE / "corpus" / "lexicon.json")
    overrides = {"paths.raw_text": text, "nlp.after_creation.lexicon": lexicon}
    cfg = load_config(HERE / "configs" / f"{config}.cfg", overrides=overrides, interpolate=True)
    out.mkdir(parents=True, exist_ok=True)
    pretrain(cfg, out, silent=False)


if __name__ == "__main__":
    main(sys.argv[1:])
