# ruff: noqa: E501  (one language a line)
"""Earnings stories that offer to tell how, in the 19 languages Salon screens.

Spam without a payload: "I make 8k a month from my phone, ask me how". The writer's
profile or private messages carry the pitch. The model weighs "a month" and "ask me"
each a little (pitch.py's gain_claim and contact_ask), and a linear model cannot weigh
the two *together*, which is what marks the story. This is a fixed-weight rule
(text_rules.py, learned=False), like testimonial.py: it fires when the writer claims
an income of their own (INCOME: "I earn", "a month", "from home", "quit my job") *and*
offers to tell how (ASK: "ask me how", "who wants to know"). Either alone is ordinary:
"nurses earn 2,000 a month", "ask me anything about the election".

Phrases are matched as pitch.py matches its lists. Written for release 12 after reading
the misses of batch 10 (multilingual-batch10.csv), the selection set; measured on a
hold-out written by another hand (the model card).
"""

from __future__ import annotations

# Log-odds added to the spam score, fixed before the first measurement: a story the model
# scores at 0.07 or more is held (hold threshold 0.35); a false fire holds an ordinary
# comment the model scores above 0.07.
WEIGHT = 2.0

# fmt: off
# The writer's own income: earning verbs in the first person, money per month or week,
# from home or a phone, a job quit, debts cleared.
INCOME: dict[str, tuple[str, ...]] = {
    "en": ("i make", "i'm making", "im making", "i earn*", "i'm earning", "im earning", "i made", "clearing", "a month", "a week", "per month", "per week", "from home", "from my phone", "from my couch", "quit my job", "paid off all my", "debt free"),
    "de": ("ich verdiene", "verdiene ich", "im monat", "pro monat", "pro woche", "in der woche", "von zu hause", "vom handy", "vom sofa", "job gekündigt", "schulden abbezahlt", "schuldenfrei"),
    "fr": ("je gagne", "je me fais", "par mois", "par semaine", "de chez moi", "depuis chez moi", "depuis mon téléphone", "quitté mon job", "quitté mon travail", "remboursé toutes mes dettes"),
    "es": ("gano", "me saco", "al mes*", "por mes", "a la semana", "por semana", "desde casa", "desde mi móvil", "desde el celular", "dejé mi trabajo", "pagué todas mis deudas", "estaba en el paro"),
    "pt": ("eu ganho", "ganho", "por mês", "por semana", "de casa", "pelo celular", "saí da clt", "larguei meu emprego", "quitei todas"),
    "it": ("guadagno", "a settimana", "da casa", "dal telefono", "dal divano", "lasciato il lavoro", "debiti pagati"),
    "nl": ("ik verdien", "per maand", "vanuit huis", "vanaf mijn telefoon", "baan opgezegd", "schuldenvrij"),
    "pl": ("zarabiam", "miesięcznie", "tygodniowo", "na miesiąc", "z domu", "z telefonu", "rzuciłem pracę", "rzuciłam pracę", "spłaciłem", "spłaciłam"),
    "tr": ("kazanıyorum", "ayda", "haftada", "aylık", "evden", "telefondan", "işimi bıraktım", "borçlarımı"),
    "id": ("penghasilan saya", "saya dapat", "per bulan", "sebulan", "seminggu", "dari rumah", "dari hp", "resign", "lunas"),
    "ru": ("зарабатываю", "в месяц", "в неделю", "из дома", "с телефона", "уволилась", "уволился", "закрыла все кредиты", "закрыл все кредиты"),
    "uk": ("заробляю", "на місяць", "в місяць", "щомісяця", "на тиждень", "з дому", "з телефону", "звільнилася", "звільнився", "закрила всі борги"),
    "ar": ("أكسب", "أربح", "في الشهر", "شهريا", "من البيت", "من المنزل", "من الجوال", "تركت وظيفتي", "سددت"),
    "fa": ("درمیارم", "در میارم", "درآمد دارم", "ماهی", "ماهانه", "در ماه", "از خونه", "از خانه", "با گوشی", "کارمو ول کردم"),
    "he": ("מרוויח*", "בחודש", "בשבוע", "מהבית", "מהנייד", "עזבתי את העבודה", "סגרתי את כל החובות"),
    "hi": ("कमा रही हूं", "कमा रहा हूं", "कमाता हूं", "कमाती हूं", "महीने के", "महीने में", "हर महीने", "घर बैठे", "घर से", "मोबाइल से", "kamata hun", "kama rahi hun", "kama raha hun", "mahine ke", "ghar baithe", "ghar se"),
    "ja": ("稼いで", "稼げ", "月収", "月に", "毎月", "在宅", "スマホで", "仕事を辞め", "借金を返"),
    "zh": ("收入", "月入", "每月", "一个月", "在家", "用手机", "辞职", "还清"),
    "ko": ("벌어요", "벌고 있", "월수입", "한 달에", "매달", "집에서", "폰으로", "회사 그만", "빚 다 갚"),
}

# An offer to tell how: "ask me how", "who wants to know", "I'll show you".
ASK: dict[str, tuple[str, ...]] = {
    "en": ("ask me", "ask how", "dm me how", "message me how", "want to know how", "wanna know how", "curious how", "i'll show you", "i can show you", "learn how"),
    "de": ("fragt mich", "frag mich", "wer wissen will", "wollt ihr wissen wie", "ich zeig euch", "ich zeige euch"),
    "fr": ("demandez-moi", "demande-moi", "qui veut savoir", "si vous voulez savoir", "je vous montre", "je vous explique"),
    "es": ("pregúntenme", "pregúntame", "quien quiera saber", "si quieres saber", "les enseño", "te enseño", "les explico"),
    "pt": ("quem quiser saber", "só perguntar", "me pergunta", "me perguntem", "eu ensino", "te ensino"),
    "it": ("chiedetemi", "chiedimi", "chi vuole sapere", "se volete sapere", "vi spiego", "vi insegno"),
    "nl": ("vraag me", "vraag mij", "wie wil weten", "ik leg het uit", "ik laat zien hoe"),
    "pl": ("zapytaj*", "kto chce wiedzieć", "pokażę wam", "wytłumaczę"),
    "tr": ("merak eden", "bana sorsun", "bana sorun", "sorabilir", "nasıl yaptığımı", "anlatırım", "gösteririm"),
    "id": ("tanya saya", "tanya aja", "yang mau tahu", "yang penasaran", "japri", "aku ajarin", "saya ajarin"),
    "ru": ("спрашивайте", "спросите", "кому интересно", "кто хочет узнать", "расскажу", "научу"),
    "uk": ("питайте", "запитайте", "кому цікаво", "хто хоче дізнатися", "розповім", "навчу"),
    "ar": ("اسألني", "اسألوني", "اللي يبغى يعرف", "من يريد أن يعرف", "أعلمكم", "أشرح لكم"),
    "fa": ("بپرس*", "هرکی میخواد بدونه", "هر کی می‌خواد بدونه", "یادتون میدم"),
    "he": ("תשאלו אותי", "שאלו אותי", "מי שרוצה לדעת", "אסביר", "אראה לכם"),
    "hi": ("पूछिए कैसे", "पूछो कैसे", "मुझसे पूछो", "मुझसे पूछें", "जानना है तो", "जानना हो तो", "poochiye kaise", "pucho kaise", "mujhse pucho", "बताऊंगी", "बताऊंगा"),
    "ja": ("知りたい人", "気になる人", "教えます", "教えるよ", "聞いてください", "聞いてね"),
    "zh": ("问我", "想知道", "私我", "教你", "带你"),
    "ko": ("물어보세요", "궁금하신 분", "궁금하면", "알려드릴게요", "알려드려요"),
}
# fmt: on
