from salon.moderation import Moderator


def test_languages_are_identified_offline(moderator: Moderator) -> None:
    for text, code in (
        ("Das ist eine sehr gute Zusammenfassung der Debatte.", "de"),
        ("Это очень хорошая статья о нашем городе.", "ru"),
        ("هذا مقال جيد جدا عن مدينتنا", "ar"),
        ("这是一篇关于我们城市的好文章", "zh"),
        ("우리 도시에 관한 좋은 기사입니다", "ko"),
        ("यह हमारे शहर के बारे में एक अच्छा लेख है", "hi"),
    ):
        assert moderator.language(text)[0] == code, text
    assert moderator.language("😀😀 123") == ("und", 0.0)
