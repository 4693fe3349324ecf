# ruff: noqa: E501  (one language a line)
"""Testimonials for a spell caster, healer or psychic, in the 19 languages Salon screens.

A kind of spam without a payload: a grateful "reader" credits a named practitioner with
bringing a partner home, curing the incurable or ending a curse ("Thanks to marabout X,
my ex came back in 7 days"). The reader is meant to search the name. Salon's training
data holds few of them and none in most languages, so the spam model scores them as the
ordinary comments they resemble. This is a fixed-weight rule (text_rules.py, signals.REGISTRY,
learned=False), as a moderator would add by hand: it fires when the text names the
practice or practitioner (PRACTICE) *and* reads as a testimonial (CREDIT: thanks, came
back, cured, pregnant, "he is real"). Either alone is ordinary: "thanks to the author",
"a fortune teller in the novel".

Phrases are matched as pitch.py matches its lists (folded, at a word start; "*" for a
stem; anywhere in Chinese, Japanese and Korean). Written for release 11 after reading
the misses of batch 10 (multilingual-batch10.csv), which this release uses to choose
settings; measured on hold-outs written by another hand (the model card).
"""

from __future__ import annotations

# Log-odds added to the spam score, fixed before the first measurement: a testimonial the
# model scores at 0.04 or more is held (hold threshold 0.35). The cost of a false fire: an
# ordinary comment the model scores above 0.026 would be held too. Both halves must match
# for that, and on the training parts of every source (11,000 legitimate comments) the rule
# fired on none (bench/moderation/select_r11.py).
WEIGHT = 3.0

# fmt: off
# The practice or the practitioner: spells, love rituals, curses lifted, herbal cures of
# what medicine cannot cure, psychics, and the "recovery agents" of scam victims.
PRACTICE: dict[str, tuple[str, ...]] = {
    "en": ("spell caster", "spellcaster", "love spell*", "marabout", "voodoo", "juju", "witch doctor", "witchdoctor", "herbalist", "herbal medicine", "herbal cure", "herbal remedy", "traditional healer", "native doctor", "spiritual healer", "spiritual doctor", "psychic", "fortune teller", "spiritualist", "powerful prophet", "ethical hacker", "recovery agent", "recovery expert", "funds recovery", "fund recovery", "vashikaran", "black magic"),
    "de": ("liebeszauber", "zauberer", "magier", "wunderheiler*", "heiler*", "schamane*", "kräuterheil*", "kräutermedizin", "naturheiler*", "hellseher*", "wahrsager*", "ritual*", "partnerrückführung", "schwarze magie", "weiße magie", "geistheiler*"),
    "fr": ("envoûtement", "désenvoûtement", "retour affectif", "retour de l'être aimé", "voyant*", "médium", "sorcier", "guérisseu*", "rituel", "magie noire", "magie blanche", "plantes médicinales", "remède naturel", "marabout*"),
    "es": ("brujo", "bruja", "curandero", "curandera", "chamán", "santero", "santera", "hechizo*", "amarre*", "magia negra", "magia blanca", "vidente", "tarotista", "hierbas", "remedio natural"),
    "pt": ("amarração", "pai de santo", "mãe de santo", "macumba", "trabalho espiritual", "feitiço", "feiticeiro", "feiticeira", "curandeiro", "curandeira", "vidente", "benzedeira", "mandinga", "ervas", "remédio natural"),
    "it": ("maestro spirituale", "mago", "maga", "legamento*", "sensitiva", "veggente", "guaritor*", "guaritrice", "stregone", "magia nera", "magia bianca", "erbe", "rimedio naturale"),
    "nl": ("medicijnman", "natuurgenezer", "genezer", "kruiden*", "liefdesspreuk*", "helderziende", "ritueel", "zwarte magie", "witte magie"),
    "pl": ("znachor*", "wróżka", "wróżce", "wróżbita", "jasnowidz*", "szaman*", "czary", "rytuał*", "magia miłosna", "zioł*"),
    "tr": ("büyüsü", "büyücü*", "muska", "medyum*", "falcı*", "şifacı*", "bitkisel ilaç*", "bitkisel tedavi", "cinci*", "ritüel*", "hoca efendi", "duası"),
    "id": ("dukun*", "pelet*", "santet", "guna-guna", "pengasihan", "paranormal", "orang pintar", "mbah", "jamu", "obat herbal"),
    "ru": ("приворот*", "порча", "порчу", "порчи", "гадалк*", "ворожея", "ворожба", "ясновид*", "экстрасенс*", "знахар*", "целител*", "колдун*", "ведьм*", "маг", "ритуал*", "травы", "травник*"),
    "uk": ("приворот*", "порча", "порчу", "ворожка", "ворожіння", "ворожбит*", "знахар*", "цілител*", "мольфар*", "екстрасенс*", "ясновид*", "ритуал*", "трави", "травник*"),
    "ar": ("جلب الحبيب", "عمل الجلب", "للجلب", "سحر", "ساحر", "شيخ روحاني", "الشيخ الروحاني", "معالج روحاني", "فك السحر", "رد المطلقة", "أعشاب", "بالأعشاب", "عشبة", "ضرب الودع", "الروحاني"),
    "fa": ("دعانویس", "دعا نویس", "جادوگر", "جادو کرد", "طلسم", "سحر", "رمال", "فالگیر", "طالع بین", "داروی گیاهی", "گیاهی", "بخت گشایی", "مهر و محبت"),
    "he": ("מקובל", "למקובל", "מכשף", "למכשף", "מכשפה", "למכשפה", "מגיד עתידות", "למגיד עתידות", "מגידת עתידות", "למגידת עתידות", "עין הרע", "סגולה", "קמע", "צמחי מרפא", "מרפא טבעי", "הברכה שלו", "הברכה שלה"),
    "hi": ("वशीकरण", "vashikaran", "तांत्रिक", "tantrik", "बाबा जी", "baba ji", "babaji", "जादू टोना", "jadu tona", "काला जादू", "kala jadu", "ज्योतिषी", "jyotishi", "astrologer", "love problem", "जड़ी बूटी", "अघोरी", "aghori"),
    "ja": ("占い師", "霊能者", "祈祷", "お祓い", "除霊", "縁結び", "呪術", "まじない", "霊視", "漢方"),
    "zh": ("大师", "法师", "符咒", "作法", "和合术", "算命", "草药", "偏方", "神医", "巫师", "道长", "降头", "灵符"),
    "ko": ("점집", "무당", "부적", "신점", "법사", "보살님", "한약", "약초", "기도발", "주술"),
}

# A testimonial's frame: thanks and blessings, a partner back, a cure, a pregnancy, money
# recovered, "he is real".
CREDIT: dict[str, tuple[str, ...]] = {
    "en": ("thanks", "thank you dr", "thank you doctor", "big thanks", "grateful to", "god bless", "he is real", "she is real", "he's real", "is genuine", "came back", "come back to me", "back to me", "returned to me", "brought back", "brought my", "got back together", "cured", "cure my", "pregnant", "recovered my", "got my money back", "search his name", "contact him", "reach him", "i never believed", "i was skeptical"),
    "de": ("danke an", "dank an", "dank ihm", "dank ihr", "dank dem", "dank der", "dank herrn", "dank frau", "vielen dank", "gott segne", "ist zurück", "kam zurück", "zurückgekommen", "zu mir zurück", "wieder zusammen", "geheilt", "schwanger", "zurückbekommen", "zurückgeholt", "er ist echt", "sie ist echt", "ich war skeptisch"),
    "fr": ("merci à*", "grâce à*", "je remercie", "dieu te bénisse", "dieu le bénisse", "est revenu*", "revenu vers moi", "revenue vers moi", "m'a ramené", "m'a guéri*", "suis guéri*", "est guéri*", "enceinte", "récupéré*", "il est sérieux", "je n'y croyais pas"),
    "es": ("gracias a*", "agradecida con", "agradecido con", "dios le bendiga", "dios lo bendiga", "volvió", "regresó", "ha vuelto", "ha regresado", "me curó*", "curado", "curada", "embarazada", "es real", "no creía"),
    "pt": ("obrigada a*", "obrigado a*", "graças a*", "agradeço", "deus abençoe", "voltou", "curado", "curada", "grávida", "engravidei", "é real", "não acreditava"),
    "it": ("grazie a*", "un grazie", "ringrazio", "dio ti benedica", "è tornato", "è tornata", "tornato da me", "tornata da me", "mi ha guarito", "sono guarito", "è guarito", "guarita", "incinta", "recuperato", "non ci credevo"),
    "nl": ("dankzij", "dank aan", "bedankt", "god zegene", "kwam terug", "is terug", "terug bij mij", "genezen", "zwanger", "teruggekregen", "hij is echt", "geloofde het niet"),
    "pl": ("dziękuję", "dzięki", "podziękowania", "niech bóg", "wrócił*", "wyleczył*", "wyleczon*", "w ciąży", "odzyskałem", "odzyskałam", "odstawiłem", "odstawiłam", "nie wierzyłem", "nie wierzyłam"),
    "tr": ("sayesinde", "teşekkürler", "teşekkür ederim", "allah razı olsun", "geri döndü", "geri geldi", "iyileşti*", "hamil*", "geri aldım", "inanmıyordum"),
    "id": ("terima kasih", "makasih", "berkat", "pulang", "kembali", "sembuh", "balik lagi", "manjur", "ampuh"),
    "ru": ("спасибо", "благодарю", "благодаря", "дай бог", "храни бог", "вернул*", "вылечил*", "забеременела", "не верил*"),
    "uk": ("дякую", "дякуємо", "завдяки", "дай боже", "повернувся", "повернулася", "повернулась", "вилікува*", "завагітніла", "не вірив", "не вірила"),
    "ar": ("شكرا", "شكراً", "جزاه الله", "بارك الله", "الله يجزاه", "رجع*", "عاد زوجي", "شفيت", "حامل", "استرجعت", "والله صادق"),
    "fa": ("ممنون", "مرسی", "سپاس", "خدا خیرش", "برگشت*", "شفا", "باردار", "پس گرفتم"),
    "he": ("תודה", "השם יברך", "חזר אליי", "חזר הביתה", "חזרה אליי", "נרפאתי", "הבריא", "הריון", "קיבלתי בחזרה", "מצאתי זוגיות"),
    "hi": ("धन्यवाद", "शुक्रिया", "thanks", "वापस आ गई", "वापस आ गया", "wapas aa gayi", "wapas aa gaya", "ठीक हो गया", "ठीक हो गई", "kaam kar gaya", "काम कर गया", "भगवान भला करे"),
    "ja": ("おかげで", "感謝", "ありがとう", "復縁", "戻ってきて", "治りました", "完治", "妊娠", "取り戻せ", "本物です"),
    "zh": ("感谢", "谢谢", "多亏", "回心转意", "回来了", "治好", "痊愈", "怀孕", "追回", "挽回了"),
    "ko": ("덕분에", "감사", "고맙", "다시 만났", "돌아왔", "나았어요", "완치", "임신", "되찾았"),
}
# fmt: on
