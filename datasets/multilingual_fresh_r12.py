# ruff: noqa: E501  (one comment a line, as written)
"""Release 12's fresh hold-out: multilingual-fresh-r12.csv.

Written on 8 December 2026, before any release 12 change to the features, signals,
data or settings, by a hand that ran no model, no benchmark and no test, and read no
other Salon set. Nothing in it is trained on, and no selection round reads it: it is
looked at once, at the end of release 12, and the look is recorded in the model card.

8 spam and 8 ordinary comments in each of the 19 languages (en, de, fr, es, pt, it, nl,
pl, tr, id, ru, uk, ar, fa, he, hi, ja, zh, ko; 304 rows), in wordings of its own, not
translated from one language to another. Spam (each line tagged at its end: L link,
Ld disguised link, C contact, N no payload): 51 with a link or domain (invented
domains, shorteners; 14 disguised as "[.]", "point com", "punto es", "punt nl",
"kropka", "точка", "(крапка)", "دوت كوم", "نقطه", "נקודה", "点", "닷", spaces, or a
look-alike digit), 51 with a contact (phone in national format, WhatsApp, Telegram,
Viber, Snapchat, WeChat, LINE, KakaoTalk, or an e-mail, plain or written out "at gmail
dot com"), and 50 with no payload at all (earnings stories, "ask me how", "check my
profile", testimonials for healers, marabouts, spell casters, "doctors", mentors and
recovery agents, channel self-promotion). Kinds: crypto and fund recovery, trading and
forex mentors and signal bots, loans, work from home, casino and betting tips, dating
bait, pharmacy, slimming and miracle cures, followers and backlinks, essays and theses,
fake prizes and giveaways, fake support and bank security lines, phishing (account
locked, parcel held, tax refund, benefit payment), fake jobs abroad, ticket resale.
Ordinary comments of the same surface: rents, prices, wages, mortgage rates, crypto as
news, "free" entry and events, calling or e-mailing a council, bank or hotline, links to
national statistics offices and Wikipedia, @replies, hashtags, emoji, a relative's diet
or health, thanks to doctors, nurses and teachers, religious remarks that sell nothing,
a partner home from work or a trip, paywall complaints, warnings quoting a scam
message, heated but legitimate anger, very short replies, questions to the author,
corrections, a bicycle sold to a neighbour, the commenter's own job and pay. Some are
all lowercase, some have typos, some mix in English; a few Hindi in Hinglish, Arabic
and Persian with Arabic-Indic or Persian digits. Nobody's real comment is in it;
numbers, handles, names and domains of spam are invented (the US, UK and French numbers
are in the 555-01xx, 07700 900xxx and 06 39 98 ranges kept for fiction). Licence: MIT,
like the rest of Salon.

    python3 datasets/multilingual_fresh_r12.py
"""

from __future__ import annotations

from pathlib import Path

import fresh_csv

OUT = Path(__file__).with_name("multilingual-fresh-r12.csv")

SPAM: dict[str, list[str]] = {
    "en": [
        "Lost 0.8 BTC to a fake exchange last spring and honestly thought it was gone for good. the recovery team at chainrefund-desk.com traced it in 9 days, cant recommend them enough",  # L
        "anyone who wants to trade like a pro, my mentor's signals are free for the first week → tradewithmarlowe.net/join 📈",  # L
        "Need cash before payday? No credit check, same day approval. Text Gary on 555-0142 or WhatsApp +1 (312) 555-0187",  # C
        "Your package could not be delivered due to an incomplete address. Reply to parcelcare.desk at gmail dot com with your details within 48h or it will be returned.",  # C
        "I'm giving away 3 PS5s to celebrate 100k followers!! just enter at bit.ly/3xGiveNow before Sunday 🎁",  # L
        "Essays, dissertations, lab reports - 2:1 guaranteed or your money back. message me on telegram @essayhelp_uk or call 07700 900318",  # C
        "Dr. Okonjo's herbal treatment cured my husband's hepatitis B when the hospitals had given up. God bless this man, search his name and you will find him",  # N
        "I was skeptical too but I made $4,860 last week from my phone just doing simple tasks in my free time. ask me how 😊",  # N
    ],
    "de": [
        "Wer seine Krypto-Verluste zurückholen will: bei mir hat das Team von wallet-rueckholung.de echt geholfen, nach 3 Wochen war alles wieder da.",  # L
        "Kredit ohne Schufa bis 15.000 €, Auszahlung in 24h. Einfach per WhatsApp melden: 0157 38462190",  # C
        "Ich verdiene inzwischen 3.200 € im Monat nebenbei von zuhause, ohne Vorkenntnisse. Wer wissen will wie, schaut auf mein Profil 🙌",  # N
        "Beste Online Casino Boni 2026 – 200 Freispiele ohne Einzahlung auf spielbonus-24 [.] com 🎰",  # Ld
        "Achtung! Ihr Sparkassen-Konto wurde vorübergehend gesperrt. Bitte rufen Sie sofort unseren Sicherheitsdienst an: 030 98457721",  # C
        "abnehmen ohne Hunger?? 11 kg in 4 wochen mit diesen Kapseln, hier bestellen: schlankfix-shop.net/angebot",  # L
        "Suche Männer für diskrete Treffen in deiner Stadt 💋 schreib mir auf Telegram @lena_heimlich",  # C
        "Mein Signalgeber hat mir diese Woche 41% Rendite gebracht. Herr Brandt ist der ehrlichste Trader den ich kenne, schreibt ihm einfach, er antwortet jedem.",  # N
    ],
    "fr": [
        "Besoin d'un prêt entre particuliers rapide et sans frais de dossier ? contactez Mme Lefèvre au 06 39 98 41 27, réponse sous 24h",  # C
        "Félicitations, vous faites partie des 50 gagnants de notre tirage ! Récupérez votre iPhone 17 ici : cadeau-fidelite.fr/gain",  # L
        "Je gagne 150€ par jour en répondant à des sondages depuis mon canapé 😍 tout est expliqué sur sondagepaye point com",  # Ld
        "Grâce au marabout Maître Kounta mon mari est revenu à la maison après 8 mois de séparation. Ses travaux sont rapides et efficaces, je le recommande à toutes les femmes.",  # N
        "Ton compte Ameli : un remboursement de 287,40 € est en attente. Envoie ton RIB à remboursement.ameli.service@gmail.com pour le recevoir",  # C
        "Les meilleurs pronostics foot gratuits sont sur mon canal 👉 t.me/pronos_surs_fr ⚽💰",  # L
        "Agence recrute chauffeurs et ouvriers pour le Canada, visa et logement payés. Envoyez CV sur WhatsApp +33 6 39 98 55 02",  # C
        "Franchement abonnez-vous à ma chaîne, je poste chaque jour des astuces pour arrondir ses fins de mois, ça vaut le coup 🙏",  # N
    ],
    "es": [
        "Recuperé los 12.000 dólares que me robaron en una plataforma falsa de inversión gracias a recuperafondos-legal.com, no pierdan la esperanza",  # L
        "Gana dinero desde casa con solo 2 horas al día, sin jefe ni horarios 👉 trabajafacil punto es",  # Ld
        "Compra seguidores reales para Instagram y TikTok desde 1,99€ 🔥 www.crecesocial.es",  # L
        "¿Estás en ASNEF? Te damos préstamo hasta 6.000€ igualmente. Escríbenos al WhatsApp 611 48 29 73",  # C
        "Hola guapo, soy Valeria, 26 años, busco alguien serio para conocer 😘 mi telegram es @vale_rosa26",  # C
        "La doctora Amaya me ayudó a bajar 14 kilos sin dietas con su tratamiento natural, yo no creía y ahora estoy feliz. Búsquenla, vale la pena",  # N
        "Yo empecé con 250 dólares y hoy tengo ingresos de 3.000 al mes operando con mi mentor. Quien quiera saber cómo que me pregunte 💸",  # N
        "Síganme y les cuento cómo conseguí entradas para el concierto de Bad Bunny cuando todo estaba agotado, todavía me quedan algunas 😉",  # N
    ],
    "pt": [
        "Aposte com bônus de 500% no primeiro depósito, saque via pix em minutos 🤑 bet-sortudo.com.br",  # L
        "Remédio natural que acaba com diabetes em 30 dias, os médicos não querem que você saiba. veja em curanatural . site / diabetes",  # Ld
        "Empréstimo consignado pra negativado, libera no mesmo dia. Chama no zap (11) 97324-5810",  # C
        "Sua encomenda dos Correios está retida na alfândega. Pague a taxa de R$ 47,90 e regularize. Dúvidas: atendimento.correios.br@outlook.com",  # C
        "trabalhe em Portugal com contrato e alojamento incluído, vagas em estufas e construção. envie mensagem no WhatsApp +351 912 604 387",  # C
        "Eu tava devendo até a alma e hoje faço R$ 900 por semana só com o celular. Se quiser saber como, me chama no privado 🙏",  # N
        "Quero agradecer ao pai Oxalufã que trouxe meu amor de volta em 7 dias, trabalho sério e garantido, é só procurar por ele no Instagram",  # N
        "Passem no meu canal, posto todo dia análise de criptomoedas que vão explodir 🚀🚀 não vão se arrepender",  # N
    ],
    "it": [
        "Ho recuperato i miei bitcoin persi con una truffa grazie a recuperacripto-italia.com, servizio serio, consiglio a tutti",  # L
        "Vuoi guadagnare con il forex? Corso gratuito per i primi 100 iscritti su forexmaestro.it/corso 📊",  # L
        "Pillole per la prestazione maschile senza ricetta, spedizione discreta in 48 ore: farmaciaveloce-online.net",  # L
        "Gentile cliente, il suo conto Poste è stato limitato per attività sospette. Chiami subito l'assistenza al 02 8947 3316",  # C
        "Scrivo tesi e tesine di laurea, qualsiasi materia, consegna veloce. Telegram: @tesi_sicura oppure scrivimi a tesisicura.roma@gmail.com",  # C
        "Io lavoro da casa solo 3 ore al giorno e guadagno più di mio marito 😂 chi vuole info mi scriva in privato",  # N
        "Il mago Eliseo ha tolto il malocchio alla mia famiglia, da quando l'ho contattato va tutto meglio. Grazie di cuore maestro 🙏",  # N
        "ragazzi ho vinto 2.300€ ieri sera col metodo che spiego sul mio profilo, è tutto legale",  # N
    ],
    "nl": [
        "Gratis €500 shoptegoed voor de eerste 1000 deelnemers van onze jubileumactie! Doe mee via jubileum-actie.nl/winnaar",  # L
        "meer bezoekers voor je site? wij leveren 500 kwalitatieve backlinks voor €49, kijk op linkboost punt nl",  # Ld
        "Snel geld lenen zonder BKR toetsing, binnen 1 dag op je rekening. App ons op 06 41 87 23 95",  # C
        "Uw belastingteruggave van €412 staat klaar. Stuur uw IBAN en een kopie van uw ID naar teruggave.belasting@proton.me",  # C
        "Hoi, ik ben Sanne en zoek een leuke man voor een avondje uit 😉 stuur me een berichtje op Snapchat: sanne.xo96",  # C
        "Mijn buurman heeft via een cryptoproject in drie maanden zijn hypotheek afgelost. Vraag me maar hoe, ik help graag.",  # N
        "Dankzij de spirituele genezer meester Abdoulaye is mijn zoon van zijn verslaving af. Echte krachten, ongelofelijk.",  # N
        "Volg mijn account voor dagelijkse tips over passief inkomen, ik deel alles gratis 💶",  # N
    ],
    "pl": [
        "Odzyskałem 40 tys. zł po oszustwie na fałszywej giełdzie, polecam kancelarię z odzyskajsrodki.pl",  # L
        "zarabiaj 300 zł dziennie przepisując teksty w domu, szczegóły na pracazdomu24 kropka pl",  # Ld
        "Najlepsze kursy bukmacherskie i bonus 1000 zł bez ryzyka ⚽ tylko na typerwygrywa.com/bonus",  # L
        "Pożyczka dla zadłużonych bez BIK, decyzja w 15 minut. Dzwoń 512 604 339",  # C
        "Twoja paczka oczekuje na dopłatę 2,99 zł. W razie problemów napisz: paczki.doplaty@wp.pl",  # C
        "Szukamy ludzi do pracy w Niemczech przy pakowaniu, 18 euro na godzinę, mieszkanie zapewnione. Kontakt Viber +48 609 218 447",  # C
        "Dzięki panu Markowi z zespołu analityków mój portfel urósł o 230% w pół roku. Polecam każdemu, kto chce wreszcie zarobić",  # N
        "kto chce wiedzieć jak schudłam 18 kg bez siłowni niech zajrzy na mój profil ❤️",  # N
    ],
    "tr": [
        "Deneme bonusu veren en güvenilir bahis sitesi, ilk üyeliğe 750 TL bedava 🎁 girisbet-yeni.com",  # L
        "Instagram takipçi ve beğeni en uygun fiyata, 10 bin takipçi sadece 199 TL → takipcimarket.com",  # L
        "e-Devlet üzerinden 2.850 TL vergi iadeniz onaylandı, almak için bilgilerinizi girin: edevlet-iade.info",  # L
        "Kefilsiz, evraksız ihtiyaç kredisi, aynı gün onay. WhatsApp: 0532 418 72 06",  # C
        "Yurtdışında iş fırsatı! Polonya'da fabrika işçisi aranıyor, maaş 1.400 €, vize bizden. Telegram @polonya_is_ajans",  # C
        "Hocam ben de ilk başta inanmadım ama ayda 45 bin TL kazanıyorum evden. Nasıl olduğunu merak eden bana yazsın",  # N
        "Hoca efendinin yaptığı dua ile kısmetim açıldı, 2 ayda evlendim. Allah razı olsun, herkese tavsiye ederim",  # N
        "Profilimdeki kanala katılın, her gün 3 tane banko maç paylaşıyorum, geçen hafta %90 tuttu",  # N
    ],
    "id": [
        "Situs slot gacor hari ini, maxwin dijamin, deposit mulai 10rb 🔥 daftar di gacor88-resmi.xyz",  # L
        "Pinjaman online cair 5 menit tanpa BI checking, langsung ajukan di s.id/danacepat-cair",  # L
        "Butuh penghasilan tambahan? Kerja dari rumah cukup like dan share, gaji harian 200rb. Hubungi WA 0812-4471-9036",  # C
        "Selamat! Nomor Anda memenangkan hadiah mobil dari undian Shopee. Konfirmasi ke admin di Telegram @shopee_hadiah_resmi",  # C
        "Jasa pembuatan skripsi dan tesis, semua jurusan, dijamin lulus. email: jokiskripsi.cepat at gmail dot com",  # C
        "Alhamdulillah berkat bimbingan mentor trading saya, sekarang profit 3 juta per hari. Kalau mau tahu caranya, tanya saya aja",  # N
        "Terima kasih Mbah Karso, penyakit gula ayah saya sembuh total setelah minum ramuannya. Benar-benar orang pintar",  # N
        "cek profil aku ya kak, lagi ada promo obat pelangsing 2 minggu turun 8 kilo 😍",  # N
    ],
    "ru": [
        "Мне вернули 1,2 млн рублей, украденных мошенниками-брокерами. Юристы с vozvrat-sredstv.pro работают честно, рекомендую",  # L
        "Ставки на спорт с прогнозами от профи, проходимость 87%. Заходите: prognoz-king точка ru",  # Ld
        "Удалённая работа для мам в декрете, от 2500 р в день, обучение бесплатно 👉 clck.ru/3Fq8zA",  # L
        "Займ на карту без отказа и проверки КИ, даже с просрочками. Пишите в телеграм @zaym_bystro24",  # C
        "Служба безопасности Сбербанка: по вашей карте зафиксирована подозрительная операция. Срочно перезвоните по номеру 8 (495) 641-27-93",  # C
        "Пишу курсовые и дипломы на заказ, антиплагиат от 80%. WhatsApp +7 916 582-40-17",  # C
        "Я тоже не верила, пока сама не начала зарабатывать 150 тысяч в месяц с телефона. Кому интересно, пишите в личку",  # N
        "Потомственная ведунья Ангелина вернула мне мужа за неделю, снимает порчу и венец безбрачия. Низкий ей поклон!",  # N
    ],
    "uk": [
        "Оформлюю кредит без довідки про доходи, гроші на картку за 10 хвилин 💸 kredyt-shvydko.com.ua",  # L
        "Шукаєте роботу в Чехії? Офіційне працевлаштування, житло безкоштовно, деталі на robota-cz (крапка) com",  # Ld
        "Вітаємо! Ви отримали виплату 6500 грн від програми допомоги. Заповніть заявку: dopomoga-gov.site",  # L
        "Продаю пігулки для схуднення, мінус 10 кг за місяць без дієт. Пишіть у Viber 067 314 82 59",  # C
        "Ваш акаунт Приват24 буде заблоковано. Для підтвердження зателефонуйте 044 392 17 08",  # C
        "Дякую пану Олегу, він допоміг повернути мої кошти з фейкової біржі. Якщо хтось потрапив у таку ж ситуацію, пишіть мені, дам контакт",  # N
        "Заробляю 1000 доларів на місяць з дому, маючи лише телефон. Хочете знати як? Загляньте в мій профіль 🙂",  # N
        "Підписуйтесь на мій канал, там щодня розбираю угоди з біткоїном, нас вже 40 тисяч 🚀",  # N
    ],
    "ar": [
        "احصل على ٥٠٠ دولار مجاناً عند التسجيل في أفضل منصة تداول عربية 💰 arabtrade-pro.net",  # L
        "بطاقات شحن مجانية لكل المشاركين في المسابقة، ادخل الآن على hadayamasr دوت كوم 🎁",  # Ld
        "قرض فوري بدون ضامن وبدون كشف حساب، تواصل واتساب ٠١٠٢٣٨٤٦٥١٧",  # C
        "مطلوب عمال وسائقين للعمل في كندا براتب ٣٥٠٠ دولار، التأشيرة على الشركة. للتواصل تيليجرام @canada_jobs_ar",  # C
        "الشيخ الروحاني أبو سالم لجلب الحبيب وفك السحر خلال ٣ أيام، اتصل ٠٥٥٨٣٢٠٤٦١",  # C
        "والله ما كنت مصدق لين صرت أربح ٢٠٠٠ ريال بالأسبوع من الجوال، اللي يبي يعرف الطريقة يراسلني خاص",  # N
        "شكراً للدكتور حسن على علاجه بالأعشاب، أخي شفي من السكري تماماً بعد شهرين. الله يجزاه خير",  # N
        "تابعوا قناتي على اليوتيوب أشرح فيها كيف تكسب من التسويق بالعمولة بدون رأس مال 🔥",  # N
    ],
    "fa": [
        "با ربات سیگنال ما روزانه ۵٪ سود در بازار فارکس بگیرید، عضویت رایگان: signalyar-fx.com",  # L
        "خرید فالوور واقعی اینستاگرام با کمترین قیمت، ۱۰ هزار فالوور فقط ۲۹۰ هزار تومان 👈 followerkade نقطه ir",  # Ld
        "یارانه جدید ۸۰۰ هزار تومانی واریز شد، برای دریافت روی لینک بزنید: yarane-sabt.ir/login",  # L
        "وام فوری بدون ضامن تا ۳۰۰ میلیون، فقط با چک. تماس و واتساپ ۰۹۱۲۴۸۳۷۱۶۵",  # C
        "انجام پایان‌نامه و مقاله ISI با تضمین پذیرش، آیدی تلگرام @payannameh_sari",  # C
        "ویزای کار کانادا با ۱۰۰٪ تضمین، مشاوره رایگان. ایمیل: canada.visa.moshaver@gmail.com",  # C
        "منم اول باور نمی‌کردم ولی الان ماهی ۴۰ میلیون از خونه درآمد دارم. هرکی خواست بپرسه بهش میگم چطوری",  # N
        "از استاد رمال‌باشی ممنونم که بخت بسته دخترم رو باز کرد، بعد از سه ماه خواستگار خوب اومد. دعانویس واقعی ایشونه",  # N
    ],
    "he": [
        "החזרתי 90 אלף ₪ שנגנבו לי בהשקעה מזויפת בזכות החברה מ-hashava-kesef.co.il, ממליץ בחום",  # L
        "רוצים להרוויח מהבית? קורס חינמי למסחר בקריפטו רק היום 👉 kripto-il נקודה com",  # Ld
        "המשלוח שלך מעוכב במכס. לשחרור החבילה יש לשלם 12.90 ₪ כאן: israelpost-shlichut.com",  # L
        "הלוואות לכל מטרה גם למוגבלים בבנק, אישור תוך יום. וואטסאפ 052-7418396",  # C
        "קזינו אונליין עם בונוס הפקדה ראשונה 300% 🎰 לפרטים בטלגרם @casino_il_vip",  # C
        "הרב מאיר עשה לי תפילה ותוך חודש מצאתי עבודה והבעל חזר הביתה. אין כמוהו, מי שצריך ישאל אותי",  # N
        "אני מרוויחה 12,000 ₪ בחודש רק מהטלפון, בלי ניסיון. מי שרוצה לדעת איך - תסתכלו בפרופיל שלי",  # N
        "תצטרפו לערוץ שלי, כל יום אני מעלה טיפים איך לרדת במשקל בלי דיאטה 💪",  # N
    ],
    "hi": [
        "Ghar baithe ₹25,000 mahina kamaye, sirf 2 ghante kaam, register karein 👉 kamao-ghar.in",  # L
        "IPL ke liye sabse sahi tips, pichhle 10 match mein 9 sahi 🏏 join karo cricketguru365.com",  # L
        "बिना सिबिल स्कोर के पर्सनल लोन, 10 मिनट में अप्रूवल। व्हाट्सएप करें 98734 21560",  # C
        "प्रिय ग्राहक, आपका बैंक खाता KYC अपडेट न होने के कारण ब्लॉक हो जाएगा। तुरंत कॉल करें 70426 18839",  # C
        "dubai me hotel job ke liye urgent bharti, salary 2500 dirham, visa free. Telegram pe contact karo @dubai_job_india",  # C
        "मैं भी पहले नहीं मानता था लेकिन अब घर से रोज़ 5000 रुपये कमा रहा हूँ। कैसे, जानना हो तो मुझसे पूछो",  # N
        "बाबा जी की कृपा से मेरी लव मैरिज हो गई, घरवाले भी मान गए। सच्चे तांत्रिक हैं, हर समस्या का समाधान",  # N
        "mere channel ko subscribe karo bhai, daily crypto ke 100x coins batata hoon 🚀🚀",  # N
    ],
    "ja": [
        "詐欺で失った仮想通貨、諦めないでください。私はこちらで全額取り戻せました→ kaishu-support.jp",  # L
        "スマホで1日5分、月30万円の副業💰 詳しくは fukugyou-lab.c0m で",  # Ld
        "【当選のお知らせ】Amazonギフト券5万円分が当たりました。受け取りはこちら bit.ly/4amzGift",  # L
        "即日融資OK、ブラックでも借りられます。LINE ID: yuushi_now までお気軽に",  # C
        "【重要】お客様のアカウントに不正ログインがありました。サポートセンター 03-6821-4397 へ至急ご連絡ください",  # C
        "寂しいので話し相手募集中です😊 23歳OLです。LINE→ miki_0321",  # C
        "私も最初は半信半疑でしたが、先生の投資スクールに入って3ヶ月で100万円の利益が出ました。気になる方はプロフ見てください",  # N
        "毎日チャンネルで競馬の予想を無料公開中、先週は3連単的中しました🏇",  # N
    ],
    "zh": [
        "专业代写论文、毕业设计，查重率保证低于10%，官网 lunwenbang.cn",  # L
        "炒币亏了的朋友看过来，老师带单每天稳赚5%，网址 bizhuanjia 点 com",  # Ld
        "您的快递因地址不详被退回，请在24小时内点击 sf-kuaidi-buchong.com 补填信息",  # L
        "无抵押贷款，当天放款，黑户也能办。加微信：dk88990 详聊",  # C
        "高薪招聘柬埔寨客服，月薪2万起，包吃住包机票。联系电话 139 2847 6051",  # C
        "我宝妈一个，在家兼职每天收入500+，不用囤货不用拉人，想了解的私信我",  # N
        "感谢王大师，他的祖传秘方把我妈多年的风湿治好了，真是神医",  # N
        "关注我主页，每天分享抖音涨粉技巧，三个月从0做到10万粉",  # N
    ],
    "ko": [
        "해외 스포츠 배팅 첫충 30% 보너스, 먹튀 없는 안전놀이터 👉 safe-nol2.com",  # L
        "부업으로 월 300 버는 법 알려드립니다. 링크 ㅡ> bueopguide 닷 com",  # Ld
        "직장인 신용대출 당일 승인, 저신용자 환영. 카카오톡 ID: loan_today77",  # C
        "[국외발신] 고객님 택배가 주소 불일치로 보관 중입니다. 확인 문의 010-4827-3915",  # C
        "주식 리딩방 무료 체험 진행중! 수익률 300% 인증. 텔레그램 @stock_leader_kr",  # C
        "저도 처음엔 의심했는데 선생님 덕분에 코인으로 잃은 돈 다 복구했어요. 궁금하신 분 댓글 주세요",  # N
        "다이어트 약 먹고 한 달에 9kg 빠졌어요 ㅎㅎ 어디 건지 궁금하면 제 프로필 보세요",  # N
        "제 유튜브 채널 구독 부탁드려요! 매일 재테크 꿀팁 올립니다 🙏",  # N
    ],
}

HAM: dict[str, list[str]] = {
    "en": [
        "My daughter's nursery fees went up to £1,420 a month in September. That's more than our mortgage. Something has to give #costofliving",
        "@Dave_R the ONS figures are here if you want to check yourself: https://www.ons.gov.uk/economy/inflationandpriceindices - food inflation has actually slowed.",
        "Got a text last week saying 'your parcel is held, pay £1.99 redelivery fee' with a dodgy link. Didn't click, forwarded it to 7726. Please warn your parents about these.",
        "Thank you to the nurses on ward 9 who looked after my dad in October. He came home last Tuesday and is eating properly again ❤️",
        "Small correction: the bridge opened in 1998, not 1989. Otherwise a great piece.",
        "Bitcoin dropped 8% overnight and people are still calling it digital gold lol",
        "I'm a school bus driver, 27 hours a week, and I take home about $1,900 a month. So no, we're not 'overpaid' like the guy above says.",
        "Another paywall. I'd happily pay for one local paper but not five different subscriptions just to read about my own town.",
    ],
    "de": [
        "Unsere Miete in Leipzig ist seit 2021 von 640 auf 810 € kalt gestiegen. Und die Heizung geht immer noch nicht richtig.",
        "Wer die Zahlen nachlesen will: destatis.de hat die Inflationsrate für November schon veröffentlicht.",
        "Eintritt ist frei, man muss sich nur vorher online anmelden. Waren letztes Jahr mit den Kindern da, sehr schön gemacht.",
        "@Kerstin_M ich hab beim Bürgeramt angerufen und denen auch noch ne Mail geschrieben, Termine gibts erst wieder ab Januar. Wahnsinn.",
        "Mein Mann ist gestern Abend endlich von der Montage in Norwegen zurück gekommen, drei Wochen waren lang genug 😅",
        "Was für ein Quatsch! Die Stadt baut seit vier Jahren an dieser Brücke und jetzt nochmal 12 Millionen mehr?! Wer zahlt das? Wir.",
        "Danke für den Artikel. Gibt es irgendwo eine Liste, welche Apotheken über die Feiertage Notdienst haben?",
        "Ich arbeite als Pflegefachkraft im Nachtdienst, 3.150 brutto mit Zuschlägen. Für die Verantwortung ist das zu wenig.",
    ],
    "fr": [
        "Le gazole à 1,83 € ce matin à Rennes, on marche sur la tête.",
        "Pour ceux qui veulent vérifier, l'Insee publie les chiffres du chômage ici : https://www.insee.fr/fr/statistiques",
        "J'ai reçu un SMS « votre colis est en attente, réglez 1,45 € de frais » alors que je n'attends rien. Ne cliquez pas, c'est une arnaque.",
        "Merci au Dr Benali et à toute l'équipe des urgences de Nantes, ma mère a été prise en charge super vite samedi.",
        "@Julien74 non le concert est gratuit mais il faut réserver sur le site de la mairie, les places partent vite",
        "ma grand-mère est au régime sans sel depuis son AVC et elle râle à chaque repas mdr",
        "Je suis boulangère, je commence à 4h et je touche 1 650 € net. Le prix de la baguette, c'est pas nous qui en profitons.",
        "Article intéressant mais vous confondez taux d'usure et taux moyen, ce n'est pas la même chose.",
    ],
    "es": [
        "En Madrid un piso de 50 metros ya está a 1.300€ al mes, con un sueldo de mil quinientos no hay quien viva.",
        "Los datos del INE están aquí por si alguien quiere mirarlos: ine.es. El IPC de noviembre bajó un poco.",
        "Llamé al 010 del Ayuntamiento por lo de los contenedores y me dijeron que lo pasan a la junta de distrito. Ya veremos.",
        "Mi hijo ha vuelto hoy de Erasmus en Polonia y lo primero que ha pedido es una tortilla de su abuela 😂",
        "¿El mercadillo navideño es gratis o hay que pagar entrada? En el artículo no lo pone",
        "Qué vergüenza de gestión, otra vez sin médico de cabecera en el pueblo y nos mandan a 30 km.",
        "Gracias a la maestra de mi hija, que se ha quedado después de clase toda la semana para ayudarla con las mates. Eso no se paga.",
        "jaja exacto",
    ],
    "pt": [
        "O aluguel aqui em BH tá um absurdo, paguei 1.800 num apartamento de 2 quartos e ainda tem o condomínio.",
        "Os números do IBGE sobre desemprego estão no site oficial, ibge.gov.br, vale olhar antes de sair repetindo coisa do zap.",
        "Recebi uma mensagem dizendo que meu CPF ia ser bloqueado e era pra ligar num número. Liguei pro banco direto e era golpe. Cuidado gente!",
        "Minha mãe começou a dieta pra diabetes e já baixou a glicose, o endocrinologista do posto foi muito atencioso 🙏",
        "Alguém sabe se a entrada no museu ainda é gratuita aos domingos?",
        "Trabalho de motoboy, faço uns 3 mil por mês mas gasto quase 800 com gasolina e manutenção.",
        "@marcia.souza concordo 100%, isso aí é falta de fiscalização",
        "Vendo bicicleta infantil aro 16 aqui no bairro, pouco usada, 150 reais. Se for vizinho me chama aqui nos comentários",
    ],
    "it": [
        "Il mutuo a tasso variabile mi è passato da 540 a 790 euro al mese in due anni. E mi dicono che l'inflazione è finita.",
        "Dati Istat qui: istat.it, la disoccupazione giovanile al sud è ancora altissima.",
        "Ho chiamato il numero verde dell'ASL tre volte, sempre occupato. Alla fine sono andato di persona.",
        "Grazie alla professoressa di mio figlio che ci ha segnalato il problema di vista, senza di lei non ce ne saremmo accorti.",
        "Ingresso gratuito la prima domenica del mese, non dimenticatelo! #domenicalmuseo",
        "mio padre dopo l'infarto ha perso 12 chili, il cardiologo dice che è la cosa migliore che potesse fare",
        "Ma vi rendete conto? 3 ore di ritardo e nessuno che ci dica niente. Vergognatevi Trenitalia.",
        "Faccio l'elettricista in proprio, 35 euro l'ora più IVA. Chi dice che gli artigiani si arricchiscono non ha mai visto le tasse.",
    ],
    "nl": [
        "Hypotheekrente nu rond de 3,8% bij de meeste banken, vorig jaar was het boven de 4. Scheelt bij ons toch 90 euro per maand.",
        "Zie cbs.nl, daar staan de cijfers over huurstijgingen per regio. Utrecht is echt een uitschieter.",
        "Ik kreeg ook een mail 'uw DigiD wordt gedeactiveerd' met een link erin. Niet op klikken! Gewoon verwijderen en melden bij de Fraudehelpdesk.",
        "@Pieter_vd_Berg klopt, de gemeente heeft het zelf bevestigd, staat op hun site",
        "Mijn vriend is vanavond thuisgekomen na twee weken offshore, eindelijk weer samen eten 🥰",
        "Gratis parkeren in de binnenstad op koopzondag, voor wie nog kerstinkopen moet doen",
        "Bedankt aan de huisarts in Zwolle die me doorverwees toen ik dacht dat het niks was. Achteraf maar goed ook.",
        "Wat een slecht geschreven stuk. Geen enkele bron, alleen meningen.",
    ],
    "pl": [
        "U nas w Krakowie kawalerka za 2800 zł plus media, a student dostaje 1200 z domu. Jak ma to ogarnąć?",
        "Dane GUS są na stat.gov.pl, tam jest przeciętne wynagrodzenie w podziale na województwa.",
        "Dzwoniłam na infolinię ZUS, czekałam 40 minut, ale pani bardzo pomogła. Trzeba oddać sprawiedliwość.",
        "Dziękuję panu doktorowi z SOR-u w Gdańsku, który zszył mojemu synowi brodę i jeszcze go rozbawił 😄",
        "Uwaga, dostałem SMS że moja paczka czeka na dopłatę, z linkiem. To oszustwo, nie klikajcie.",
        "Dla ciekawych historii tego mostu: pl.wikipedia.org/wiki/Most_Poniatowskiego",
        "ja pracuję jako kierowca w firmie kurierskiej, 5200 na rękę, ale 11 godzin dziennie",
        "Czyli znowu podwyżki za wywóz śmieci? Brawo radni, brawo.",
    ],
    "tr": [
        "Ankara'da 2+1 daire kirası 25 bine çıktı, asgari ücretle nasıl yaşanacak bilmiyorum.",
        "TÜİK verileri tuik.gov.tr'de, ama açıkçası kimse o rakamlara inanmıyor artık.",
        "Bana da 'e-Devlet şifreniz iptal edilecek' diye SMS geldi, linke tıklamayın arkadaşlar dolandırıcılık.",
        "Belediyenin çağrı merkezini aradım (153), iki gün içinde çukuru kapatacaklarını söylediler. Bakalım.",
        "Annem şeker hastası, doktor tatlıyı tamamen kesti, bayramda çok zorlanacak 😅",
        "Yazı için teşekkürler, küçük bir düzeltme: köprü 1973'te açıldı, 1975'te değil.",
        "@mehmet_k aynen katılıyorum",
        "Hemşireyim, üç vardiya çalışıyorum, maaşım 48 bin. Bir de bize şükredin diyorlar.",
    ],
    "id": [
        "Harga beras di pasar deket rumah udah 16rb sekilo, padahal bulan lalu masih 14rb.",
        "Data BPS bisa dicek di bps.go.id, angka kemiskinan per provinsi lengkap di sana.",
        "Hati-hati, ibu saya dapat WA katanya menang undian dari bank, disuruh transfer biaya admin. Itu penipuan ya.",
        "Suami saya baru pulang dari Kalimantan setelah 3 bulan kerja di proyek, anak-anak senang banget 😊",
        "Terima kasih buat bu guru Ratna yang sabar banget ngajarin anak saya baca. Sekarang dia udah lancar.",
        "Masuk gratis kok, cuma parkirnya 5rb. Kemarin saya ke sana sama keluarga.",
        "Min, apakah ada info kapan jalan tol ini mulai beroperasi?",
        "Saya kerja jadi ojol, sehari paling dapet 150rb bersih, itu pun kalau rame.",
    ],
    "ru": [
        "Ипотека под 20% — это просто издевательство. Мы с мужем отложили покупку квартиры на неопределённый срок.",
        "Данные Росстата можно посмотреть на rosstat.gov.ru, там есть разбивка по регионам.",
        "Позвонила в поликлинику, записали к терапевту на четверг. Удивительно быстро.",
        "Спасибо учительнице моей дочки, Ирине Викторовне, за то, что не махнула рукой на трудного ребёнка.",
        "Мне тоже звонили «из службы безопасности банка», просили назвать код из смс. Положила трубку, это мошенники.",
        "Биткоин опять обновил максимум, а я продал в 2021 по 40 тысяч, эх",
        "Вход свободный, но нужна регистрация на сайте музея.",
        "Автор, а откуда цифра про 30%? В отчёте, на который вы ссылаетесь, написано 13%.",
    ],
    "uk": [
        "Оренда однокімнатної у Львові вже 15 тисяч гривень, а зарплата вчителя 12. Як жити?",
        "Статистику можна глянути на ukrstat.gov.ua, там і про ціни на продукти є.",
        "Чоловік нарешті повернувся з ротації, тиждень вдома. Дякую всім, хто питав 💙💛",
        "Мені теж прийшло смс «ви отримали виплату, перейдіть за посиланням». Не ведіться, це шахраї.",
        "Дзвонила на гарячу лінію 1551, відповіли за 5 хвилин, питання вирішили. Буває ж і так 🙂",
        "Дякую лікарям обласної лікарні, маму прооперували вчасно, вже ходить.",
        "Працюю кухарем у кафе, 18 тисяч на місяць плюс обід. Не багато, але стабільно.",
        "+100",
    ],
    "ar": [
        "إيجار الشقة في عمّان صار ٤٥٠ دينار بالشهر، والراتب ما زاد ولا دينار.",
        "الأرقام الرسمية موجودة على موقع الجهاز المركزي للتعبئة العامة والإحصاء capmas.gov.eg لمن يريد يتأكد.",
        "وصلتني رسالة تقول إن شحنتي محجوزة ولازم أدفع رسوم عبر رابط. انتبهوا يا جماعة، هذا احتيال.",
        "الحمد لله، زوجي رجع من السفر اليوم بعد شهرين في الخليج 🤲",
        "شكراً لطاقم التمريض في المستشفى على اهتمامهم بوالدتي، ربنا يجزاهم كل خير.",
        "@أبو_خالد كلامك صحيح، البلدية لازم تتحرك قبل الشتاء",
        "الدخول مجاني للعائلات يوم الجمعة، أخذت أولادي الأسبوع الماضي وكان المكان جميل",
        "أنا أشتغل مدرّس في مدرسة خاصة، راتبي ٦٠٠٠ جنيه وما يكفي نص الشهر.",
    ],
    "fa": [
        "اجاره یه آپارتمان ۷۰ متری تو تهران شده ماهی ۳۰ میلیون، با این حقوقا کی می‌تونه؟",
        "آمار رسمی تورم رو می‌تونید تو سایت مرکز آمار ایران amar.org.ir ببینید.",
        "بیت‌کوین دوباره ریخت، خوبه که سال پیش نخریدم 😅",
        "از دکتر و پرستارای بخش قلب ممنونم، بابام الان حالش خیلی بهتره.",
        "برای من هم پیامک اومد که یارانه‌تون واریز شده روی لینک بزنید. نزنید، کلاهبرداریه.",
        "همسرم امشب از مأموریت برگشت، یه هفته نبود، بچه‌ها کلی ذوق کردن",
        "نویسنده محترم، یه اشتباه کوچیک هست: این قانون سال ۱۴۰۲ تصویب شد نه ۱۴۰۱.",
        "من راننده اسنپم، روزی ۱۰ ساعت کار می‌کنم، ماهی حدود ۲۵ میلیون درمیاد ولی نصفش خرج ماشین میشه.",
    ],
    "he": [
        "שכר הדירה שלנו ברמת גן עלה ב-400 ₪ השנה, ובעל הבית אפילו לא תיקן את הדוד.",
        "למי שרוצה לבדוק, הנתונים באתר של הלשכה המרכזית לסטטיסטיקה, cbs.gov.il",
        "גם לי הגיע SMS שהחבילה שלי מעוכבת ושצריך לשלם דמי משלוח. זה עוקץ, אל תלחצו!",
        "תודה לצוות של מיון ילדים, היו מדהימים עם הבת שלי באמצע הלילה 🙏",
        "בעלי חזר הבוקר ממילואים אחרי חודשיים, סוף סוף כולנו בבית",
        "הכניסה חופשית לתושבי העיר, צריך להציג תעודת זהות בכניסה.",
        "@yossi_b לגמרי. עוד כתבה בלי לבדוק עובדות.",
        "אני עובדת כגננת, 8,700 ₪ נטו אחרי 12 שנות ותק. שמישהו יסביר לי את זה.",
    ],
    "hi": [
        "दिल्ली में टमाटर फिर से 80 रुपये किलो हो गया, हर सर्दी यही हाल है।",
        "सरकारी आंकड़े देखने हैं तो mospi.gov.in पर जाइए, वहाँ बेरोज़गारी की पूरी रिपोर्ट है।",
        "mere papa ko bhi call aaya tha ki bijli ka bill update nahi hua, connection kat jayega. fraud tha, dhyan rakhna sab",
        "AIIMS के डॉक्टरों का बहुत धन्यवाद, मेरी माँ का ऑपरेशन सफल रहा और वो अब घर आ गई हैं 🙏",
        "मेला फ्री है, बस पार्किंग के 50 रुपये लगते हैं।",
        "bhai Sensex gira to sab crypto ki baat karne lage 😂",
        "मैं सरकारी स्कूल में टीचर हूँ, 38 हज़ार तनख्वाह है, और तीन महीने से DA नहीं आया।",
        "राम राम सबको, भगवान सबको सद्बुद्धि दे। इतनी नफ़रत ठीक नहीं।",
    ],
    "ja": [
        "東京の家賃、ワンルームで9万超えが普通になってきた。給料は全然上がらないのに。",
        "統計局のサイト(stat.go.jp)に消費者物価指数の詳しいデータがあります。参考までに。",
        "うちの母にも「未払い料金があります」ってSMSが来てた。詐欺なので皆さん気をつけて。",
        "夫が出張から帰ってきたので今夜は久しぶりに鍋です🍲",
        "市役所に電話したら、粗大ゴミの予約は来月まで埋まってるって言われた…",
        "入場無料なので、子ども連れでも気軽に行けますよ",
        "看護師をしています。夜勤込みで手取り28万くらい。きついけど患者さんの笑顔で頑張れる。",
        "記事の2段落目、「2019年」は「2009年」の誤りではないでしょうか?",
    ],
    "zh": [
        "上海的房租又涨了，一室一厅要6500，工资却三年没动过。",
        "国家统计局官网 stats.gov.cn 有最新的CPI数据，可以自己去看。",
        "我爸也接到过说他医保卡被冻结的电话，让转账解冻，千万别信，直接挂掉。",
        "感谢儿科的李医生，半夜还耐心给我们解释，孩子已经退烧了。",
        "老公出差回来了，带了一箱橙子😂",
        "博物馆周二免费开放，需要提前在公众号预约。",
        "我是送外卖的，一个月跑下来七八千，但风里雨里真的不容易。",
        "作者能不能说一下数据来源？",
    ],
    "ko": [
        "서울 원룸 월세가 80만 원이라니… 사회초년생은 어떻게 살라는 건지.",
        "통계청 자료는 kostat.go.kr 에서 직접 확인하실 수 있어요.",
        "저희 엄마도 '택배 주소 불일치' 문자 받으셨는데 링크 누르면 안 돼요. 스미싱이에요.",
        "남편이 오늘 출장에서 돌아와서 애들이 너무 좋아하네요 ㅎㅎ",
        "응급실 간호사 선생님들 정말 감사합니다. 아버지 무사히 퇴원하셨어요.",
        "입장료 무료예요! 주말엔 사람 많으니까 평일에 가세요",
        "비트코인 또 떨어졌네 ㅋㅋ 물린 사람 손 🙋",
        "저는 편의점 야간 알바하는데 시급 만 원 조금 넘어요. 최저임금 겨우 맞춰주는 정도.",
    ],
}

if __name__ == "__main__":
    fresh_csv.write(OUT, SPAM, HAM)
