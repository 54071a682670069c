"""Extra model architectures for the NER experiments (rounds 7 and 8).

``warta.BiLSTMEncoder.v2`` (round 8, ``configs/ner_lstm2.cfg``; below): a bidirectional LSTM with its
own numpy forward and backward pass, checked by ``training/lstm_gradcheck.py``.

``warta.BiLSTMEncoder.v1`` (round 7): a bidirectional LSTM over each Doc's token vectors, on thinc's own
numpy/Cython LSTM (``thinc.api.LSTM``, CPU, no torch), as the ``encode`` step of
``spacy.Tok2Vec.v2`` in place of ``spacy.MaxoutWindowEncoder.v2`` (``configs/ner_lstm.cfg``).
Each direction has ``width // 2`` hidden units, so the output width equals the input width, and
the input is added back (residual), so the embedding's word features reach the NER directly as
they do through the CNN's residual blocks. ``dropout`` is thinc's weight (DropConnect) dropout;
spaCy's training loop overwrites it with ``training.dropout`` during updates.
Its gradients are wrong (thinc 8.3.14's CPU LSTM, see ``training/lstm_gradcheck.py``).
A pipeline using either architecture can only be loaded after this module has been imported.
"""

from __future__ import annotations

import numpy as np
import spacy
from thinc.api import LSTM, Dropout, Model, chain, residual, with_padded
from thinc.types import Floats2d


@spacy.registry.architectures("warta.BiLSTMEncoder.v1")
def BiLSTMEncoder(width: int, depth: int, dropout: float) -> Model[list[Floats2d], list[Floats2d]]:
    if width % 2:
        raise ValueError("warta.BiLSTMEncoder.v1 needs an even width (width // 2 units per direction)")
    lstm = with_padded(LSTM(nO=width, nI=width, bi=True, depth=depth, dropout=dropout))
    return residual(lstm)


# --- round 8: a bidirectional LSTM with its own numpy forward and backward pass -------------------
#
# ``warta.BiLSTMEncoder.v2`` = residual(chain(BiLSTM, Dropout)). ``BiLSTM`` takes a list of
# [n_tokens, width] arrays (one per Doc) and returns [n_tokens, width] arrays: the concatenated
# hidden states of a forward and a backward LSTM with ``width // 2`` units each. The Docs are sorted
# by length (longest first) and padded into a [2 directions, T, B, width] array (the backward
# direction reads each Doc reversed, so every sequence starts at t = 0); at step t only the first
# n_t rows (the Docs longer than t) are computed, so padding costs nothing and never affects a
# real token. Both directions run in the same Python loop over time steps, with one batched matmul
# per step; the input projections of all steps are one matmul. Gates: i, f, o, g. Initialisation:
# Glorot-uniform W (input) and U (recurrent) per gate block, biases 0 except the forget gate (1).
# Checked against central differences by ``python -m training.lstm_gradcheck``.


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _bilstm_init(model: Model, X=None, Y=None) -> None:
    nI = model.get_dim("nI")
    nH = model.get_dim("nO") // 2

    def glorot(rows: int, cols: int) -> np.ndarray:
        lim = np.sqrt(6.0 / (rows + cols))
        return np.random.uniform(-lim, lim, size=(rows, cols))  # global RNG, seeded by spaCy

    W = np.stack([np.concatenate([glorot(nH, nI) for _ in range(4)]) for _ in range(2)])
    U = np.stack([np.concatenate([glorot(nH, nH) for _ in range(4)]) for _ in range(2)])
    b = np.zeros((2, 4 * nH), dtype="f")
    b[:, nH:2 * nH] = 1.0  # forget gate
    model.set_param("W", W.astype("f"))
    model.set_param("U", U.astype("f"))
    model.set_param("b", b)


def _bilstm_forward(model: Model, Xs: list, is_train: bool):
    W = model.get_param("W")  # [2, 4H, nI]
    U = model.get_param("U")  # [2, 4H, H]
    bias = model.get_param("b")  # [2, 4H]
    nH = U.shape[2]
    nI = W.shape[2]
    lengths = np.array([len(x) for x in Xs], dtype="int64")
    if not len(Xs) or lengths.max() == 0:
        out = [np.zeros((len(x), 2 * nH), dtype=W.dtype) for x in Xs]
        return out, lambda dYs: [np.zeros((len(x), nI), dtype=W.dtype) for x in Xs]
    dtype = np.result_type(W.dtype, Xs[0].dtype)
    order = np.argsort(-lengths, kind="stable")
    B, T = len(Xs), int(lengths.max())
    X = np.zeros((2, T, B, nI), dtype=dtype)
    for j, k in enumerate(order):
        n = lengths[k]
        X[0, :n, j] = Xs[k]
        X[1, :n, j] = Xs[k][::-1]
    # n_at[t] = number of sequences (a prefix in sorted order) longer than t
    n_at = (lengths[order][None, :] > np.arange(T)[:, None]).sum(1)
    Wt = W.transpose(0, 2, 1)  # [2, nI, 4H]
    Ut = U.transpose(0, 2, 1)  # [2, H, 4H]
    A = (X.reshape(2, T * B, nI) @ Wt).reshape(2, T, B, 4 * nH) + bias[:, None, None, :]
    H = np.zeros((2, T + 1, B, nH), dtype=dtype)  # H[:, t] = state before step t
    C = np.zeros((2, T + 1, B, nH), dtype=dtype)
    G = np.zeros((2, T, B, 4 * nH), dtype=dtype)  # activated gates i, f, o, g
    TC = np.zeros((2, T, B, nH), dtype=dtype)  # tanh(c)
    for t in range(T):
        n = n_at[t]
        a = A[:, t, :n] + H[:, t, :n] @ Ut
        g = G[:, t, :n]
        g[..., : 3 * nH] = _sigmoid(a[..., : 3 * nH])
        g[..., 3 * nH:] = np.tanh(a[..., 3 * nH:])
        c = g[..., nH:2 * nH] * C[:, t, :n] + g[..., :nH] * g[..., 3 * nH:]
        C[:, t + 1, :n] = c
        tc = np.tanh(c)
        TC[:, t, :n] = tc
        H[:, t + 1, :n] = g[..., 2 * nH:3 * nH] * tc
    Ys = [None] * B
    for j, k in enumerate(order):
        n = lengths[k]
        Ys[k] = np.concatenate([H[0, 1:n + 1, j], H[1, n:0:-1, j]], axis=1)

    def backprop(dYs: list) -> list:
        dH = np.zeros((2, T, B, nH), dtype=dtype)
        for j, k in enumerate(order):
            n = lengths[k]
            dH[0, :n, j] = dYs[k][:, :nH]
            dH[1, :n, j] = dYs[k][::-1, nH:]
        dA = np.zeros((2, T, B, 4 * nH), dtype=dtype)
        dh_next = np.zeros((2, B, nH), dtype=dtype)
        dc_next = np.zeros((2, B, nH), dtype=dtype)
        for t in range(T - 1, -1, -1):
            n = n_at[t]
            g = G[:, t, :n]
            i, f, o, gg = g[..., :nH], g[..., nH:2 * nH], g[..., 2 * nH:3 * nH], g[..., 3 * nH:]
            tc = TC[:, t, :n]
            dh = dH[:, t, :n] + dh_next[:, :n]
            dc = dc_next[:, :n] + dh * o * (1.0 - tc * tc)
            da = dA[:, t, :n]
            da[..., :nH] = dc * gg * i * (1.0 - i)
            da[..., nH:2 * nH] = dc * C[:, t, :n] * f * (1.0 - f)
            da[..., 2 * nH:3 * nH] = dh * tc * o * (1.0 - o)
            da[..., 3 * nH:] = dc * i * (1.0 - gg * gg)
            dc_next[:, :n] = dc * f
            dh_next[:, :n] = da @ U
        dA2 = dA.reshape(2, T * B, 4 * nH)
        model.inc_grad("W", (dA2.transpose(0, 2, 1) @ X.reshape(2, T * B, nI)).astype(W.dtype))
        model.inc_grad("U", (dA2.transpose(0, 2, 1) @ H[:, :T].reshape(2, T * B, nH)).astype(U.dtype))
        model.inc_grad("b", dA2.sum(1).astype(bias.dtype))
        dX = (dA2 @ W).reshape(2, T, B, nI)
        dXs = [None] * B
        for j, k in enumerate(order):
            n = lengths[k]
            dXs[k] = (dX[0, :n, j] + dX[1, n - 1::-1, j]).astype(Xs[k].dtype)
        return dXs

    return Ys, backprop


def BiLSTM(width: int) -> Model[list[Floats2d], list[Floats2d]]:
    """The bidirectional LSTM alone (``width // 2`` units per direction), numpy forward/backward."""
    if width % 2:
        raise ValueError("BiLSTM needs an even width (width // 2 units per direction)")
    return Model("warta_bilstm", _bilstm_forward, init=_bilstm_init, dims={"nO": width, "nI": width},
                 params={"W": None, "U": None, "b": None})


@spacy.registry.architectures("warta.BiLSTMEncoder.v2")
def BiLSTMEncoderV2(width: int, dropout: float) -> Model[list[Floats2d], list[Floats2d]]:
    """residual(chain(BiLSTM(width), Dropout(dropout))); spaCy sets the dropout to training.dropout."""
    return residual(chain(BiLSTM(width), Dropout(dropout)))
