# ruff: noqa: E501  (one comment a line, as written)
"""Release 8's fresh hold-out: multilingual-fresh-r8.csv.

Written by the Salon developers on 7 December 2026, before any release 8 change to the
features, signals, data or settings, and committed before release 8's first training run.
Nothing in it is trained on, and no selection round reads it: it is looked at once, at
the end of release 8, and the look is recorded in the model card.

What it is for: release 7's fresh set (multilingual-fresh.csv) was looked at once and may
now serve as a selection set, so release 8 needs a set nobody has measured. Spam of
varied kinds in wordings not taken from any other Salon set: payload-less pitches
(earnings stories, "ask me"), contact asks, disguised links (`[.]`, `(punkt)`, "dot"),
crypto and trading "mentors", dating bait, prizes that ask for an e-mail, SEO and
backlinks, loans with a messenger number; ordinary comments of the same surface (prices,
rents and fares, "free" entry, calling the council, subscribing to the paper, @mentions,
hashtags, links to news and statistics sites, heated but legitimate anger) in the 19
languages. Each text is its own comment; nobody's real comment is in it; numbers,
handles and domains are invented. Licence: MIT, like the rest of Salon.

    .venv/bin/python datasets/multilingual_fresh_r8.py
"""

from __future__ import annotations

from pathlib import Path

import fresh_csv

OUT = Path(__file__).with_name("multilingual-fresh-r8.csv")

SPAM: dict[str, list[str]] = {
    "en": [
        "Honestly I was broke in March, now I clear 900 a week from my phone. Not allowed to post the method here, reply 'info' and I'll explain.",
        "Selling backlinks from high-authority news domains, DA 70+, permanent placement. Serious buyers only, details on seo-boost-hub dot xyz",
        "My portfolio went from 2k to 31k with the signals group my coach runs. She takes only five new members this week, ask me how to join.",
        "Bored tonight and new in town 💋 my private pics are on my page, don't be shy, message me",
        "Congratulations to the first 50 readers! Claim your free $250 grocery card here: shorturl[.]at/kG7x2",
        "Anyone who needs a fast personal loan with no credit check, WhatsApp +1 555 0148 293, approval same day.",
        "If you want to learn how I stopped working for a boss, the whole story is in the link on my profile. Only for people serious about change 🙏",
    ],
    "de": [
        "Ich hatte letztes Jahr noch Schulden, heute lebe ich von passivem Einkommen. Wer wissen will wie, schreibt mir einfach privat.",
        "Krypto-Tipp: Mein Mentor hat unsere Einlage in sechs Wochen verdreifacht. Noch drei Plätze frei in der Gruppe, meldet euch!",
        "Günstige Besucher und Backlinks für Ihre Webseite, garantiert Seite 1 bei Google. Infos unter rank-profi(punkt)online",
        "Hallo ihr Lieben, ich bin Lena, 27, und suche jemanden zum Reden 😘 mehr von mir siehst du in meinem Profil",
        "Sie wurden als Gewinner eines iPhone 16 ausgewählt! Senden Sie Ihre Adresse an gewinnspiel.zentrale at gmx punkt de",
        "Nebenjob von zu Hause, 40 € pro Stunde, keine Erfahrung nötig. Telegram: @heimjob_anna",
    ],
    "fr": [
        "J'étais au chômage il y a six mois, aujourd'hui je gagne plus que mon ancien patron. Si ça t'intéresse, écris-moi en privé.",
        "Placement sans risque : 15 % par mois garantis grâce à notre robot de trading. Contactez Julien sur WhatsApp au 06 55 01 23 47.",
        "Célibataire et un peu seule ce soir… mes photos sont sur mon profil, viens me dire bonjour 😉",
        "Bravo, vous avez gagné une carte cadeau de 500 € ! Répondez avec votre e-mail pour la recevoir avant minuit.",
        "Boostez votre site : 1000 liens de qualité, référencement garanti. Visitez seo-rapide[.]fr",
        "Je partage ma méthode pour vivre des paris sportifs, il reste quelques places, demandez-moi.",
    ],
    "es": [
        "Hace un año no llegaba a fin de mes y ahora trabajo dos horas al día desde casa. Escríbeme y te cuento cómo.",
        "Recupera tus criptomonedas perdidas o estafadas, agentes certificados, contacto por Telegram: @recupera_fondos_es",
        "Chicas solteras de tu zona te esperan 💕 entra en citas-calientes punto club y regístrate gratis",
        "¡Felicidades! Tu comentario fue elegido para un premio de 300 €. Envía tu nombre y correo para reclamarlo.",
        "Ofrezco posicionamiento SEO y reseñas de cinco estrellas para tu negocio, precios bajos, mira mi perfil.",
        "Mi asesora me enseñó a invertir en oro digital y ya saqué 8.000 €, quien quiera su contacto que me pregunte.",
    ],
    "pt": [
        "Saí das dívidas em três meses trabalhando pelo celular. Quem quiser saber, me chama no privado.",
        "Grupo VIP de sinais de Forex, 95 % de acerto. Entre agora, vagas limitadas: t(.)me/sinais_vip_br",
        "Oi gatinho, tô carente hoje 😘 dá uma olhada nas fotos do meu perfil",
        "Você ganhou um vale-compras de R$ 1.000! Responda com seu e-mail e CPF para receber.",
        "Empréstimo rápido para negativados, sem consulta ao SPC, chama no zap (11) 95555-0172",
    ],
    "it": [
        "Un anno fa ero disoccupato, oggi guadagno da casa più di mio padre. Scrivetemi in privato se volete sapere come.",
        "Il mio consulente mi ha fatto raddoppiare i risparmi con le criptovalute. Chi vuole il suo contatto me lo chieda.",
        "Ciao, mi sento sola stasera 💋 trovi le mie foto private sul mio profilo",
        "Hai vinto un buono Amazon da 200 €! Conferma i tuoi dati su premio-italia (punto) top entro oggi.",
        "Vendo recensioni positive e follower reali per la tua attività, prezzi imbattibili, contattami su Telegram.",
    ],
    "nl": [
        "Vorig jaar zat ik nog in de schulden, nu verdien ik online meer dan in mijn oude baan. Stuur me een bericht als je het wilt weten.",
        "Beleggen met gegarandeerd 20 % rendement per maand, mijn coach legt alles uit. Wie interesse heeft, vraag het me.",
        "Hoi schat, ik verveel me vanavond 😘 kijk even op mijn profiel",
        "U bent geselecteerd voor een cadeaubon van 250 euro! Vul uw gegevens in op bon-winnen punt nl",
        "Meer bezoekers op je website? Wij leveren 5000 backlinks, resultaat gegarandeerd. Mail naar linkdeal at outlook dot com",
    ],
    "pl": [
        "Rok temu nie miałam na czynsz, dziś zarabiam z domu kilka tysięcy miesięcznie. Chętnym wyjaśnię na priv.",
        "Inwestycja w kryptowaluty z gwarantowanym zyskiem 30 % tygodniowo. Mój doradca ma jeszcze dwa wolne miejsca, pytajcie.",
        "Hej, szukam kogoś na wieczór 😘 więcej zdjęć znajdziesz na moim profilu",
        "Gratulacje! Wygrałeś bon o wartości 1000 zł. Odpisz ze swoim adresem e-mail, aby go odebrać.",
        "Pozycjonowanie stron, pierwsze miejsce w Google w 30 dni, tanio. Szczegóły: seo-top(kropka)pl",
    ],
    "ru": [
        "Ещё весной сидела без денег, теперь зарабатываю с телефона по два часа в день. Кто хочет узнать подробности, напишите мне.",
        "Мой наставник по трейдингу поднял мой депозит в пять раз за месяц. Осталось три места в закрытом канале, спрашивайте.",
        "Привет, мне скучно одной сегодня 💋 мои фото в профиле",
        "Вы выиграли сертификат на 10 000 рублей! Отправьте свою почту, чтобы получить приз.",
        "Продвижение сайтов в ТОП Яндекса, вечные ссылки, недорого. Сайт: seo-top [точка] ru",
    ],
    "uk": [
        "Ще пів року тому жила від зарплати до зарплати, а тепер заробляю онлайн більше за чоловіка. Хто хоче дізнатися як, пишіть мені.",
        "Інвестиції з гарантованим доходом 25 % щомісяця, мій куратор усе пояснить. Залишилось кілька місць!",
        "Привіт, мені самотньо сьогодні ввечері 😘 зазирни в мій профіль",
        "Вітаємо! Ви виграли смартфон. Надішліть свою адресу та пошту, щоб отримати подарунок.",
        "Робота вдома, від 800 гривень на день, без досвіду. Вайбер: +380 55 501 2347",
    ],
    "tr": [
        "Geçen yıl borç içindeydim, şimdi evden günde iki saat çalışarak kazanıyorum. Merak eden bana özelden yazsın.",
        "Hocamızın sinyal grubunda herkes kazanıyor, haftalık yüzde 40 kâr. Son üç kişilik yer kaldı, sorun bana.",
        "Selam yakışıklı, bu akşam canım sıkılıyor 😘 profilimdeki fotoğraflara bak",
        "Tebrikler! 5.000 TL değerinde hediye çeki kazandınız. Almak için e-posta adresinizi yorum olarak yazın.",
        "Sitenizi Google'da ilk sıraya taşıyoruz, kaliteli backlink paketleri. Detaylar: seo-paket[.]xyz",
    ],
    "ar": [
        "كنت عاطلاً عن العمل، والآن أربح من البيت أكثر من راتبي القديم. من يريد الطريقة يراسلني على الخاص.",
        "استثمر مع خبيرتي في العملات الرقمية وأرباح مضمونة أسبوعياً، تبقى مقعدان فقط، اسألوني.",
        "مرحبا، أنا وحيدة الليلة 😘 شوف صوري في بروفايلي",
        "مبروك! لقد فزت بقسيمة شراء بقيمة ٥٠٠ دولار، أرسل بريدك الإلكتروني لاستلامها.",
        "قروض سريعة بدون ضمانات، تواصل واتساب ٠٥٥٥١٢٣٤٥٦",
    ],
    "he": [
        "לפני שנה לא היה לי שקל, היום אני מרוויחה מהבית יותר מבעלי. מי שרוצה לדעת איך, שישלח לי הודעה.",
        "המנטור שלי בשוק ההון הכפיל לי את התיק בחודש. נשארו שני מקומות בקבוצה, תשאלו אותי.",
        "היי, משעמם לי הערב 😘 תציץ בתמונות בפרופיל שלי",
        'זכית בשובר מתנה בשווי 400 ש"ח! השאר את כתובת המייל שלך כדי לקבל אותו.',
        "קידום אתרים בגוגל, מקום ראשון מובטח. פרטים באתר seo-il [נקודה] xyz",
    ],
    "fa": [
        "پارسال بیکار بودم، الان درآمدم از خانه از حقوق قبلی‌ام بیشتر است. هر کس می‌خواهد بداند، به من پیام خصوصی بدهد.",
        "سرمایه‌گذاری در ارز دیجیتال با سود تضمینی ماهانه، مشاور من همه چیز را توضیح می‌دهد. فقط دو جای خالی مانده.",
        "سلام عزیزم، امشب تنهام 😘 عکس‌هام توی پروفایلم هست",
        "تبریک! شما برنده کارت هدیه ۲ میلیون تومانی شدید. ایمیل خود را بفرستید تا جایزه را دریافت کنید.",
        "وام فوری بدون ضامن، تماس در تلگرام: @vam_fori_ir",
    ],
    "hi": [
        "पिछले साल मेरे पास नौकरी नहीं थी, अब घर बैठे रोज़ हज़ारों कमाता हूँ। जानना हो तो मुझे मैसेज करो।",
        "मेरे ट्रेडिंग गुरु ने एक महीने में पैसा दोगुना कर दिया, ग्रुप में सिर्फ़ तीन सीटें बची हैं, मुझसे पूछो।",
        "हाय, आज रात अकेली हूँ 😘 मेरी प्रोफ़ाइल पर फ़ोटो देखो",
        "बधाई हो! आपने ₹10,000 का गिफ़्ट वाउचर जीता है। पाने के लिए अपना ईमेल भेजें।",
        "बिना गारंटी तुरंत लोन, व्हाट्सऐप करें 98555 01234",
    ],
    "id": [
        "Dulu saya pengangguran, sekarang penghasilan dari rumah lebih besar dari gaji suami. Yang mau tahu caranya, chat saya saja.",
        "Investasi kripto untung pasti 10 % per minggu, mentor saya bimbing sampai berhasil. Tinggal dua slot lagi!",
        "Hai kak, aku lagi kesepian malam ini 😘 lihat foto-fotoku di profil ya",
        "Selamat! Anda memenangkan voucher belanja Rp 2.000.000. Balas dengan email Anda untuk klaim hadiah.",
        "Jasa SEO murah, website anda halaman satu Google dijamin. Info lengkap: seo-murah (titik) id",
    ],
    "ja": [
        "去年まで借金まみれでしたが、今はスマホだけで月50万円稼いでいます。やり方を知りたい人はDMください。",
        "投資の先生のおかげで資産が3倍になりました。限定グループはあと2名だけ、気になる方は聞いてね。",
        "今夜ひとりで寂しいな😘 プロフィールの写真見てね",
        "おめでとうございます！5万円分のギフト券が当選しました。受け取るにはメールアドレスを返信してください。",
        "副業募集！在宅で日給2万円、LINE ID: fukugyo_55 まで",
    ],
    "zh": [
        "去年还欠了一屁股债，现在每天用手机两小时就能赚几百块。想知道怎么做的私信我。",
        "跟着老师炒币，一个月收益翻了五倍，群里只剩三个名额，有兴趣的问我。",
        "今晚一个人好无聊😘 我的照片在主页，来看看吧",
        "恭喜您获得500元购物卡！请回复您的邮箱领取奖品。",
        "网站优化，保证百度首页，价格实惠，详情加微信 seo8855",
    ],
    "ko": [
        "작년엔 빚밖에 없었는데 지금은 폰으로 하루 두 시간 일하고 월 300 벌어요. 방법 궁금하면 쪽지 주세요.",
        "코인 리딩방 선생님 덕분에 한 달 만에 수익 네 배! 자리 두 개 남았어요, 물어보세요.",
        "오늘 밤 심심해요😘 프로필 사진 보러 와요",
        "축하합니다! 10만원 상품권에 당첨되셨습니다. 이메일 주소를 남겨 주시면 보내드립니다.",
        "홈페이지 상위노출 보장, 저렴한 백링크 작업. 카톡 아이디 seo1004",
    ],
}

HAM: dict[str, list[str]] = {
    "en": [
        "The article says the new bus pass is free for under-18s, but my son was charged £2.40 yesterday. Has anyone else had this?",
        "@d_okafor I subscribe too, and I agree the crossword has got harder since the spring.",
        "I called the housing office three times this week and nobody picked up. Writing to my councillor instead.",
        "This is just wrong. The minister promised the ward would stay open and now it's closing in May. People should be furious, and they are.",
        "Full figures are on the ONS site: https://www.ons.gov.uk/economy/inflationandpriceindices — food is still up 6 % on last year.",
        "Great photos from the marathon! #RiversideRun my neighbour finished in 3:41 at age 67.",
        "If anyone found a blue child's bike near the school gates, it's my daughter's; reception at the school has my number.",
    ],
    "de": [
        "Das Deutschlandticket kostet jetzt 58 Euro, für Pendler wie mich immer noch günstig, aber für Rentner ist das viel Geld.",
        "Ich habe beim Bürgeramt angerufen: Termine gibt es erst wieder im Februar. Unfassbar.",
        "@thomas_k Danke für den Hinweis, den Bericht der Tagesschau hatte ich übersehen: https://www.tagesschau.de/inland/",
        "Der Eintritt zum Stadtfest ist frei, Parkplätze gibt es aber kaum. Lieber mit dem Rad kommen.",
        "Wer so über Geflüchtete redet, hat den Artikel nicht gelesen. Die Zahlen sind eindeutig, und ich habe keine Lust mehr auf diese Stimmungsmache.",
        "Ich habe die Zeitung seit 20 Jahren abonniert und kündige jetzt wegen der Preiserhöhung. Schade.",
    ],
    "fr": [
        "Le plein m'a coûté 92 € ce matin, et on nous dit que l'inflation ralentit…",
        "J'ai appelé la mairie pour les encombrants, ils passent gratuitement le premier mardi du mois.",
        "@claire_b Je suis abonné aussi, et je trouve que la version papier vaut encore le coup.",
        "Merci pour ce reportage sur les vendanges ! #Bourgogne",
        "Lisez l'enquête complète sur le site du Monde : https://www.lemonde.fr/planete/ . On ne peut pas continuer à bétonner les zones humides.",
        "C'est scandaleux. Le conseil municipal a voté la fermeture de la piscine sans consulter personne, et on devrait se taire ?",
    ],
    "es": [
        "El alquiler en mi barrio ha subido a 1.100 euros por un piso de dos habitaciones, es imposible ahorrar.",
        "Llamé al centro de salud y me dieron cita para dentro de tres semanas.",
        "@javi_m Tienes razón, el dato viene del INE: https://www.ine.es/ y no del ministerio.",
        "La entrada al museo es gratis los domingos por la tarde, muy recomendable.",
        "Basta ya de promesas. Llevamos diez años esperando el tren y cada gobierno nos miente igual.",
        "Me he suscrito al boletín de la biblioteca para enterarme de los talleres infantiles.",
    ],
    "pt": [
        "A passagem de ônibus subiu para R$ 5,20 e o serviço continua péssimo.",
        "Liguei para a prefeitura e disseram que a poda das árvores é gratuita, é só pedir pelo 156.",
        "@ana.lima também assino o jornal há anos, mas concordo que o site está cheio de anúncios.",
        "Que orgulho da nossa seleção feminina! #VaiBrasil",
        "Isso é uma vergonha. Cortaram a verba da universidade e ainda querem que a gente agradeça.",
    ],
    "it": [
        "Il biglietto del treno per Milano costa ormai 45 euro, andata e ritorno quasi cento.",
        "Ho chiamato il comune per la buca in via Roma, mi hanno detto che la riparano entro il mese.",
        "@marco_r Sono abbonato anch'io, ma l'articolo di oggi era gratuito per tutti.",
        "Che bella notizia per il quartiere! #Bologna",
        "Vergognoso. Hanno chiuso il pronto soccorso di notte e nessuno del consiglio regionale si è presentato all'assemblea.",
    ],
    "nl": [
        "De huur van mijn studentenkamer is nu 750 euro, dat is toch niet normaal meer.",
        "Ik heb de gemeente gebeld over het grofvuil, ophalen is gratis als je het online aanmeldt.",
        "@sanne_v Klopt, de cijfers van het CBS staan hier: https://www.cbs.nl/ en die zijn anders dan wat de wethouder zei.",
        "Mooi verslag van de tentoonstelling over de Elfstedentocht! #Friesland",
        "Dit is echt belachelijk. Eerst de bibliotheek dicht, nu het zwembad. Wat blijft er over voor de jeugd?",
    ],
    "pl": [
        "Bilet miesięczny podrożał do 120 zł, a autobusy jeżdżą coraz rzadziej.",
        "Dzwoniłam do urzędu w sprawie dowodu, czekam już sześć tygodni.",
        "@kuba_p Też prenumeruję, ale ten artykuł był darmowy dla wszystkich.",
        "Gratulacje dla naszych siatkarek! #Siatkówka",
        "To skandal, że radni podnieśli sobie pensje, a na szkoły znowu brakuje pieniędzy.",
    ],
    "ru": [
        "Проезд в метро опять подорожал, теперь 70 рублей, а зарплаты стоят на месте.",
        "Звонила в управляющую компанию насчёт отопления, обещали прислать мастера завтра.",
        "@olga_s Согласна, я тоже подписана на газету, статья отличная.",
        "Бесплатные курсы для пенсионеров в библиотеке — отличная идея, мама уже записалась.",
        "Это возмутительно! Парк вырубили под парковку, а жителей никто не спросил.",
    ],
    "uk": [
        "Комуналка цієї зими вийшла на 3 200 гривень, це половина маминої пенсії.",
        "Дзвонив до ЦНАПу, сказали, що довідку видають безкоштовно.",
        "@andriy_k Дякую, я теж підписаний на розсилку редакції.",
        "Чудовий матеріал про відбудову школи! #Харків",
        "Скільки можна обіцяти? Міст ремонтують уже третій рік, а грошей витрачено вдвічі більше.",
    ],
    "tr": [
        "Kira 18 bin lira oldu, maaşın yarısı gidiyor. Bu nasıl sürecek?",
        "Belediyeyi aradım, çöpler yarın toplanacakmış.",
        "@ayse_k Ben de gazeteye aboneyim, bu haber gerçekten çok iyiydi.",
        "Müze kartı öğrenciler için ücretsiz, herkes faydalansın.",
        "Bu kabul edilemez! Okulun bahçesine otopark yapılmasına karşıyız ve sesimizi yükselteceğiz.",
    ],
    "ar": [
        "سعر كيلو الطماطم وصل إلى ١٢ جنيهاً، الأسعار صارت فوق طاقة الناس.",
        "اتصلت بالبلدية بخصوص الإنارة في الشارع ووعدوا بإصلاحها هذا الأسبوع.",
        "@sara_m شكراً، أنا أيضاً مشترك في النشرة البريدية للجريدة.",
        "الدخول إلى المعرض مجاني يوم الجمعة، أنصح الجميع بالذهاب.",
        "هذا غير مقبول! الحكومة ترفع الضرائب ولا تحسن المستشفيات، ومن حقنا أن نغضب.",
    ],
    "he": [
        "שכר הדירה בתל אביב עלה שוב, 6,500 שקל לשלושה חדרים.",
        "התקשרתי לעירייה בנוגע לפח שנשבר, אמרו שיחליפו בחינם.",
        "@noa_l גם אני מנויה לעיתון, והכתבה הזאת הייתה מצוינת.",
        "כניסה חופשית לגן החיות בשבוע הבא לילדים, שווה לנצל.",
        "זה מקומם! סוגרים את המרפאה בשכונה ואף אחד לא שאל את התושבים.",
    ],
    "fa": [
        "قیمت نان دوباره گران شد، این ماه دو بار افزایش داشتیم.",
        "به شهرداری زنگ زدم درباره چاله خیابان، گفتند هفته آینده درستش می‌کنند.",
        "@reza_t ممنون، من هم مشترک روزنامه هستم و این گزارش عالی بود.",
        "ورود به کتابخانه مرکزی برای دانشجوها رایگان است.",
        "این واقعاً شرم‌آور است! مدرسه‌ها بدون بخاری مانده‌اند و مسئولان فقط وعده می‌دهند.",
    ],
    "hi": [
        "टमाटर अब 80 रुपये किलो है, घर का बजट बिगड़ गया है।",
        "मैंने नगर निगम को फ़ोन किया, उन्होंने कहा कल तक पानी आ जाएगा।",
        "@priya_s मैंने भी अख़बार की सदस्यता ली है, यह लेख बहुत अच्छा था।",
        "रविवार को संग्रहालय में प्रवेश मुफ़्त है, बच्चों को ज़रूर ले जाएँ।",
        "यह शर्मनाक है! अस्पताल में डॉक्टर नहीं हैं और सरकार सिर्फ़ भाषण दे रही है।",
    ],
    "id": [
        "Harga cabai naik lagi jadi Rp 90.000 per kilo, pedagang di pasar juga mengeluh.",
        "Saya sudah telepon kelurahan soal lampu jalan, katanya minggu depan diperbaiki.",
        "@dewi_s Saya juga langganan korannya, liputan banjir kemarin bagus sekali.",
        "Masuk taman kota gratis tiap akhir pekan, cocok buat keluarga.",
        "Keterlaluan! Jalan rusak bertahun-tahun tapi anggaran malah dipakai untuk pagar kantor bupati.",
    ],
    "ja": [
        "電気代が先月より3千円も上がって驚きました。",
        "市役所に電話したら、粗大ごみの回収は無料だと教えてもらいました。",
        "@yuki_t 私も新聞を購読していますが、この記事は特に良かったです。",
        "日曜日は美術館が無料なので、子どもと行ってきます。#週末",
        "こんな決定は納得できません。住民の声を聞かずに公園を潰すなんて。",
    ],
    "zh": [
        "菜价又涨了，一斤青菜都要八块钱。",
        "我给街道办打了电话，他们说下周会来修路灯。",
        "@小林 我也订阅了这份报纸，这篇报道写得很好。",
        "博物馆周三免费开放，推荐大家带孩子去看看。",
        "这太不像话了！医院排队要四个小时，有关部门到底管不管？",
    ],
    "ko": [
        "전기요금이 또 올라서 이번 달에 만 원 넘게 더 나왔어요.",
        "구청에 전화했더니 대형 폐기물 수거는 무료라고 하네요.",
        "@minji_k 저도 이 신문 구독하는데 오늘 기사 정말 좋았어요.",
        "이번 주말에 시립도서관 강연이 무료래요. #주말",
        "이건 정말 말이 안 됩니다! 주민 의견도 안 듣고 학교를 통폐합한다니요.",
    ],
}


if __name__ == "__main__":
    fresh_csv.write(OUT, SPAM, HAM)
