# ruff: noqa: E501  (one comment a line, as written)
"""Write multilingual-fresh.csv: release 7's fresh hold-out, never trained or selected on.

Written by the Salon developers on 7 December 2026, before any release 7 change to the
features, signals, data or settings, and committed before release 7's first training run.
Nothing in it is trained on, and no selection round reads it: it is looked at once, at
the end of release 7, and the look is recorded in the model card.

What it is for: release 6 published 27.8 % of the payload-less spam of its own frozen
rows, spam in wordings the model never saw. So this set is spam written as new wordings
(no template of multilingual-comments.csv reused, most with no link, number or handle a
finder reads): earnings and health claims, contact requests in the language's own words,
profile and group bait, prizes, dating, loans and followers, and ordinary comments of the
same surface (prices, calling the council, writing to the editor, health and money
talk, thanks with emoji) in the 19 languages. Each text is its own comment; nobody's real
comment is in it. Licence: MIT, like the rest of Salon.

    .venv/bin/python datasets/multilingual_fresh_r7.py
"""

from __future__ import annotations

from pathlib import Path

import fresh_csv

OUT = Path(__file__).with_name("multilingual-fresh.csv")

SPAM: dict[str, list[str]] = {
    "en": [
        "My aunt lost 14 kilos in a month with one morning drink, she told me the secret and I'm happy to share it with anyone who asks",
        "Nobody believed me until I showed them my bank balance. Three weeks with this system and I paid off my car. Ask me and I'll explain",
        "Ladies, if you're tired of your 9 to 5, reach out. I only take five new partners this month",
        "Feeling lonely tonight? I'm new in town and looking for someone to talk to, you know where to find me 😘",
        "Guaranteed returns every Friday, my mentor has never had a losing week. Comment INFO and I'll get back to you",
    ],
    "de": [
        "Ich habe in zwei Monaten meine Schulden abbezahlt, nur mit dem Handy. Wer wissen will wie, meldet sich einfach",
        "Meine Nachbarin hat mit diesem Tee 12 Kilo abgenommen, ohne Sport. Fragt mich, ich gebe euch den Namen",
        "Suche fünf motivierte Leute für ein Projekt, 3000 im Monat nebenbei sind realistisch. Kurze Nachricht genügt",
        "Gewinnspiel! Unter allen, die mir heute folgen, verlose ich ein iPhone 🎁🎁",
        "Mein Coach verdoppelt das Kapital in sechs Wochen, garantiert. Kommentiert JA und ich lade euch ein",
    ],
    "fr": [
        "J'ai remboursé mon crédit en trois mois grâce à une méthode toute simple, contactez-moi si ça vous intéresse",
        "Ma sœur a perdu 10 kilos sans régime avec une seule gélule par jour, demandez-moi le nom",
        "Tu veux un revenu stable sans patron ? Je recrute encore deux personnes cette semaine, écris-moi vite",
        "Je suis seule ce soir et je m'ennuie… passe sur mon profil 😘",
        "Des gains garantis chaque semaine avec mon conseiller, je n'ai jamais perdu un euro",
    ],
    "es": [
        "Gracias a este método pagué todas mis deudas en dos meses, si quieres saber cómo mándame un mensaje",
        "Mi madre bajó 15 kilos tomando una infusión en ayunas, te paso el nombre si me escribes",
        "Busco tres personas con ganas de cambiar su vida, ingresos desde el primer día, solo necesitas un móvil",
        "¡Sorteo! Sígueme y comenta «quiero» para ganar una tarjeta de 200 euros 🎉🎉",
        "Mi asesor me da un 30 % de rentabilidad mensual sin riesgo, pregúntame y te presento",
    ],
    "pt": [
        "Quitei todas as minhas dívidas em 60 dias com um método simples, quem quiser saber é só me chamar",
        "Minha tia emagreceu 12 quilos com um chá antes de dormir, me pede que eu te passo o nome",
        "Procuro pessoas para renda extra, trabalho só com o celular, pagamento toda semana, me chama",
        "Tô sozinha hoje, alguém quer conversar? Olha meu perfil 😘",
        "Lucro garantido todo dia com o robô do meu mentor, comenta EU QUERO que eu te mando",
    ],
    "it": [
        "Ho estinto il mutuo in un anno grazie a un metodo che pochi conoscono, chiedimi pure",
        "Mia cugina ha perso 9 chili in tre settimane con una tisana, se volete vi dico quale",
        "Cerco collaboratori da casa, bastano due ore al giorno, guadagni dal primo mese, mandami un messaggio",
        "Regalo un buono da 100 euro a chi mi segue entro stasera 🎁",
        "Rendimento sicuro del 25 % al mese, il mio consulente non sbaglia mai, vi metto in contatto",
    ],
    "nl": [
        "Binnen drie maanden was ik schuldenvrij met één simpele methode, stuur me gerust een berichtje",
        "Mijn moeder viel 11 kilo af met een kruidenthee zonder dieet, vraag me de naam",
        "Ik zoek nog twee mensen die thuis willen bijverdienen, alleen een telefoon nodig, reageer snel",
        "Verveel je je ook vanavond? Kijk even op mijn profiel 😘",
        "Gegarandeerd rendement elke week, mijn coach heeft nog nooit verlies gemaakt",
    ],
    "pl": [
        "Spłaciłam wszystkie długi w dwa miesiące dzięki prostej metodzie, odezwij się to powiem jak",
        "Moja siostra schudła 13 kilo pijąc jedną herbatkę rano, zapytaj mnie o nazwę",
        "Szukam osób do pracy zdalnej, wystarczy telefon, wypłata co tydzień, pisz śmiało",
        "Rozdaję bony po 200 zł dla osób, które mnie dziś zaobserwują 🎁",
        "Gwarantowany zysk co tydzień, mój doradca nigdy nie stracił, mogę cię polecić",
    ],
    "tr": [
        "Tüm borçlarımı iki ayda bu yöntemle kapattım, merak eden bana yazsın",
        "Teyzem sabahları içtiği bir çayla 10 kilo verdi, ismini isteyen sorsun",
        "Evden çalışmak isteyen üç kişi arıyorum, sadece telefon yeterli, haftalık ödeme",
        "Bu akşam canım sıkılıyor, sohbet etmek isteyen profilime baksın 😘",
        "Hocamın grubunda her hafta garantili kazanç var, katılmak isteyen EVET yazsın",
    ],
    "id": [
        "Semua utang saya lunas dalam dua bulan berkat cara ini, yang mau tahu silakan chat",
        "Kakak saya turun 10 kilo cuma minum teh herbal tiap pagi, tanya aja namanya",
        "Dicari lima orang untuk kerja sampingan dari HP, gaji mingguan, minat langsung hubungi",
        "Lagi kesepian malam ini, yuk kenalan, lihat profilku ya 😘",
        "Profit pasti tiap hari ikut mentor saya, ketik MAU di komentar",
    ],
    "ru": [
        "Закрыла все кредиты за два месяца благодаря одному способу, кому интересно, пишите",
        "Подруга похудела на 12 кило за месяц с одним чаем, спросите меня название",
        "Ищу трёх человек на удалённую работу с телефона, выплаты каждую неделю, опыт не нужен",
        "Скучно одной вечером… загляни ко мне на страничку 😘",
        "Мой наставник гарантирует доход каждую неделю, ни одного убыточного месяца, могу познакомить",
    ],
    "uk": [
        "Я закрила всі борги за два місяці завдяки простому методу, хто хоче дізнатись, пишіть",
        "Сестра схудла на 10 кілограмів з одним трав'яним чаєм, питайте назву",
        "Шукаю людей на підробіток з телефону, оплата щотижня, досвід не потрібен",
        "Дарую сертифікат на 1000 гривень тим, хто підпишеться сьогодні 🎁",
        "Гарантований прибуток щотижня з моїм наставником, можу познайомити",
    ],
    "ar": [
        "سددت كل ديوني في شهرين بطريقة بسيطة جدا، اللي يبغى يعرف يكلمني",
        "أختي خسرت ١٢ كيلو في شهر بشاي واحد قبل النوم، اسألوني عن الاسم",
        "مطلوب أشخاص للعمل من الجوال ساعتين يوميا، الراتب أسبوعي، بدون خبرة",
        "أحس بالملل الليلة، مين يبغى يسولف؟ شوفوا حسابي 😘",
        "ربح مضمون كل أسبوع مع المستشار حقي، ما خسرت ولا مرة، أقدر أعرفك عليه",
        "مسابقة! تابعني واكتب تم وتدخل السحب على آيفون 🎁🎁",
    ],
    "fa": [
        "همه بدهی‌هایم را در دو ماه با یک روش ساده صاف کردم، هر کس می‌خواهد بداند بگوید",
        "خواهرم با یک دمنوش شبانه ۱۰ کیلو کم کرد، اسمش را از من بپرسید",
        "چند نفر برای کار با گوشی در خانه می‌خواهیم، پرداخت هفتگی، بدون سابقه",
        "امشب تنهام، کسی هست حرف بزنیم؟ یه سر به صفحه‌ام بزن 😘",
        "سود تضمینی هر هفته با استاد من، تا حالا ضرر نکرده، معرفی‌ات می‌کنم",
        "قرعه‌کشی! فالو کن و بنویس «هستم» تا برنده کارت هدیه شوی 🎁",
    ],
    "he": [
        "סגרתי את כל החובות שלי תוך חודשיים בשיטה פשוטה, מי שרוצה לדעת איך מוזמן לפנות",
        "אחותי ירדה 11 קילו עם תה אחד לפני השינה, תשאלו אותי מה השם",
        "מחפשת שלושה אנשים לעבודה מהנייד, תשלום כל שבוע, לא צריך ניסיון",
        "משעמם לי הערב, מישהו רוצה לדבר? תציצו אצלי 😘",
        "רווח מובטח כל שבוע עם המנטור שלי, אף פעם לא הפסיד, אשמח לחבר אתכם",
        "הגרלה! עקבו אחריי וכתבו 'אני' כדי לזכות בשובר של 300 שקל 🎁",
    ],
    "hi": [
        "मैंने सिर्फ दो महीने में सारा कर्ज चुका दिया, तरीका जानना हो तो बात करो",
        "मेरी मौसी ने एक चाय पीकर 10 किलो वजन घटाया, नाम जानना हो तो पूछो",
        "मोबाइल से काम करने वाले लोग चाहिए, हर हफ्ते पैसा, कोई अनुभव नहीं चाहिए",
        "आज रात अकेली हूं, कोई बात करना चाहे तो मेरी प्रोफाइल देखो 😘",
        "मेरे गुरु के साथ हर हफ्ते पक्का मुनाफा, कभी घाटा नहीं हुआ, मिलवा सकता हूं",
    ],
    "ja": [
        "たった2ヶ月で借金を全部返せた方法があります、知りたい人は声かけてください",
        "母がお茶を一杯飲むだけで1ヶ月に8キロ痩せました、名前知りたい人は聞いてね",
        "スマホだけでできるお仕事、週払い、未経験OK、興味ある方は気軽にどうぞ",
        "今夜ひとりで寂しいな…誰かお話ししませんか？アイコン押してね😘",
        "先生のおかげで毎週確実に利益が出ています、紹介できますよ",
        "フォロー＆いいねで抽選で5名様に1万円プレゼント🎁🎁",
    ],
    "zh": [
        "两个月就把信用卡全还清了，方法很简单，想知道的找我",
        "我妈喝了一个月的茶瘦了十五斤，想知道牌子的问我",
        "招几个人用手机做兼职，每周结算，不需要经验，有意者速来",
        "今晚好无聊，有人陪我聊天吗？点我头像😘",
        "跟着导师每周稳定盈利，从没亏过，可以介绍给你",
        "关注我并评论“想要”，抽三位送一千元红包🎁",
    ],
    "ko": [
        "두 달 만에 빚을 다 갚은 방법이 있어요, 궁금하신 분은 말 걸어 주세요",
        "엄마가 차 한 잔으로 한 달에 7킬로 빠졌어요, 이름 궁금하면 물어보세요",
        "핸드폰으로 하는 부업 같이 하실 분, 주급 지급, 경험 없어도 돼요",
        "오늘 밤 심심해요, 대화하실 분 제 프로필 눌러 주세요 😘",
        "멘토님 덕분에 매주 확실한 수익 내고 있어요, 소개해 드릴게요",
        "팔로우하고 댓글 남기면 추첨으로 상품권 드려요 🎁🎁",
    ],
}

HAM: dict[str, list[str]] = {
    "en": [
        "My aunt swears by her morning walk, but honestly the article overstates what diet alone can do",
        "We paid off the car loan last year and it still took us five years. The advice here is realistic",
        "If you're unhappy with the bus cuts, write to the council, they do read the letters",
        "Great photos of the harbour festival! 😍 Loved the fireworks",
        "The pension fund says its returns were 4 % last year, not the 9 % the minister quoted",
    ],
    "de": [
        "Wir haben unsere Schulden auch abbezahlt, aber das hat Jahre gedauert, nicht zwei Monate",
        "Wer sich über die Baustelle ärgert, sollte beim Ordnungsamt anrufen, die sind zuständig",
        "Der Tee im Stadtcafé kostet jetzt 4,50 €, das finde ich übertrieben",
        "Schöner Bericht über das Sommerfest! 🎉 Danke an alle Helfer",
        "Meine Nachbarin hat zwölf Kilo abgenommen, nach einer Operation. Gesundheit ist kein Wettbewerb",
    ],
    "fr": [
        "Nous avons mis dix ans à rembourser notre crédit, l'article est bien plus honnête que la pub",
        "Pour le bruit du chantier, écrivez à la mairie, ils ont répondu à mon courrier en une semaine",
        "Ma sœur travaille de nuit à l'hôpital, elle confirme le manque de personnel",
        "Superbe reportage sur le marché de Noël ! 😍",
        "Le loyer a augmenté de 80 euros cette année, comme tout l'immeuble",
    ],
    "es": [
        "Mi madre también tuvo que bajar de peso por el médico, y le costó un año entero, no un mes",
        "Si os molesta el ruido, llamad al ayuntamiento, a mí me contestaron al día siguiente",
        "El abono de transporte ya cuesta 60 euros, es demasiado para los estudiantes",
        "¡Qué bonitas las fotos de la feria! 🎉 Gracias por la cobertura",
        "Buscamos voluntarios para limpiar la playa el sábado, la asociación pone los guantes",
    ],
    "pt": [
        "Também quitamos as dívidas, mas levou três anos e muita disciplina, não existe milagre",
        "Quem quiser reclamar do buraco na rua pode ligar para a prefeitura, eles resolveram o meu",
        "O aluguel subiu 200 reais, o texto tem razão sobre a crise de moradia",
        "Que lindas as fotos da festa junina! 😍",
        "Minha tia é nutricionista e diz que chá nenhum emagrece sozinho",
    ],
    "it": [
        "Abbiamo estinto il mutuo dopo vent'anni, altro che metodi segreti",
        "Per la buca in via Roma ho scritto al comune e l'hanno sistemata in una settimana",
        "Il biglietto del museo ora costa 15 euro, ma la domenica è gratis",
        "Bellissime foto della sagra! 🎉 Grazie",
        "Mia cugina è medico e dice che l'articolo sulla dieta è fatto bene",
    ],
    "nl": [
        "Wij waren pas na zes jaar schuldenvrij, dus dit artikel is eerlijk over hoe lang het duurt",
        "Bel de gemeente over de kapotte lantaarnpaal, bij ons was hij binnen een week gemaakt",
        "De huur is weer met 5 % omhoog gegaan, net als in de rest van de straat",
        "Mooie foto's van de braderie! 😍",
        "Mijn moeder is diëtist en zegt dat kruidenthee geen kilo's laat verdwijnen",
    ],
    "pl": [
        "Spłacaliśmy kredyt przez piętnaście lat, więc dobrze, że artykuł nie obiecuje cudów",
        "W sprawie dziury w drodze warto napisać do urzędu miasta, odpowiedzieli mi szybko",
        "Bilet miesięczny kosztuje teraz 120 zł, to dużo dla studentów",
        "Piękne zdjęcia z festynu! 🎉",
        "Moja siostra jest dietetyczką i potwierdza to, co pisze autor",
    ],
    "tr": [
        "Biz de borçlarımızı kapattık ama yıllar sürdü, yazı gerçekçi",
        "Yoldaki çukur için belediyeyi arayın, bizimkini bir haftada tamir ettiler",
        "Kira bu yıl yüzde 60 arttı, öğrenciler nasıl geçinecek",
        "Festival fotoğrafları çok güzel olmuş! 😍",
        "Teyzem diyetisyen, çayla kilo verilmez diyor, yazıya katılıyorum",
    ],
    "id": [
        "Kami juga melunasi utang, tapi butuh lima tahun, tidak ada cara cepat",
        "Kalau jalan rusak, lapor saja ke kelurahan, punya kami diperbaiki minggu lalu",
        "Harga beras naik lagi jadi 15 ribu per kilo",
        "Foto-foto pasar malamnya bagus sekali! 🎉",
        "Kakak saya dokter gizi, katanya artikel ini benar soal diet",
    ],
    "ru": [
        "Мы тоже закрыли ипотеку, но на это ушло двенадцать лет, статья честная",
        "Насчёт ямы во дворе пишите в управу, мне ответили через неделю",
        "Проезд подорожал до 70 рублей, для пенсионеров это много",
        "Отличные фотографии с ярмарки! 😍",
        "Подруга врач-диетолог, говорит, что чай сам по себе не худеет",
    ],
    "uk": [
        "Ми теж виплатили кредит, але на це пішло вісім років, стаття чесна",
        "Щодо ями на дорозі пишіть до міськради, мені відповіли за тиждень",
        "Проїзд тепер коштує 15 гривень, для студентів це відчутно",
        "Чудові фото з ярмарку! 🎉",
        "Моя сестра лікарка і каже, що автор правий щодо дієт",
    ],
    "ar": [
        "سددنا قرض البيت بعد عشر سنين، المقال واقعي ولا يبيع أوهام",
        "بخصوص الحفرة في الشارع كلموا البلدية، أصلحوها عندنا خلال أسبوع",
        "أسعار الإيجار ارتفعت ٢٠٪ هذه السنة في حيّنا",
        "صور المهرجان جميلة جدا! 😍",
        "أختي طبيبة تغذية وتقول إن الشاي وحده لا ينقص الوزن",
        "تابعت القضية من البداية، شكرا للصحيفة على المتابعة",
    ],
    "fa": [
        "ما هم وام خانه را صاف کردیم ولی ده سال طول کشید، مقاله واقع‌بینانه است",
        "برای چاله خیابان با شهرداری تماس بگیرید، مال ما را یک هفته‌ای درست کردند",
        "کرایه تاکسی دوباره گران شد، برای دانشجوها سخت است",
        "عکس‌های جشنواره خیلی قشنگ بود! 😍",
        "خواهرم متخصص تغذیه است و می‌گوید دمنوش به تنهایی لاغر نمی‌کند",
        "من این پرونده را دنبال می‌کنم، ممنون از گزارش دقیق",
    ],
    "he": [
        "גם אנחנו סגרנו את המשכנתא, אבל זה לקח חמש עשרה שנה, הכתבה מדויקת",
        "לגבי הבור בכביש, תתקשרו לעירייה, אצלנו תיקנו תוך שבוע",
        "שכר הדירה עלה ב־400 שקל השנה, כמו בכל הבניין",
        "תמונות יפות מהפסטיבל! 😍",
        "אחותי דיאטנית ואומרת שתה לבד לא מוריד משקל",
        "אני עוקבת אחרי הפרשה מההתחלה, תודה על הדיווח",
    ],
    "hi": [
        "हमने भी घर का कर्ज चुकाया, लेकिन इसमें दस साल लगे, लेख सही कहता है",
        "सड़क के गड्ढे के लिए नगर निगम को फोन करें, हमारे यहां एक हफ्ते में ठीक हो गया",
        "दूध फिर से महंगा हो गया, अब 60 रुपये लीटर है",
        "मेले की तस्वीरें बहुत सुंदर हैं! 😍",
        "मेरी मौसी डॉक्टर हैं, वह कहती हैं कि सिर्फ चाय से वजन नहीं घटता",
    ],
    "ja": [
        "うちも住宅ローンを返し終えましたが、十五年かかりました。記事の通りです",
        "道路の穴については市役所に電話すると一週間で直してくれました",
        "バス代が230円に上がって、学生には厳しいです",
        "お祭りの写真とても素敵です！😍",
        "母は管理栄養士ですが、お茶だけで痩せることはないと言っています",
        "この件は最初から追っています、丁寧な報道に感謝します",
    ],
    "zh": [
        "我们家的房贷还了十五年才还清，文章说得很实在",
        "路上的坑可以打市民热线反映，我们小区一周就修好了",
        "地铁票涨到五块了，对学生来说不便宜",
        "庙会的照片拍得真好看！😍",
        "我妈是营养师，她说光喝茶是瘦不下来的",
        "这件事我一直在关注，感谢记者的跟进报道",
    ],
    "ko": [
        "저희도 대출을 다 갚았는데 십 년 걸렸어요, 기사 내용이 현실적이네요",
        "도로에 파인 곳은 구청에 전화하면 일주일 안에 고쳐 줍니다",
        "지하철 요금이 또 올라서 학생들이 힘들겠어요",
        "축제 사진 정말 예쁘네요! 😍",
        "엄마가 영양사인데 차만 마셔서는 살이 안 빠진대요",
        "이 사건 처음부터 지켜보고 있어요, 꼼꼼한 보도 감사합니다",
    ],
}


if __name__ == "__main__":
    fresh_csv.write(OUT, SPAM, HAM)
