import io

import numpy as np
import pytest

from salon.moderation.errors import ModelError
from salon.moderation.features import Featuriser
from salon.moderation.fit import fit
from salon.moderation.model import from_bytes, sigmoid, to_bytes

from .conftest import TINY_BITS, tiny_model


def test_round_trip_without_pickle() -> None:
    m = tiny_model()
    m.weights[3] = 1.5
    back = from_bytes(to_bytes(m))
    assert np.array_equal(back.weights, m.weights) and back.bias == m.bias
    assert back.version == m.version
    with np.load(io.BytesIO(to_bytes(m)), allow_pickle=False) as npz:
        assert sorted(npz.files) == ["bias", "meta", "weights"]


def test_wrong_shapes_are_refused() -> None:
    m = tiny_model()
    bad = m.with_weights(m.weights[:-1], m.bias)
    with pytest.raises(ModelError, match="wrong shape"):
        from_bytes(to_bytes(bad))
    with pytest.raises(ModelError, match="corrupt"):
        from_bytes(b"")


def test_fit_is_deterministic_and_learns() -> None:
    f = Featuriser(bits=TINY_BITS)
    texts = [
        "buy cheap pills now",
        "cheap pills online",
        "lovely article",
        "thanks for the article",
    ]
    rows = f.rows([(t, []) for t in texts])
    y = [1, 1, 0, 0]
    a = fit(rows, y, width=f.width, steps=50)
    b = fit(rows, y, width=f.width, steps=50)
    assert a.weights.tobytes() == b.weights.tobytes() and a.bias == b.bias
    p = sigmoid(a.logits(rows))
    assert p[0] > 0.5 > p[3]


def test_dropout_is_seeded_and_smoothing_bounds_the_targets() -> None:
    f = Featuriser(bits=TINY_BITS)
    texts = ["buy cheap pills now", "cheap pills online", "lovely article", "thanks, good article"]
    rows = f.rows([(t, []) for t in texts])
    y = [1, 1, 0, 0]
    a = fit(rows, y, width=f.width, steps=60, dropout=0.3, seed=1)
    b = fit(rows, y, width=f.width, steps=60, dropout=0.3, seed=1)
    c = fit(rows, y, width=f.width, steps=60, dropout=0.3, seed=2)
    assert a.weights.tobytes() == b.weights.tobytes() and a.bias == b.bias
    assert a.weights.tobytes() != c.weights.tobytes()
    assert fit(rows, y, width=f.width, steps=60).weights.tobytes() != a.weights.tobytes()
    # Trained long on separable data, plain targets drive scores to 0 and 1; smoothed
    # ones stop near 0.1 and 0.9.
    sharp = sigmoid(fit(rows, y, width=f.width, steps=600, l2=0.0).logits(rows))
    soft = sigmoid(fit(rows, y, width=f.width, steps=600, l2=0.0, smooth=0.1).logits(rows))
    assert sharp[0] > 0.99 and sharp[3] < 0.01
    assert 0.85 < soft[0] < 0.95 and 0.05 < soft[3] < 0.15
    for bad in ({"dropout": 1.0}, {"dropout": -0.1}, {"smooth": 0.5}):
        with pytest.raises(ValueError):
            fit(rows, y, width=f.width, steps=1, **bad)  # type: ignore[arg-type]


def test_binary_rows_count_each_ngram_once_at_unit_length() -> None:
    binary = Featuriser(bits=TINY_BITS, features=2)
    counted = Featuriser(bits=TINY_BITS, features=1)
    a = binary.rows([("subscribe now", [])])
    b = binary.rows([("subscribe subscribe subscribe now", [])])
    # Repeating a word adds only the word pairs it makes, never weight to the word itself.
    assert set(a.indices) <= set(b.indices)
    for r in (a, b):
        assert len(set(r.indices)) == len(r.indices)
        assert np.isclose(float(np.sum(r.values.astype(np.float64) ** 2)), 1.0)
    # The batch gives the same rows as one at a time.
    both = binary.rows([("subscribe now", []), ("subscribe subscribe subscribe now", [])])
    assert np.array_equal(both.indices[: both.indptr[1]], a.indices)
    assert len(counted.rows([("subscribe subscribe now", [])]).indices) > len(
        binary.rows([("subscribe subscribe now", [])]).indices
    )


def test_weighting_3_adds_the_characters_of_han_and_kana_pairs_only() -> None:
    pairs = Featuriser(bits=18, features=2)
    chars = Featuriser(bits=18, features=3)
    # Two comments that share one character (券, "voucher") and no pair of characters.
    a, b = "领取购物券", "送你优惠券"
    shared = set(chars.rows([(a, [])]).indices) & set(chars.rows([(b, [])]).indices)
    assert not set(pairs.rows([(a, [])]).indices) & set(pairs.rows([(b, [])]).indices)
    assert shared
    # Scripts without Han or kana read exactly as before.
    for text in ("Subscribe to my channel", "Подпишись на меня", "카톡 아이디는 프로필에"):
        assert np.array_equal(pairs.rows([(text, [])]).indices, chars.rows([(text, [])]).indices)
    with pytest.raises(ValueError):
        Featuriser(bits=TINY_BITS, features=4)


def test_an_offset_is_evidence_the_fit_does_not_learn_again() -> None:
    f = Featuriser(bits=TINY_BITS)
    texts = ["buy cheap pills now", "cheap pills online", "lovely article", "thanks, good article"]
    rows = f.rows([(t, []) for t in texts])
    y = [1, 1, 0, 0]
    plain = fit(rows, y, width=f.width, steps=200, l2=0.0)
    # An offset that already says "spam" for the first two rows and "not" for the others:
    # the weights need move less to fit; an offset against the labels, more.
    helped = fit(rows, y, width=f.width, steps=200, l2=0.0, offset=np.array([4.0, 4, -4, -4]))
    hindered = fit(rows, y, width=f.width, steps=200, l2=0.0, offset=np.array([-4.0, -4, 4, 4]))
    spread = [float(np.ptp(m.logits(rows))) for m in (helped, plain, hindered)]
    assert spread[0] < spread[1] < spread[2]
    # with the offset added back, each still separates the labels
    for m, off in ((helped, 4.0), (hindered, -4.0)):
        p = sigmoid(m.logits(rows) + np.array([off, off, -off, -off]))
        assert p[0] > 0.5 > p[3]
    with pytest.raises(ValueError, match="one offset a row"):
        fit(rows, y, width=f.width, steps=1, offset=np.zeros(3))
