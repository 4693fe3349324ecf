from salon.moderation.fingerprint import distance, near, simhash


def test_near_duplicates_are_near_and_others_are_not() -> None:
    a = simhash("google is paying $27485 per month for working online from home visit the site")
    b = simhash("google is paying $27485 per month for working online from home visit the page")
    c = simhash("i completely disagree with the author about the new tax on fuel and cars")
    assert near(a, b)
    assert distance(a, c) > 10
    assert -(1 << 63) <= a < (1 << 63)
