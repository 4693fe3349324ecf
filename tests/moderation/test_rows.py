"""The sentence-vector table read row by row (moderation/rows.py)."""

from pathlib import Path

import numpy as np
import pytest

from salon.moderation.errors import ModelError
from salon.moderation.rows import RowTable
from salon.moderation.sentence import TABLE

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "salon" / "moderation" / "data"


def test_rows_are_the_arrays_rows_whatever_the_cache_holds(tmp_path: Path) -> None:
    table = np.random.default_rng(7).integers(0, 256, (1000, 24), dtype=np.uint8)
    np.save(tmp_path / "t.npy", table)
    rows = RowTable(tmp_path / "t.npy", cached=16)
    rng = np.random.default_rng(8)
    for size in (0, 1, 5, 40, 300):
        # Repeats, and rows that share a cache slot within one call.
        wanted = rng.integers(0, 1000, size).astype(np.int64)
        wanted = np.concatenate([wanted, wanted[::-1], (wanted + 16) % 1000])
        assert np.array_equal(rows.take(wanted), table[wanted])
    assert rows.shape == (1000, 24)


def test_the_shipped_table_reads_as_its_memory_map() -> None:
    mapped = np.load(SHIPPED / TABLE, mmap_mode="r")
    rows = RowTable(SHIPPED / TABLE)
    wanted = np.random.default_rng(9).integers(0, len(mapped), 5000).astype(np.int64)
    assert np.array_equal(rows.take(wanted), mapped[wanted])
    assert np.array_equal(rows.take(np.arange(5, dtype=np.int64)), mapped[:5])


def test_a_short_corrupt_or_other_table_is_a_model_error(tmp_path: Path) -> None:
    path = tmp_path / "t.npy"
    with pytest.raises(ModelError, match="cannot be read"):
        RowTable(path)
    np.save(path, np.zeros((100, 8), np.uint8))
    whole = path.read_bytes()
    path.write_bytes(whole[:-1])
    with pytest.raises(ModelError, match="not the"):
        RowTable(path)
    path.write_bytes(b"not an npy file" + whole)
    with pytest.raises(ModelError, match="cannot be read"):
        RowTable(path)
    np.save(path, np.zeros((100, 8), np.float32))
    with pytest.raises(ModelError, match="not a 2-D array of bytes"):
        RowTable(path)
    np.save(path, np.zeros(100, np.uint8))
    with pytest.raises(ModelError, match="not a 2-D array of bytes"):
        RowTable(path)


def test_a_table_cut_short_after_start_is_a_model_error(tmp_path: Path) -> None:
    path = tmp_path / "t.npy"
    np.save(path, np.arange(800, dtype=np.uint8).reshape(100, 8))
    rows = RowTable(path, cached=4)
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size - 8 * 50)
    assert rows.take(np.array([1, 2], dtype=np.int64)).tolist() == [
        [8 + i for i in range(8)],
        [16 + i for i in range(8)],
    ]
    with pytest.raises(ModelError, match="shorter than it was"):
        rows.take(np.array([60], dtype=np.int64))
