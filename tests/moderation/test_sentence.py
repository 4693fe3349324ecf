"""Sentence vectors (moderation/sentence.py) and the dense columns they add to a row."""

from pathlib import Path

import numpy as np
import pytest
import sentencepiece
from hypothesis import given, settings
from hypothesis import strategies as st

from salon.moderation.errors import ModelError
from salon.moderation.features import SENTENCE_SCALE, Featuriser, Rows, with_dense
from salon.moderation.model import LinearModel, from_bytes, to_bytes
from salon.moderation.sentence import ARRAYS, DIM, TABLE, SentenceVectors

SPAM = (
    "Earn 500 euros a day from home, write me on WhatsApp",
    "Verdiene 500 Euro am Tag von zu Hause, schreib mir auf WhatsApp",
    "Заработок 500 евро в день из дома, пиши в WhatsApp",
)
WORLD = (
    "مرحبا بالعالم नमस्ते दुनिया こんにちは世界 안녕하세요 Привет мир Γειά σου κόσμε "
    "שלום עולם สวัสดีชาวโลก xin chào thế giới Grüße aus Köln"
)
SHIPPED = Path(__file__).resolve().parents[2] / "src" / "salon" / "moderation" / "data"
ORDINARY = (
    "I think the author is wrong about the city budget",
    "Ich glaube, der Autor irrt sich beim Haushalt der Stadt",
)


def piece_rows(sv: SentenceVectors, word: str) -> list[int]:
    return sv.segment([word])[0]


@pytest.fixture(scope="module")
def sv() -> SentenceVectors:
    return SentenceVectors.load()


def test_a_pitch_lands_near_its_translations_not_near_ordinary_talk(sv: SentenceVectors) -> None:
    v = sv.vectors([*SPAM, *ORDINARY])
    sim = v @ v.T
    for i in range(3):
        for j in range(3):
            if i != j:
                # each translation of the pitch is nearer to the others than to any
                # ordinary comment, in its own language or another
                assert sim[i, j] > max(sim[i, 3], sim[i, 4]) + 0.3, (i, j)
    assert sim[3, 4] > max(sim[3, :3]) + 0.2  # and the ordinary comments find each other


def test_every_text_gets_a_unit_vector(sv: SentenceVectors) -> None:
    texts = ["", "🙂🙂🙂", "a" * 20_000, "mixed кириллица and 漢字 and עברית", "\u200b\u200d", "x"]
    v = sv.vectors(texts)
    assert v.shape == (len(texts), DIM) and v.dtype == np.float32
    assert np.all(np.isfinite(v))
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


# Any code point, lone surrogates and controls included (not a character is still input).
ANY = st.text(
    st.one_of(
        st.characters(exclude_categories=()),
        st.sampled_from(["\ud800", "\udfff", "\x00", " ", "\n", "\u200b", "\u2581", "x"]),
    ),
    max_size=200,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(ANY, min_size=1, max_size=5))
def test_any_input_gets_a_unit_vector_or_none_at_all(texts: list[str]) -> None:
    v = SentenceVectors.load().vectors(texts)
    assert v.shape == (len(texts), DIM) and np.all(np.isfinite(v))
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_batches_and_single_texts_agree(sv: SentenceVectors) -> None:
    texts = [f"{SPAM[i % 3]} {i}" for i in range(150)]  # more than one chunk
    together = sv.vectors(texts)
    alone = np.concatenate([sv.vectors([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_segmentation_prefers_whole_pieces_and_skips_unknown_characters(
    sv: SentenceVectors,
) -> None:
    assert len(piece_rows(sv, "WhatsApp")) < len("WhatsApp")
    # a character no piece covers is dropped, not turned into garbage
    assert len(piece_rows(sv, "\U000e0041")) == 1  # only the word-start mark is left
    assert piece_rows(sv, "ab\U000e0041cd") == piece_rows(sv, "abcd")
    # a lone surrogate (not a character at all) is dropped too, never an error
    assert sv.segment(["ab\ud800cd"]) == [piece_rows(sv, "abcd")]


def _viterbi(word: str, vocabulary: dict[str, tuple[int, float]], longest: int) -> list[int]:
    """The unigram segmentation written out: the best-scoring path over pieces of at
    most `longest` letters; a character no piece covers is skipped."""
    text = "\u2581" + word[:40]
    best: list[tuple[float, int, int]] = [(0.0, 0, -1)] + [(-1e38, 0, -1)] * len(text)
    for i in range(len(text)):
        if text[i] not in vocabulary and best[i][0] - 1e4 > best[i + 1][0]:
            best[i + 1] = (best[i][0] - 1e4, i, -1)
        for j in range(i + 1, min(len(text), i + longest) + 1):
            hit = vocabulary.get(text[i:j])
            if hit is not None and best[i][0] + hit[1] > best[j][0]:
                best[j] = (best[i][0] + hit[1], i, hit[0])
    out, j = [], len(text)
    while j > 0:
        if best[j][2] >= 0:
            out.append(best[j][2])
        j = best[j][1]
    return out[::-1]


def test_the_segmenter_finds_the_best_unigram_path(sv: SentenceVectors) -> None:
    with np.load(SHIPPED / ARRAYS) as arrays:
        model = sentencepiece.SentencePieceProcessor(model_proto=bytes(arrays["segmenter"]))
    vocabulary = {
        model.id_to_piece(i): (i, model.get_score(i))
        for i in range(model.get_piece_size())
        if not model.is_unused(i) and not model.is_unknown(i)
    }
    longest = max(map(len, vocabulary))
    words = " ".join([*SPAM, *ORDINARY, WORLD, "x" * 60, "!!!!!!!!", "aaaaaa"]).split()
    for word in words:
        # the same pieces (ties between equal-scoring paths may come in another order)
        assert sorted(piece_rows(sv, word)) == sorted(_viterbi(word, vocabulary, longest)), word


def test_a_missing_or_broken_table_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot be read"):
        SentenceVectors.load(tmp_path)
    (tmp_path / ARRAYS).write_bytes((SHIPPED / ARRAYS).read_bytes())
    np.save(tmp_path / TABLE, np.zeros((3, DIM // 2), np.uint8))
    with pytest.raises(ModelError, match="wrong shape"):
        SentenceVectors.load(tmp_path)
    with np.load(SHIPPED / ARRAYS) as shipped:
        arrays = {k: shipped[k] for k in shipped.files}
    broken = tmp_path / "broken"
    broken.mkdir()
    np.savez(broken / ARRAYS, **{**arrays, "segmenter": np.frombuffer(b"not a model", np.uint8)})
    (broken / TABLE).write_bytes((SHIPPED / TABLE).read_bytes())
    with pytest.raises(ModelError, match="vocabulary cannot be read"):
        SentenceVectors.load(broken)


def test_dense_columns_follow_each_rows_own() -> None:
    rows = Rows(
        np.array([0, 2, 2, 3], np.int64),
        np.array([5, 9, 1], np.int64),
        np.array([0.5, 0.25, 1.0], np.float32),
    )
    dense = np.arange(6, dtype=np.float32).reshape(3, 2)
    out = with_dense(rows, dense, 100)
    got = [
        list(zip(out.indices[a:b].tolist(), out.values[a:b].tolist(), strict=True))
        for a, b in zip(out.indptr[:-1], out.indptr[1:], strict=True)
    ]
    assert got == [
        [(5, 0.5), (9, 0.25), (100, 0.0), (101, 1.0)],
        [(100, 2.0), (101, 3.0)],
        [(1, 1.0), (100, 4.0), (101, 5.0)],
    ]


def test_a_featuriser_with_sentences_is_wider_and_needs_the_plain_text(
    sv: SentenceVectors,
) -> None:
    f = Featuriser(bits=10, sentences=sv)
    assert f.width == Featuriser(bits=10).width + DIM
    rows = f.rows([("earn from home", [])], ["Earn from home"])
    cols, values = f.dense_part(rows)
    assert cols.tolist() == list(range(f.width - DIM, f.width))
    assert np.isclose(np.linalg.norm(values), SENTENCE_SCALE, atol=1e-3)
    with pytest.raises(ValueError, match="plain text"):
        f.rows([("earn from home", [])])


def test_a_model_file_says_whether_it_reads_sentence_vectors() -> None:
    f = Featuriser(bits=10)
    meta = {"bits": 10, "n_signals": f.width - 1024, "kind": "spam"}
    wide = LinearModel(np.zeros(f.width + DIM, np.float32), 0.0, {**meta, "dense": DIM})
    assert from_bytes(to_bytes(wide)).meta["dense"] == DIM
    odd = LinearModel(np.zeros(f.width + 7, np.float32), 0.0, {**meta, "dense": 7})
    with pytest.raises(ModelError, match="wrong shape"):
        from_bytes(to_bytes(odd))
