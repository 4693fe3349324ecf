from salon.moderation.trie import any_of


def test_any_of_prefers_nothing_and_misses_nothing() -> None:
    gate = any_of(("ab", "abc", "b.d", "x"))
    assert gate.search("zzabzz") and gate.search("b.d") and gate.search("ax")
    assert not gate.search("a b c bad") and not gate.search("")
