"""Write multilingual-comments.csv: spam and ordinary comments in the 19 languages Salon
screens, written by the Salon developers (nobody's real comment; numbers, handles and
domains invented). Run: .venv/bin/python datasets/make_multilingual.py

Each language has spam of the kinds that reach news sites without a clickable link
(phone numbers in its national format, messenger handles, "write me privately", wallets,
QR prompts, disguised addresses) and ordinary comments that mention prices, "free",
calling, subscribing, @mentions and hashtags. `{p}` is filled with that country's phone
formats, `{h}` with a handle, `{w}` with a wallet, so every template appears a few times.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import multilingual_r5  # noqa: E402
import multilingual_r6  # noqa: E402
import multilingual_r7  # noqa: E402
import multilingual_r8  # noqa: E402
import multilingual_r10  # noqa: E402

OUT = Path(__file__).with_name("multilingual-comments.csv")
HANDLES = ("@fastprofit_pro", "@anna_invest77", "@cryptoking_vip", "@bonus_daily24")
WALLETS = (
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE",
)

PHONES = {
    "en": ("+44 7700 900123", "(555) 010-4477"), "de": ("+49 151 23456789", "0151 2345 6789"),
    "fr": ("+33 6 12 34 56 78", "06 12 34 56 78"), "es": ("+34 612 345 678", "612 34 56 78"),
    "pt": ("+55 11 91234-5678", "(11) 91234-5678"), "it": ("+39 312 345 6789", "312 3456789"),
    "nl": ("+31 6 12345678", "06-12345678"), "pl": ("+48 512 345 678", "512-345-678"),
    "ru": ("+7 (912) 345-67-89", "8 912 345 67 89"), "uk": ("+380 67 123 4567", "067 123 45 67"),
    "tr": ("+90 532 123 45 67", "0532 123 45 67"), "ar": ("+971 50 123 4567", "٠٥٠١٢٣٤٥٦٧"),
    "he": ("+972 52-123-4567", "052-1234567"), "fa": ("+98 912 345 6789", "۰۹۱۲۳۴۵۶۷۸۹"),
    "hi": ("+91 98765 43210", "098765 43210"), "id": ("+62 812-3456-7890", "0812 3456 7890"),
    "ja": ("+81 90-1234-5678", "090-1234-5678"), "zh": ("+86 138 0013 8000", "138-0013-8000"),
    "ko": ("+82 10-1234-5678", "010-1234-5678"),
}  # fmt: skip

SPAM: dict[str, list[str]] = {
    "en": [
        "I make 300 a day from my phone with no experience. Message Mrs Grace on WhatsApp {p}",
        "Lost money to a scam? Our recovery agent got mine back. Telegram {h}",
        "Need a fast loan with bad credit? Approved in 1 hour, call {p}",
        "DM me for the diet that melted 12 kg in a month 🔥🔥 no gym",
        "Scan the QR code in my profile to claim your free 500 voucher",
        "Giveaway! Send 0.05 BTC to {w} and receive double back today",
        "Best casino bonus in the UK: luckyspin24[.]top code VIP500",
        "Contact me for genuine investment help: jane.trade at gmail dot com",
        "Forward this prayer to 10 friends and a miracle comes tonight, ignore it and regret",
        "Hot singles near you want to chat, text me {p} 💋",
    ],
    "de": [
        "Ich verdiene 250 € am Tag von zu Hause aus. Schreib mir auf WhatsApp {p}",
        "Sofortkredit ohne Schufa, Auszahlung in 24 Stunden. Ruf an: {p}",
        "Mein Berater auf Telegram {h} hat mein Krypto-Depot verdreifacht, meldet euch bei ihm",
        "Abnehmen ohne Diät, 10 kg in 3 Wochen! Schreibt mir privat für das Geheimnis",
        "Scannt den QR-Code in meinem Profil und holt euch den Gutschein über 500 €",
        "Online Casino mit 200 Freispielen: glueck-jetzt(punkt)xyz Code BONUS",
        "Bitcoin verdoppeln! Sende an {w} und erhalte das Doppelte zurück",
        "Nebenverdienst gesucht? Kontaktiere mich: info.geld at gmail dot com",
    ],
    "fr": [
        "Je gagne 300 € par jour depuis chez moi, écrivez-moi sur WhatsApp au {p}",
        "Prêt entre particuliers rapide sans justificatif, appelez le {p}",
        "Mon gestionnaire sur Telegram {h} m'a fait gagner 5000 € en une semaine",
        "Perdez 10 kg en 2 semaines sans sport, contactez-moi en privé 🔥",
        "Scannez le QR code sur mon profil pour recevoir votre carte cadeau",
        "Casino en ligne, 100 tours gratuits : chance-maxi[.]top code VIP",
        "Doublez vos bitcoins : envoyez à {w} et recevez le double",
        "Marabout puissant, retour de l'être aimé en 3 jours, appelez {p}",
    ],
    "es": [
        "Gano 200 dólares al día desde casa, escríbeme por WhatsApp {p}",
        "Préstamos rápidos sin aval, aprobados en una hora. Llama al {p}",
        "Mi asesora de inversiones en Telegram {h} me cambió la vida, contáctala",
        "Baja 10 kilos en 15 días sin dieta, mándame un mensaje privado 🔥🔥",
        "Escanea el código QR de mi perfil y reclama tu premio de 500 €",
        "Casino online con bonos gratis: suerte-ya(punto)xyz código VIP",
        "Envía 0.1 BTC a {w} y recibe el doble en minutos",
        "Contáctame para ganar dinero fácil: dinero.facil arroba gmail punto com",
    ],
    "pt": [
        "Ganho 500 reais por dia trabalhando em casa, me chama no WhatsApp {p}",
        "Empréstimo rápido para negativados, liberado hoje. Ligue {p}",
        "O gestor de investimentos no Telegram {h} multiplicou meu dinheiro",
        "Emagreça 10 kg em 20 dias sem academia, me manda mensagem no privado",
        "Escaneie o QR code do meu perfil e ganhe um cartão presente",
        "Cassino online com giros grátis: sorte-agora[.]top código VIP",
        "Mande bitcoin para {w} e receba o dobro de volta hoje",
        "Renda extra garantida, chama no zap {p} 💰💰",
    ],
    "it": [
        "Guadagno 200 euro al giorno da casa, scrivimi su WhatsApp {p}",
        "Prestiti veloci senza garanzie, approvati in giornata. Chiama il {p}",
        "Il mio consulente su Telegram {h} mi ha fatto guadagnare migliaia di euro",
        "Perdi 8 chili in due settimane senza dieta, contattami in privato",
        "Scansiona il codice QR sul mio profilo per il buono regalo da 500 euro",
        "Casinò online con 100 giri gratis: fortuna-subito(punto)xyz codice VIP",
        "Invia bitcoin a {w} e ricevi il doppio",
        "Lavoro da casa, soldi facili, contattami: lavoro.casa at gmail dot com",
    ],
    "nl": [
        "Ik verdien 250 euro per dag vanuit huis, stuur me een bericht op WhatsApp {p}",
        "Snel geld lenen zonder BKR-toets, vandaag op je rekening. Bel {p}",
        "Mijn adviseur op Telegram {h} heeft mijn crypto verdubbeld",
        "10 kilo afvallen in 3 weken zonder dieet, stuur me een dm voor het geheim",
        "Scan de QR-code in mijn profiel en claim je cadeaubon van 500 euro",
        "Online casino met gratis spins: geluk-nu[.]top code VIP",
        "Stuur bitcoin naar {w} en ontvang het dubbele terug",
    ],
    "pl": [
        "Zarabiam 800 zł dziennie z domu, napisz do mnie na WhatsApp {p}",
        "Szybka pożyczka bez BIK, pieniądze w 15 minut. Dzwoń {p}",
        "Mój doradca na Telegramie {h} pomnożył moje oszczędności",
        "Schudnij 10 kg w miesiąc bez diety, pisz na priv po szczegóły",
        "Zeskanuj kod QR z mojego profilu i odbierz bon na 500 zł",
        "Kasyno online, darmowe spiny: szczescie-teraz(kropka)xyz kod VIP",
        "Wyślij bitcoin na {w} i odbierz podwójnie",
    ],
    "ru": [
        "Зарабатываю от 5000 рублей в день из дома, пишите в телеграм {h}",
        "Быстрый займ без проверки кредитной истории, звоните {p}",
        "Мой инвестиционный менеджер удвоил мои деньги, напишите мне в личку",
        "Похудела на 12 кг за месяц без диет, пишите в лс, расскажу секрет 🔥",
        "Отсканируйте QR код в профиле и получите подарок на 5000 рублей",
        "Онлайн казино с бонусом 200%: udacha-seychas[.]top промокод VIP",
        "Отправьте биткоин на {w} и получите вдвое больше",
        "Работа на дому без опыта, ватсап {p}",
    ],
    "uk": [
        "Заробляю 2000 гривень на день з дому, пишіть у телеграм {h}",
        "Швидкий кредит без довідок, гроші за 10 хвилин. Дзвоніть {p}",
        "Мій фінансовий консультант подвоїв мої заощадження, напишіть мені",
        "Схудла на 10 кг за місяць без дієт, пишіть у приват 🔥",
        "Скануйте QR код у профілі та отримайте подарунок",
        "Онлайн казино з бонусом: vezinnya-zaraz[.]top промокод VIP",
        "Надішліть біткоїн на {w} і отримайте подвійно",
    ],
    "tr": [
        "Evden günde 2000 TL kazanıyorum, WhatsApp'tan yaz {p}",
        "Kefilsiz hızlı kredi, 1 saatte onay. Hemen ara {p}",
        "Telegram'daki yatırım danışmanım {h} paramı ikiye katladı",
        "Diyetsiz ayda 10 kilo verin, detaylar için bana özelden yaz",
        "Profilimdeki QR kodu okut, 500 TL hediye çeki kazan",
        "Deneme bonusu veren casino: sans-simdi[.]top kod VIP",
        "{w} adresine bitcoin gönder, iki katını geri al",
    ],
    "ar": [
        "أربح 1000 دولار أسبوعيا من البيت، تواصل معي واتساب {p}",
        "قروض سريعة بدون ضمان، الموافقة خلال ساعة. اتصل {p}",
        "مدير الاستثمار على تليجرام {h} ضاعف أرباحي، راسلوه الآن",
        "خسرت 10 كيلو في شهر بدون رجيم، راسلني على الخاص 🔥",
        "امسح رمز QR في ملفي الشخصي واحصل على بطاقة هدية",
        "كازينو أونلاين مع مكافأة مجانية: hazz-alaan[.]top الكود VIP",
        "أرسل بيتكوين إلى {w} واستلم الضعف",
        "شيخ روحاني لجلب الحبيب وفك السحر، واتساب {p}",
    ],
    "he": [
        "אני מרוויחה 800 שקל ביום מהבית, כתבו לי בוואטסאפ {p}",
        "הלוואה מהירה בלי בדיקת אשראי, אישור תוך שעה. התקשרו {p}",
        "יועץ ההשקעות שלי בטלגרם {h} הכפיל לי את הכסף",
        "ירדתי 10 קילו בחודש בלי דיאטה, שלחו לי הודעה בפרטי",
        "סרקו את קוד ה-QR בפרופיל שלי וקבלו שובר מתנה",
        "קזינו אונליין עם בונוס: mazal-achshav[.]top קוד VIP",
        "שלחו ביטקוין ל {w} וקבלו כפול",
    ],
    "fa": [
        "روزی ۵ میلیون تومان از خانه درآمد دارم، در تلگرام پیام بدید {h}",
        "وام فوری بدون ضامن، تماس بگیرید {p}",
        "مشاور سرمایه گذاری من سودم را دو برابر کرد، به من پیام بدید",
        "کاهش وزن ۱۰ کیلو در یک ماه بدون رژیم، در دایرکت پیام بدید",
        "کد QR در پروفایل من را اسکن کنید و جایزه بگیرید",
        "کازینو آنلاین با جایزه رایگان: shans-alan[.]top کد VIP",
        "بیت کوین به {w} بفرستید و دو برابر بگیرید",
    ],
    "hi": [
        "मैं घर से रोज़ 5000 रुपये कमाता हूँ, व्हाट्सएप करें {p}",
        "बिना गारंटी तुरंत लोन, एक घंटे में मंज़ूरी। कॉल करें {p}",
        "टेलीग्राम पर मेरे निवेश सलाहकार {h} ने मेरा पैसा दोगुना कर दिया",
        "बिना डाइट एक महीने में 10 किलो वज़न कम करें, मुझे मैसेज करें",
        "मेरी प्रोफ़ाइल का QR कोड स्कैन करें और इनाम पाएं",
        "ऑनलाइन कैसीनो बोनस: kismat-abhi[.]top कोड VIP",
        "{w} पर बिटकॉइन भेजें और दोगुना पाएं",
    ],
    "id": [
        "Saya dapat 1 juta per hari kerja dari rumah, hubungi saya di WA {p}",
        "Pinjaman online cepat tanpa jaminan, cair dalam 1 jam. Telepon {p}",
        "Manajer investasi saya di Telegram {h} melipatgandakan uang saya",
        "Turun 10 kg dalam sebulan tanpa diet, chat saya untuk rahasianya",
        "Scan kode QR di profil saya dan dapatkan hadiah gratis",
        "Slot gacor hari ini, bonus new member: gacor-maxwin[.]top kode VIP",
        "Kirim bitcoin ke {w} dan terima dua kali lipat",
    ],
    "ja": [
        "在宅で1日3万円稼いでいます。詳しくはLINE ID: money88 まで",
        "審査なしで即日融資、今すぐお電話ください {p}",
        "テレグラムの投資アドバイザー {h} のおかげで資産が倍になりました",
        "食事制限なしで1ヶ月10キロ痩せた方法、DMください",
        "プロフィールのQRコードを読み取って5000円分のギフト券をゲット",
        "オンラインカジノ入金不要ボーナス: kouun-ima[.]top コード VIP",
        "{w} にビットコインを送ると2倍になって戻ってきます",
    ],
    "zh": [
        "在家兼职每天轻松赚500元，加微信详聊 {p}",
        "无抵押快速贷款，一小时到账，请致电 {p}",
        "我的投资导师在电报 {h} 带我翻倍赚钱，赶紧联系他",
        "不节食一个月瘦10斤，私信我告诉你秘诀",
        "扫码领取500元红包，先到先得",
        "在线赌场注册送彩金: xingyun-now[.]top 邀请码 VIP",
        "发送比特币到 {w} 立即返还双倍",
    ],
    "ko": [
        "집에서 하루 30만원 버는 부업, 카톡 주세요 {p}",
        "무직자 당일 대출, 1시간 안에 승인. 전화 주세요 {p}",
        "텔레그램 투자 전문가 {h} 덕분에 수익이 두 배가 됐어요",
        "식단 없이 한 달에 10kg 감량 비법, 연락주세요",
        "프로필의 QR 코드를 스캔하고 상품권 받아가세요",
        "온라인 카지노 가입 보너스: haengun-jigeum[.]top 코드 VIP",
        "{w} 로 비트코인을 보내면 두 배로 돌려드립니다",
    ],
}

HAM: dict[str, list[str]] = {
    "en": [
        "The bus pass now costs £65 a month, which is a lot for students on a part-time wage.",
        "Entry to the museum is free on Sundays, worth mentioning in the article.",
        "I'll call the council tomorrow about the potholes on Mill Lane.",
        "@maria_k you're right, the numbers in the second chart don't add up.",
        "Subscribed to the paper after this series. Proper local reporting #localnews",
        "Great piece.The part about the library closing hours made me angry though.",
        "My grandfather paid 3,000 for that house in 1962; now it's listed at 450,000.",
        "Free school meals should not depend on a postcode. Call your MP if you agree.",
        "Thanks @jonreports and @cityhall for answering questions at the meeting.",
        "The report says 1,200 homes, but the council's own plan says 800. Which is it?",
        "Please subscribe to the paper if you can, it is the only local news we have left.",
        "Tickets are $12, kids go free, and you can call the box office until 6pm.",
        "Check the council minutes from March, the budget figures are on page 14.",
        "Free parking ended in 2024 and the high street has been emptier since.",
        "I called the helpline three times and nobody could tell me when the bins are collected.",
        "Subscribe or not, the paywall stops pensioners reading about their own town.",
        "My electricity bill went from 90 to 160 a month, and I live alone.",
        "DM'd the reporter on the paper's account to correct the date, thanks for fixing it.",
        "Text from the school arrived at 7am: closed for snow. Free childcare anyone?",
        "Call me old-fashioned, but a town without a post office is not a town.",
        "Please subscribe to the newsletter if you want the council meeting summaries.",
        "I'd say please subscribe to the print edition, the crossword alone is worth it.",
        "Subscribe to the podcast, the episode about the flood defences was excellent.",
    ],
    "de": [
        "Das Deutschlandticket kostet jetzt 58 Euro, für viele Rentner ist das zu viel.",
        "Der Eintritt ist kostenlos, aber man muss sich vorher anmelden.",
        "Ich rufe morgen beim Bürgeramt an und frage nach den Öffnungszeiten.",
        "@lena_m genau, die Zahlen im Artikel stimmen nicht mit dem Bericht überein.",
        "Ich habe die Zeitung abonniert, weil ihr endlich über die Schule berichtet.",
        "Die Debatte über die Schuldenbremse wird hier viel zu einseitig dargestellt.",
        "Danke für den Artikel. Das Konzert im Park war wirklich schön #sommer",
        "Meine Miete ist in drei Jahren um 300 Euro gestiegen, das ist nicht normal.",
    ],
    "fr": [
        "Le ticket de métro passe à 2,50 €, c'est trop pour les familles.",
        "L'entrée est gratuite le premier dimanche du mois, il faut le dire.",
        "J'appellerai la mairie demain pour les travaux dans notre rue.",
        "@julie_p tout à fait d'accord, le chiffre du chômage est mal expliqué.",
        "Je me suis abonné au journal pour soutenir ce genre d'enquête.",
        "Je ne suis pas d'accord avec l'auteur sur la réforme des retraites.",
        "Merci pour cet article, le marché du samedi mérite d'être connu #local",
        "Mon loyer a augmenté de 200 euros, et le propriétaire ne répare rien.",
    ],
    "es": [
        "El abono de transporte cuesta 40 euros al mes, demasiado para muchos jóvenes.",
        "La entrada es gratis para jubilados los martes, buena noticia.",
        "Mañana llamaré al ayuntamiento por las farolas rotas del barrio.",
        "@carlos_r tienes razón, los datos del paro no cuadran con el INE.",
        "Me he suscrito al periódico para apoyar el periodismo local.",
        "No estoy de acuerdo con el artículo, la reforma laboral tuvo efectos positivos.",
        "Gracias por la crónica del partido, qué final más emocionante #futbol",
        "El alquiler en mi barrio subió 150 euros en un año, es una locura.",
    ],
    "pt": [
        "A passagem de ônibus subiu para 5 reais, pesa muito no orçamento.",
        "A entrada no museu é grátis às terças, vale a pena visitar.",
        "Vou ligar para a prefeitura amanhã sobre o buraco na rua.",
        "@ana_s concordo, o gráfico da inflação está confuso.",
        "Assinei o jornal para apoiar reportagens como esta.",
        "Discordo do colunista, a reforma tributária tem pontos positivos.",
        "Obrigado pela matéria sobre a feira do bairro #cultura",
        "Meu aluguel aumentou 300 reais e o salário continua o mesmo.",
    ],
    "it": [
        "L'abbonamento del bus costa 35 euro al mese, troppo per gli studenti.",
        "L'ingresso al museo è gratuito la prima domenica del mese.",
        "Domani chiamo il comune per la strada dissestata.",
        "@marco_b hai ragione, i dati sulla disoccupazione sono vecchi.",
        "Mi sono abbonato al giornale per sostenere queste inchieste.",
        "Non sono d'accordo con l'articolo sulla riforma delle pensioni.",
        "Grazie per l'articolo sulla sagra del paese #tradizioni",
        "L'affitto è salito di 200 euro e lo stipendio no.",
    ],
    "nl": [
        "Een treinkaartje naar Utrecht kost nu 12 euro, dat is belachelijk.",
        "De toegang is gratis, maar je moet wel reserveren.",
        "Ik bel morgen de gemeente over de kapotte lantaarnpalen.",
        "@sanne_v precies, die cijfers over de woningbouw kloppen niet.",
        "Ik heb een abonnement genomen om lokale journalistiek te steunen.",
        "Ik ben het niet eens met de schrijver over het stikstofbeleid.",
        "Bedankt voor het verslag van de wedstrijd #voetbal",
    ],
    "pl": [
        "Bilet miesięczny kosztuje już 110 zł, to dużo dla studentów.",
        "Wstęp do muzeum jest darmowy we wtorki, warto o tym napisać.",
        "Jutro zadzwonię do urzędu w sprawie dziur na naszej ulicy.",
        "@tomek_k masz rację, dane o inflacji są przedstawione źle.",
        "Wykupiłem prenumeratę, żeby wspierać lokalne dziennikarstwo.",
        "Nie zgadzam się z autorem w sprawie reformy szkolnictwa.",
        "Dziękuję za relację z meczu, świetna atmosfera #sport",
    ],
    "ru": [
        "Проезд в метро подорожал до 70 рублей, для пенсионеров это много.",
        "Вход в музей бесплатный по средам, стоит упомянуть.",
        "Завтра позвоню в управу насчет ям во дворе.",
        "@olga_s согласен, цифры в статье не сходятся с отчетом.",
        "Подписался на газету, потому что вы пишете о нашем районе.",
        "Не согласен с автором насчет пенсионной реформы, аргументы слабые.",
        "Спасибо за репортаж с концерта, было здорово #культура",
        "Аренда выросла на 10 тысяч, а зарплата осталась прежней.",
    ],
    "uk": [
        "Проїзд у метро подорожчав до 15 гривень, це відчутно для студентів.",
        "Вхід до музею безкоштовний у неділю, варто згадати.",
        "Завтра зателефоную до міськради щодо ремонту дороги.",
        "@iryna_k погоджуюся, цифри в статті не збігаються зі звітом.",
        "Я оформив передплату, щоб підтримати місцеву журналістику.",
        "Не погоджуюся з автором щодо реформи освіти.",
        "Дякую за репортаж з фестивалю #культура",
    ],
    "tr": [
        "Otobüs bileti 20 TL olmuş, öğrenciler için çok pahalı.",
        "Müze girişi pazartesi günleri ücretsiz, yazıda belirtilmeli.",
        "Yarın belediyeyi arayıp sokaktaki çukurları soracağım.",
        "@ayse_k haklısın, enflasyon rakamları raporla uyuşmuyor.",
        "Yerel haberciliği desteklemek için gazeteye abone oldum.",
        "Yazara katılmıyorum, eğitim reformunun olumlu yanları da var.",
        "Maç haberi için teşekkürler, harika bir atmosfer vardı #futbol",
    ],
    "ar": [
        "ارتفع سعر تذكرة الحافلة إلى 5 دراهم، وهذا كثير على الطلاب.",
        "الدخول إلى المتحف مجاني يوم الجمعة، يستحق الذكر.",
        "سأتصل بالبلدية غدا بخصوص الحفر في شارعنا.",
        "@sara_m معك حق، الأرقام في المقال لا تطابق التقرير.",
        "اشتركت في الجريدة لدعم الصحافة المحلية.",
        "لا أتفق مع الكاتب بشأن إصلاح التعليم، الحجج ضعيفة.",
        "شكرا على تغطية المهرجان، كان رائعا #ثقافة",
        "زاد الإيجار 500 درهم والراتب لم يتغير.",
    ],
    "he": [
        "כרטיס האוטובוס עולה עכשיו 8 שקלים, זה הרבה לסטודנטים.",
        "הכניסה למוזיאון חינם בימי שלישי, כדאי לציין.",
        "מחר אתקשר לעירייה בעניין הבורות ברחוב.",
        "@noa_l צודקת, המספרים בכתבה לא תואמים לדוח.",
        "נרשמתי למינוי כדי לתמוך בעיתונות מקומית.",
        "אני לא מסכים עם הכותב לגבי הרפורמה בחינוך.",
        "תודה על הכתבה על הפסטיבל #תרבות",
    ],
    "fa": [
        "بلیط اتوبوس به ۱۰ هزار تومان رسیده، برای دانشجوها زیاد است.",
        "ورود به موزه جمعه‌ها رایگان است، خوب است اشاره شود.",
        "فردا با شهرداری تماس می‌گیرم درباره چاله‌های خیابان.",
        "@reza_m حق با شماست، ارقام مقاله با گزارش نمی‌خواند.",
        "برای حمایت از روزنامه‌نگاری محلی مشترک شدم.",
        "با نویسنده درباره اصلاحات آموزشی موافق نیستم.",
        "ممنون از گزارش جشنواره #فرهنگ",
    ],
    "hi": [
        "बस का किराया अब 30 रुपये हो गया है, छात्रों के लिए यह बहुत है।",
        "संग्रहालय में प्रवेश रविवार को मुफ़्त है, यह लिखना चाहिए था।",
        "मैं कल नगर निगम को सड़क के गड्ढों के बारे में फ़ोन करूँगा।",
        "@priya_s आप सही हैं, लेख के आंकड़े रिपोर्ट से मेल नहीं खाते।",
        "स्थानीय पत्रकारिता का समर्थन करने के लिए मैंने सदस्यता ली।",
        "मैं शिक्षा सुधार पर लेखक से सहमत नहीं हूँ।",
        "मेले की रिपोर्ट के लिए धन्यवाद #संस्कृति",
    ],
    "id": [
        "Tiket bus sekarang 10 ribu, mahal untuk mahasiswa.",
        "Masuk museum gratis setiap hari Minggu, perlu disebutkan.",
        "Besok saya akan telepon kantor kelurahan soal jalan rusak.",
        "@dewi_s setuju, angka di artikel tidak sesuai laporan.",
        "Saya berlangganan koran ini untuk mendukung jurnalisme lokal.",
        "Saya tidak setuju dengan penulis soal reformasi pendidikan.",
        "Terima kasih liputan festivalnya #budaya",
    ],
    "ja": [
        "バスの運賃が250円に上がって、学生にはきついです。",
        "美術館は日曜日は入場無料なので、記事に書いてほしかった。",
        "明日、市役所に道路の穴について電話します。",
        "@yuki_t その通りです、記事の数字は報告書と合いません。",
        "地元の報道を応援するために購読を始めました。",
        "教育改革については筆者の意見に賛成できません。",
        "祭りの記事ありがとうございます #地域",
    ],
    "zh": [
        "公交票价涨到三块钱了，对学生来说有点贵。",
        "博物馆周日免费开放，文章里应该提一下。",
        "我明天给街道办打电话反映路面坑洼的问题。",
        "@wang_li 你说得对，文章里的数字和报告对不上。",
        "为了支持本地新闻，我订阅了这份报纸。",
        "我不同意作者关于教育改革的看法。",
        "谢谢你们对庙会的报道 #文化",
    ],
    "ko": [
        "버스 요금이 1500원으로 올라서 학생들에게 부담이 됩니다.",
        "박물관은 일요일에 무료 입장이라고 기사에 써 주셨으면 좋겠어요.",
        "내일 구청에 전화해서 도로 파손 문제를 말하겠습니다.",
        "@minji_k 맞아요, 기사 속 숫자가 보고서와 다릅니다.",
        "지역 언론을 응원하려고 구독을 시작했습니다.",
        "교육 개혁에 대한 필자의 의견에 동의하지 않습니다.",
        "축제 기사 감사합니다 #문화",
    ],
}


def expand(template: str, lang: str, k: int) -> str:
    phones = PHONES[lang]
    return template.format(
        p=phones[k % len(phones)], h=HANDLES[k % len(HANDLES)], w=WALLETS[k % len(WALLETS)]
    )


Batch = tuple[str, dict[str, list[str]], dict[str, list[str]]]
# Batch 10 (multilingual_r10.py) was written for training in release 10 and left out by
# the rule of bench/moderation/select_r10.py: it is written to its own file, never
# trained on, and bench/moderation/run.py scores it as one more set.
OUT_B10 = Path(__file__).with_name("multilingual-batch10.csv")
B10: tuple[Batch, ...] = (("10", multilingual_r10.SPAM, multilingual_r10.HAM),)


def rows(batches: tuple[Batch, ...] | None = None) -> list[tuple[str, str, str, str]]:
    """(text, label, lang, batch): batch is the release that added the row."""
    out: list[tuple[str, str, str, str]] = []
    # Release 4's texts, then release 5's to 8's (datasets/multilingual_r5.py ... _r8.py).
    batches = batches or (
        ("4", SPAM, HAM),
        ("5", multilingual_r5.SPAM, multilingual_r5.HAM),
        ("6", multilingual_r6.SPAM, multilingual_r6.HAM),
        ("6", multilingual_r6.SPAM_2, multilingual_r6.HAM_2),
        ("6", multilingual_r6.SPAM_3, multilingual_r6.HAM_3),
        ("7", multilingual_r7.SPAM, multilingual_r7.HAM),
        ("8", multilingual_r8.SPAM, multilingual_r8.HAM),
        ("8", multilingual_r8.SPAM_2, multilingual_r8.HAM_2),
        ("8", multilingual_r8.SPAM_3, multilingual_r8.HAM_3),
    )
    for batch, spam, ham in batches:
        for lang, templates in spam.items():
            for i, t in enumerate(templates):
                variants = {expand(t, lang, i + k) for k in range(2)}
                out.extend((v, "spam", lang, batch) for v in sorted(variants))
        for lang, texts in ham.items():
            out.extend((t, "ham", lang, batch) for t in texts)
    return out


def main() -> None:
    for path, found in ((OUT, rows()), (OUT_B10, rows(B10))):
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["text", "label", "lang", "batch"])
            w.writerows(found)


if __name__ == "__main__":
    main()
