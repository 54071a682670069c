"""Finite-difference check of thinc's CPU LSTM gradients (round 7): ``python -m training.lstm_gradcheck``.

Compares ``ops.backprop_lstm`` with central differences of ``ops.lstm_forward_training`` (float64
loss ``sum(Y * W)``, eps 1e-3) for one sequence, for thinc's Cython ``NumpyOps`` and its pure-numpy
``Ops``, and, as a control of the harness, the same check of a ``Maxout`` layer. Prints the largest
error relative to the largest numerical gradient (about 1e-3 or less means correct).

Round 8: also checks ``training.layers.BiLSTM`` (numpy forward/backward of ``warta.BiLSTMEncoder.v2``)
and the whole v2 encoder (dropout 0) in float64 (eps 1e-6): gradients of W, U, b and of the inputs,
for a batch of sequences of different lengths (including length 1), which must be < 1e-3.
"""

from __future__ import annotations

import numpy as np
from thinc.api import Maxout, NumpyOps, Ops

from training.layers import BiLSTM, BiLSTMEncoderV2

EPS = 1e-3


def rel_err(num: np.ndarray, ana: np.ndarray) -> float:
    return float(np.abs(num - ana).max() / np.abs(num).max())


def central(f, x: np.ndarray) -> np.ndarray:
    out = np.zeros(x.size)
    for q in range(x.size):
        step = np.zeros(x.size, dtype="f")
        step[q] = EPS
        out[q] = (f(x + step.reshape(x.shape)) - f(x - step.reshape(x.shape))) / (2 * EPS)
    return out


def check_lstm(ops: Ops, steps: int, n: int = 4, seed: int = 0) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    params = (rng.normal(size=4 * n * (n + n) + 8 * n) * 0.5).astype("f")
    h0 = np.zeros((1, 1, n), dtype="f")
    c0 = np.zeros((1, 1, n), dtype="f")
    X = rng.normal(size=(steps, n)).astype("f")
    size_at_t = np.ones(steps, dtype="int32")  # one sequence of `steps` tokens
    W = rng.normal(size=(steps, n)).astype("f")

    def loss(p: np.ndarray, x: np.ndarray) -> float:
        Y, _ = ops.lstm_forward_training(p, h0, c0, x, size_at_t)
        return float((Y.astype("float64") * W).sum())

    _, state = ops.lstm_forward_training(params, h0, c0, X, size_at_t)
    dX, dP = ops.backprop_lstm(W.copy(), size_at_t, params, state)
    return (rel_err(central(lambda p: loss(p, X), params), dP),
            rel_err(central(lambda x: loss(params, x), X), np.asarray(dX).ravel()))


def check_maxout(seed: int = 0) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    model = Maxout(nO=4, nI=4, nP=3)
    X = rng.normal(size=(5, 4)).astype("f")
    model.initialize(X=X)
    W = rng.normal(size=(5, 4)).astype("f")
    _, backprop = model.begin_update(X)
    dX = backprop(W)
    P = model.get_param("W").copy()

    def loss_w(p: np.ndarray) -> float:
        model.set_param("W", p)
        return float((model.predict(X).astype("float64") * W).sum())

    num_w = central(loss_w, P)
    model.set_param("W", P)
    num_x = central(lambda x: float((model.predict(x).astype("float64") * W).sum()), X)
    return rel_err(num_w, model.get_grad("W").ravel()), rel_err(num_x, dX.ravel())


def central64(f, x: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    out = np.zeros(x.size)
    flat = x.ravel()
    for q in range(x.size):
        old = flat[q]
        flat[q] = old + eps
        hi = f()
        flat[q] = old - eps
        lo = f()
        flat[q] = old
        out[q] = (hi - lo) / (2 * eps)
    return out.reshape(x.shape)


def check_bilstm(encoder: bool, width: int = 6, lengths=(5, 1, 3, 5, 2), seed: int = 0) -> dict[str, float]:
    """Float64 finite-difference check of the round-8 BiLSTM (or the whole v2 encoder)."""
    rng = np.random.default_rng(seed)
    np.random.seed(seed)
    model = BiLSTMEncoderV2(width, 0.0) if encoder else BiLSTM(width)
    Xs = [rng.normal(size=(n, width)) for n in lengths]
    model.initialize(X=Xs)
    for node in model.walk():
        for name in node.param_names:
            # float64 and non-trivial biases, so every gate is exercised
            value = node.get_param(name).astype("float64")
            node.set_param(name, value + rng.normal(size=value.shape) * 0.3)
    Ws = [rng.normal(size=(n, width)) for n in lengths]

    def loss() -> float:
        Ys = model.predict(Xs)
        return float(sum((y * w).sum() for y, w in zip(Ys, Ws, strict=True)))

    Ys, backprop = model.begin_update(Xs)
    dXs = backprop([w.copy() for w in Ws])
    errs = {}
    for node in model.walk():
        for name in node.param_names:
            param = node.get_param(name)
            ana = node.get_grad(name).copy()
            num = central64(loss, param)  # perturbs the stored array in place
            errs[name] = rel_err(num, ana)
    num_x = [central64(loss, x) for x in Xs]
    errs["X"] = rel_err(np.concatenate([n.ravel() for n in num_x]), np.concatenate([d.ravel() for d in dXs]))
    return errs


def main() -> None:
    dw, dx = check_maxout()
    print(f"Maxout (control): rel. error dW {dw:.1e}, dX {dx:.1e}")
    for ops in (NumpyOps(), Ops(np)):
        for steps in (1, 3):
            dp, dx = check_lstm(ops, steps)
            print(f"LSTM {type(ops).__name__}, {steps} step(s): rel. error dParams {dp:.2f}, dX {dx:.2f}")
    worst = 0.0
    for encoder in (False, True):
        for seed in (0, 1):
            errs = check_bilstm(encoder, seed=seed)
            worst = max(worst, *errs.values())
            label = "BiLSTMEncoder.v2 (residual, dropout 0)" if encoder else "round-8 BiLSTM"
            print(f"{label}, seed {seed}: rel. error " + ", ".join(f"d{k} {v:.1e}" for k, v in errs.items()))
    print(f"round-8 BiLSTM: largest rel. error {worst:.1e} -> {'PASS' if worst < 1e-3 else 'FAIL'} (< 1e-3)")


if __name__ == "__main__":
    main()
