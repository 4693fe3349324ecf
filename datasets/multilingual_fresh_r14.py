# ruff: noqa: E501  (one comment a line, as written)
"""Release 14's fresh hold-out: multilingual-fresh-r14.csv.

Written on Tue Dec  8 2026 (UTC) by a hand that ran no model, benchmark or
test and read no other Salon set. Every comment was written for this file;
nothing was copied from a real person, a data set or a web search.

Counts: 19 languages (en, de, fr, es, pt, it, nl, pl, tr, id, ru, uk, ar, fa,
he, hi, ja, zh, ko) x (12 spam + 12 ham) = 456 rows.

Spam kinds (varied per language): work-from-home / task and "like" jobs,
trading and crypto signals, fake investment advisers, fund-recovery
"hackers", payday and private loans, debt settlement, online casinos, sports
betting tips, lottery draws (togel, satta matka, KBC), fake prize and grant
claims, parcel-fee phishing, fake CPF / benefit balances, diet and joint
supplements, miracle cures, prescription-free pills, love spells, fortune
tellers and spiritual healers, dating and escort bait, sugar-daddy offers,
follower and like sales, essay / thesis ghost-writing, forged diplomas and
driving licences, tax-invoice sellers, migration visas, currency dealers,
"courier" jobs with daily pay, self-promotion of channels and courses.

Tags on every spam line: ``# L`` plain link or domain, ``# Ld`` disguised link
("[.]", "dot"/"punkt"/"点"/"닷컴" etc., spaces, full-width or look-alike
characters), ``# C`` contact (phone in national format, messenger handle,
e-mail plain or written out), ``# N`` no payload. Ham is untagged; about half
is plain, the rest shares spam's surface (prices, wages, free things, official
sites, quoted scam messages, @replies, crypto as news, thanks to doctors).

All phone numbers, handles, names and spam domains are invented; US, UK and
French numbers use the fictional 555-01xx, 07700 900xxx and 06 39 98 ranges.

Licence: MIT.

    python3 datasets/multilingual_fresh_r14.py
"""

from __future__ import annotations

from pathlib import Path

import fresh_csv

OUT = Path(__file__).with_name("multilingual-fresh-r14.csv")

SPAM: dict[str, list[str]] = {
    "en": [
        "Great read! I've been pulling $380 a day from my laptop since March, full details at bit.ly/3xWorkFree",  # L
        "anyone needing help with their dissertation or online exams, we do it fast and cheap -> gradeshelpnow.co",  # L
        "Lost $46k to a fake broker and got every cent back thanks to recoverywiz [dot] net, don't give up guys",  # Ld
        "hot singles near you are waiting 💋 meetlocal-girls . xyz",  # Ld
        "If you need a real spell caster to bring your ex back contact Dr Olumba on whatsapp +1 (415) 555-0163 he never fails",  # C
        "Struggling with debt? Text LOAN to (646) 555-0118 for same day approval, bad credit ok",  # C
        "I started investing with Mrs Caroline Hayes last year and my portfolio is up 300%. She's on Telegram @CarolineHayesFX, tell her I sent you",  # C
        "uk readers, cheap weight loss jabs without prescription, message 07700 900482 discreet delivery",  # C
        "Thank you for this. My husband and I paid off our mortgage trading bitcoin with a signal group, God bless whoever started it 🙏",  # N
        "Nice post! Check out my channel for daily motivation videos, just search FreedomMindset Daily 🔥",  # N
        "I lost 14kg in 6 weeks with KetoBurn Ultra without changing my diet, my doctor couldn't believe it. Best purchase of my life",  # N
        "so true. btw I just got approved for a $500 relief grant, google the federal relief grant 2026 if you haven't claimed yours yet",  # N
    ],
    "de": [
        "Kredit ohne Schufa bis 5.000 € sofort aufs Konto ➡️ schnellkredit-24.de",  # L
        "Wer nebenbei 150€ am Tag verdienen will: tinyurl.com/homejob-de 👍",  # L
        "bester Artikel! günstige Markenparfums -70% auf parfumoutlet punkt de, original verpackt",  # Ld
        "Potenzmittel rezeptfrei und diskret, einfach p0tenz-apotheke.shop eingeben",  # Ld
        "Ich hab mit einer Krypto-Beraterin angefangen und verdiene jetzt mehr als in meinem alten Job. Schreibt ihr auf WhatsApp: 0157 34829106",  # C
        "Brauchst du Instagram Follower oder Likes? Telegram @followboost_de, echte Accounts, schnelle Lieferung",  # C
        "Privatkredit von Privat an Privat, 3% Zinsen, keine Bankauskunft. Kontakt: kredit.mueller.privat(at)gmail.com",  # C
        "Suche Frauen für diskrete Treffen, bin großzügig 😘 Snap: markus_88_bln",  # C
        "Seit ich mit dem Trading-Bot arbeite muss ich nicht mehr zur Arbeit. Hätte nie gedacht dass sowas wirklich funktioniert",  # N
        "Abonniert meinen Kanal, ich zeige wie man mit 20 schuldenfrei wird 💸💸 Link im Profil",  # N
        "Meine Oma hat ihre Gelenkschmerzen mit Flexumin Gel komplett weggekriegt, kann ich nur empfehlen!!!",  # N
        "kleiner tipp: bei der neuen app bekommt jeder neue user 50 euro startguthaben, einfach mal im appstore nach Gewinnfix suchen",  # N
    ],
    "fr": [
        "Vous cherchez un prêt entre particuliers rapide et sérieux ? Taux 2%, réponse en 24h : pret-solidaire-fr.com",  # L
        "Votre CPF expire bientôt, il vous reste 1 500 € de formation à utiliser avant la fin du mois 👉 monsolde-cpf.info",  # L
        "je gagne 2 000€ par mois en pariant sur le foot avec les pronos de ce site, allez voir : pronos-gagnants point fr",  # Ld
        "Rencontres coquines dans ta ville 🔥 lien dans ma bio ou tape cocoon-rencontres .fr",  # Ld
        "Grand marabout Papa Kassoumou, retour de l'être aimé en 3 jours, chance aux jeux, désenvoûtement. Appelez le 06 39 98 41 27",  # C
        "Voyance gratuite par téléphone, première question offerte ✨ Nadia au 06 39 98 12 70",  # C
        "J'ai récupéré mes fonds perdus avec un expert en recouvrement crypto, contactez-le à recouvrement.expert(arobase)protonmail.com",  # C
        "Besoin d'argent ? Je fais des prêts aux particuliers sans justificatif, écrivez-moi sur WhatsApp +33 6 39 98 55 03",  # C
        "Grâce au programme de Julien Morel j'ai quitté mon CDI et je vis de mon e-commerce depuis 8 mois. Merci Julien !!",  # N
        "Super article ! Je fais des vidéos sur l'immobilier locatif, cherchez Rentier à 30 ans sur YouTube 😉",  # N
        "Ma mère a essayé les gélules Ostéoflex et elle remarche sans canne au bout de 2 semaines, incroyable",  # N
        "Qui veut gagner un iPhone 17 ? J'ai reçu le mien hier, il suffit de répondre au sondage, c'est vraiment gratuit 🎁",  # N
    ],
    "es": [
        "¿Necesitas dinero urgente? Préstamos sin buró de crédito en 10 minutos 👉 prestafacil-mx.com",  # L
        "Gana hasta 300 dólares diarios desde tu celular, solo regístrate aquí: cutt.ly/ganaya",  # L
        "Excelente nota. Yo compro mis seguidores reales en seguidores-top punto es, llegan en minutos",  # Ld
        "el mejor casino online con bono de bienvenida del 200% 🎰 entra a suertemax . bet",  # Ld
        "Amarres de amor efectivos, regreso a tu pareja en 72 horas. Maestra Esperanza WhatsApp +52 55 3817 2946",  # C
        "Si fuiste estafado con criptomonedas, hay un hacker ético que recupera todo. Escríbele a Telegram @RecoverCryptoLuis",  # C
        "busco chicas para trabajo de modelo webcam, ganancias semanales, pago en dólares. info: modelosvip.trabajo arroba gmail punto com",  # C
        "Vendo título universitario y cédula profesional, 100% verificable. Llámame al 612 48 39 57",  # C
        "Yo ganaba el mínimo y ahora con las inversiones de la Sra. Patricia Gómez tengo mi propia casa. Dios la bendiga 🙏",  # N
        "Bajé 12 kilos tomando el té Slim Detox Natural, sin dietas ni gimnasio. Se los recomiendo a todos",  # N
        "me encuentran en tiktok como El Millonario Digital, subo tips para ganar dinero con IA todos los dias",  # N
        "Gracias por la información. Por cierto, a mi primo le llegaron 5000 pesos del nuevo apoyo solo por registrarse en la app, búsquenla",  # N
    ],
    "pt": [
        "Plataforma nova pagando muito no jogo do tigre 🐯 bônus de R$50 no cadastro: tigrinhopaga.bet",  # L
        "renda extra de R$ 200 por dia só curtindo vídeos, entra no grupo: encurta.li/rendaJa",  # L
        "Empréstimo consignado para negativado, liberação no mesmo dia, acesse credrapido ponto com ponto br",  # Ld
        "quem quiser ver fotos minhas sem censura tá no meu perfil 🔥 anaclaraoficial . vip",  # Ld
        "Faço empréstimo pessoal com juros baixos, sem consulta ao SPC/Serasa. Chama no zap (11) 98472-3106",  # C
        "Seu CPF tem valores a receber! Fale com nosso atendente no WhatsApp (21) 97315-0482 para liberar",  # C
        "Vendo carta de condução legalizada, sem exame nem escola. Contacto 913 582 047",  # C
        "Consultas com Pai Joaquim, trago seu amor de volta em 7 dias, contato paijoaquim.amarracao@gmail.com",  # C
        "Perdi 15 kg com o Lipo Slim Gold e não passei fome nenhuma, minha vida mudou!! 🙌",  # N
        "Graças ao método da Camila Rocha eu saí do aluguel e hoje vivo de marketing digital. Gratidão 🙏",  # N
        "ótima matéria! passa lá no meu canal que eu ensino a ganhar dinheiro no celular, é só procurar Mentalidade Rica no YouTube",  # N
        "Eu era desconfiado mas entrei no grupo de sinais e já saquei 3 mil essa semana. Não é sorte, é estratégia",  # N
    ],
    "it": [
        "Prestiti tra privati senza busta paga, anche a protestati, richiedi subito su prestitoamico-it.com",  # L
        "Guadagna 1.500€ al mese lavorando da casa, posti limitati ➡️ bit.ly/lavoro-casa-it",  # L
        "Cialis e Viagra senza ricetta con spedizione discreta su farmacia-rapida punto it",  # Ld
        "hai vinto un buono spesa da 500 €! ritiralo su buoni-spesa-italia.c0m prima che scada",  # Ld
        "Investo con l'aiuto del consulente Marco Bellini e ho raddoppiato i miei risparmi. Scrivetegli su Telegram @MarcoBelliniTrader",  # C
        "Vuoi cancellare i debiti con la legge salva-suicidi? Chiamaci al 345 812 6093, prima consulenza gratuita",  # C
        "Sensitiva Carla, lettura tarocchi e ritorno d'amore, WhatsApp 328 471 9052 ❤️",  # C
        "Ragazze cercasi per lavoro serale ben pagato, scrivete a lavoro.serale.milano chiocciola gmail punto com",  # C
        "Ho perso 10 kg con le capsule Keto Forte senza palestra, le consiglio a tutti!!",  # N
        "Da quando seguo i segnali di trading di Alessandro Fontana guadagno più di mio padre in un anno. Grazie davvero",  # N
        "Ciao a tutti, ho aperto il mio canale di ricette tradizionali, cercate Nonna Pina Cucina, iscrivetevi 🙏❤️",  # N
        "Finalmente ho trovato un'app che paga davvero per i sondaggi, ho già ricevuto 80€ su PayPal. Cercatela, si chiama SondaPay",  # N
    ],
    "nl": [
        "Snel geld lenen zonder BKR toetsing, binnen 1 uur op je rekening 👉 geldnu-lenen.nl",  # L
        "Verdien €250 per dag met deze nieuwe AI-app, probeer het zelf: rb.gy/ai-verdienen",  # L
        "Je pakket kon niet bezorgd worden, plan opnieuw in via pakketdienst-herlevering[.]nl",  # Ld
        "Leuke vrouwen in jouw regio zoeken contact 😍 datenu punt nl/gratis",  # Ld
        "Ik beleg al een jaar via meneer De Vries, hij is eerlijk en betrouwbaar. App hem op 06 47382915",  # C
        "Wil jij ook meer volgers op TikTok? Stuur een DM naar @volgerskoning_nl, vanaf €5",  # C
        "Lening van particulier aan particulier, 2% rente, geen papierwerk. Mail naar lening.particulier(at)outlook.com",  # C
        "Rijbewijs halen zonder examen, gewoon geregistreerd, bel of app 06 28471935",  # C
        "Sinds ik de Slank Shake gebruik ben ik 9 kilo kwijt, en dat zonder sporten. Echt een aanrader!",  # N
        "Ik dacht eerst dat het oplichting was maar ik heb vorige week €3.400 opgenomen met bitcoin trading. Zo blij 😊",  # N
        "Leuk stuk! Kijk ook eens naar mijn YouTube kanaal over vrijheid en passief inkomen, zoek op Vrij Voor Je 40ste",  # N
        "Iedereen heeft recht op een energietoeslag van €800, ik heb de mijne al ontvangen. Google het even",  # N
    ],
    "pl": [
        "Chwilówka bez BIK do 10 000 zł, pierwsza za darmo 💰 pozyczkateraz.pl",  # L
        "Zarabiam 6000 zł miesięcznie z domu, pokazuję jak tutaj: tiny.cc/praca-dom-pl",  # L
        "Twoja przesyłka czeka na dopłatę 1,50 zł, opłać na paczka-doplata[.]com",  # Ld
        "najlepsze kasyno online w Polsce, bonus 500 zł na start: wygrana kropka bet",  # Ld
        "Pożyczka prywatna bez zaświadczeń, szybko i dyskretnie. Dzwoń 512 847 396",  # C
        "Polecam panią Agnieszkę, inwestuje w kryptowaluty i zarobiłem z nią 40 tys. Jej telegram: @AgnieszkaInvest",  # C
        "Sprzedam prawo jazdy kat. B bez egzaminu, wpis do CEPiK. Kontakt: prawojazdy.szybko małpa wp kropka pl",  # C
        "Szukam pań do towarzystwa, dobrze płacę, dyskrecja. WhatsApp 698 203 514",  # C
        "Schudłam 11 kg w miesiąc dzięki kapsułkom SlimFit, nawet lekarz był w szoku!",  # N
        "Dzięki kursowi Tomasza Wiśniewskiego rzuciłam etat i mam własny sklep internetowy. Polecam każdemu!",  # N
        "Fajny artykuł, zapraszam też na mój kanał o inwestowaniu, szukajcie Wolny Portfel 📈",  # N
        "Ja dostałem 800 zł z nowego programu przez aplikację, trzeba się tylko zarejestrować, warto sprawdzić",  # N
    ],
    "tr": [
        "Yüksek oranlar ve %100 hoşgeldin bonusu 🎁 güncel giriş adresi: betkazan451.com",  # L
        "Evden çalışarak günde 1.500 TL kazanmak isteyen linke tıklasın → kisa.link/evdenis",  # L
        "Instagram takipçi ve beğeni en ucuz burada: takipcimarket .net",  # Ld
        "Kredi kartı borcu olanlara bozdurma hizmeti, 5 dakikada nakit: nakitbozdur nokta com",  # Ld
        "Bağlama büyüsü ve aşk duası yapılır, sonuç garantili. Hoca Efendi 0532 418 27 93",  # C
        "Kripto yatırımlarımı Selin Hanım yönetiyor, 3 ayda paramı ikiye katladım. Telegram: @SelinYatirim",  # C
        "Borcu olan, kredisi çıkmayan herkese elden kredi veriyorum, WhatsApp 0544 291 73 08",  # C
        "Sıfır ayarında ikinci el telefonlar toptan fiyatına, bilgi için mail atın: ucuztelefon.toptan(at)gmail.com",  # C
        "Bu zayıflama çayı sayesinde 2 ayda 13 kilo verdim, herkese tavsiye ederim 👍",  # N
        "Arkadaşlar kanalıma abone olursanız çok sevinirim, her gün banko maç tahmini paylaşıyorum",  # N
        "Ben de önce inanmadım ama borsadaki sinyal grubuna girdikten sonra ev aldım. Allah razı olsun Murat abiden",  # N
        "herkese 5.000 TL destek ödemesi yatıyormuş, ben dün aldım, başvurmayan kalmasın arkadaşlar",  # N
    ],
    "id": [
        "Slot gacor hari ini maxwin terus 🔥 daftar di gacor88win.com bonus new member 100%",  # L
        "Pinjaman online cair 5 menit tanpa BI checking, klik s.id/danacepat",  # L
        "situs togel terpercaya bayar berapapun kemenangan, ketik: togelhoki titik org",  # Ld
        "mau rame order? jasa followers & like murah meriah cek jasafollow[.]id",  # Ld
        "Saya dulu terlilit utang, sekarang sukses berkat bantuan Mbah Joyo, pesugihan tanpa tumbal. Hubungi WA 0812-7734-5591",  # C
        "Terima joki skripsi dan tugas kuliah, dijamin ACC dosen. WA 0857 3301 2846",  # C
        "Dana pinjaman tanpa jaminan proses cepat, hubungi admin di Telegram @DanaKilatAdmin",  # C
        "Obat kuat herbal pria tahan lama, COD seluruh Indonesia. Order: obatperkasa.cod@gmail.com",  # C
        "Alhamdulillah dari main slot kemarin saya menang 20 juta, bisa bayar kontrakan 🤲",  # N
        "Bener kata Kak Rina, investasi emas digital itu bikin saya bisa beli motor dalam 3 bulan. Makasih kak",  # N
        "Mampir ke channel saya ya guys, isinya tips jualan online dari nol 🙏 subscribe ya",  # N
        "Teh pelangsing Ratu Langsing bikin perut saya rata dalam 2 minggu, gak nyesel beli",  # N
    ],
    "ru": [
        "Займы на карту без отказа и проверок, первый под 0% 👉 zaim-bystro.ru",  # L
        "Лучшие прогнозы на футбол, проходимость 90%, переходи: clck.ru/prognoz90",  # L
        "Поможем купить права без экзаменов, с внесением в базу ГИБДД, сайт: prava-bez-problem точка ру",  # Ld
        "Подработка для всех: ставь лайки товарам и получай от 3000 ₽ в день, ссылка в профиле или wb-zadaniya . online",  # Ld
        "Дипломы любых вузов с проводкой, недорого. Звоните +7 (916) 482-39-17",  # C
        "Нужны курьеры, оплата ежедневно от 10 000 ₽, подробности в телеге @bystraya_rabota77",  # C
        "Верну любимого человека, сниму порчу и венец безбрачия. Потомственная ведунья Марина, 8 (926) 370-15-84",  # C
        "Пишите на почту invest.pomosh(собака)mail.ru, помогу вернуть деньги, которые забрали брокеры",  # C
        "Я тоже сомневалась, но за месяц на платформе заработала 180 тысяч. Всем советую, не бойтесь пробовать",  # N
        "Подписывайтесь на мой канал, рассказываю, как выйти из найма и жить на пассивный доход 🚀",  # N
        "Мама пила капли «Кардиолайт» три недели и давление стало как у космонавта. Аптеки это скрывают!",  # N
        "Спасибо Алексею Викторовичу за сигналы по крипте, только благодаря ему закрыл ипотеку досрочно",  # N
    ],
    "uk": [
        "Отримайте грошову допомогу 6 800 грн від міжнародного фонду, заявка тут: dopomoga-vyplaty.com.ua",  # L
        "Кредит онлайн на картку за 5 хвилин без довідок 👉 groshi-shvydko.ua",  # L
        "Найкраще онлайн-казино, бонус 200% на перший депозит: kazyno-ua крапка com",  # Ld
        "Гарні дівчата з твого міста чекають на знайомство 💋 flirt-ua . site",  # Ld
        "Робота в Польщі на складі, житло безкоштовно, зарплата від 1500 €. Пишіть у Viber +380 67 418 29 53",  # C
        "Вирішу будь-які проблеми з кредиторами та колекторами, консультація безкоштовна: 098 345 12 76",  # C
        "Потомствена ворожка Олена поверне кохану людину, зніме пристріт. Пишіть: olena.vorozhka(собачка)ukr.net",  # C
        "Шукаємо людей на віддалену роботу, 2-3 години на день, оплата щодня. Телеграм @robota_vdoma_ua",  # C
        "Я теж не вірила, але за два тижні заробила на трейдингу більше, ніж за місяць на роботі 💸",  # N
        "Підписуйтесь на мій канал, там розповідаю як пасивно заробляти на криптовалюті",  # N
        "Мій тато пив чай «Простатит-Стоп» і за місяць забув про походи в туалет вночі. Дякую виробникам!",  # N
        "Дякую пані Ірині за консультацію з інвестицій, тепер маю стабільний дохід і не залежу від зарплати",  # N
    ],
    "ar": [
        "ربح يومي مضمون من التداول 💰 سجّل الآن عبر الرابط: ribh-yawmi.com",  # L
        "احصل على 10 آلاف متابع حقيقي على انستقرام خلال ساعة: bit.ly/motabe3",  # L
        "قروض شخصية بدون كفيل وبدون تحويل راتب، ادخل على qard-saree3 دوت كوم",  # Ld
        "أفضل موقع مراهنات رياضية عربي، بونص 150٪ اكتب في المتصفح rehan-arabi [.] bet",  # Ld
        "الشيخ الروحاني أبو سليمان لجلب الحبيب وفك السحر ورد المطلقة، واتساب ٠١٠٢٤٨٣٧١٩٥",  # C
        "تمويل شخصي للمواطنين والمقيمين بدون تحويل راتب، للتواصل 0553817402",  # C
        "نوفر شهادات جامعية معتمدة وموثقة، للطلب راسلنا على تيليجرام @shahadat_motamada",  # C
        "مطلوب موظفين للعمل من المنزل براتب يصل إلى ٥٠٠ دولار أسبوعياً، أرسل سيرتك إلى amal.online.jobs(at)gmail.com",  # C
        "الحمد لله بفضل الأستاذ خالد وتوصياته في الفوركس سددت كل ديوني واشتريت سيارة",  # N
        "نزلت ١٥ كيلو في شهر بكبسولات سليم بلس بدون رجيم، أنصح الجميع بها",  # N
        "اشتركوا في قناتي على يوتيوب، أشرح فيها طرق الربح من الإنترنت للمبتدئين 🌹",  # N
        "جربت تطبيق الاستثمار الجديد وأرباحي وصلت ٣٠٠٠ ريال في أسبوع، والله ما كنت مصدق",  # N
    ],
    "fa": [
        "بهترین سایت پیش‌بینی فوتبال با بونوس ۱۰۰٪ 🎁 ورود: bet-iran90.com",  # L
        "فالوور واقعی اینستاگرام ارزان و فوری، سفارش از b2n.ir/follower",  # L
        "وام فوری بدون ضامن تا ۲۰۰ میلیون، آدرس سایت: vamfori دات آی آر",  # Ld
        "دوره رایگان ترید ارز دیجیتال، لینک ثبت نام در بیو یا tradeyad . ir",  # Ld
        "دعانویس معتبر برای بازگشت معشوق و گشایش بخت، تماس: ۰۹۱۲۴۸۳۷۱۵۶",  # C
        "ویزای کار کانادا بدون مدرک زبان، مشاوره رایگان در تلگرام @visa_canada_fast",  # C
        "خرید و فروش دلار و تتر با بهترین نرخ، واتساپ 09351824736",  # C
        "انجام پایان‌نامه و مقاله ISI با کیفیت، ایمیل: payannameh.pro(at)gmail.com",  # C
        "من با سیگنال‌های آقای رضایی توی سه ماه سرمایه‌ام رو دو برابر کردم، واقعاً ممنونم ازشون",  # N
        "با قرص‌های لاغری گیاهی اسلیم‌فیت ۱۲ کیلو کم کردم بدون ورزش، عالیه",  # N
        "دوستان پیج منو فالو کنید، روزانه آموزش کسب درآمد از خونه میذارم 🙏",  # N
        "خدا خیرش بده کسی که این اپلیکیشن درآمدزایی رو معرفی کرد، هفته‌ای دو میلیون دارم درمیارم",  # N
    ],
    "he": [
        "הלוואה חוץ בנקאית גם למוגבלים בבנק, אישור תוך שעה 👈 halvaa-mahir.co.il",  # L
        "כל מי שרוצה להרוויח 500 ש״ח ביום מהבית, הנה הקישור: tinyurl.com/kesef-kal",  # L
        "אתר ההימורים הכי משתלם בארץ, בונוס של 300 ש״ח בהרשמה: win-il נקודה com",  # Ld
        "בחורות רווקות באזור שלך מחכות לך 😘 date4u . co . il",  # Ld
        "השקעתי דרך יועץ הקריפטו אבי כהן והרווחתי פי 3. תכתבו לו בטלגרם @avi_crypto_il",  # C
        "מחיקת חובות והסדר מול ההוצאה לפועל, ייעוץ חינם. התקשרו 052-4831967",  # C
        "רוצים עוקבים ולייקים לעסק? שלחו הודעה בוואטסאפ 054-7302184",  # C
        "קורס מסחר במניות עם ליווי אישי, להרשמה שלחו מייל ל-stocks.pro.il(at)gmail.com",  # C
        "בזכות הקורס של רונן לוי עזבתי את העבודה ואני מרוויח יותר מאשר אי פעם. ממליץ בחום!",  # N
        "ירדתי 10 קילו בחודש עם כמוסות סלים-פרו בלי דיאטה, פשוט מדהים",  # N
        "תעקבו אחרי הערוץ שלי, אני מלמד איך להרוויח מנדל״ן בחו״ל 🏠",  # N
        "חשבתי שזה עוקץ אבל משכתי כבר 12 אלף שקל מהאפליקציה, לא מאמין",  # N
    ],
    "hi": [
        "रोज़ ₹5000 कमाएं घर बैठे, अभी जॉइन करें 👉 kamai-ghar.in",  # L
        "बिना CIBIL के ₹50,000 तक का लोन 10 मिनट में, ऐप डाउनलोड करें: bit.ly/loan-turant",  # L
        "Satta Matka ka sabse fast result aur fix game yaha milega: matka-king786 dot com",  # Ld
        "असली इंस्टाग्राम फॉलोअर्स सस्ते में, वेबसाइट: followers-india [.] in",  # Ld
        "वशीकरण स्पेशलिस्ट बाबा जी, प्रेम विवाह, पति-पत्नी में अनबन, हर समस्या का समाधान 24 घंटे में। कॉल करें +91 98714 36250",  # C
        "KBC लॉटरी में आपका नंबर 25 लाख जीत गया है, क्लेम के लिए व्हाट्सऐप करें 70463 18592",  # C
        "part time job available, daily payment, sirf YouTube videos like karne hai. Telegram @rahul_hr_tasks",  # C
        "फ्री कुंडली और करियर भविष्यवाणी के लिए ईमेल करें: jyotish.guru.seva(at)gmail.com",  # C
        "मैंने भी शुरू में भरोसा नहीं किया था, पर ट्रेडिंग ग्रुप जॉइन करने के बाद एक महीने में 2 लाख कमाए 🙏",  # N
        "Mere channel ko subscribe karo bhaiyo, roz share market ke tips deta hu 📈",  # N
        "आयुर्वेदिक शुगर फ्री चूर्ण से मेरे पापा की डायबिटीज़ 30 दिन में ठीक हो गई, डॉक्टर भी हैरान हैं",  # N
        "धन्यवाद शर्मा सर, आपकी टिप्स से मैंने अपना कर्ज़ चुका दिया, भगवान आपको खुश रखे",  # N
    ],
    "ja": [
        "スマホだけで月50万稼げる副業、詳しくはこちら→ fukugyo-navi.jp",  # L
        "競馬の予想的中率90%超え！無料で買い目配信中 bit.ly/keiba-win",  # L
        "寂しい人妻と今すぐ出会える💕 aitai-net．com",  # Ld
        "審査なしで即日融資、ブラックでもOK。sokukashi ドット com で検索",  # Ld
        "高額バイト、1日で5万円以上。誰でもできる簡単なお仕事です。テレグラム @kougaku_job まで",  # C
        "株式投資の無料勉強会やってます。LINE ID: kabu_sensei88 で追加してください",  # C
        "借金でお困りの方、090-4827-3916まで一度ご相談ください。秘密厳守です",  # C
        "在宅ワーク希望の方はメールください zaitaku.work2026（アット）gmail.com",  # C
        "私も最初は半信半疑でしたが、先生の教えてくれた銘柄で3か月で資産が倍になりました。感謝しかないです",  # N
        "このサプリ飲み始めてから2週間で5キロ痩せました！本当におすすめです",  # N
        "YouTubeで節約と投資の動画あげてます、「ゆるっと資産形成チャンネル」で検索してみてください😊",  # N
        "主婦の私でもスマホ副業で月20万いけました！もっと早く始めればよかった",  # N
    ],
    "zh": [
        "在家兼职刷单，日结200-500元，点击 t.cn/jianzhi88",  # L
        "最新彩票平台，注册就送88元，网址：caipiao888.com",  # L
        "正规代开各类发票，税点低，详情看 daikai-fp 点 com",  # Ld
        "同城寂寞美女在线聊天💋 meinv-tc．cc",  # Ld
        "股票内部群，每天推荐涨停股，加微信：gupiao_laoshi168",  # C
        "无抵押小额贷款，当天到账，黑户也能办，电话 138 2749 5106",  # C
        "办理各类证件、学历证书，可查可验，联系QQ：2847193650",  # C
        "招聘线上客服，时间自由，月入过万，简历发 kefu.zhaopin（at）163.com",  # C
        "跟着王老师做了三个月，赚了二十多万，终于还清了信用卡，太感谢了",  # N
        "吃了这个减肥茶一个月瘦了十斤，不节食不运动，真的太神奇了",  # N
        "大家关注一下我的抖音号“理财小达人”，每天分享赚钱干货❤️",  # N
        "我一开始也不信，后来试了一下，一周就提现了三千块，姐妹们冲！",  # N
    ],
    "ko": [
        "안전한 메이저 토토사이트 추천, 첫충 20% 👉 toto-major77.com",  # L
        "하루 30분 투자로 월 300 버는 부업, 자세한 건 여기: me2.do/buup",  # L
        "급전 필요하신 분, 무직자 대출 당일 가능 daechul 닷컴",  # Ld
        "외로운 밤 심심하면 놀러와요💋 bamchat．kr",  # Ld
        "주식 리딩방 무료 체험 중, 수익 인증 다수. 카톡 ID: stock_master99",  # C
        "신용불량자도 가능한 비대면 대출, 상담 010-4827-3619",  # C
        "고액 알바 모집, 하루 50만원 가능, 텔레그램 @goodjob_kr 으로 연락주세요",  # C
        "인스타 팔로워 늘리고 싶은 분 이메일 주세요 follower.kr(at)naver.com",  # C
        "저도 처음엔 의심했는데 김 대표님 덕분에 코인으로 한 달 만에 2천 벌었어요. 진짜 감사합니다",  # N
        "이 다이어트 보조제 먹고 한 달에 7kg 빠졌어요, 요요도 없어요 강추!",  # N
        "제 유튜브 채널 '월급 탈출 연구소' 구독 부탁드려요, 재테크 꿀팁 올립니다🙏",  # N
        "집에서 핸드폰으로 하루 10만원씩 벌고 있어요, 주부님들 꼭 해보세요",  # N
    ],
}

HAM: dict[str, list[str]] = {
    "en": [
        "The council voted this down twice already, I don't see why this time would be different.",
        "Our electric bill went from $140 to $212 this winter with no change in usage. Anyone else in the county seeing this?",
        "The heating assistance program is real and free to apply for. Apply through the county office or usa.gov, don't pay anyone to 'help' you.",
        "My mom got a text saying 'Your package is on hold, pay $1.99 redelivery fee at usps-track-help.com'. Obviously a scam, please warn your parents.",
        "@Janet_R you're right, I mixed up the dates. The hearing is on the 14th, not the 4th.",
        "Thank you to the nurses at St. Mary's who looked after my dad last week. You folks are underpaid and amazing.",
        "I've driven a school bus for 11 years and make $19.50 an hour. Nobody is getting rich off this job, trust me.",
        "Bitcoin falling 8% in a day isn't news anymore, it's a Tuesday.",
        "Correction: the bridge was built in 1962, not 1926. My grandfather worked on it.",
        "Free lawn mower, works fine, just needs a new blade. Reply here if you're on the east side and I'll leave it by the curb.",
        "This is the most one-sided article I've read all year. You didn't even ask the tenants what they think.",
        "Great piece, thanks.",
    ],
    "de": [
        "Die Strompreise bei uns in Leipzig sind von 32 auf 41 Cent pro kWh gestiegen. Wie soll man das als Rentner bezahlen?",
        "Danke an das Team der Kinderklinik in Freiburg, unsere Tochter ist wieder gesund zuhause.",
        "Achtung, meine Mutter hat eine SMS bekommen: 'Hallo Mama, mein Handy ist kaputt, das ist meine neue Nummer, schreib mir auf WhatsApp'. Bitte nicht drauf reinfallen!",
        "@Bernd K. Sie verwechseln da was, das Gesetz gilt erst ab 2027.",
        "Kleine Korrektur: Der Bürgermeister heißt Schäfer, nicht Schäffer.",
        "Verschenke einen Kinderwagen in gutem Zustand, Abholung in Bochum-Wattenscheid. Einfach hier antworten.",
        "Als Pflegefachkraft verdiene ich 3.100 brutto im Schichtdienst. Und dann wundert man sich, warum keiner mehr in die Pflege will.",
        "Das ist doch eine absolute Frechheit! Seit drei Jahren wird die Brücke saniert und nichts passiert!",
        "Frage an die Autorin: Woher stammen die Zahlen in der zweiten Grafik? Die Quelle fehlt.",
        "Der SV Grün-Weiß sucht noch Trainer für die F-Jugend. Training dienstags 17 Uhr, Meldung beim Vorstand.",
        "Sehr guter Artikel, endlich mal sachlich.",
        "Bitcoin wieder über 100.000 Dollar, und trotzdem versteht keiner, wofür man das eigentlich braucht.",
    ],
    "fr": [
        "Le plein de gazole à 1,89 € le litre à Clermont ce matin. On marche sur la tête.",
        "Pour ceux qui ont reçu le SMS 'Votre colis n'a pas pu être livré, réglez 1,99 € de frais', c'est une arnaque, ne cliquez pas.",
        "Merci aux pompiers de Saint-Malo, intervention rapide et très pro chez ma voisine hier soir.",
        "@Marc_L Vous avez raison, je me suis trompé d'année, c'était en 2019.",
        "Je suis professeure des écoles depuis 14 ans et je gagne 2 300 € net. Qu'on arrête de dire qu'on est privilégiés.",
        "Pour les démarches, le site officiel c'est service-public.fr, c'est gratuit, n'allez pas sur les sites qui font payer.",
        "Le club de pétanque de Villeneuve organise son concours annuel samedi 14h, inscription 5 € par doublette, buvette sur place.",
        "Article très partial. Vous n'avez interrogé aucun agriculteur, c'est honteux.",
        "Je donne un canapé trois places, à venir chercher à Lyon 7e, premier arrivé premier servi.",
        "Mon père a été opéré du cœur la semaine dernière, tout s'est bien passé. Merci à l'équipe du CHU de Nantes.",
        "Quelqu'un sait si la piscine municipale rouvre en septembre ?",
        "Bien dit.",
    ],
    "es": [
        "El kilo de tortilla ya está en 28 pesos en mi colonia. ¿Hasta dónde va a llegar?",
        "Ojo: me llegó un mensaje diciendo 'Su cuenta ha sido bloqueada, ingrese aquí para validar'. No caigan, el banco nunca pide eso por SMS.",
        "Muchas gracias a la maestra Lupita que le tuvo tanta paciencia a mi hijo este año ❤️",
        "@JorgeRamírez el partido es el domingo a las 18:00, no el sábado.",
        "Soy repartidor y saco unos 9.000 pesos a la quincena trabajando 10 horas diarias. No es vida.",
        "La cita para el pasaporte se saca gratis en la página oficial, no le paguen a gestores.",
        "Regalo cachorros de 2 meses, ya desparasitados, en Guadalajara. Solo a gente responsable.",
        "Qué vergüenza de ayuntamiento. Llevamos tres semanas sin recogida de basura en el barrio y nadie dice nada.",
        "Corrección: el estadio tiene capacidad para 42.000 personas, no 24.000.",
        "Mi abuela está ingresada en el hospital, pedimos oraciones por su recuperación 🙏",
        "¿Alguien sabe si el metro funcionará normal durante la huelga?",
        "Totalmente de acuerdo contigo.",
    ],
    "pt": [
        "O botijão de gás aqui em Recife já está R$ 125. Complicado pra quem ganha um salário mínimo.",
        "Cuidado pessoal, recebi mensagem dizendo 'Olá, sou do seu banco, sua conta será bloqueada, clique no link'. É golpe, não cliquem.",
        "Obrigado à equipe da UBS do meu bairro, atendimento excelente com minha mãe.",
        "@ricardo.souza não foi bem isso que o ministro disse, leia a matéria toda.",
        "Sou professor da rede estadual e recebo R$ 4.200 brutos. Dá pra imaginar o resto.",
        "Pra consultar valores esquecidos é no site oficial do Banco Central, é grátis e não precisa de intermediário.",
        "Vendo bicicleta aro 29 usada, R$ 600, retirada no centro de Campinas. Quem tiver interesse comenta aqui.",
        "Em Lisboa as rendas estão impossíveis, um T1 a 1.200 euros. Os jovens vão todos emigrar.",
        "Que absurdo esse aumento da passagem de ônibus! Ninguém aguenta mais. #TarifaZero",
        "Correção: o jogo foi 2 a 1, não 3 a 1.",
        "Alguém sabe se a feira de domingo vai acontecer com essa chuva?",
        "Deus abençoe todos os voluntários que ajudaram nas enchentes.",
    ],
    "it": [
        "La bolletta del gas di gennaio mi è arrivata di 380 euro per un bilocale. Qualcuno mi spiega?",
        "Attenzione, mio padre ha ricevuto un SMS 'Il tuo pacco è in giacenza, paga 2€ qui'. È una truffa, avvisate i vostri genitori.",
        "Grazie al reparto di oncologia dell'ospedale di Padova per come hanno seguito mia zia.",
        "@Luca77 guarda che la partita è stata rinviata a mercoledì.",
        "Faccio il cameriere a Rimini d'estate, 1.300 euro al mese per 60 ore a settimana. Altro che giovani che non vogliono lavorare.",
        "Per l'ISEE si può fare tutto gratis sul sito dell'INPS o al CAF, non serve pagare nessuno.",
        "Regalo un divano letto, ritiro a Torino zona San Salvario. Scrivetemi qui sotto.",
        "Vergognoso. Tre ore di attesa al pronto soccorso con un bambino di due anni con la febbre a 40.",
        "Piccola correzione: la sagra è a Montepulciano, non a Montalcino.",
        "La corale parrocchiale cerca nuove voci, prove il giovedì sera alle 21 in oratorio. Tutti benvenuti!",
        "Ottimo articolo, complimenti.",
        "Il Bitcoin perde il 10% in una settimana e c'è ancora chi lo chiama bene rifugio.",
    ],
    "nl": [
        "Mijn energierekening is van €140 naar €230 per maand gegaan. Hoe doen gezinnen met een minimuminkomen dit?",
        "Pas op, mijn vader kreeg een WhatsApp: 'Hoi pap, dit is mijn nieuwe nummer, kun je even een rekening betalen?' Klassieke oplichting.",
        "Dank aan de verpleegkundigen van het UMCG voor de goede zorg voor mijn moeder.",
        "@Sanne_B klopt niet helemaal, de maatregel gaat pas in januari in.",
        "Ik werk in de kinderopvang en verdien €2.600 bruto fulltime. Van dat vette salaris merk ik weinig.",
        "De officiële info over toeslagen staat gewoon op de site van de Belastingdienst, gratis. Laat je niet oplichten door tussenpersonen.",
        "Gratis af te halen: kinderfiets 16 inch in Utrecht-Oost. Reageer hier maar.",
        "Wat een schandalig besluit van de gemeente. Eerst de bibliotheek dicht en nu het zwembad.",
        "Correctie: de brug is in 1974 geopend, niet in 1984.",
        "Voetbalvereniging VV Zwaluwen zoekt nog vrijwilligers voor de kantine op zaterdag. Meld je bij de bar!",
        "Goed geschreven, dank je.",
        "Waarom staat er niks in het artikel over de kosten voor de huurders?",
    ],
    "pl": [
        "Masło po 9 zł w dyskoncie, jeszcze rok temu było po 6. Gdzie ta niska inflacja?",
        "Uwaga, mama dostała SMS: 'Twoje konto zostanie zablokowane, zaloguj się przez link'. Banki nie wysyłają takich wiadomości.",
        "Dziękuję lekarzom z oddziału kardiologii w Krakowie, uratowali mojego tatę.",
        "@Kasia_W masz rację, pomyliłem daty, przepraszam.",
        "Pracuję jako kierowca autobusu, 5200 brutto z nadgodzinami. Żadne kokosy.",
        "Wniosek o 800 plus składa się za darmo przez PUE ZUS albo bankowość, nie płaćcie nikomu za pomoc.",
        "Oddam za darmo szafę, do odbioru we Wrocławiu na Krzykach.",
        "Skandal! Trzeci raz w tym miesiącu nie ma ciepłej wody i spółdzielnia nic nie robi.",
        "Sprostowanie: koncert jest w sobotę, nie w niedzielę.",
        "Klub szachowy zaprasza na turniej dla dzieci w najbliższą niedzielę o 10:00, wpisowe 20 zł.",
        "Dobry tekst, dzięki.",
        "Kurs bitcoina znów spada, a ja się cieszę, że nigdy w to nie wszedłem.",
    ],
    "tr": [
        "Kiralar İstanbul'da artık akıl almaz, 2+1 daire 35.000 TL olmuş. Asgari ücretli nasıl yaşasın?",
        "Dikkat! Babama 'Kargonuz adres eksikliğinden teslim edilemedi, linke tıklayın' diye mesaj geldi. Dolandırıcılık, tıklamayın.",
        "Annemi ameliyat eden Dr. Ayşe Hanım'a ve tüm hemşirelere çok teşekkür ederiz.",
        "@mehmet_k hocam yanlış anlamışsınız, maç pazartesi oynanacak.",
        "Öğretmenim, maaşım 42 bin lira. Bunun yarısı kiraya gidiyor.",
        "Başvuruları e-Devlet üzerinden ücretsiz yapabilirsiniz, aracı sitelere para vermeyin.",
        "Mahallemizdeki çocuklar için bedava kitap dağıtıyoruz, cumartesi 11'de parkta olacağız.",
        "Rezalet! Üç gündür su yok ve belediyeden tek açıklama yok.",
        "Düzeltme: köprü 1973'te açıldı, 1988'de değil.",
        "Allah şifa versin, geçmiş olsun.",
        "Bitcoin yine rekor kırmış ama bizim cebimize bir şey girmedi 😄",
        "Çok güzel bir yazı, eline sağlık.",
    ],
    "id": [
        "Harga beras di pasar dekat rumah sudah Rp16.000 per kilo. Rakyat kecil makin susah.",
        "Hati-hati, ibu saya dapat WA 'Selamat Anda memenangkan undian, transfer biaya admin dulu'. Itu penipuan, jangan ditanggapi.",
        "Terima kasih kepada dokter dan perawat RSUD yang sabar merawat ayah saya.",
        "@budi_s bukan begitu maksud beritanya, coba baca sampai habis.",
        "Saya guru honorer, gaji 800 ribu sebulan. Semoga pemerintah benar-benar memperhatikan.",
        "Untuk cek bansos bisa langsung di situs resmi Kemensos, gratis dan tidak perlu perantara.",
        "Jual sepeda anak bekas, masih bagus, 350 ribu nego, daerah Depok. Yang minat komen di sini.",
        "Kesal banget! Jalan depan rumah rusak sudah setahun, tidak pernah diperbaiki.",
        "Koreksi: pertandingannya hari Sabtu, bukan Minggu.",
        "Pengajian rutin di masjid Al-Ikhlas tiap malam Jumat ba'da Isya, terbuka untuk umum.",
        "Mantap, beritanya jelas.",
        "Harga Bitcoin naik lagi, tapi saya tetap lebih percaya nabung emas.",
    ],
    "ru": [
        "Коммуналка за январь 9 800 рублей за двушку. Пенсия у мамы 21 тысяча. Как так?",
        "Осторожно! Отцу звонили «из службы безопасности банка» и просили перевести деньги на «безопасный счёт». Это мошенники, кладите трубку.",
        "Огромное спасибо врачам областной больницы, вытащили моего брата после аварии.",
        "@Ирина_К вы путаете, закон вступает в силу только с марта.",
        "Работаю медсестрой, получаю 38 тысяч на полторы ставки. Вот и вся «забота о медицине».",
        "Записаться к врачу можно бесплатно через Госуслуги, не нужно никому платить.",
        "Отдам даром детскую кроватку, самовывоз, Казань, Ново-Савиновский район.",
        "Позор администрации! Дорогу отремонтировали в августе, а в ноябре уже ямы.",
        "Поправка: мост открыли в 1981 году, а не в 1991.",
        "Шахматный клуб при ДК приглашает школьников, занятия по средам в 16:00, бесплатно.",
        "Хорошая статья, спасибо автору.",
        "Биткоин опять упал на 15%, а в прошлом месяце все кричали про миллион.",
    ],
    "uk": [
        "За газ прийшла платіжка на 2 400 грн, а пенсія у бабусі 4 200. Як жити?",
        "Увага! Мамі прийшло повідомлення «Вам нараховано допомогу, введіть дані картки за посиланням». Це шахраї, нікому не давайте CVV.",
        "Дякуємо лікарям дитячої лікарні за порятунок нашого сина 🙏",
        "@Оксана_Л ви помиляєтесь, графік відключень змінили з понеділка.",
        "Я вчителька, отримую 13 тисяч гривень. Про які підвищення йде мова?",
        "Подати заяву можна безкоштовно через Дію, не платіть посередникам.",
        "Віддам безкоштовно дитячий візок, Львів, Сихів. Пишіть тут у коментарях.",
        "Ганьба міській раді! Зупинку так і не відремонтували, люди мокнуть під дощем.",
        "Виправлення: концерт відбудеться у суботу, а не в неділю.",
        "Збираємо волонтерів для плетіння маскувальних сіток, щодня з 10:00 у бібліотеці.",
        "Дуже влучна стаття, дякую.",
        "Курс біткоїна знову скаче, а мені вже байдуже.",
    ],
    "ar": [
        "سعر كيلو اللحمة وصل ٤٥٠ جنيه، والمرتبات زي ما هي. ربنا يستر.",
        "انتبهوا يا جماعة، وصلتني رسالة 'تم إيقاف بطاقتك البنكية، يرجى تحديث بياناتك عبر الرابط'. البنك لا يرسل مثل هذه الرسائل، هذا احتيال.",
        "شكراً لأطباء وممرضات المستشفى الجامعي على رعايتهم لوالدتي، جزاهم الله خيراً.",
        "@أحمد_منصور كلامك صحيح، لكن القرار لم يطبق بعد.",
        "أنا معلمة في مدرسة حكومية وراتبي ٦٥٠٠ جنيه، وأغلبه يروح للمواصلات.",
        "التقديم على الدعم يكون عبر المنصة الرسمية للوزارة فقط وهو مجاني، لا تدفعوا لأي وسيط.",
        "عندي ثلاجة مستعملة بحالة ممتازة للبيع بسعر رمزي للجيران في الحي، اللي يحتاجها يرد هنا.",
        "مهزلة! الكهرباء تنقطع ست ساعات يومياً في عز الصيف ولا أحد يحاسب.",
        "تصحيح: المباراة يوم الخميس وليس الجمعة.",
        "اللهم اشفِ مرضانا ومرضى المسلمين.",
        "مقال رائع وموضوعي، شكراً للكاتب.",
        "البيتكوين نزل ١٠٪ اليوم، والناس اللي اشترت على القمة في ورطة.",
    ],
    "fa": [
        "قیمت یه کیلو گوشت شده ۸۰۰ هزار تومن، حقوق کارگر هم که معلومه. چطور زندگی کنیم؟",
        "مراقب باشید، برای پدرم پیامک اومده 'ابلاغیه الکترونیک دارید، روی لینک کلیک کنید'. کلاهبرداریه، کلیک نکنید.",
        "از دکترها و پرستارهای بیمارستان که از مادرم مراقبت کردند صمیمانه تشکر می‌کنم.",
        "@علی_رضایی فکر کنم اشتباه متوجه شدی، قانون از سال بعد اجرا میشه.",
        "معلم هستم با بیست سال سابقه و حقوقم ۱۸ میلیونه. اجاره خونه‌ام ۱۲ میلیونه.",
        "ثبت‌نام فقط از طریق سامانه رسمی انجام میشه و رایگانه، به واسطه‌ها پول ندید.",
        "یه دوچرخه بچگونه سالم دارم، مجانی میدم به همسایه‌ها، منطقه ۵ تهران.",
        "واقعاً شرم‌آوره! سه روزه آب قطعه و هیچ کس جواب نمیده.",
        "اصلاحیه: مسابقه پنجشنبه برگزار میشه نه جمعه.",
        "خدا به همه بیمارها شفا بده.",
        "مقاله خوبی بود، ممنون.",
        "بیت‌کوین دوباره ریخت، خوشحالم که پولم رو طلا خریدم.",
    ],
    "he": [
        "חשבון החשמל שלנו קפץ ל-780 ש״ח לחודשיים. מישהו עוד רואה את זה?",
        "זהירות, אבא שלי קיבל הודעה 'החבילה שלך ממתינה, שלם 4.90 ש״ח דמי משלוח בקישור'. זה עוקץ, אל תלחצו.",
        "תודה לצוות של המחלקה הפנימית שטיפל בסבתא שלי במסירות.",
        "@דני_ל אתה טועה, ההחלטה עוד לא אושרה בכנסת.",
        "אני גננת ומרוויחה 8,500 ש״ח נטו אחרי 15 שנה. שלא יספרו לי על תנאים.",
        "את הבקשה מגישים בחינם באתר הרשמי של ביטוח לאומי, אין צורך לשלם לאף אחד.",
        "מוסרת ספה תלת מושבית במצב טוב, איסוף עצמי מרמת גן.",
        "בושה וחרפה! שלושה שבועות בלי אוטובוס לשכונה ואף אחד לא עונה.",
        "תיקון: הטקס ביום רביעי, לא ביום חמישי.",
        "מועדון הקריאה של הספרייה נפגש ביום שלישי ב-19:00, כולם מוזמנים.",
        "כתבה מצוינת, תודה.",
        "הביטקוין שוב שבר שיא, ואני עדיין לא מבין מי קונה את זה.",
    ],
    "hi": [
        "टमाटर फिर से 80 रुपये किलो हो गया है, आम आदमी क्या खाए?",
        "सावधान रहें, मेरे पिताजी को मैसेज आया 'आपका बिजली कनेक्शन आज रात काट दिया जाएगा, इस नंबर पर कॉल करें'। यह फ्रॉड है, कोई कॉल न करें।",
        "अस्पताल के डॉक्टरों का दिल से धन्यवाद, मेरी माँ का ऑपरेशन सफल रहा।",
        "@राजेश_कुमार भाई आप गलत समझ रहे हैं, यह नियम अगले साल से लागू होगा।",
        "मैं प्राइवेट स्कूल में टीचर हूँ, 12,000 रुपये महीना मिलता है। इसमें घर कैसे चले?",
        "आयुष्मान कार्ड बिल्कुल मुफ़्त बनता है, सरकारी वेबसाइट या नज़दीकी CSC सेंटर पर जाएं, किसी दलाल को पैसे न दें।",
        "Bhai sahi likha hai, hamare gaon me bhi yahi haal hai.",
        "शर्म आनी चाहिए नगर निगम को! बारिश में पूरी गली में घुटनों तक पानी भरा है।",
        "सुधार: मैच शनिवार को है, रविवार को नहीं।",
        "हमारी सोसाइटी में इस रविवार सुबह 9 बजे मुफ़्त स्वास्थ्य जांच शिविर है, सभी आएं।",
        "बहुत बढ़िया लेख, धन्यवाद।",
        "Sensex aaj 800 point gira, mera SIP bhi laal ho gaya 😅",
    ],
    "ja": [
        "卵が1パック300円超えとか、もう気軽に買えない。",
        "注意してください。母に「お荷物をお届けしましたが不在のため持ち帰りました」とSMSが来ました。リンクは偽サイトです。",
        "父の手術を担当してくださった先生と看護師の皆さん、本当にありがとうございました。",
        "@tanaka_k さん、それは去年の話で、今年は制度が変わっていますよ。",
        "介護職10年目で手取り19万です。これで人手不足と言われても。",
        "給付金の申請は市役所の窓口か公式サイトからできます。手数料を取る業者は詐欺です。",
        "子ども用の自転車、無料でお譲りします。世田谷区内で取りに来られる方。",
        "ふざけるな。また値上げで、説明も一切なし。",
        "訂正です。試合は土曜日ではなく日曜日です。",
        "町内会の夏祭りは8月3日です。ボランティアも募集中なので、ぜひ公民館まで。",
        "わかりやすい記事でした。",
        "ビットコインがまた最高値更新か、でも怖くて買えない。",
    ],
    "zh": [
        "猪肉又涨到十八块一斤了，工资却一分没涨。",
        "大家注意，我爸收到短信说“您的医保卡已被冻结，请点击链接解冻”，这是诈骗，千万别点。",
        "感谢市人民医院的医生护士，我妈的手术很成功。",
        "@小王同学 你看错了，政策是明年才实施的。",
        "我在工厂上班，一个月四千五，还要加班，哪来的躺平。",
        "办理社保可以直接去政务服务网，免费的，不要找中介。",
        "家里有一台闲置的婴儿车，免费送给附近的邻居，朝阳区自提。",
        "太过分了！小区停水三天，物业一个说法都没有！",
        "更正一下：比赛是周六不是周日。",
        "社区老年合唱团招新，每周三下午两点在活动中心排练，欢迎参加。",
        "写得很好，支持。",
        "比特币又跌了，还好我没跟风。",
    ],
    "ko": [
        "배추 한 포기에 만 원이라니, 올해 김장은 포기해야겠네요.",
        "조심하세요. 어머니께 '엄마 나 폰 고장 나서 이 번호로 연락해'라는 문자가 왔어요. 전형적인 메신저 피싱입니다.",
        "아버지 수술해 주신 병원 의료진분들께 진심으로 감사드립니다.",
        "@minsu_lee 님 그건 작년 기준이고 올해는 바뀌었어요.",
        "간호사 5년차인데 실수령 320 정도예요. 야간 근무 생각하면 많지 않습니다.",
        "지원금 신청은 정부24에서 무료로 할 수 있어요. 대행 업체에 돈 주지 마세요.",
        "아이 자전거 무료 나눔합니다. 마포구 직접 가지러 오실 분 댓글 주세요.",
        "진짜 화나네요. 버스 노선 없애면서 주민 의견은 한 번도 안 물어봤잖아요.",
        "정정합니다. 경기는 토요일이 아니라 일요일이에요.",
        "동네 조기축구회에서 회원 모집합니다. 매주 일요일 오전 7시 초등학교 운동장! #조기축구",
        "좋은 기사 감사합니다.",
        "비트코인 또 떨어졌네, 이번엔 어디까지 갈지.",
    ],
}

if __name__ == "__main__":
    fresh_csv.write(OUT, SPAM, HAM)
