import numpy as np
import pytest

from salon.moderation.domains import DomainParser
from salon.moderation.model import LinearModel
from salon.moderation.moderator import Moderator
from salon.moderation.signals import TEXT_SIGNALS

TINY_BITS = 10


@pytest.fixture(scope="session")
def domains() -> DomainParser:
    return DomainParser()


def tiny_model(kind: str = "spam", bias: float = -2.0) -> LinearModel:
    """An untrained model with few hash buckets: fast, and enough for wiring tests."""
    weights = np.zeros((1 << TINY_BITS) + len(TEXT_SIGNALS), dtype=np.float32)
    meta = {"kind": kind, "release": 0, "bits": TINY_BITS, "n_signals": len(TEXT_SIGNALS)}
    return LinearModel(weights, bias, meta)


@pytest.fixture
def tiny_moderator() -> Moderator:
    return Moderator(tiny_model("spam"), tiny_model("abuse"))
