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

from salon.moderation.alternation import ByText
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
    "en": ("guaranteed returns", "guaranteed profit", "guaranteed income", "no experience needed", "no experience required", "paid weekly", "weekly pay", "daily pay", "with just your phone", "from your phone", "paid off my", "debt free", "never had a losing", "never lost", "my mentor", "risk free", "risk-free", "double your money", "change your life", "changed my life", "new partners", "free signals", "doubled my", "doubles your"),
    "de": ("garantierte* rendite", "garantierte* gewinn*", "gewinn garantiert", "garantiert verdienen", "ohne erfahrung", "keine erfahrung", "wöchentliche auszahlung", "nur mit dem handy", "schulden abbezahlt", "schuldenfrei in", "mein coach", "mein mentor", "ohne risiko", "nebenbei verdienen", "im monat nebenbei", "kostenlose signale", "verdoppelt"),
    "fr": ("gains garantis", "revenu garanti", "rendement garanti", "sans expérience", "payé chaque semaine", "avec ton téléphone", "sans patron", "revenu stable", "mon conseiller", "mon mentor", "sans risque", "jamais perdu", "signaux gratuits", "signaux boursiers", "doublé mon"),
    "es": ("ganancias garantizadas", "rentabilidad", "sin experiencia", "sin riesgo", "pago semanal", "cobras cada semana", "solo necesitas un móvil", "pagué todas mis deudas", "ingresos desde", "mi asesor", "mi mentor", "cambiar su vida", "cambiar tu vida", "señales gratis", "señales de trading", "duplicó mi"),
    "pt": ("lucro garantido", "renda extra", "sem experiência", "sem risco", "pagamento toda semana", "pagamento semanal", "só com o celular", "quitei", "meu mentor", "mudar de vida", "sinais grátis", "dobrou meu"),
    "it": ("rendimento sicuro", "guadagno sicuro", "guadagni dal", "senza esperienza", "senza rischi", "il mio consulente", "il mio mentore", "non sbaglia mai", "pagamento settimanale", "segnali gratuiti", "raddoppiato"),
    "nl": ("gegarandeerd rendement", "gegarandeerde winst", "zonder ervaring", "geen ervaring", "bijverdienen", "alleen een telefoon", "schuldenvrij", "mijn coach", "zonder risico", "nooit verlies", "aandelensignalen", "gratis signalen", "verdubbeld"),
    "pl": ("gwarantowany zysk", "gwarantowane zyski", "bez doświadczenia", "wypłata co tydzień", "praca zdalna", "pracy zdalnej", "wystarczy telefon", "spłaciłam", "spłaciłem", "mój doradca", "bez ryzyka", "nigdy nie stracił", "darmowe sygnały", "podwoił"),
    "tr": ("garantili kazanç", "garanti kazanç", "deneyim gerekmez", "tecrübe gerekmez", "haftalık ödeme", "sadece telefon", "evden çalış*", "borçlarımı", "hocamın", "risksiz", "ek gelir", "borsa sinyali", "ücretsiz sinyal", "katladı"),
    "id": ("profit pasti", "untung pasti", "tanpa pengalaman", "gaji mingguan", "gaji harian", "kerja sampingan", "dari hp", "utang saya lunas", "mentor saya", "tanpa risiko", "penghasilan tambahan", "sinyal gratis", "sinyal trading", "dua kali lipat"),
    "ru": ("гарантированн*", "без опыта", "опыт не нужен", "выплаты каждую", "выплаты ежедневно", "с телефона", "закрыла все кредиты", "закрыл все кредиты", "мой наставник", "без риска", "пассивный доход", "удаленн* работ*", "сигналы по акциям", "бесплатные сигналы", "удвоил"),
    "uk": ("гарантован*", "без досвіду", "досвід не потрібен", "оплата щотижня", "з телефону", "закрила всі борги", "закрив всі борги", "мій наставник", "без ризику", "пасивний дохід", "підробіток", "безкоштовні сигнали", "сигнали", "подвоїв", "подвоїла"),
    "ar": ("ربح مضمون", "أرباح مضمونة", "بدون خبرة", "الراتب أسبوعي", "من الجوال", "سددت كل ديوني", "مستشاري", "المستشار حقي", "بدون مخاطرة", "دخل إضافي", "توصيات أسهم", "إشارات مجانية", "ضاعف أموالي"),
    "fa": ("سود تضمینی", "درآمد تضمینی", "بدون سابقه", "پرداخت هفتگی", "با گوشی", "بدهی‌هایم را", "استاد من", "بدون ریسک", "درآمد دلاری", "سیگنال رایگان", "دو برابر کرد"),
    "he": ("רווח מובטח", "תשואה מובטחת", "לא צריך ניסיון", "בלי ניסיון", "תשלום כל שבוע", "מהנייד", "סגרתי את כל החובות", "המנטור שלי", "בלי סיכון", "איתותים", "הכפיל"),
    "hi": ("पक्का मुनाफा", "गारंटीड", "कोई अनुभव नहीं", "हर हफ्ते पैसा", "हर दिन पेमेंट", "मोबाइल से काम", "घर बैठे", "सारा कर्ज चुका", "मेरे गुरु", "फ्री टिप्स", "पैसा दोगुना"),
    "ja": ("確実に利益", "元本保証", "未経験ok", "未経験でも", "週払い", "日払い", "スマホだけで", "借金を全部返", "先生のおかげ", "ノーリスク", "副業", "シグナル", "倍になり", "稼げる"),
    "zh": ("稳定盈利", "稳赚", "保本", "不需要经验", "无需经验", "每周结算", "日结", "用手机", "还清", "导师", "零风险", "兼职", "币圈信号", "免费信号", "翻倍", "翻了十倍", "稳赚不赔", "回本", "带单", "涨停"),
    "ko": ("확실한 수익", "원금 보장", "경험 없어도", "주급", "일당", "핸드폰으로", "빚을 다 갚", "멘토님", "무위험", "부업", "시그널", "리딩방", "수익 인증", "두 배"),
}

# Pointing the reader at the writer's own profile, bio or picture.
PROFILE: dict[str, tuple[str, ...]] = {
    "en": ("my profile", "my bio", "my page", "my pic", "click my name", "click my picture", "you know where to find me", "my story", "my stories", "pinned post"),
    "de": ("mein profil", "meinem profil", "meine seite", "meiner seite", "meine bio"),
    "fr": ("mon profil", "ma page", "ma bio"),
    "es": ("mi perfil", "mi página", "mi bio", "mis historias"),
    "pt": ("meu perfil", "minha página", "minha bio", "meus stories"),
    "it": ("mio profilo", "mia pagina", "mia bio"),
    "nl": ("mijn profiel", "mijn pagina", "mijn bio"),
    "pl": ("mój profil", "moim profilu", "mojego profilu", "moją stronę"),
    "tr": ("profilime", "profilimde", "profilimi", "biyografimde", "hikayemde"),
    "id": ("profilku", "profil saya", "profil aku", "bio saya", "bio aku", "story aku", "story saya"),
    "ru": ("мою страничку", "мою страницу", "моем профиле", "мой профиль", "на страничку", "ко мне на страни*", "в шапке профиля", "в сторис", "в шапке"),
    "uk": ("мій профіль", "моєму профілі", "мою сторінку", "на сторінку", "в сторіз", "у сторіз"),
    "ar": ("حسابي", "صفحتي", "البايو", "بروفايلي", "ملفي الشخصي", "الستوري"),
    "fa": ("پروفایلم", "پروفایل من", "صفحه‌ام", "صفحه من", "پیجم", "بیو", "استوری"),
    "he": ("בפרופיל שלי", "לפרופיל שלי", "בפרופיל", "תציצו אצלי", "אצלי בעמוד", "בסטורי"),
    "hi": ("मेरी प्रोफाइल", "मेरे प्रोफाइल", "मेरा प्रोफाइल", "बायो में"),
    "ja": ("プロフ", "アイコン押", "アイコンから", "固定ツイ", "ストーリー"),
    "zh": ("头像", "主页", "简介里", "个人资料", "置顶", "看我动态", "我动态"),
    "ko": ("프로필", "제 채널", "프사", "스토리"),
}

# Something given away for a follow, a like or a comment.
GIVEAWAY: dict[str, tuple[str, ...]] = {
    "en": ("giveaway", "follow me", "follow and comment", "like and comment", "comment yes", "to win a", "i'm giving away", "follow back", "follow for follow", "f4f"),
    "de": ("gewinnspiel", "verlose", "folgt mir", "folge mir", "kommentiert ja", "folge zurück"),
    "fr": ("concours", "je fais gagner", "suivez-moi", "abonnez-vous", "je suis en retour"),
    "es": ("sorteo", "sígueme", "síganme", "comenta y gana", "te sigo de vuelta", "sigo de vuelta"),
    "pt": ("sorteio", "me segue", "me sigam", "comenta e ganha", "sigo de volta"),
    "it": ("giveaway", "seguitemi", "seguimi", "regalo un", "chi mi segue", "ricambio il follow"),
    "nl": ("winactie", "volg mij", "volg me", "volg terug"),
    "pl": ("rozdaję", "konkurs", "zaobserwuj", "zaobserwują", "obserwuj mnie", "odwdzięczę się"),
    "tr": ("çekiliş", "beni takip", "takip eden", "geri takip", "takip edene"),
    "id": ("giveaway", "follow aku", "follow saya", "ikuti saya", "ketik", "follback", "folback"),
    "ru": ("розыгрыш", "подпишись", "подпишитесь", "подписавшимся", "взаимная подписка", "подписка на подписку"),
    "uk": ("розіграш", "підпишись", "підпишіться", "дарую", "взаємна підписка"),
    "ar": ("مسابقة", "السحب على", "تابعني", "تابعوني", "وأتابعك", "دعم متبادل"),
    "fa": ("قرعه‌کشی", "فالو کن", "فالوم کن", "فالو می‌کنم", "دنبالت کنم", "حمایت متقابل"),
    "he": ("הגרלה", "עקבו אחריי", "תעקבו אחריי", "לזכות ב*", "אעקוב בחזרה"),
    "hi": ("फॉलो करो", "फॉलो करें", "गिवअवे", "इनाम", "फॉलो बैक"),
    "ja": ("抽選", "フォロー", "プレゼント", "いいねで", "フォロー返", "相互フォロー"),
    "zh": ("抽奖", "关注我", "红包", "免费送", "互关", "互粉", "回关"),
    "ko": ("추첨", "팔로우", "상품권", "맞팔", "선팔"),
}
# Telling the reader they won, and asking for an address or number to "claim" it.
PRIZE: dict[str, tuple[str, ...]] = {
    "en": ("you won", "you have won", "you've won", "you've been selected", "reply with your email", "send your email", "send us your email", "claim your"),
    "de": ("sie haben gewonnen", "du hast gewonnen", "antworte mit deiner e-mail", "schick uns deine e-mail"),
    "fr": ("vous avez gagné", "tu as gagné", "répondez avec votre e-mail", "envoyez votre e-mail"),
    "es": ("has ganado", "ganaste", "responde con tu correo", "envía tu correo"),
    "pt": ("você ganhou", "voce ganhou", "responda com seu e-mail", "envie seu e-mail"),
    "it": ("hai vinto", "rispondi con la tua e-mail", "invia la tua e-mail"),
    "nl": ("je hebt gewonnen", "u heeft gewonnen", "stuur je e-mailadres"),
    "pl": ("wygrałeś", "wygrałaś", "odpisz ze swoim mailem", "podaj swój e-mail"),
    "tr": ("kazandınız", "kazandın", "e-postanızı gönderin", "mail adresini yaz"),
    "id": ("anda memenangkan", "kamu memenangkan", "balas dengan email", "kirim email anda"),
    "ru": ("вы выиграли", "вам достался", "ответьте своим e-mail", "пришлите свою почту"),
    "uk": ("ви виграли", "вам дістався", "надішліть свою пошту", "надішліть свій e-mail"),
    "ar": ("لقد ربحت", "مبروك ربحت", "أرسل بريدك الإلكتروني", "أرسل رقمك"),
    "fa": ("برنده شدید", "ایمیل خود را بفرستید", "ایمیلتان را بفرستید"),
    "he": ("זכית ב*", "שלח לנו את כתובת המייל", "שלחו את המייל"),
    "hi": ("आप जीते", "आपने जीता", "अपना ईमेल भेजें"),
    "ja": ("当選おめでとう", "当選しました", "メールアドレスを送", "メールアドレスを返信"),
    "zh": ("被抽中", "恭喜您获得", "恭喜你获得", "回复您的邮箱", "回复手机号", "领取红包"),
    "ko": ("당첨되셨", "이메일을 답장", "이메일 보내주세요"),
}

# Pressing the reader to hurry: few places left, today only, before it is deleted.
HURRY: dict[str, tuple[str, ...]] = {
    "en": ("only a few places left", "few spots left", "limited spots", "limited places", "today only", "last chance", "before they delete", "before it gets deleted", "act fast", "hurry"),
    "de": ("nur noch wenige plätze", "nur heute", "letzte chance", "bevor es gelöscht wird", "schnell sein"),
    "fr": ("plus que quelques places", "places limitées", "aujourd'hui seulement", "dernière chance", "avant qu'ils suppriment"),
    "es": ("quedan pocas plazas", "plazas limitadas", "solo hoy", "última oportunidad", "antes de que lo borren"),
    "pt": ("últimas vagas", "vagas limitadas", "só hoje", "última chance", "antes que apaguem"),
    "it": ("ultimi posti", "posti limitati", "solo oggi", "ultima occasione", "prima che lo cancellino"),
    "nl": ("nog een paar plekken", "beperkte plekken", "alleen vandaag", "laatste kans", "voordat het verwijderd"),
    "pl": ("ostatnie miejsca", "tylko dziś", "tylko dzisiaj", "ostatnia szansa", "zanim usuną"),
    "tr": ("son birkaç yer", "sınırlı kontenjan", "sadece bugün", "son şans", "silinmeden önce"),
    "id": ("slot terbatas", "tempat terbatas", "hanya hari ini", "kesempatan terakhir", "sebelum dihapus"),
    "ru": ("осталось пять мест", "осталось несколько мест", "места ограничены", "только сегодня", "последний шанс", "пока не удалили"),
    "uk": ("залишилось кілька місць", "місця обмежені", "тільки сьогодні", "останній шанс", "поки не видалили"),
    "ar": ("باقي أماكن قليلة", "أماكن محدودة", "اليوم فقط", "فرصة أخيرة", "قبل الحذف", "لأول مئة"),
    "fa": ("فقط چند جای خالی", "ظرفیت محدود", "فقط امروز", "آخرین فرصت", "قبل از حذف"),
    "he": ("נשארו מקומות אחרונים", "מספר המקומות מוגבל", "רק היום", "הזדמנות אחרונה", "לפני שימחקו", "תספיקו"),
    "hi": ("सीमित सीटें", "सिर्फ आज", "आखिरी मौका", "डिलीट होने से पहले"),
    "ja": ("残りわずか", "限定", "今だけ", "先着", "削除される前に"),
    "zh": ("名额有限", "仅限今天", "最后机会", "删前", "速来", "赶紧"),
    "ko": ("선착순", "오늘만", "마감 임박", "삭제되기 전에", "한정"),
}
# fmt: on

LISTS: dict[str, dict[str, tuple[str, ...]]] = {
    "contact_ask": CONTACT,
    "gain_claim": GAIN,
    "profile_bait": PROFILE,
    "giveaway": GIVEAWAY,
    "prize_claim": PRIZE,
    "hurry": HURRY,
}
_SPACELESS = frozenset({"ja", "zh", "ko"})


@dataclass(frozen=True, slots=True)
class Phrases:
    """Every list's phrases as trie regexes (one pass over the text for all lists), and
    for each phrase its list and whether it must end at a word end."""

    # Phrases of languages written with spaces, at a word start (for ASCII text, only the
    # ASCII phrases).
    spaced: ByText[re.Pattern[str]]
    anywhere: re.Pattern[str]  # Chinese, Japanese and Korean: anywhere
    keys: dict[str, tuple[str, bool]]  # phrase -> (list, word end required)
    names: tuple[str, ...]  # the lists, in the order find reports them

    def find(self, folded: str) -> list[tuple[str, str]]:
        found: dict[str, str] = {}
        matches = self.spaced(folded).finditer(folded)
        for m in matches if folded.isascii() else (*matches, *self.anywhere.finditer(folded)):
            name, word_end = self.keys[m.group(0)]
            if name in found or (word_end and _WORDCHAR.match(folded, m.end())):
                continue
            found[name] = m.group(0).strip()
        return [(name, found[name]) for name in self.names if name in found]


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
        ByText(
            re.compile(r"(?<!\w)(?=\w)" + any_of(tuple(spaced)).pattern),
            re.compile(r"(?<!\w)(?=\w)" + any_of(tuple(k for k in spaced if k.isascii())).pattern),
        ),
        any_of(tuple(anywhere)),
        keys,
        tuple(lists),
    )


PHRASES = phrases(LISTS)

# "lost 14 kilos", "-12 кг", "瘦了15斤": a number and a body-weight unit close together,
# not a price per kilo ("15 ribu per kilo").
# Starts with the digit, the lookbehind after it ("(?<![\w.,])\d{1,3}" as written first),
# so re skips to digits at C speed.
_WEIGHT = re.compile(
    r"\d(?<![\w.,]\d)\d{0,2}(?!\d)(?:[.,]\d)?\s?(?:\w+\s)?"
    r"(?:kg|kgs|kilos?|kilograms?|kilogramm|kilogramos?|quilos?|chili|lbs|кило\w*|кг|"
    r"кілограм\w*|كيلو|קילו|किलो|キロ|斤|公斤|킬로)(?!\w)"
)
_PER = re.compile(r"(?<!\w)(?:per|pro|par|por|a|le|the|za|за|ribu|rb)\s", re.IGNORECASE)


def find(folded: str) -> list[tuple[str, str]]:
    """(list name, the phrase that fired) for each pitch list the text matches."""
    return PHRASES.find(folded)


def weight_claim(folded: str) -> str:
    """A body weight lost or gained ("14 kilos"), or "" (a price per kilo is not one)."""
    for m in _WEIGHT.finditer(folded):
        if not _PER.search(m.group(0)):
            return m.group(0)
    return ""
