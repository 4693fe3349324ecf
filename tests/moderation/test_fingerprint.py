from salon.moderation.fingerprint import distance, near, simhash


def test_near_duplicates_are_near_and_others_are_not() -> None:
    a = simhash("google is paying $27485 per month for working online from home visit the site")
    b = simhash("google is paying $27485 per month for working online from home visit the page")
    c = simhash("i completely disagree with the author about the new tax on fuel and cars")
    assert near(a, b)
    assert distance(a, c) > 10
    assert -(1 << 63) <= a < (1 << 63)


def test_near_many_agrees_with_near() -> None:
    import random

    import numpy as np

    from salon.moderation.fingerprint import near, near_many

    def signed(v: int) -> int:  # as stored: a signed 64-bit integer
        v &= (1 << 64) - 1
        return v - (1 << 64) if v >= 1 << 63 else v

    rng = random.Random(3)
    a = signed(rng.getrandbits(64) | (1 << 63))  # negative: the sign bit matters too
    others = [signed(a ^ (1 << b)) for b in range(64)]  # one bit apart, the sign bit included
    others += [signed(rng.getrandbits(64)) for _ in range(200)]
    others += [a, signed(-a), signed(a ^ 0xFF), signed(a ^ 0x1FF)]  # 8 bits apart: near; 9: not
    found = near_many(a, np.array(others, np.int64))
    assert found.tolist() == [near(a, b) for b in others]
    assert near_many(a, np.array(others, np.int64), max_bits=0).tolist() == [
        near(a, b, 0) for b in others
    ]
