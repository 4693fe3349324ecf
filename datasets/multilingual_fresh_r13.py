# ruff: noqa: E501  (one comment a line, as written)
"""Release 13's fresh hold-out: multilingual-fresh-r13.csv.

Written on Tue Dec  8 2026 (UTC), before any release 13 change, by a hand
that ran no model, benchmark or test and read no other Salon set. Every
comment below was written by hand for this file; none is copied from a real
site, and every person, phone number, handle, e-mail address and spam
domain is invented (US/UK/French numbers sit in the fictional 555-01xx,
07700 900xxx and 06 39 98 ranges). Links in ordinary comments point only to
official or well-known sites.

Counts: 456 rows = 19 languages x (12 spam + 12 ham).
Languages: en, de, fr, es, pt, it, nl, pl, tr, id, ru, uk, ar, fa, he, hi,
ja, zh, ko. They are reader comments under news articles and blog posts on
independent publishers' sites.

Spam tags (trailing comment on each spam line):
    # L   a plain link, domain or shortener
    # Ld  a disguised link ("[.]", "dot com" in the local language, spaces,
          a look-alike character)
    # C   a contact: phone in national format, WhatsApp/Telegram/Signal/
          Viber/WeChat/QQ/LINE/KakaoTalk/Instagram/Snapchat handle, or an
          e-mail address, plain or written out
    # N   no payload: testimonials, earnings stories, "see my profile",
          generic praise signed with a business name, product astroturf

Spam kinds: fund recovery, hacked-account recovery, trading/crypto/forex
mentors, AI trading bots, loans (bad credit, no checks), debt relief,
gambling (casino, sports betting, slots, teen patti, toto), dating and
companionship, pharmacy, diet pills and drops, miracle cures (diabetes,
joints, blood pressure), followers and likes, essays and theses, prizes and
lotteries, phishing (bank, payment service, parcel, customs, tax, traffic
fine, health insurance, government benefit, court notice, utility, toll
card, account verification), jobs abroad and work-from-home task scams,
resellers of concert and match tickets, IPTV and pirated streaming, pirated
software, modded apps and pirated manga, replica watches, fake online
shops, fake charities, rental deposit scams, gold and real estate
investment, stock tip groups, fortune tellers and spell casters, fake
documents and diplomas, VPN resale, the "mum needs phone credit" scam, and
SEO signatures of local trades (movers, plumbers, roofers, cleaners).

Ordinary comments: about half plain (corrections, short replies, praise,
questions to the author, anger, family news) and half sharing spam's
surface while legitimate (prices, wages, rents and bills, free events by
local clubs, official links, @replies, hotlines, readers quoting scam
messages to warn others, crypto and stocks as news, a relative's health,
thanks to doctors, teachers and rescuers, religion, selling to neighbours).

Licence: MIT.

    python3 datasets/multilingual_fresh_r13.py
"""

from __future__ import annotations

from pathlib import Path

import fresh_csv

OUT = Path(__file__).with_name("multilingual-fresh-r13.csv")

SPAM: dict[str, list[str]] = {
    "en": [
        "Got my frozen exchange funds back in 9 days after 2 years of nothing. The team at recoverydesk-pro.net are legit, dont give up",  # L
        "cheap replica watches, rolex AP patek, ship worldwide 48h → lnkd-go.co/wtch",  # L
        "Stop paying for cable lol. 19k channels, all sports, PPV, 4K no buffering. firestick-hub dot store, 30 day trial",  # Ld
        "PayPal: a payment of $489.99 to CoinXpress is pending. Not you? Cancel within 24h at paypaI-resolution-center.com",  # Ld
        "If you need a loan with bad credit text Mr. Harlan Price on (614) 555-0182, I got $8,000 same day no questions asked",  # C
        "Lost my insta account to a hacker, @ig_restore_jake on Telegram got it back in 2 hours. thank me later",  # C
        "Essays, dissertations, online exam help, 100% plagiarism free. WhatsApp +44 7700 900417",  # C
        "lonely tonight? 💋 add me on snap kayla.xo.2026",  # C
        "I've been earning $340 a day working from my laptop, last month my check was $9,870. It's so easy, just check my profile to see how",  # N
        "Great article! Very informative, I've bookmarked your site and will definitely come back for more. Keep up the good work",  # N
        "My husband's blood sugar went from 310 to 105 in three weeks with GlucoTrust Max, his doctor couldn't believe it. Nature is the real medicine.",  # N
        "Everybody talking about the economy but nobody talking about Ms. Rebecca Hollis who turned my $2k into $26k trading options. god bless her",  # N
    ],
    "de": [
        "Mein Cousin hat mit dem Bitcoin-Code in 3 Wochen 11.000 € gemacht, selbst die Bank war baff 😳 hier anschauen: krypto-erfolg24.de/start",  # L
        "Sparkasse: Ihr pushTAN-Verfahren läuft ab. Bitte bis 12.12. erneut freischalten unter sparkasse-pushtan-verifizierung.com, sonst wird Ihr Konto gesperrt",  # L
        "Günstige Medikamente ohne Rezept, diskreter Versand aus der EU 💊 apotheke-direkt punkt eu",  # Ld
        "wer noch Karten für das Konzert in Berlin braucht, hab noch 4 übrig, Originalpreis: tickets-fanboerse (.) de / konzert",  # Ld
        "Privatkredit ohne Schufa bis 50.000 €, Auszahlung in 24h. Schreiben Sie an Herrn Becker: kredithilfe.becker@gmx-finanz.de",  # C
        "Suche Leute für Nebenjob von zuhause, 350€ pro Woche, nur Handy nötig. Meldet euch per WhatsApp 0176 4829 1037",  # C
        "Hat jemand Erfahrung mit Fake-Shops? Ich wurde auch betrogen und Rechtsanwalt Dr. Kessler hat mein Geld zurückgeholt, Telegram @ra_kessler_hilfe",  # C
        "Hausarbeit, Bachelorarbeit, Masterarbeit – schnell und diskret. Kontakt: ghostwriter punkt akademisch at web punkt de",  # C
        "Ich habe mit Keto Bodytone in 6 Wochen 14 kg verloren ohne Sport!! Meine Ärztin war sprachlos. Kann ich jedem nur empfehlen",  # N
        "Super Beitrag, sehr informativ und gut geschrieben. Ich werde Ihre Seite auf jeden Fall weiterempfehlen! Grüße, Dachdeckerei Hoffmann Meisterbetrieb",  # N
        "Seit ich bei Frau Lindner im Goldsparplan bin, habe ich keine Angst mehr vor Inflation. Gold lügt nicht, Banken schon.",  # N
        "schaut mal auf meinem kanal vorbei, ich zeig wie ich mit 19 schon passiv 3k im monat mache 🔥🔥",  # N
    ],
    "fr": [
        "Félicitations, vous avez gagné un iPhone 16 Pro ! Dernière étape pour réclamer votre cadeau 🎁 : cadeau-fidelite-fr.shop/iphone",  # L
        "Ameli : un remboursement de 187,40 € est en attente sur votre dossier. Confirmez vos coordonnées bancaires ici → ameli-remboursement-securise.org",  # L
        "Films, séries, foot en direct, plus de 20 000 chaînes sans coupure, essai gratuit sur streamtv-france point fr",  # Ld
        "Le meilleur casino en ligne de 2026, 300% sur le premier dépôt et 100 tours gratuits 🎰 👉 casino-royal-bonus . fr",  # Ld
        "Besoin d'un prêt entre particuliers sérieux et rapide ? Taux de 2 %, contactez M. Laurent Dubreuil par mail : laurent.dubreuil.pret@outlook-finance.fr",  # C
        "Grand marabout voyant médium Professeur Kanté, retour de l'être aimé en 3 jours, chance, travail, désenvoûtement. Appelez le 06 39 98 41 72",  # C
        "Je recrute 5 personnes motivées pour une activité en ligne, 150 € par jour minimum, écrivez-moi sur Telegram @nina_invest_fr",  # C
        "Location T2 Paris 11e 650€/mois charges comprises, je suis à l'étranger pour le travail donc vous envoyez la caution et je poste les clés. Contact : sophie.marchal.loc arobase gmail point com",  # C
        "Merci pour cet article très intéressant, j'ai appris beaucoup de choses. Je reviendrai souvent sur votre blog ! Cordialement, Plombier Chauffagiste Montpellier",  # N
        "Grâce à Madame Fontaine j'ai enfin compris le trading, je gagne 2 800 € par semaine depuis chez moi. Merci encore Madame 🙏",  # N
        "Mon père avait une arthrose terrible, depuis qu'il prend FlexiGenou il refait du vélo à 74 ans. Les médecins ne veulent pas que vous sachiez ça",  # N
        "allez voir mon profil 😍 je montre comment j'ai remboursé mon crédit en 2 mois",  # N
    ],
    "es": [
        "Gané 3.200€ en mi primera semana con esta plataforma de IA que hace trading sola, mirad: inversion-ia-espana.com/registro",  # L
        "DGT: tiene una multa pendiente de pago de 60€. Evite el recargo abonándola antes de 48h en dgt-multas-sede.info",  # L
        "Apuestas para el clásico con cuota mejorada ⚽ bono de bienvenida 200€ en apuestagol [punto] es",  # Ld
        "descarga gratis office + windows activado full sin virus, link en mi bio o entra en softfull-gratis . net",  # Ld
        "Préstamos rápidos sin aval y sin consultar ASNEF, respuesta en 1 hora. Llámenos al 612 483 907",  # C
        "¿Tienes deudas con bancos y tarjetas? Te ayudamos a cancelarlas con la Ley de Segunda Oportunidad GRATIS, escríbeme al WhatsApp 644 29 18 03",  # C
        "Se busca personal para recoger fruta en Canadá, alojamiento incluido, 2.800 dólares al mes, enviar CV a empleos.canada.visados@gmail.com",  # C
        "hola guapo 😘 soy Lucía, tengo 27 años y busco a alguien serio, agrégame en insta @lucia.madrid.love",  # C
        "Excelente artículo, muy bien explicado. Me ha servido mucho para mi trabajo. ¡Saludos desde Reformas Integrales García Valencia!",  # N
        "Yo estaba como vosotros, sin llegar a fin de mes, hasta que conocí al señor Ramírez y su método de inversión. Hoy tengo mi propia casa. Dios lo bendiga",  # N
        "Mi madre bajó 12 kilos tomando las gotas de Keto Slim, sin dieta y sin gimnasio 😱",  # N
        "buen video pero en mi canal explico como consegir 10k seguidores en una semana 🔥",  # N
    ],
    "pt": [
        "Ganhei R$ 4.500 no tigrinho essa semana 🐯🔥 plataforma nova pagando muito, cadastra aqui: tigre-pagante.bet/vip",  # L
        "Seu CPF está irregular e será cancelado. Regularize agora para evitar bloqueio: receita-regularizacao-cpf.site",  # L
        "seguidores reais e curtidas pra instagram e tiktok a partir de R$ 9,90, acessa seguidoresbr ponto com ponto br",  # Ld
        "Curso de day trade COMPLETO de graça, só hoje 👉 cursolivre . online / daytrade",  # Ld
        "Empréstimo para negativado, sem consulta SPC/Serasa, dinheiro na conta hoje. Chama no zap (11) 97482-3016",  # C
        "Vagas de emprego em Portugal com visto e passagem paga, salário de 1.400 euros. Manda mensagem pro Telegram @vagas_europa_oficial",  # C
        "Faço trabalhos acadêmicos, TCC, artigos e monografias com preço justo. Contato: tcc.rapido arroba hotmail ponto com",  # C
        "Precisa recuperar conta do Instagram ou WhatsApp clonado? Resolvo em poucas horas, whats (21) 98831-4720",  # C
        "Gente eu tava desempregada e hoje faço 800 reais por dia só com o celular, quem quiser saber como é só olhar meu perfil 🙏",  # N
        "Minha tia tinha diabetes há 15 anos e curou com um chá natural, os médicos escondem isso da gente",  # N
        "Parabéns pelo conteúdo, muito útil! Sempre acompanho. Abraço da equipe Dedetizadora Campinas",  # N
        "Conheci a Dra. Patrícia Moura no Instagram e ela me ensinou a investir em ouro digital, já tripliquei meu capital. Recomendo demais",  # N
    ],
    "it": [
        "Poste: la sua spedizione è in giacenza. Per riprogrammare la consegna paghi 1,50 € su poste-giacenza-online.com",  # L
        "Ho scoperto questo sito dove vendono iPhone ricondizionati a 99 euro, sembra assurdo ma è vero 😱 → offertatech-outlet.it",  # L
        "Guadagna con le opzioni binarie come ho fatto io, 1.200€ al giorno. Tutto spiegato su tradingfacile(punto)club",  # Ld
        "vedi tutte le partite di serie A e champions senza abbonamento, IPTV stabile 4K 10€/mese: iptv-ltalia.com",  # Ld
        "Prestiti a privati e cattivi pagatori fino a 30.000 €, senza busta paga. Scrivere a finanziamenti.rossi at libero punto it",  # C
        "Cerco ragazze per lavoro serio da casa come assistente virtuale 📱 mandatemi un messaggio su WhatsApp 347 281 9054",  # C
        "Sono stato truffato da un broker falso e ho perso 23.000 €, ma grazie all'avvocato Marchetti li ho recuperati tutti. Telegram: @avv_marchetti_recupero",  # C
        "Tesi di laurea e compiti universitari su commissione, massima serietà, contattami al 328 604 1177",  # C
        "Ottimo articolo, complimenti davvero! Vi seguo sempre. Un saluto da Impresa Edile Colombo Bergamo",  # N
        "Con il piano di accumulo in oro della dottoressa Ferri ho messo da parte più in un anno che in dieci di conto corrente. Grazie di cuore",  # N
        "Mia moglie ha perso 9 kg in un mese con lo sciroppo Snell Detox, nessuna fatica. Ve lo consiglio!",  # N
        "passate dal mio profilo, ho spiegato come faccio 500 euro al giorno con l'intelligenza artificiale 🤖💸",  # N
    ],
    "nl": [
        "Uw betaalpas verloopt binnenkort. Vraag direct een nieuwe aan via ing-pasvervanging.nl-veilig.com om blokkering te voorkomen",  # L
        "Met deze nieuwe crypto-app verdien je echt passief inkomen, ik zit al op €3.100 deze maand: snelwinst-app.nl/aanmelden",  # L
        "Belastingdienst: u heeft recht op een teruggave van € 312,00. Vraag het aan via mijn-teruggave [punt] online",  # Ld
        "gratis 100 spins bij het nieuwe online casino zonder cruks 🎰 casinozondercruks punt com",  # Ld
        "Lening nodig zonder BKR toetsing? Snel en betrouwbaar, bel of app 06-41839276",  # C
        "Werken in de kassen, €18 per uur netto, huisvesting geregeld, ook zonder ervaring. Stuur een bericht via Signal: kaswerk.24",  # C
        "Hoi, ik ben Sanne (29) en op zoek naar een leuke man voor een serieuze relatie 💕 mail me: sanne.lief90@hotmail-mail.nl",  # C
        "Ook slachtoffer van beleggingsfraude? Wij halen je geld terug, no cure no pay. Telegram @fraudeherstel_nl",  # C
        "Mooi geschreven artikel, heel duidelijk! Ik kom zeker vaker terug. Groeten van Schildersbedrijf De Vries Utrecht",  # N
        "Sinds ik de CBD-olie van Natuurkracht gebruik heb ik geen last meer van mijn rug én ik slaap als een baby. Echt een aanrader voor iedereen",  # N
        "Iedereen klaagt over de huizenmarkt maar dankzij mijn coach Mark heb ik in 2 jaar 3 panden gekocht. Denk groot mensen!",  # N
        "kijk even op mijn profiel voor de gratis cursus!! 🙌",  # N
    ],
    "pl": [
        "InPost: Twoja paczka oczekuje na dopłatę 1,99 zł. Opłać do końca dnia, aby uniknąć zwrotu: inpost-doplata.pl-paczka.net",  # L
        "Mój sąsiad wpłacił 1000 zł na nową platformę inwestycyjną z AI i po miesiącu ma 27 000 zł 😳 zobaczcie sami: inwestuj-z-glowa.pl/start",  # L
        "Darmowy Windows 11 Pro + Office klucz aktywacyjny, działa w 100% 👉 klucze-free [kropka] pl",  # Ld
        "Najlepsze kasyno online w Polsce, bonus 500 zł bez depozytu, wejdź na: kasyno-polska kropka com",  # Ld
        "Chwilówka bez BIK i bez zaświadczeń, pieniądze w 15 minut. Zadzwoń: 512 384 906",  # C
        "Praca w Niemczech przy pakowaniu, 3500 euro na rękę, zakwaterowanie gratis. Pisz na WhatsApp +48 698 241 530",  # C
        "Odzyskaj pieniądze stracone na fałszywych giełdach kryptowalut! Kancelaria Nowicki, kontakt: odzyskaj.srodki(at)onet.pl",  # C
        "Sprzedam 2 bilety na mecz reprezentacji, cena jak w kasie, pilne. Tylko Telegram @bilety_mecz_pl",  # C
        "Świetny artykuł, bardzo pomocny! Pozdrawiam serdecznie, Usługi Hydrauliczne Kraków 24h",  # N
        "Mama brała kapsułki Cardiotensin Plus przez dwa tygodnie i ciśnienie wróciło do normy, lekarz nie mógł uwierzyć",  # N
        "kto chce zarabiac jak ja 500 zl dziennie przez telefon niech zajrzy na moj profil, wszystko opisalam 💰",  # N
        "Dzięki pani Agnieszce i jej strategii na forexie spłaciłem kredyt hipoteczny w rok. Nie wierzcie, że się nie da!",  # N
    ],
    "tr": [
        "Deneme bonusu veren siteler 2026 🔥 500 TL bedava, çevrimsiz: bonuskral.bet/giris",  # L
        "PTT: Gönderiniz adres eksikliği nedeniyle teslim edilemedi. Adresinizi 24 saat içinde güncelleyin: ptt-kargo-takip.com/adres",  # L
        "takipçi ve beğeni paketleri en ucuz bizde, 1000 takipçi sadece 49 TL 👉 takipcimarket nokta com",  # Ld
        "Tüm maçları şifresiz izle, canlı ve donmadan, reklamsız: macizlehd . online",  # Ld
        "Kredi notu düşük olanlara acil nakit kredi, kefilsiz, aynı gün ödeme. Bilgi için 0 532 418 27 93",  # C
        "Almanya'da iş imkanı, vize ve konaklama bizden, aylık 2.800 Euro. WhatsApp: 0 545 702 18 64",  # C
        "Selam ben Elif 😊 ciddi bir ilişki arıyorum, instagramdan yazarsan konuşuruz @elif.ank.26",  # C
        "Ödev, tez ve proje hazırlanır, tüm bölümler. İletişim: tezdestek at gmail nokta com",  # C
        "Hocam harika bir yazı olmuş, emeğinize sağlık 👏 Kadıköy Halı Yıkama olarak takipteyiz.",  # N
        "Forex'te Selin Hanım'ın sinyalleriyle 3 ayda 180 bin TL kazandım, hayatım değişti. Allah razı olsun",  # N
        "Annemin şekeri bu bitki kürüyle 2 haftada normale döndü, ilaçlarını bıraktı. Doktorlar şaşırdı",  # N
        "Altın uçuyor, ben erken girdim kazandım. Nasıl yaptığımı profilimde anlattım",  # N
    ],
    "id": [
        "Slot gacor hari ini maxwin terus!! 🔥 daftar sekarang dapat bonus 100%: tautan.my/gacor88",  # L
        "Selamat! Nomor Anda terpilih mendapatkan hadiah Rp 50.000.000 dari program undian nasabah. Klaim di hadiah-nasabah-resmi.com sebelum 31 Desember",  # L
        "Pinjol tanpa BI checking, cair 5 menit, bunga rendah! cek dananusa [titik] id",  # Ld
        "Download aplikasi mod premium gratis, Netflix, Spotify, CapCut pro semua ada di apkmodz . site",  # Ld
        "Dicari karyawan kerja online dari rumah, gaji Rp 300rb per hari, cukup like dan subscribe. Hubungi WA 0812-4719-3380",  # C
        "Jasa joki skripsi dan tugas kuliah, dijamin lulus. Chat WA 0857 2214 6093",  # C
        "Yang mau kerja di Jepang lewat jalur magang, tanpa biaya, gaji 20 juta. Info Telegram @lpk_jepang_resmi",  # C
        "ma ini mama, hp mama rusak, tolong kirim pulsa 100rb ke nomor ini dulu ya 0821 3390 4457 😭",  # C
        "Artikelnya sangat bermanfaat, terima kasih min! Salam dari Jasa Sedot WC Surabaya",  # N
        "Berkat bimbingan Pak Hendra saya bisa profit trading emas 15 juta per minggu, sekarang sudah bisa umroh bareng keluarga. Alhamdulillah",  # N
        "Kakak saya sembuh dari asam urat cuma minum ramuan herbal 7 hari, dokter aja heran 🙏",  # N
        "yg mau tau cara dapat saldo DANA gratis cek profil aku ya kak 💸",  # N
    ],
    "ru": [
        "Госуслуги: на ваше имя поступила выплата 12 800 руб. Для получения подтвердите данные: gosuslugi-vyplaty.ru.com",  # L
        "Лучшее онлайн-казино, бонус 200% и 100 фриспинов за регистрацию 🎰 zolotoy-spin777.com",  # L
        "Курсовые, дипломы, диссертации недорого и в срок. Подробности на сайте diplom-bystro точка рф",  # Ld
        "Сбербанк: зафиксирован вход в ваш аккаунт с нового устройства. Если это не вы, отмените операцию: sberbаnk-zashchita.ru",  # Ld
        "Займ без отказа и проверки КИ, деньги на карту за 10 минут. Звоните: 8 (915) 402-73-18",  # C
        "Работа вахтой на Севере, 180 000 руб в месяц, проживание и питание бесплатно. Пиши в телегу @vahta_sever_rabota",  # C
        "Потомственная ясновидящая Марина, верну любимого, сниму порчу и венец безбрачия. WhatsApp +7 926 581-04-39",  # C
        "Помогу вернуть деньги, украденные мошенниками или брокерами. Консультация бесплатно, пишите: vozvrat.sredstv собака mail точка ru",  # C
        "Отличная статья, спасибо автору! Всегда читаю с удовольствием. С уважением, Ремонт квартир под ключ в Казани",  # N
        "Я тоже не верила, пока сама не попробовала. За месяц с инвестором Ольгой Викторовной заработала больше, чем за год на работе",  # N
        "Моя мама вылечила суставы за 2 недели этим гелем с Алтая, а врачи ей говорили только операция",  # N
        "кто хочет узнать как я зарабатываю 5к в день с телефона — загляните ко мне в профиль 👆",  # N
    ],
    "uk": [
        "Дія: вам нараховано державну виплату 6 500 грн. Отримайте на картку за посиланням dia-vyplata.com.ua-gov.info",  # L
        "Заробіток на крипті від 15 000 грн на тиждень, перевірено особисто 💸 реєструйся: kripto-dohid.online",  # L
        "Нова пошта: ваша посилка на складі, оплатіть доставку 39 грн на novaposhta-dostavka [крапка] top",  # Ld
        "Дивись усі фільми та серіали українською безкоштовно і без реклами: kinohd-ua точка net",  # Ld
        "Кредит без довідок та поручителів, гроші на картку за 15 хвилин. Телефонуйте 067 418 29 53",  # C
        "Робота в Польщі на складі, 25 злотих на годину, житло безкоштовне. Viber: +380 93 702 18 44",  # C
        "Терміново збираємо на лікування маленької Софійки, кожна гривня важлива 🙏 картка 5168 7423 0019 8811",  # C
        "Пишу курсові та дипломні на замовлення, якісно і недорого. Telegram @dyplom_ua_pro",  # C
        "Дуже корисна стаття, дякую! Обов'язково поділюся з друзями. Вікна та двері від виробника, Львів",  # N
        "Завдяки пані Оксані та її курсу з трейдингу я за пів року закрив усі борги. Рекомендую всім",  # N
        "Мій тато схуд на 18 кг з краплями КетоФорм і тепер бігає вранці в 60 років 😮",  # N
        "заходьте до мене на сторінку, розповідаю як заробляти в інтернеті без вкладень",  # N
    ],
    "ar": [
        "مبروك! تم اختيار رقمك للفوز بجائزة ٥٠٬٠٠٠ ريال في السحب الشهري، استلم جائزتك من هنا: prize-sahb2026.com",  # L
        "أرامكس: شحنتك متوقفة بسبب رسوم جمركية ١٢ درهم، ادفع الآن لتجنب الإرجاع aramex-rusum.net/pay",  # L
        "أفضل منصة للتداول بالذهب والعملات، أرباح يومية مضمونة 💰 gold-trade-ar [.] com",  # Ld
        "شاهد جميع مباريات الدوري بدون تقطيع وبجودة عالية مجاناً على kora-live نقطة كوم",  # Ld
        "قرض شخصي بدون كفيل وبدون تحويل راتب، تواصل واتساب ٠٥٥٣٨٢١٤٧٦",  # C
        "مطلوب عمال وسائقين للعمل في كندا، الراتب ٣٥٠٠ دولار والسكن مجاناً. للتواصل: 01093847261",  # C
        "الشيخ الروحاني أبو سلمان لجلب الحبيب وفك السحر وحل المشاكل الزوجية، اتصل ٠٠٩٦٦٥٠٨٤٧٢٦١٩",  # C
        "نقوم بحل الواجبات والأبحاث والرسائل الجامعية بأسعار مناسبة، تيليجرام @bohoth_jamiya",  # C
        "مقال رائع جداً ومفيد، شكراً لكم. تحياتي من شركة تنظيف منازل بالرياض",  # N
        "كنت غارق في الديون حتى تعرفت على الأستاذة ريم واستثمرت معها، الحمد لله الآن أربح أكثر من ٢٠ ألف شهرياً",  # N
        "والدي كان يعاني من السكري ١٠ سنوات، وبعد خلطة الأعشاب هذه استغنى عن الأنسولين تماماً",  # N
        "تابعوا حسابي فيه طريقة الربح من الإنترنت بدون رأس مال 💵",  # N
    ],
    "fa": [
        "بهترین سایت پیش بینی فوتبال با بونوس ۲۰۰٪ اولین واریز ⚽️ ثبت نام: betiran-vip.com",  # L
        "ابلاغیه الکترونیک قضایی برای شما صادر شده است، جهت مشاهده وارد شوید: adliran-sana.info",  # L
        "فیلترشکن پرسرعت و بدون قطعی، اشتراک یک ماهه فقط ۹۹ هزار تومان 🚀 vpnsorat [نقطه] com",  # Ld
        "دانلود رایگان نسخه کرک شده همه نرم افزارها: softkade نقطه ir",  # Ld
        "وام فوری بدون ضامن و چک، فقط با کارت ملی. تماس: ۰۹۱۲ ۴۸۳ ۷۲۱۹",  # C
        "انجام پایان نامه و مقاله ISI با تضمین پذیرش، تلگرام @payannameh_pro",  # C
        "افزایش فالوور واقعی اینستاگرام، ۱۰ هزار فالوور با کمترین قیمت. واتساپ 09354827160",  # C
        "دعانویس معتبر برای بازگشت معشوق و باطل کردن سحر، شماره تماس ۰۹۱۹۷۳۴۵۰۲۸",  # C
        "مطلب بسیار عالی و مفیدی بود، ممنون از سایت خوبتون. از طرف گروه نقاشی ساختمان تهران",  # N
        "من با آموزش های استاد کاظمی در ارز دیجیتال ماهی ۸۰ میلیون درآمد دارم، زندگیم عوض شد",  # N
        "مادرم با این روغن گیاهی درد زانوش کامل خوب شد، دیگه نیازی به عمل نداره",  # N
        "برای کسب درآمد دلاری از خانه پیج من رو ببینید 💸",  # N
    ],
    "he": [
        "דואר ישראל: החבילה שלך מעוכבת. יש להסדיר תשלום מכס של 7.90 ₪ בקישור: israelpost-meches.com",  # L
        "הרווחתי 14,000 ₪ בחודש הראשון עם הרובוט למסחר אוטומטי 🤖 נסו בעצמכם: robo-trade-il.co/start",  # L
        "קזינו אונליין הכי משתלם בישראל, בונוס הצטרפות 500 ₪ 🎰 casino-il נקודה net",  # Ld
        "כל ערוצי הספורט והסרטים בלי מנוי, IPTV יציב ב-4K רק 40 ₪ לחודש: tv-free [.] site",  # Ld
        "הלוואות גם לבעלי BDI שלילי, אישור תוך שעה, בלי ערבים. התקשרו: 052-741-8390",  # C
        "דרושים עובדים לעבודה מהבית, 600 ₪ ליום, בלי ניסיון. שלחו הודעה בוואטסאפ 054-382-9106",  # C
        "כתיבת עבודות סמינריוניות ותזות ברמה גבוהה, דיסקרטיות מלאה. טלגרם: @avodot_sem",  # C
        "נפלתם בעוקץ קריפטו? משרד עורכי דין גולן מחזיר כספים, ייעוץ חינם: golan.hahzarim שטרודל ג׳ימייל",  # C
        "כתבה מעולה, תודה רבה! תמיד נהנה לקרוא אצלכם. בברכה, הובלות דירה במרכז",  # N
        "בזכות המנטורית שלי דנה הפסקתי לעבוד אצל אחרים, היום אני מרוויחה מהבית פי שלושה",  # N
        "אבא שלי ירד 20 קילו עם הטיפות האלה בלי דיאטה, הרופא לא האמין 😮",  # N
        "מי שרוצה לדעת איך אני מרוויח מהשקעות נדל״ן ביוון שייכנס לפרופיל שלי",  # N
    ],
    "hi": [
        "KBC लॉटरी में आपका नंबर 25 लाख रुपये के इनाम के लिए चुना गया है, अपना इनाम पाने के लिए यहाँ क्लिक करें: kbc-lottery-winner.in",  # L
        "Aapka YONO account aaj band ho jayega, turant PAN update karein: sbi-kyc-update.co/login",  # L
        "ऑनलाइन तीन पत्ती और रम्मी खेलकर रोज़ ₹5000 कमाएं 🎲 डाउनलोड करें: teenpatti-gold डॉट app",  # Ld
        "बिजली विभाग: आपका बिल बकाया है, आज रात 9:30 बजे कनेक्शन काट दिया जाएगा। तुरंत भुगतान करें bijli-bill [.] online",  # Ld
        "सिर्फ आधार कार्ड से 5 लाख तक का लोन, बिना सिबिल स्कोर। कॉल करें +91 98371 42605",  # C
        "Ghar baithe part time job, YouTube videos like karo aur ₹3000 daily kamao. WhatsApp karein 87654 21093",  # C
        "दुबई में होटल जॉब, सैलरी 1.5 लाख महीना, वीज़ा फ्री। संपर्क टेलीग्राम @dubai_jobs_india",  # C
        "वशीकरण स्पेशलिस्ट बाबा जी, प्यार में धोखा, शादी में रुकावट, हर समस्या का समाधान 24 घंटे में। फोन 94137 50826",  # C
        "बहुत ही बढ़िया लेख, धन्यवाद! मैं आपकी वेबसाइट रोज़ पढ़ता हूँ। - शर्मा पैकर्स एंड मूवर्स दिल्ली",  # N
        "मैंने मीना मैडम से ट्रेडिंग सीखकर 3 महीने में 8 लाख कमाए, अब नौकरी छोड़ दी। भगवान उनका भला करे 🙏",  # N
        "मेरे पिताजी की शुगर इस आयुर्वेदिक चूर्ण से 15 दिन में नॉर्मल हो गई, डॉक्टर भी हैरान",  # N
        "bhai log mere profile pe jao, free mein followers badhane ka tarika bataya hai 🔥",  # N
    ],
    "ja": [
        "【重要】アカウントの支払い方法に問題があります。24時間以内に更新してください→ amazon-kakunin.jp-support.com",  # L
        "副業で月収50万円達成しました✨ 誰でもスマホ1台でできます！詳しくはこちら fukugyou-navi.net/lp",  # L
        "オンラインカジノ初回入金ボーナス200％🎰 今なら登録だけで3000円プレゼント casino-jp（ドット）com",  # Ld
        "漫画も映画も全部無料で読み放題・見放題！ manga-free ドット site",  # Ld
        "ブラックでも即日融資OK、審査なしで50万円まで。お電話は 090-4718-2536 まで",  # C
        "海外で高収入のお仕事紹介します。日給10万円以上、渡航費こちら負担。LINE ID: kaigai_work88",  # C
        "投資詐欺の被害金、取り戻せます。弁護士に無料相談→ higai.kaifuku@gmail.com",  # C
        "寂しい夜に話し相手になってくれる人募集中😊 LINE追加してね → yui_0303",  # C
        "とても参考になる記事でした！これからも楽しみにしています。（大阪の不用品回収業者より）",  # N
        "田中先生の投資講座に参加してから半年で資産が3倍になりました。本当に感謝しています。",  # N
        "母の膝の痛みがこのサプリで2週間で消えました。病院に通うのがばかばかしくなりました",  # N
        "プロフィール見てください！在宅で稼ぐ方法まとめてます💰",  # N
    ],
    "zh": [
        "【ETC服务】您的ETC卡已失效，请尽快登录 etc-renzheng.cn-gov.top 重新认证，以免影响通行",  # L
        "线上娱乐城，首存送100%，提款秒到账🎲 xpj-vip888.com",  # L
        "各类证件办理，毕业证、学位证，全国可查，详情见 zheng-ban 点 com",  # Ld
        "免费观看最新电影电视剧，无广告高清，收藏网址：kan-pian（点）xyz",  # Ld
        "无抵押贷款，黑户也能下款，最快当天到账，加微信：dk88866",  # C
        "刷单兼职，日结200-500元，手机就能做，宝妈学生优先，联系QQ 2847193605",  # C
        "股票内幕消息，每天推荐牛股，跟着老师稳赚不赔，加V: laoshi_gupiao168",  # C
        "代写论文、毕业设计，查重率低于10%，电话 139 2748 5016",  # C
        "写得太好了，学习了！感谢分享。——深圳搬家公司",  # N
        "跟着王老师学炒币三个月，已经赚了二十多万，真的改变了我的人生🙏",  # N
        "我妈吃了这个保健品半个月，高血压降下来了，药都停了，太神奇了",  # N
        "想知道我怎么在家月入三万的，看我主页👀",  # N
    ],
    "ko": [
        "[국민건강보험] 건강검진 결과 안내. 확인하기: nhis-checkup.kr-notice.com",  # L
        "토토 첫충 30% 매충 10% 🔥 안전놀이터 보증업체 가입코드 win77 ➡ toto-safe24.com",  # L
        "최신 드라마 영화 무료 다시보기 👉 tvwiki 닷 net",  # Ld
        "[Web발신] 고객님의 택배가 주소 불일치로 보관중입니다. 주소 수정: cj-delivery [.] info",  # Ld
        "신용불량자 대출 가능, 무직자도 당일 승인. 상담 문의 010-4827-3961",  # C
        "주식 리딩방 무료 체험, 수익률 300% 보장 종목 추천. 카톡 ID: stock_leader77",  # C
        "고수익 해외 알바, 캄보디아 한 달 1000만원 보장, 비행기표 제공. 텔레그램 @job_cambo_vip",  # C
        "외로운 밤 대화 상대 찾아요 😘 카톡 아이디 sora0524",  # C
        "좋은 정보 감사합니다! 자주 방문할게요~ 강남 피부과 원장 드림",  # N
        "김 대표님 덕분에 코인으로 6개월 만에 빚 다 갚았습니다. 진짜 은인이세요",  # N
        "어머니가 이 건강즙 드시고 당뇨 수치가 정상으로 돌아왔어요. 병원에서도 놀라더라고요",  # N
        "제 프로필 보시면 하루 30분으로 월 300 버는 방법 있어요 💸",  # N
    ],
}

HAM: dict[str, list[str]] = {
    "en": [
        "The bit about the council closing the library on Sundays is wrong, it's Mondays. I was there this week.",
        "Our water bill went from $62 to $118 in a year and nobody at the utility can explain why. Anyone else on the east side seeing this?",
        "I got the exact same text last week: 'USPS: your package cannot be delivered, update your address at...' Don't click it, folks. Forward it to 7726 and delete.",
        "@Marcy_T you're thinking of the 2019 vote, not this one.",
        "Bitcoin down 8% and my brother-in-law still won't shut up about it. Good piece though, finally someone explained what one of these ETFs actually holds.",
        "The full report is on the CDC site if anyone wants the numbers: cdc.gov",
        "Thank you to the nurses on 4 West who looked after my dad last month. You don't get paid enough.",
        "Lincoln High Boosters are holding the winter craft fair Saturday 10-3 in the gym, free entry, proceeds go to the band trip. Come hungry!",
        "Honestly this is the worst take I've read all year. You interviewed zero people who actually live on that street.",
        "I drive for a delivery app and after gas I clear maybe $14 an hour. The 'flexibility' is real but so is the math.",
        "Who took the photo at the top? It's gorgeous.",
        "Selling my kid's outgrown bike (20 inch, blue) if anyone nearby wants it, $40, it's the house with the red mailbox on Elm.",
    ],
    "de": [
        "Kleine Korrektur: Die Sitzung des Gemeinderats war am Dienstag, nicht am Mittwoch.",
        "Unsere Nebenkostenabrechnung kam gestern, 640 € Nachzahlung. Ich weiß echt nicht mehr, wie man das als Rentnerin stemmen soll.",
        "Vorsicht, ich hab heute auch so eine SMS bekommen: 'Ihr Paket konnte nicht zugestellt werden, bitte Zollgebühr von 1,99 € zahlen'. Einfach löschen, das ist Betrug.",
        "Die Verbraucherzentrale hat dazu eine gute Übersicht, wer nachlesen will: verbraucherzentrale.de",
        "Der Kommentar von @Jens_K trifft es genau. Danke.",
        "Als Pflegefachkraft im Nachtdienst komme ich auf 2.900 netto mit Zuschlägen. Von Applaus kann man keine Miete zahlen.",
        "Der TSV lädt am Samstag ab 14 Uhr zum Weihnachtsmarkt am Sportplatz ein, Glühwein und Waffeln, Eintritt frei!",
        "Was für ein einseitiger Artikel. Hat sich irgendwer mal die Mühe gemacht, mit den Anwohnern zu reden?",
        "Das Rezept für die Linsensuppe habe ich am Wochenende ausprobiert, mit einem Schuss mehr Essig. Sehr gut!",
        "Meine Mutter hat nach der Hüft-OP wieder laufen gelernt, danke an das ganze Team der Reha. Ihr seid Gold wert.",
        "Bitcoin wieder über 100.000 und mein Schwager erzählt an Weihnachten bestimmt wieder, dass er zu früh verkauft hat 😂",
        "Ich finde, der Autor hat recht, aber die Überschrift ist unnötig reißerisch.",
    ],
    "fr": [
        "Petite erreur dans l'article : le conseil municipal a voté le budget jeudi, pas vendredi.",
        "Mon loyer à Lyon vient de passer à 890 € pour un 35 m². On marche sur la tête.",
        "Attention, j'ai reçu exactement le même SMS : « Votre colis est en attente, réglez 2,99 € de frais de livraison ». C'est une arnaque, ne cliquez pas, signalez-le au 33700.",
        "Pour ceux qui veulent vérifier, les chiffres officiels sont sur le site de l'INSEE : insee.fr",
        "@Claire_B je suis d'accord avec vous, sauf sur la dernière partie.",
        "Merci aux pompiers qui sont intervenus en dix minutes chez ma voisine. Respect.",
        "Le comité des fêtes organise un loto le dimanche 13 à 14h à la salle polyvalente, 3 € le carton, buvette sur place. Venez nombreux !",
        "Article complètement à côté de la plaque. Vous n'avez même pas interrogé un seul agriculteur !",
        "Que Dieu garde sa famille. Toute la paroisse pense à eux.",
        "Je suis aide-soignante, 1 650 € net après 12 ans. Et on s'étonne qu'il n'y ait plus personne à l'hôpital.",
        "Est-ce que l'auteur pourrait préciser d'où vient le chiffre de 40 % ? Je ne le retrouve nulle part.",
        "Mon fils rentre de son année Erasmus à Séville demain, j'ai l'impression qu'il est parti hier.",
    ],
    "es": [
        "Una corrección: el partido se jugó el sábado por la noche, no el domingo.",
        "En Madrid un piso de 50 metros ya no baja de 1.200 € al mes. Con un sueldo de 1.400, dime tú cómo se vive.",
        "Ojo, a mí me llegó ayer este SMS: «Su paquete está retenido, pague 1,79 € en el siguiente enlace». Es falso, lo he denunciado a la Policía.",
        "El informe completo está en la web del INE, por si alguien quiere los datos: ine.es",
        "Gracias a la doctora del centro de salud, que vio lo de mi hijo a tiempo. Hay gente que vale oro.",
        "La peña organiza una comida popular el sábado 19 en el pabellón, 10 € adultos, niños gratis. ¡Apuntaos en el bar!",
        "@PacoM no, eso fue en 2021, lo estás mezclando.",
        "Qué vergüenza de ayuntamiento, tres años con la calle levantada y nadie da explicaciones.",
        "Muy buen artículo, gracias.",
        "Trabajo de camarera en temporada, 10 horas al día por 1.300 €. Y luego dicen que la gente no quiere trabajar.",
        "Ese árbitro ha vuelto a arruinar el partido, tercera jornada seguida. Que revisen el VAR de una vez.",
        "He escrito al ayuntamiento por el buzón ciudadano y nada. ¿Alguien tiene un teléfono directo de urbanismo?",
    ],
    "pt": [
        "Correção: a obra da ponte foi entregue em outubro, não em setembro.",
        "A conta de luz aqui em casa veio R$ 412 esse mês, bandeira vermelha de novo. Não tem condições.",
        "Cuidado gente, recebi esse SMS hoje: 'Sua encomenda foi taxada, pague R$ 39,90 para liberar'. É golpe! Os Correios não mandam link por SMS.",
        "Os dados oficiais estão no site do IBGE, pra quem quiser conferir: ibge.gov.br",
        "@marcia.souza exatamente o que eu pensei quando li.",
        "Obrigada aos professores da escola estadual do bairro que não desistiram do meu filho. Hoje ele passou na federal!",
        "O grêmio recreativo da vila vai fazer bingo beneficente domingo às 15h, cartela a R$ 5, toda a renda vai para a creche.",
        "Matéria tendenciosa demais. Cadê o outro lado da história?",
        "Que saudade dessa praça, passei a infância toda ali.",
        "Sou motoboy, faço em média R$ 180 por dia bruto, tirando gasolina e manutenção sobra pouco mais da metade.",
        "Meu marido volta do embarque na plataforma sexta-feira depois de 28 dias, as crianças nem dormem de ansiedade ❤️",
        "Tô vendendo um berço usado em ótimo estado aqui no bairro, R$ 150, quem tiver interesse responde aqui que eu passo o contato.",
    ],
    "it": [
        "Piccola correzione: la sagra è stata spostata al 15, non al 12.",
        "A Milano una stanza in condivisione costa 750 € al mese. Uno stipendio da 1.300 non basta più.",
        "Attenzione, è arrivato anche a me: «Gentile cliente, il suo conto è stato sospeso, clicchi qui per riattivarlo». La banca non manda mai messaggi così, segnalatelo.",
        "I dati completi sono sul sito dell'ISTAT: istat.it",
        "@GiulioR guarda che l'articolo dice l'esatto contrario.",
        "Grazie ai carabinieri che hanno ritrovato la bici di mio figlio in due giorni. Non ci speravo più.",
        "La Pro Loco organizza la castagnata domenica dalle 15 in piazza, ingresso libero, vin brulé a offerta. Vi aspettiamo!",
        "Ma che articolo è? Quattro righe copiate da un comunicato. Vergogna.",
        "Bellissima foto.",
        "Faccio l'infermiere da 20 anni, 1.850 netti. In Svizzera ne prenderei il triplo, e infatti molti colleghi sono andati via.",
        "Mio padre ha il diabete e il medico gli ha detto di camminare mezz'ora al giorno. Da quando lo fa con il cane i valori sono migliorati tantissimo.",
        "Qualcuno sa se la strada riapre prima di Natale?",
    ],
    "nl": [
        "Kleine correctie: de gemeenteraad vergadert donderdag, niet woensdag.",
        "Onze energierekening is net verhoogd naar € 240 per maand. Voor een tussenwoning. Belachelijk.",
        "Pas op, ik kreeg vandaag ook zo'n sms: 'Uw pakket staat klaar, betaal € 1,95 verzendkosten via deze link'. Niet doen, het is nep. Melden bij de Fraudehelpdesk.",
        "Voor wie het zelf wil nalezen: de cijfers staan gewoon op cbs.nl",
        "@Marloes helemaal mee eens.",
        "Dank aan de ambulancebroeders die mijn opa zaterdagavond hebben geholpen. Hij is weer thuis en maakt het goed.",
        "De ijsclub houdt vrijdag om 20.00 uur de ledenvergadering in het dorpshuis, contributie blijft € 12. Iedereen welkom!",
        "Wat een slap artikel. Geen enkele bron en alleen de mening van de wethouder.",
        "Prachtig verhaal, ik heb het twee keer gelezen.",
        "Ik werk als bezorger voor een supermarkt, €14,40 per uur. Met twee kinderen is dat gewoon niet genoeg.",
        "Mijn vriend komt morgen eindelijk thuis na drie maanden op zee. Ik tel de uren 😅",
        "Bij de bibliotheek kun je in het voorjaar gratis je belastingaangifte laten invullen door vrijwilligers, echt een aanrader.",
    ],
    "pl": [
        "Drobna poprawka: zebranie mieszkańców jest w piątek, nie w czwartek.",
        "Czynsz w naszej spółdzielni wzrósł do 780 zł miesięcznie. Za 48 metrów w bloku z lat 70.",
        "Uwaga, też dostałem SMS-a: 'Twoja paczka czeka, dopłać 1,50 zł'. To oszustwo, nie klikajcie. Można to przesłać dalej na numer 8080.",
        "Pełny raport jest na stronie GUS: stat.gov.pl",
        "@Tomek_W przeczytaj artykuł jeszcze raz, tam jest napisane coś zupełnie innego.",
        "Dziękuję lekarzom z oddziału kardiologii, którzy uratowali mojego tatę. Jesteście wspaniali.",
        "Koło Gospodyń Wiejskich zaprasza na kiermasz świąteczny w niedzielę od 10:00 w remizie. Pierogi, ciasta, wstęp wolny! Stoiska można zgłaszać u pani Basi, tel. 604 218 937.",
        "Skandal! Trzeci raz w tym roku podnoszą ceny biletów i nikt nie pyta mieszkańców o zdanie.",
        "Piękne zdjęcia, dziękuję.",
        "Pracuję jako kierowca autobusu, 5200 brutto. Za taką odpowiedzialność to śmiech.",
        "Bitcoin znowu spada, a jeszcze niedawno wszyscy pisali o nowym rekordzie. Dobrze, że nie dałem się namówić szwagrowi.",
        "Czy autor mógłby podać źródło tych danych? Chętnie bym sprawdził.",
    ],
    "tr": [
        "Küçük bir düzeltme: toplantı salı değil çarşamba günüymüş.",
        "İstanbul'da 1+1 ev kirası 25 bin TL olmuş, asgari ücret neredeyse bu kadar. Nasıl yaşayacağız?",
        "Dikkat edin, bana da şu mesaj geldi: 'Kargonuz gümrükte bekliyor, 38,90 TL ödeme yapın'. Dolandırıcılık, sakın tıklamayın.",
        "Resmi rakamlar TÜİK'in sitesinde var: tuik.gov.tr",
        "@mehmet_k aynen öyle, katılıyorum.",
        "Babamı ameliyat eden doktorlara ve hemşirelere çok teşekkür ederim, Allah hepsinden razı olsun.",
        "Mahallemizin spor kulübü cumartesi saat 11'de çocuklar için ücretsiz futbol okulu açıyor, herkes davetli!",
        "Bu haber tamamen taraflı. Vatandaşa tek bir soru sorulmamış.",
        "Mekânı cennet olsun, Allah ailesine sabır versin.",
        "Kuryelik yapıyorum, günde 12 saat çalışıp ayda ancak 35 bin kazanıyorum. Benzin de cepten.",
        "Bitcoin yine düştü, borsada da kan var. Yazıda anlatılan faiz kararının etkisi olabilir mi?",
        "Oğlum askerden bu hafta dönüyor, evde bayram havası var 🇹🇷",
    ],
    "id": [
        "Koreksi sedikit, acaranya hari Sabtu bukan Minggu.",
        "Tagihan listrik rumah saya naik jadi Rp 780 ribu bulan ini, padahal pemakaian sama saja.",
        "Hati-hati, saya juga dapat pesan WA: 'Selamat Anda mendapat hadiah dari bank, klik link berikut'. Itu penipuan, jangan diklik. Langsung telepon call center resmi bank di belakang kartu.",
        "Data lengkapnya ada di situs BPS: bps.go.id",
        "@rina_s betul sekali kak, saya juga ngalamin.",
        "Terima kasih untuk guru-guru SD tempat anak saya sekolah, sabar sekali menghadapi anak-anak.",
        "Karang Taruna RW 05 mengadakan turnamen futsal antar RT hari Minggu jam 8 pagi di lapangan kelurahan, pendaftaran gratis!",
        "Beritanya tidak berimbang. Kenapa warga yang terdampak tidak diwawancarai sama sekali?",
        "Mantap, terima kasih infonya.",
        "Saya ojol, sehari narik 10 jam dapat bersih paling 120 ribu. Potongan aplikasi makin besar.",
        "Suami saya pulang dari Malaysia minggu depan setelah dua tahun kerja di sana, anak-anak sudah tidak sabar.",
        "Info buat warga: imunisasi gratis untuk anak kelas 5 di puskesmas mulai Senin, jangan lupa bawa KK.",
    ],
    "ru": [
        "Небольшая поправка: собрание перенесли на четверг, а не на пятницу.",
        "Коммуналка за ноябрь пришла 9 400 рублей за двушку. Зарплата при этом не выросла ни на копейку.",
        "Осторожно, мне тоже звонили: «Ваш аккаунт на Госуслугах взломан, продиктуйте код из СМС». Это мошенники, никому ничего не диктуйте, кладите трубку.",
        "Официальные данные есть на сайте Росстата: rosstat.gov.ru",
        "@Андрей_К вы путаете, это было в прошлом году.",
        "Спасибо врачам скорой, которые приехали за 8 минут к моему отцу. Низкий поклон.",
        "Наш шахматный клуб проводит открытый турнир в субботу в 11:00 в библиотеке, вход свободный, приходите с детьми!",
        "Очередная пустая статья. Ни одного комментария от жителей, только пресс-релиз мэрии.",
        "Спасибо, очень интересно.",
        "Работаю учителем, 42 тысячи со всеми надбавками. И ещё удивляются, почему молодые в школу не идут.",
        "Сын возвращается домой из армии на следующей неделе, жду не дождусь.",
        "Звонила на горячую линию водоканала три раза, каждый раз обещают приехать «завтра». Уже неделя без горячей воды.",
    ],
    "uk": [
        "Невелике уточнення: нарада була в понеділок, а не у вівторок.",
        "Опалення цього місяця нам нарахували 3 200 грн за однокімнатну квартиру. Як пенсіонерам це платити?",
        "Обережно! Мені прийшло повідомлення: «Ваша картка заблокована, зателефонуйте в службу безпеки банку». Банк таких не надсилає, це шахраї.",
        "Офіційна статистика є на сайті Держстату: ukrstat.gov.ua",
        "@Олена_П повністю з вами згодна.",
        "Дякую нашим рятувальникам, які всю ніч розбирали завали. Ви справжні герої.",
        "Бібліотека на нашій вулиці запрошує дітей на новорічну виставу в неділю о 12:00, вхід вільний.",
        "Знову ремонт дороги, який розвалився за пів року. Хто за це відповідатиме?",
        "Гарна стаття, дякую.",
        "Працюю медсестрою, отримую 13 тисяч. При таких цінах це просто знущання.",
        "Мій чоловік нарешті приїхав додому у відпустку, діти не відходять від нього ні на крок ❤️",
        "Скажіть, будь ласка, де можна подивитися розклад нових автобусів?",
    ],
    "ar": [
        "تصحيح بسيط: الاجتماع كان يوم الأحد وليس الاثنين.",
        "فاتورة الكهرباء الشهر ده ٨٥٠ جنيه لشقة صغيرة، والمرتب زي ما هو.",
        "انتبهوا، وصلتني رسالة تقول «تم إيقاف حسابك البنكي، حدّث بياناتك عبر الرابط». البنك لا يرسل روابط أبداً، لا تضغطوا عليها.",
        "الأرقام الرسمية موجودة على موقع الهيئة العامة للإحصاء: stats.gov.sa",
        "@أبو_خالد كلامك صحيح مئة بالمئة.",
        "شكراً لأطباء وممرضي قسم الطوارئ الذين اعتنوا بأمي، جزاكم الله خيراً.",
        "نادي الحي ينظم دوري كرة قدم للشباب يوم الجمعة بعد العصر، التسجيل مجاني وكل الأهالي مدعوون.",
        "مقال منحاز ولا يذكر معاناة الناس الحقيقية. عيب.",
        "ما شاء الله، تقرير جميل.",
        "أشتغل مدرّس وراتبي ٦٠٠٠ جنيه، وأدفع نصفها إيجار. الله المستعان.",
        "ابني راجع من الغربة بعد ثلاث سنين، ربنا يوصله بالسلامة.",
        "رحمه الله وأسكنه فسيح جناته، كان رجلاً طيباً يعرفه كل أهل الحي.",
    ],
    "fa": [
        "یک تصحیح کوچک: جلسه شورا سه‌شنبه برگزار شد نه چهارشنبه.",
        "اجاره یک آپارتمان ۶۰ متری در کرج شده ماهی ۱۸ میلیون. با حقوق کارمندی چطور میشه زندگی کرد؟",
        "مراقب باشید، برای من هم پیامک اومد: «ابلاغیه قضایی برای شما ثبت شده، روی لینک کلیک کنید». کلاهبرداریه، کلیک نکنید.",
        "آمار رسمی روی سایت مرکز آمار هست: amar.org.ir",
        "@سارا_م دقیقاً همینطوره.",
        "از پرستارهای بخش قلب بیمارستان که از پدرم مراقبت کردند صمیمانه ممنونم.",
        "کانون فرهنگی محله پنجشنبه ساعت ۱۷ جلسه کتابخوانی داره، ورود برای همه آزاده.",
        "این گزارش کاملاً یک طرفه است. چرا حرف مردم رو منعکس نکردید؟",
        "خیلی خوب بود، ممنون.",
        "من راننده تاکسی اینترنتی هستم، روزی ۱۰ ساعت کار می‌کنم و ماهی حدود ۲۵ میلیون درمیاد، نصفش خرج ماشین میشه.",
        "دلار دوباره رفت بالا، طلا هم همینطور. کسی می‌دونه تا کی ادامه داره؟",
        "پسرم بعد از دو سال از سربازی برمیگرده، خدا رو شکر.",
    ],
    "he": [
        "תיקון קטן: הישיבה התקיימה ביום שלישי ולא ברביעי.",
        "שכר הדירה שלנו בחיפה עלה ל-5,200 ₪ לשלושה חדרים. אין מילים.",
        "שימו לב, גם אני קיבלתי הודעה: ״החבילה שלך מעוכבת, יש לשלם דמי משלוח בקישור״. זה עוקץ, אל תלחצו.",
        "הנתונים המלאים נמצאים באתר הלמ״ס: cbs.gov.il",
        "@יוסי_ל בדיוק מה שחשבתי.",
        "תודה לצוות מחלקת הילדים שטיפלו בבת שלי כל השבוע. אתם מלאכים.",
        "מועדון השחמט השכונתי מזמין את כולם לטורניר פתוח במוצאי שבת ב-20:00 במתנ״ס, הכניסה חופשית.",
        "כתבה חד צדדית לגמרי, לא שאלתם אפילו תושב אחד.",
        "כתבה יפה, תודה.",
        "אני גננת, משתכרת 8,900 ₪ ברוטו אחרי 15 שנה. שיבואו לנסות יום אחד בגן.",
        "בעלי חוזר מהמילואים מחר אחרי חודשיים, הילדים מכינים לו שלט ענק ❤️",
        "מישהו יודע אם הכביש ייפתח לפני החגים?",
    ],
    "hi": [
        "छोटा सा सुधार: बैठक मंगलवार को हुई थी, बुधवार को नहीं।",
        "इस बार बिजली का बिल ₹3,800 आया है, दो कमरे के घर का। गर्मी भी नहीं है अब।",
        "सावधान रहें, मुझे भी ये मैसेज आया: 'आपका बिजली कनेक्शन आज रात काट दिया जाएगा, इस नंबर पर कॉल करें'। ये धोखाधड़ी है, साइबर क्राइम हेल्पलाइन 1930 पर शिकायत करें।",
        "पूरी रिपोर्ट सरकारी वेबसाइट पर है: mospi.gov.in",
        "@RahulV bilkul sahi kaha bhai",
        "हमारे गाँव के सरकारी स्कूल के मास्टर जी को धन्यवाद, उनकी वजह से मेरी बेटी बोर्ड में 92% लाई।",
        "मोहल्ला समिति रविवार सुबह 8 बजे पार्क में निःशुल्क स्वास्थ्य शिविर लगा रही है, सभी आएँ।",
        "यह खबर बिल्कुल एकतरफा है। किसानों से किसी ने बात तक नहीं की।",
        "बहुत अच्छी जानकारी, धन्यवाद।",
        "मैं डिलीवरी का काम करता हूँ, दिन के 12 घंटे में मुश्किल से ₹700 बनते हैं, पेट्रोल अलग।",
        "मेरी बेटी छह महीने बाद हॉस्टल से घर आ रही है, माँ ने सुबह से हलवा बनाना शुरू कर दिया 😊",
        "Sensex aaj fir gira, kya lekhak bata sakte hain ki RBI ke faisle ka kitna asar hai?",
    ],
    "ja": [
        "細かいですが、説明会は土曜日ではなく日曜日だったと思います。",
        "うちの電気代、今月は1万8千円でした。去年の同じ月より5千円も高いです。",
        "気をつけてください。私にも「お荷物をお届けにあがりましたが不在のため持ち帰りました」というSMSが来ました。リンクは開かずに削除しました。",
        "元のデータは総務省統計局のサイトで見られます：stat.go.jp",
        "@hiro_k それは去年の話ですよね。",
        "父の手術を担当してくださった先生と看護師の皆さんに心から感謝します。",
        "町内会の餅つき大会を12月27日（日）10時から公民館前で行います。参加無料、どなたでもどうぞ。",
        "この記事は一方的すぎます。住民の声をもっと取り上げるべきでは。",
        "駅前のスーパー、毎週火曜は卵が安いので本当に助かっています。",
        "介護職で手取り18万円です。夜勤込みでこれなので、人が辞めていくのも当然だと思います。",
        "息子が単身赴任から帰ってきます。孫たちが駅まで迎えに行くと張り切っています。",
        "ビットコインがまた下がりましたね。記事にあった金利の影響がどのくらいあるのか気になります。",
    ],
    "zh": [
        "更正一下：会议是周四开的，不是周五。",
        "我们小区的物业费又涨了，现在每平米三块五，一年下来好几千。",
        "大家小心，我也收到过这种短信：“您的快递丢失，请联系客服办理理赔”。千万别信，是诈骗！可以打96110咨询。",
        "完整数据可以看国家统计局官网：stats.gov.cn",
        "@小李飞刀 你说得对，我也是这么想的。",
        "感谢社区医院的医生和护士，我奶奶住院那几天照顾得非常好。",
        "本周六上午九点，社区老年活动中心举办免费书法班，欢迎大家参加。",
        "这篇报道太片面了，根本没采访附近的居民。",
        "写得好，支持一下。",
        "我在工厂上班，一个月到手四千五，房租就要一千二。",
        "比特币又跌了，文章里说的加息影响真有这么大吗？",
        "女儿今年寒假终于要回家了，三年没见了。",
    ],
    "ko": [
        "작은 정정 하나: 설명회는 목요일이 아니라 금요일이었습니다.",
        "이번 달 관리비가 38만 원 나왔네요. 난방 거의 안 틀었는데요.",
        "조심하세요. 저도 '고객님 택배가 주소 불일치로 보관 중입니다'라는 문자 받았는데 링크 누르지 말고 바로 삭제하세요.",
        "통계청 자료는 여기서 확인할 수 있어요: kostat.go.kr",
        "@민수 맞아요, 저도 그렇게 생각해요.",
        "아버지 수술해주신 의료진분들께 진심으로 감사드립니다.",
        "동네 조기축구회에서 이번 일요일 오전 7시에 신입 회원 환영 경기 합니다. 회비 없어요, 편하게 오세요!",
        "기사가 너무 편파적이네요. 주민들 얘기는 하나도 없잖아요.",
        "좋은 기사 감사합니다.",
        "편의점 알바 시급 10,320원인데 주휴수당도 안 준다는 곳이 아직도 있어요.",
        "남편이 해외 파견 끝나고 다음 주에 돌아와요. 애들이 달력에 하루하루 표시하고 있어요 ❤️",
        "비트코인 또 떨어졌네요. 기사에 나온 금리 얘기가 영향이 큰 건가요?",
    ],
}

if __name__ == "__main__":
    fresh_csv.write(OUT, SPAM, HAM)
