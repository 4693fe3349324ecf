# ruff: noqa: E501  (one language a line)
"""The shape of a sales pitch in the 19 languages Salon screens, whatever it sells.

Payload-less spam in a new wording shares few words with the spam a model was shown,
but it still asks the reader to get in touch, promises money or a slimmer body, points
at the author's profile, or gives something away for a follow. Each of those is one
list of short phrases per language; a list is one model input (signals.py), so what "ask
me" weighs is learned once for all 19 languages.

Phrases are written as people write them and folded like the text (lower case, no
accents, Arabic and Persian letter variants alike) when the patterns are built. In
languages written with spaces a phrase starts at a word start and, unless it ends in
"*", ends at a word end; in Chinese, Japanese and Korean it matches anywhere.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from salon.moderation.normalise import fold_letters
from salon.moderation.trie import any_of

# fmt: off
# Asking the reader to contact the writer (not a third party: "write to the council").
CONTACT: dict[str, tuple[str, ...]] = {
    "en": ("ask me", "message me", "write me", "write to me", "contact me", "reach out to me", "feel free to reach out", "get in touch with me", "hit me up", "chat with me", "talk to me", "send me a message", "inbox me", "comment info", "if you're interested", "if interested", "interested? ", "i'll explain", "i will explain", "i'll get back to you", "i'll send you"),
    "de": ("schreib mir", "schreibt mir", "schreiben sie mir", "meldet euch", "melde dich", "meld dich", "frag mich", "fragt mich", "kontaktiere mich", "kontaktieren sie mich", "bei interesse", "kurze nachricht", "pn an mich", "ich erkläre", "ich schicke euch", "ich lade euch ein"),
    "fr": ("écris-moi", "écrivez-moi", "contactez-moi", "contacte-moi", "demandez-moi", "demande-moi", "envoie-moi un message", "envoyez-moi un message", "si ça vous intéresse", "si ça t'intéresse", "en privé", "mp moi", "je vous explique", "je t'explique"),
    "es": ("escríbeme", "escríbanme", "mándame un mensaje", "pregúntame", "contáctame", "contáctenme", "si te interesa", "si quieres saber", "por privado", "al privado", "háblame", "te explico", "te paso", "te presento"),
    "pt": ("me chama", "me chame", "me manda mensagem", "me manda uma mensagem", "me pergunta", "me pede", "fale comigo", "fala comigo", "entre em contato comigo", "no privado", "se tiver interesse", "quem quiser saber", "eu te mando", "eu te explico", "eu te passo"),
    "it": ("scrivimi", "scrivetemi", "contattami", "contattatemi", "chiedimi", "chiedetemi", "mandami un messaggio", "in privato", "se ti interessa", "se siete interessati", "vi metto in contatto", "vi spiego"),
    "nl": ("stuur me", "stuur mij", "vraag me", "vraag mij", "neem contact met me", "app me", "bericht me", "bij interesse", "ik leg het uit"),
    "pl": ("napisz do mnie", "pisz do mnie", "piszcie do mnie", "pisz śmiało", "piszcie śmiało", "odezwij się", "odezwijcie się", "zapytaj mnie", "zapytajcie mnie", "skontaktuj się ze mną", "na priv", "mogę cię polecić", "wytłumaczę"),
    "tr": ("bana yaz", "bana yazın", "bana yazsın", "bana ulaş", "bana ulaşın", "bana sor", "bana sorun", "dm at", "özelden", "mesaj at", "merak eden", "ilgilenen", "anlatırım"),
    "id": ("chat saya", "chat aku", "hubungi saya", "hubungi aku", "tanya saya", "tanya aja", "japri", "dm aja", "inbox aja", "chat aja", "wa aja", "yang minat", "minat hubungi", "silakan chat", "langsung hubungi"),
    "ru": ("пишите мне", "напишите мне", "пиши мне", "напиши мне", "спросите меня", "спрашивайте", "обращайтесь", "пишите в лс", "в личку", "в личные сообщения", "кому интересно", "кто хочет узнать", "свяжитесь со мной", "могу познакомить"),
    "uk": ("пишіть мені", "напишіть мені", "пиши мені", "напиши мені", "питайте", "звертайтеся", "у приват", "в особисті", "кому цікаво", "зв'яжіться зі мною", "можу познайомити"),
    "ar": ("راسلني", "راسلوني", "كلمني", "كلموني", "اسألني", "اسألوني", "تواصل معي", "تواصلوا معي", "على الخاص", "للاستفسار", "اللي يبغى", "من يريد أن يعرف", "أعرفك عليه"),
    "fa": ("پیام بدید", "پیام بده", "به من پیام", "از من بپرسید", "دایرکت", "در تماس باشید", "هر کس می‌خواهد", "معرفی‌ات می‌کنم", "معرفی می‌کنم"),
    "he": ("כתבו לי", "תכתבו לי", "שלחו לי", "תשלחו לי", "תשאלו אותי", "שאלו אותי", "פנו אליי", "תפנו אליי", "בפרטי", "מוזמנים לפנות", "מוזמן לפנות", "מי שרוצה לדעת", "אשמח לחבר"),
    "hi": ("मुझे मैसेज", "मैसेज करें", "मैसेज करो", "मुझसे पूछो", "मुझसे पूछें", "संपर्क करें", "बात करो", "बात करें", "इनबॉक्स", "जानना हो तो", "मिलवा सकता"),
    "ja": ("声かけて", "連絡ください", "連絡して", "メッセージください", "気軽にどうぞ", "聞いてね", "聞いてください", "個別に連絡", "興味ある方", "興味のある方", "紹介できます"),
    "zh": ("找我", "私信", "私聊", "加我", "联系我", "问我", "有意者", "想知道的", "私我", "详聊", "咨询我", "介绍给你"),
    "ko": ("연락 주세요", "연락주세요", "말 걸어", "물어보세요", "쪽지 주세요", "관심 있으신 분", "궁금하신 분", "궁금하면", "소개해 드릴게요", "소개해드릴게요"),
}

# Promises of money without work: guaranteed returns, weekly pay from a phone, debts
# cleared in weeks, a mentor who never loses.
GAIN: dict[str, tuple[str, ...]] = {
    "en": ("guaranteed returns", "guaranteed profit", "guaranteed income", "no experience needed", "no experience required", "paid weekly", "weekly pay", "daily pay", "with just your phone", "from your phone", "paid off my", "debt free", "never had a losing", "never lost", "my mentor", "risk free", "risk-free", "double your money", "change your life", "changed my life", "new partners"),
    "de": ("garantierte* rendite", "garantierte* gewinn*", "gewinn garantiert", "garantiert verdienen", "ohne erfahrung", "keine erfahrung", "wöchentliche auszahlung", "nur mit dem handy", "schulden abbezahlt", "schuldenfrei in", "mein coach", "mein mentor", "ohne risiko", "nebenbei verdienen", "im monat nebenbei"),
    "fr": ("gains garantis", "revenu garanti", "rendement garanti", "sans expérience", "payé chaque semaine", "avec ton téléphone", "sans patron", "revenu stable", "mon conseiller", "mon mentor", "sans risque", "jamais perdu"),
    "es": ("ganancias garantizadas", "rentabilidad", "sin experiencia", "sin riesgo", "pago semanal", "cobras cada semana", "solo necesitas un móvil", "pagué todas mis deudas", "ingresos desde", "mi asesor", "mi mentor", "cambiar su vida", "cambiar tu vida"),
    "pt": ("lucro garantido", "renda extra", "sem experiência", "sem risco", "pagamento toda semana", "pagamento semanal", "só com o celular", "quitei", "meu mentor", "mudar de vida"),
    "it": ("rendimento sicuro", "guadagno sicuro", "guadagni dal", "senza esperienza", "senza rischi", "il mio consulente", "il mio mentore", "non sbaglia mai", "pagamento settimanale"),
    "nl": ("gegarandeerd rendement", "gegarandeerde winst", "zonder ervaring", "geen ervaring", "bijverdienen", "alleen een telefoon", "schuldenvrij", "mijn coach", "zonder risico", "nooit verlies"),
    "pl": ("gwarantowany zysk", "gwarantowane zyski", "bez doświadczenia", "wypłata co tydzień", "praca zdalna", "pracy zdalnej", "wystarczy telefon", "spłaciłam", "spłaciłem", "mój doradca", "bez ryzyka", "nigdy nie stracił"),
    "tr": ("garantili kazanç", "garanti kazanç", "deneyim gerekmez", "tecrübe gerekmez", "haftalık ödeme", "sadece telefon", "evden çalış*", "borçlarımı", "hocamın", "risksiz", "ek gelir"),
    "id": ("profit pasti", "untung pasti", "tanpa pengalaman", "gaji mingguan", "gaji harian", "kerja sampingan", "dari hp", "utang saya lunas", "mentor saya", "tanpa risiko", "penghasilan tambahan"),
    "ru": ("гарантированн*", "без опыта", "опыт не нужен", "выплаты каждую", "выплаты ежедневно", "с телефона", "закрыла все кредиты", "закрыл все кредиты", "мой наставник", "без риска", "пассивный доход", "удаленн* работ*"),
    "uk": ("гарантован*", "без досвіду", "досвід не потрібен", "оплата щотижня", "з телефону", "закрила всі борги", "закрив всі борги", "мій наставник", "без ризику", "пасивний дохід", "підробіток"),
    "ar": ("ربح مضمون", "أرباح مضمونة", "بدون خبرة", "الراتب أسبوعي", "من الجوال", "سددت كل ديوني", "مستشاري", "المستشار حقي", "بدون مخاطرة", "دخل إضافي"),
    "fa": ("سود تضمینی", "درآمد تضمینی", "بدون سابقه", "پرداخت هفتگی", "با گوشی", "بدهی‌هایم را", "استاد من", "بدون ریسک", "درآمد دلاری"),
    "he": ("רווח מובטח", "תשואה מובטחת", "לא צריך ניסיון", "בלי ניסיון", "תשלום כל שבוע", "מהנייד", "סגרתי את כל החובות", "המנטור שלי", "בלי סיכון"),
    "hi": ("पक्का मुनाफा", "गारंटीड", "कोई अनुभव नहीं", "हर हफ्ते पैसा", "हर दिन पेमेंट", "मोबाइल से काम", "घर बैठे", "सारा कर्ज चुका", "मेरे गुरु"),
    "ja": ("確実に利益", "元本保証", "未経験ok", "未経験でも", "週払い", "日払い", "スマホだけで", "借金を全部返", "先生のおかげ", "ノーリスク", "副業"),
    "zh": ("稳定盈利", "稳赚", "保本", "不需要经验", "无需经验", "每周结算", "日结", "用手机", "还清", "导师", "零风险", "兼职"),
    "ko": ("확실한 수익", "원금 보장", "경험 없어도", "주급", "일당", "핸드폰으로", "빚을 다 갚", "멘토님", "무위험", "부업"),
}

# Pointing the reader at the writer's own profile, bio or picture.
PROFILE: dict[str, tuple[str, ...]] = {
    "en": ("my profile", "my bio", "my page", "my pic", "click my name", "click my picture", "you know where to find me"),
    "de": ("mein profil", "meinem profil", "meine seite", "meiner seite", "meine bio"),
    "fr": ("mon profil", "ma page", "ma bio"),
    "es": ("mi perfil", "mi página", "mi bio"),
    "pt": ("meu perfil", "minha página", "minha bio"),
    "it": ("mio profilo", "mia pagina", "mia bio"),
    "nl": ("mijn profiel", "mijn pagina", "mijn bio"),
    "pl": ("mój profil", "moim profilu", "mojego profilu", "moją stronę"),
    "tr": ("profilime", "profilimde", "profilimi", "biyografimde"),
    "id": ("profilku", "profil saya", "profil aku", "bio saya", "bio aku"),
    "ru": ("мою страничку", "мою страницу", "моем профиле", "мой профиль", "на страничку", "ко мне на страни*", "в шапке профиля"),
    "uk": ("мій профіль", "моєму профілі", "мою сторінку", "на сторінку"),
    "ar": ("حسابي", "صفحتي", "البايو", "بروفايلي", "ملفي الشخصي"),
    "fa": ("پروفایلم", "پروفایل من", "صفحه‌ام", "صفحه من", "پیجم", "بیو"),
    "he": ("בפרופיל שלי", "לפרופיל שלי", "בפרופיל", "תציצו אצלי", "אצלי בעמוד"),
    "hi": ("मेरी प्रोफाइल", "मेरे प्रोफाइल", "मेरा प्रोफाइल", "बायो में"),
    "ja": ("プロフ", "アイコン押", "アイコンから", "固定ツイ"),
    "zh": ("头像", "主页", "简介里", "个人资料"),
    "ko": ("프로필", "제 채널", "프사"),
}

# Something given away for a follow, a like or a comment.
GIVEAWAY: dict[str, tuple[str, ...]] = {
    "en": ("giveaway", "follow me", "follow and comment", "like and comment", "comment yes", "to win a", "i'm giving away"),
    "de": ("gewinnspiel", "verlose", "folgt mir", "folge mir", "kommentiert ja"),
    "fr": ("concours", "je fais gagner", "suivez-moi", "abonnez-vous"),
    "es": ("sorteo", "sígueme", "síganme", "comenta y gana"),
    "pt": ("sorteio", "me segue", "me sigam", "comenta e ganha"),
    "it": ("giveaway", "seguitemi", "seguimi", "regalo un", "chi mi segue"),
    "nl": ("winactie", "volg mij", "volg me"),
    "pl": ("rozdaję", "konkurs", "zaobserwuj", "zaobserwują"),
    "tr": ("çekiliş", "beni takip", "takip eden"),
    "id": ("giveaway", "follow aku", "follow saya", "ikuti saya", "ketik"),
    "ru": ("розыгрыш", "подпишись", "подпишитесь", "подписавшимся"),
    "uk": ("розіграш", "підпишись", "підпишіться", "дарую"),
    "ar": ("مسابقة", "السحب على", "تابعني", "تابعوني"),
    "fa": ("قرعه‌کشی", "فالو کن", "فالوم کن", "برنده"),
    "he": ("הגרלה", "עקבו אחריי", "תעקבו אחריי", "לזכות ב*"),
    "hi": ("फॉलो करो", "फॉलो करें", "गिवअवे", "इनाम"),
    "ja": ("抽選", "フォロー", "プレゼント", "いいねで"),
    "zh": ("抽奖", "关注我", "红包", "免费送"),
    "ko": ("추첨", "팔로우", "상품권"),
}
# fmt: on

LISTS: dict[str, dict[str, tuple[str, ...]]] = {
    "contact_ask": CONTACT,
    "gain_claim": GAIN,
    "profile_bait": PROFILE,
    "giveaway": GIVEAWAY,
}
_SPACELESS = frozenset({"ja", "zh", "ko"})


@dataclass(frozen=True, slots=True)
class Phrases:
    """Every list's phrases as trie regexes (one pass over the text for all lists), and
    for each phrase its list and whether it must end at a word end."""

    spaced: re.Pattern[str]  # phrases of languages written with spaces: at a word start
    anywhere: re.Pattern[str]  # Chinese, Japanese and Korean: anywhere
    keys: dict[str, tuple[str, bool]]  # phrase -> (list, word end required)

    def find(self, folded: str) -> list[tuple[str, str]]:
        found: dict[str, str] = {}
        matches = self.spaced.finditer(folded)
        for m in matches if folded.isascii() else (*matches, *self.anywhere.finditer(folded)):
            name, word_end = self.keys[m.group(0)]
            if name in found or (word_end and _WORDCHAR.match(folded, m.end())):
                continue
            found[name] = m.group(0).strip()
        return [(name, found[name]) for name in LISTS if name in found]


_WORDCHAR = re.compile(r"\w")


def phrases(lists: dict[str, dict[str, tuple[str, ...]]]) -> Phrases:
    keys: dict[str, tuple[str, bool]] = {}
    spaced: list[str] = []
    anywhere: list[str] = []
    for name, by_lang in lists.items():
        for lang, written in by_lang.items():
            for phrase in written:
                folded = fold_letters(unicodedata.normalize("NFKC", phrase)).replace("\u200c", "")
                key = folded.rstrip("*")
                has_spaces = lang not in _SPACELESS
                (spaced if has_spaces else anywhere).append(key)
                word_end = has_spaces and not folded.endswith("*") and key[-1:].isalnum()
                keys[key] = (name, word_end)
    # A trie ("wr(?:ite me|ite to me)") instead of one branch per phrase: Python's re has
    # no Aho-Corasick, and a few hundred branches tried at every position are slow; the
    # word-start guard lets the engine skip most positions at once. The trie stops at the
    # shortest phrase, so no phrase may start with another list's (test).
    return Phrases(
        re.compile(r"(?<!\w)(?=\w)" + any_of(tuple(spaced)).pattern),
        any_of(tuple(anywhere)),
        keys,
    )


PHRASES = phrases(LISTS)

# "lost 14 kilos", "-12 кг", "瘦了15斤": a number and a body-weight unit close together,
# not a price per kilo ("15 ribu per kilo").
_WEIGHT = re.compile(
    r"(?<![\w.,])\d{1,3}(?!\d)(?:[.,]\d)?\s?(?:\w+\s)?"
    r"(?:kg|kgs|kilos?|kilograms?|kilogramm|kilogramos?|quilos?|chili|lbs|кило\w*|кг|"
    r"кілограм\w*|كيلو|קילו|किलो|キロ|斤|公斤|킬로)(?!\w)"
)
_PER = re.compile(r"(?<!\w)(?:per|pro|par|por|a|le|the|za|за|ribu|rb)\s", re.IGNORECASE)
# Two or more emoji in a row ("🎁🎁", "💰🔥"), or three and more in the text.
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55]")
_EMOJI_RUN = re.compile("(?:[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55]\ufe0f?){2,}")
_PUNCT_RUN = re.compile(r"[!?！？]{2,}|[.…]{4,}")


def find(folded: str) -> list[tuple[str, str]]:
    """(list name, the phrase that fired) for each pitch list the text matches."""
    return PHRASES.find(folded)


def weight_claim(folded: str) -> str:
    """A body weight lost or gained ("14 kilos"), or "" (a price per kilo is not one)."""
    for m in _WEIGHT.finditer(folded):
        if not _PER.search(m.group(0)):
            return m.group(0)
    return ""


def emoji_run(text: str) -> bool:
    return bool(_EMOJI_RUN.search(text)) or len(_EMOJI.findall(text)) >= 3


def punct_run(text: str) -> bool:
    return bool(_PUNCT_RUN.search(text))
