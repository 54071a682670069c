"""Finite-difference check of thinc's CPU LSTM gradients (round 7): ``python -m training.lstm_gradcheck``.

Compares ``ops.backprop_lstm`` with central differences of ``ops.lstm_forward_training`` (float64
loss ``sum(Y * W)``, eps 1e-3) for one sequence, for thinc's Cython ``NumpyOps`` and its pure-numpy
``Ops``, and, as a control of the harness, the same check of a ``Maxout`` layer. Prints the largest
error relative to the largest numerical gradient (about 1e-3 or less means correct).
"""

from __future__ import annotations

import numpy as np
from thinc.api import Maxout, NumpyOps, Ops

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


def main() -> None:
    dw, dx = check_maxout()
    print(f"Maxout (control): rel. error dW {dw:.1e}, dX {dx:.1e}")
    for ops in (NumpyOps(), Ops(np)):
        for steps in (1, 3):
            dp, dx = check_lstm(ops, steps)
            print(f"LSTM {type(ops).__name__}, {steps} step(s): rel. error dParams {dp:.2f}, dX {dx:.2f}")


if __name__ == "__main__":
    main()
