"""Extra model architectures for the NER experiments (round 7).

``warta.BiLSTMEncoder.v1``: a bidirectional LSTM over each Doc's token vectors, on thinc's own
numpy/Cython LSTM (``thinc.api.LSTM``, CPU, no torch), as the ``encode`` step of
``spacy.Tok2Vec.v2`` in place of ``spacy.MaxoutWindowEncoder.v2`` (``configs/ner_lstm.cfg``).
Each direction has ``width // 2`` hidden units, so the output width equals the input width, and
the input is added back (residual), so the embedding's word features reach the NER directly as
they do through the CNN's residual blocks. ``dropout`` is thinc's weight (DropConnect) dropout;
spaCy's training loop overwrites it with ``training.dropout`` during updates.
A pipeline using it can only be loaded after this module has been imported.
"""

from __future__ import annotations

import spacy
from thinc.api import LSTM, Model, residual, with_padded
from thinc.types import Floats2d


@spacy.registry.architectures("warta.BiLSTMEncoder.v1")
def BiLSTMEncoder(width: int, depth: int, dropout: float) -> Model[list[Floats2d], list[Floats2d]]:
    if width % 2:
        raise ValueError("warta.BiLSTMEncoder.v1 needs an even width (width // 2 units per direction)")
    lstm = with_padded(LSTM(nO=width, nI=width, bi=True, depth=depth, dropout=dropout))
    return residual(lstm)
