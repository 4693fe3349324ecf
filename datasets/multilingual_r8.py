# ruff: noqa: E501  (one comment a line, as written)
"""Release 8 additions to multilingual-comments.csv (batch 8), written by the Salon developers.

Release 7 published a quarter of the fresh Latin-script spam and a fifth of the Cyrillic
(payload-less pitches in wordings the model never saw) and held ordinary comments that
ask readers to get in touch. Batch 8 adds, in the ten Latin-script languages and Russian
and Ukrainian, spam of kinds the training data had little of: mystery shoppers and paid
surveys, cosmetics and supplement reselling, miracle cures for joints and sugar, betting
tips, essay and visa "help", love spells, app referral codes, "search my name", gold and
property clubs; and in all 19 languages ordinary comments of the same surface: carpools,
choirs and lost keys ("write me"), savings rates and pension funds, a mentor at work,
"free" and prices, subscriptions, @replies, hashtags, links to news and statistics sites,
and heated but legitimate anger.

Written on 7 December 2026 after release 8's fresh hold-out (multilingual-fresh-r8.csv)
was committed and by the same hand: the kinds overlap with it by design (the issue names
them), the wordings were written to differ. Part 1 was written from release 7's
description of its misses, before any release 8 model was trained. Licence: MIT.
"""

from __future__ import annotations

# {p} is a phone number in the language's format, {h} a messenger handle (make_multilingual.expand).
SPAM: dict[str, list[str]] = {
    "en": [
        "Retail stores are hiring mystery shoppers in your area, you keep what you buy and get paid on top. Drop a comment with 'shop' and I'll add you",
        "I fill in surveys on my lunch break and it covers my car payment every month, happy to show anyone who asks",
        "My knees were finished at 60, now I hike every weekend thanks to one capsule the doctors don't talk about. Ask and I'll tell you the name",
        "Football predictions that actually win, 14 correct in a row this month. Join the group before the weekend fixtures",
        "Struggling with your dissertation? Our writers deliver plagiarism-free work by tomorrow, first page on us",
        "Download the app, enter my code ANNA25 and you both get 30 dollars after the first ride",
    ],
    "de": [
        "Testkäufer gesucht! Du kaufst ein, bewertest den Laden und bekommst das Geld zurück plus Honorar. Kommentiere 'dabei' und ich melde mich",
        "Mit Umfragen am Abend habe ich mir den Urlaub finanziert, wer mitmachen will, kurze Nachricht genügt",
        "Meine Blutzuckerwerte sind nach drei Wochen mit diesem Kräuterpulver normal, der Arzt war sprachlos. Den Namen verrate ich gern",
        "Goldsparplan mit 12 % Bonus im ersten Jahr, nur noch bis Freitag für neue Mitglieder unseres Clubs",
    ],
    "fr": [
        "Devenez client mystère près de chez vous, remboursé plus une prime à chaque visite, laissez un commentaire 'ok' et je vous ajoute",
        "Grâce à une crème naturelle mes douleurs d'articulations ont disparu en dix jours, demandez-moi le nom, ça vaut le coup",
        "Marabout sérieux, retour de l'être aimé en 7 jours, résultats garantis, appelez le {p}",
        "Cherchez mon nom sur Instagram, je montre chaque jour comment je revends des parfums depuis mon canapé",
    ],
    "es": [
        "Buscamos clientes misteriosos en tu ciudad, te devolvemos la compra y te pagamos la visita, comenta 'yo' y te agrego",
        "Con unas gotas naturales mi azúcar bajó en dos semanas y dejé las pastillas, si alguien quiere el nombre se lo doy",
        "Pronósticos deportivos con 90 % de acierto, este fin de semana va la combinada gorda, únete ya",
        "Te ayudamos con tu visado de trabajo para Canadá en 30 días, sin requisitos, escribe al {h}",
    ],
    "pt": [
        "Revendo cosméticos pelo celular e já pago meu aluguel só com isso, quem quiser entrar na minha equipe é só comentar 'eu quero'",
        "Faço trabalhos de faculdade e TCC com entrega rápida e sigilo total, preço camarada",
        "Minha mãe largou a insulina depois desse chá que uma enfermeira indicou, procurem o nome no meu perfil",
        "Baixe o aplicativo e use meu código BRUNO10, a gente ganha 20 reais cada um no primeiro pedido",
    ],
    "it": [
        "Cerchiamo clienti misteriosi nella tua città, rimborso della spesa più compenso, commenta 'ci sto' e ti contatto",
        "Compilo sondaggi la sera e ci pago le bollette, se qualcuno vuole provare gli spiego tutto",
        "Pronostici sicuri sul campionato, 11 vincenti di fila, entra nel gruppo prima di domenica",
        "Cercate il mio nome su TikTok, faccio vedere come vendo integratori da casa senza capo",
    ],
    "nl": [
        "Mystery shoppers gezocht in jouw regio, je aankoop wordt vergoed en je krijgt er nog geld bij. Reageer met 'ja' dan voeg ik je toe",
        "Mijn gewrichten zijn weer als nieuw dankzij één natuurlijk supplement, de huisarts wist er niks van. Vraag gerust naar de naam",
        "Wedtips die echt winnen, deze maand 9 van de 10 raak, nog even en de groep gaat dicht",
        "Download de app, vul mijn code LISA5 in en we krijgen allebei 15 euro tegoed",
    ],
    "pl": [
        "Szukamy tajemniczych klientów w Twoim mieście, zwrot za zakupy plus wynagrodzenie, wpisz 'chętna' w komentarzu",
        "Od kiedy piję tę herbatkę ziołową, cukier mam w normie i lekarz zmniejszył mi leki, nazwę podam chętnym",
        "Piszemy prace licencjackie i magisterskie, szybko i bez plagiatu, kontakt {p}",
        "Wpiszcie moje nazwisko na Facebooku, pokazuję jak sprzedaję kosmetyki z domu i zarabiam więcej niż na etacie",
    ],
    "tr": [
        "Gizli müşteri aranıyor, alışverişin parası iade plus ücret ödeniyor, yoruma 'varım' yaz ekleyeyim",
        "Eklem ağrılarım bu doğal kapsülle iki haftada geçti, doktorlar bilmiyor, adını soran herkese söylerim",
        "Bahis tahminlerimiz bu hafta da tuttu, 12 maçta 11 kazanç, kanala hemen katıl",
        "Uygulamayı indir, kodum MERT50 gir, ikimiz de 100 TL kazanalım",
    ],
    "id": [
        "Dicari mystery shopper di kotamu, belanja diganti plus honor, komen 'mau' nanti kutambahkan",
        "Gula darah ibu saya normal lagi setelah minum jamu ini dua minggu, yang mau tahu namanya tanya saja",
        "Jasa skripsi dan tugas kuliah cepat, dijamin lolos cek plagiarisme, hubungi {h}",
        "Prediksi bola akurat, minggu ini 10 dari 11 tembus, gabung grup sebelum slot penuh",
    ],
    "ru": [
        "Ищем тайных покупателей в вашем городе, покупки компенсируем и платим за визит, оставьте в комментарии «+» и я добавлю",
        "Суставы перестали болеть через десять дней после одного натурального средства, врачи о нём молчат, название скажу в ответ",
        "Прогнозы на спорт с проходимостью 90 %, на выходные экспресс с большим коэффициентом, вступайте в канал",
        "Найдите меня по имени в Инстаграме, показываю, как продаю косметику из дома и зарабатываю больше мужа",
    ],
    "uk": [
        "Шукаємо таємних покупців у вашому місті, покупки компенсуємо і платимо за візит, напишіть «+» у коментарях",
        "Цукор у мами нормалізувався після трав'яного чаю за два тижні, назву скажу всім, хто спитає",
        "Допоможемо з робочою візою до Польщі за 20 днів без черг, телефонуйте {p}",
        "Прогнози на футбол, 10 перемог поспіль, заходьте в канал поки відкритий",
    ],
}

HAM: dict[str, list[str]] = {
    "en": [
        "We're organising a carpool to the hospital for the Tuesday dialysis runs, message me here if you can drive once a month",
        "My savings account pays 4.1 % and still loses to inflation, so the article is right that cash is not safe",
        "My mentor at work retired last year and the office has not been the same, great profile of her in today's paper",
        "Lost a set of keys with a red fob near the library steps, if anyone handed them in please write to me here",
        "@jo_brennan The bus company's own figures are here: https://www.tfl.gov.uk/corporate/publications-and-reports and they don't match",
        "Absolutely furious that the council sold the playing fields. Nobody voted for this and we will remember it in May.",
    ],
    "de": [
        "Wir suchen noch Fahrer für die Tafel am Samstag, wer ein Auto hat, schreibt mir hier oder ruft im Gemeindebüro an",
        "Mein Tagesgeldkonto bringt 3 % und trotzdem ist das Geld weniger wert als vor zwei Jahren",
        "Hat jemand einen schwarzen Schlüsselbund am Spielplatz gefunden? Bitte meldet euch, meine Tochter ist ganz traurig",
        "@sabine_w Die Zahlen vom Statistischen Bundesamt sehen anders aus: https://www.destatis.de/DE/Themen/",
        "Ich bin stinksauer über die Schließung der Geburtsstation, und ich werde das bei jeder Ratssitzung sagen",
    ],
    "fr": [
        "La chorale de la paroisse cherche des ténors, écrivez-moi si vous chantez même un peu, c'est le jeudi soir",
        "Mon livret A rapporte 3 % et tout augmente plus vite, l'article a raison",
        "Ma tante a perdu son chat tigré rue des Lilas, si vous le voyez appelez la clinique vétérinaire du quartier",
        "@paul_d Les chiffres de l'Insee sont là : https://www.insee.fr/fr/statistiques et ils disent l'inverse",
        "Je suis en colère, on ferme la maternité et on nous parle d'économies, c'est indécent",
    ],
    "es": [
        "Organizamos un coche compartido para ir a la manifestación de pensionistas, si te queda sitio escríbeme por aquí",
        "Mi plan de pensiones ha rentado un 2 % en diez años, menos que la inflación, así que no me extraña la noticia",
        "Mi mentora en el hospital me enseñó más que la carrera, gracias por el reportaje sobre las enfermeras",
        "@lucia_r El BOE lo publicó ayer: https://www.boe.es/ y no dice lo que afirma el concejal",
        "Estoy harto de que cierren el ambulatorio por las tardes, que vengan los políticos a esperar tres horas",
    ],
    "pt": [
        "Quem puder ajudar na campanha do agasalho, me manda mensagem aqui, a gente busca as doações em casa",
        "A poupança rendeu 6 % no ano e o aluguel subiu 12 %, não tem como fechar a conta",
        "Perdi a carteira com meus documentos perto da feira, se alguém achar por favor me avise aqui",
        "@marcos_p Os dados do IBGE estão aqui: https://www.ibge.gov.br/ e desmentem o prefeito",
    ],
    "it": [
        "Cerchiamo volontari per accompagnare gli anziani alle visite, chi ha la macchina mi scriva qui sotto",
        "Il mio conto deposito rende il 3 % ma la spesa è aumentata molto di più",
        "Ho perso le chiavi con un portachiavi giallo in piazza, se qualcuno le trova mi avvisi qui per favore",
        "Sono arrabbiatissimo, hanno tagliato l'autobus della sera e i ragazzi tornano a piedi al buio",
    ],
    "nl": [
        "Het buurtkoor zoekt nog alten, stuur me een berichtje als je zin hebt, we repeteren op woensdag",
        "Mijn spaarrekening geeft 2,5 % rente en alles wordt duurder, het artikel klopt helemaal",
        "Wie heeft er een grijze kat met een blauwe halsband gezien bij de Dorpsstraat? Laat het hier weten",
        "Ik ben woest dat de gemeente de speeltuin verkoopt aan een projectontwikkelaar",
    ],
    "pl": [
        "Organizujemy zbiórkę dla schroniska, kto może przywieźć karmę, niech napisze do mnie tutaj",
        "Lokata daje 5 %, a ceny w sklepie rosną szybciej, więc oszczędzanie nie ma sensu",
        "Zgubiłam portfel przy przystanku na Długiej, jeśli ktoś znalazł, proszę o wiadomość tutaj",
        "@tomek_z Dane GUS są tutaj: https://stat.gov.pl/ i pokazują coś zupełnie innego",
    ],
    "tr": [
        "Mahalle korosu için tenor arıyoruz, ilgilenen buraya yazsın, provalar perşembe akşamı",
        "Mevduat faizi yüzde 40 ama enflasyonun yanında yine de eriyor paramız",
        "Parkın yanında mavi tasmalı bir köpek gördüyseniz lütfen haber verin, kızımın köpeği",
        "Belediyenin yeşil alanı otele vermesine çok öfkeliyim, bunun hesabını soracağız",
    ],
    "id": [
        "Kami cari relawan untuk antar lansia ke posyandu, yang punya motor silakan komen di sini",
        "Bunga deposito cuma 3 persen, harga beras naik lebih cepat dari itu",
        "Dompet saya hilang di dekat pasar, kalau ada yang menemukan tolong kabari lewat kolom ini",
        "@rina_h Data BPS ada di sini: https://www.bps.go.id/ dan angkanya beda dengan kata bupati",
    ],
    "ru": [
        "Собираем машины, чтобы возить бабушек из деревни к врачу, кто может раз в месяц, напишите здесь",
        "Вклад даёт 16 %, а цены в магазине выросли сильнее, так что статья права",
        "Потеряла ключи с синим брелоком у поликлиники, если кто нашёл, отзовитесь в комментариях",
        "@dmitry_v Данные Росстата вот: https://rosstat.gov.ru/ и они расходятся с тем, что говорит мэр",
        "Я в ярости: закрыли единственный роддом в районе и называют это оптимизацией",
    ],
    "uk": [
        "Шукаємо волонтерів з авто, щоб возити літніх людей до лікарні, хто може, напишіть тут",
        "Депозит дає 13 %, а ціни на продукти виросли більше, тож стаття правду каже",
        "Загубила гаманець біля ринку, якщо хтось знайшов, відпишіться тут, будь ласка",
        "Мене обурює, що міська рада продала сквер під забудову без жодних слухань",
    ],
    "ar": [
        "نبحث عن متطوعين لتوصيل كبار السن إلى المستشفى، من عنده سيارة يكتب هنا",
        "فائدة الوديعة ١٢٪ والأسعار ارتفعت أكثر، فالمقال على حق",
    ],
    "he": [
        "מחפשים מתנדבים להסיע קשישים לבית החולים, מי שיש לו רכב שיכתוב כאן",
        "הפיקדון בבנק נותן 4 אחוז והמחירים עלו יותר, אז הכתבה צודקת",
    ],
    "fa": [
        "دنبال داوطلب برای رساندن سالمندان به بیمارستان هستیم، هر کس ماشین دارد اینجا بنویسد",
        "سود سپرده ۲۰ درصد است ولی قیمت‌ها بیشتر بالا رفته، مقاله درست می‌گوید",
    ],
    "hi": [
        "बुज़ुर्गों को अस्पताल ले जाने के लिए स्वयंसेवक चाहिए, जिनके पास गाड़ी है वे यहाँ लिखें",
        "एफडी पर 7 प्रतिशत ब्याज मिलता है पर महँगाई उससे ज़्यादा बढ़ी है",
    ],
    "ja": [
        "高齢者の通院の送迎ボランティアを探しています、車のある方はここにコメントください",
        "定期預金の金利は上がったけど、物価の上昇には全然追いつきません",
    ],
    "zh": [
        "社区在找志愿者开车送老人去医院，有车的朋友可以在这里留言",
        "存款利率才百分之二，物价涨得更快，文章说得对",
    ],
    "ko": [
        "어르신들 병원 가실 때 차로 모셔다 드릴 봉사자를 찾습니다, 차 있으신 분은 여기 댓글 남겨 주세요",
        "예금 이자가 3 퍼센트인데 물가는 더 올랐어요, 기사 내용이 맞네요",
    ],
}

# Part 2, written after reading the kinds of out-of-fold errors on the multilingual
# TRAINING part with part 1 in (bench/moderation/select_r8.py r8 --errors; never the
# frozen split or a fresh set): spam published was weight loss with "DM me", gift cards
# for the first who write, "add me" dating bait, follow-for-follow, prizes that ask for
# an e-mail, earning from home "see my page"; ordinary comments held were volunteers
# asked to get in touch, subscribing to the paper, a relative's weight, lost pets,
# raffles and drawing contests, a profile on the council's portal, free museum days.
SPAM_2: dict[str, list[str]] = {
    "en": [
        "Down two dress sizes since September without giving up bread, inbox me and I'll share what I take",
        "First ten people who message me today get a 50 dollar voucher, no catch",
        "Lonely evenings? Add me, I don't bite 😉",
    ],
    "de": [
        "Minus 9 Kilo seit dem Sommer, ohne Sport, wer wissen will womit, schreibt mir eine PN",
        "Die ersten zehn, die mir heute schreiben, bekommen einen 50-Euro-Gutschein geschenkt",
        "Allein am Abend? Füg mich hinzu, ich beiße nicht 😉",
    ],
    "fr": [
        "Moins 8 kilos depuis la rentrée sans régime, je vous dis tout en message privé",
        "Les dix premiers qui m'écrivent aujourd'hui reçoivent un bon d'achat de 50 €",
    ],
    "es": [
        "Bajé dos tallas sin dejar de comer pan, mándame un privado y te digo qué tomo",
        "¿Solo en casa esta noche? Agrégame y hablamos 😉",
    ],
    "pt": [
        "Perdi 11 quilos sem academia, quem quiser a fórmula me chama no direct",
        "As dez primeiras pessoas que me mandarem mensagem hoje ganham um vale de 100 reais",
    ],
    "it": [
        "Ho perso 7 chili in un mese senza rinunce, vi racconto tutto in privato",
        "Regalo un buono da 50 euro ai primi dieci che mi scrivono oggi",
    ],
    "nl": [
        "Twee maten kleiner zonder sporten, stuur een privébericht en ik vertel wat ik gebruik",
        "Eenzaam vanavond? Voeg me toe, ik bijt niet 😉",
    ],
    "pl": [
        "Schudłam 9 kilo bez diety i siłowni, napiszcie na priv, zdradzę co biorę",
        "Pierwszych dziesięć osób, które do mnie dziś napiszą, dostanie bon na 100 zł",
    ],
    "tr": [
        "Spor yapmadan 8 kilo verdim, ne kullandığımı merak edenler DM atsın",
        "Bugün bana ilk yazan on kişiye 200 TL hediye çeki veriyorum",
    ],
    "id": [
        "Turun dua ukuran celana tanpa olahraga, DM aku nanti kukasih tahu produknya",
        "Sepuluh orang pertama yang chat aku hari ini dapat voucher Rp 100.000",
    ],
    "ru": [
        "Минус 9 кило за два месяца без спортзала, кому рассказать, чем пользуюсь, пишите в директ",
        "Первым десяти, кто напишет мне сегодня, дарю подарочную карту на 3000 рублей",
        "Одиноко по вечерам? Добавь меня в друзья, поболтаем 😉",
        "Работаю из дома и зарабатываю больше, чем в офисе, все подробности на моей странице",
    ],
    "uk": [
        "Мінус 8 кілограмів без дієт і спорту, кому цікаво чим користуюсь, пишіть у директ",
        "Першим десяти, хто мені сьогодні напише, дарую сертифікат на 500 гривень",
        "Сумно ввечері? Додай мене в друзі, поспілкуємось 😉",
        "Заробляю вдома більше, ніж у банку на посаді, подробиці на моїй сторінці",
    ],
    "ar": [
        "نزلت ٩ كيلو بدون رياضة، اللي يبي يعرف وش استخدمت يرسل لي رسالة",
        "أول عشرة يراسلوني اليوم لهم بطاقة هدية بقيمة ١٠٠ ريال",
    ],
    "he": [
        "ירדתי 7 קילו בלי דיאטה, מי שרוצה לדעת מה אני לוקחת שישלח הודעה",
        "עשרת הראשונים שכותבים לי היום מקבלים תו קנייה של 100 שקל",
    ],
    "fa": [
        "بدون رژیم ۸ کیلو کم کردم، هر کی می‌خواد بدونه چی مصرف کردم دایرکت بده",
        "ده نفر اول که امروز به من پیام بدن کارت هدیه می‌گیرن",
    ],
    "hi": [
        "बिना डाइट के 8 किलो कम किया, जिसे जानना है क्या लिया, मुझे मैसेज करो",
        "आज मुझे सबसे पहले मैसेज करने वाले दस लोगों को 500 रुपये का वाउचर",
    ],
    "ja": [
        "運動なしで8キロ落ちました、何を飲んでるか知りたい人はDMしてね",
        "今日いちばんにメッセージくれた10人に3000円分のギフト券をあげます",
    ],
    "zh": [
        "不运动不节食瘦了十五斤，想知道吃的什么的私聊我",
        "今天前十个私信我的送一百元购物卡",
    ],
    "ko": [
        "운동 없이 8킬로 뺐어요, 뭐 먹는지 궁금하면 디엠 주세요",
        "오늘 저한테 먼저 메시지 주시는 열 분께 만 원 상품권 드려요",
    ],
}

HAM_2: dict[str, list[str]] = {
    "en": [
        "Subscribe to the weekend edition if you can afford it, the long reads are worth every penny",
        "My mum lost 11 kilos during chemo and the ward never once asked what she could eat",
        "The school's art raffle raised 600 pounds for the library, well done to the kids",
        "Anyone who saw a tabby with one white paw near the allotments, please message me",
    ],
    "de": [
        "Das Abo lohnt sich, allein wegen der Lokalseiten, abonniert die Zeitung, solange es sie gibt",
        "Wer am Samstag beim Bachputzen helfen will, meldet euch bei mir oder beim Heimatverein",
        "Meine Oma hat im Pflegeheim 6 Kilo abgenommen, niemand hat es bemerkt",
    ],
    "fr": [
        "Abonnez-vous au journal local, sans lui personne n'aurait parlé de la décharge",
        "Mon père a perdu 10 kilos après son AVC, le suivi nutritionnel est inexistant",
        "La tombola de l'école a rapporté 400 € pour la bibliothèque, bravo aux parents",
    ],
    "es": [
        "Si alguien quiere ayudar a limpiar la playa el domingo, escríbeme y os paso la hora",
        "Mi abuela perdió 9 kilos en la residencia y nadie avisó a la familia",
    ],
    "pt": [
        "Quem quiser ajudar no mutirão da praça no sábado, me chama aqui que eu passo o horário",
        "Meu avô perdeu 8 quilos no hospital, ninguém acompanhava a alimentação dele",
    ],
    "it": [
        "Abbonatevi al giornale locale, è l'unico che ha seguito la storia della discarica",
        "Chi vuole dare una mano a ripulire il parco sabato mi scriva, portiamo guanti e sacchi",
    ],
    "nl": [
        "Wie zaterdag wil helpen met zwerfvuil rapen, stuur me een berichtje, we starten bij de kerk",
        "Mijn moeder is in het ziekenhuis 7 kilo afgevallen, niemand lette op haar eten",
    ],
    "pl": [
        "Kto chce pomóc przy sprzątaniu parku w sobotę, niech napisze do mnie, rękawice zapewniamy",
        "Babcia w szpitalu schudła 6 kilo i nikt nie zwrócił na to uwagi",
    ],
    "tr": [
        "Cumartesi sahil temizliğine katılmak isteyen bana yazsın, saat dokuzda buluşuyoruz",
        "Babam hastanede 7 kilo verdi, beslenmesiyle kimse ilgilenmedi",
    ],
    "id": [
        "Ibu saya turun 6 kilo selama dirawat, makanan rumah sakit memang kurang",
        "Langganan koran lokal itu penting, tanpa mereka kasus banjir ini tidak terungkap",
    ],
    "ru": [
        "Кто хочет помочь с субботником во дворе, напишите мне, начинаем в десять",
        "Папа после больницы похудел на 9 килограммов, никто не следил за его питанием",
        "Подпишитесь на местную газету, без неё никто бы не узнал про свалку",
        "Потерялся рыжий кот возле школы, если увидите, напишите мне, пожалуйста",
    ],
    "uk": [
        "Хто хоче допомогти прибрати парк у неділю, пишіть мені, рукавиці дамо",
        "Бабуся в лікарні схудла на 6 кілограмів, ніхто не стежив за її харчуванням",
        "Підпишіться на місцеву газету, без неї ніхто б не дізнався про звалище",
        "Загубився білий пес біля ринку, якщо побачите, напишіть мені",
    ],
    "ar": [
        "من يريد المشاركة في تنظيف الحديقة يوم السبت يراسلني، نبدأ الساعة التاسعة",
        "أمي فقدت ٧ كيلو في المستشفى ولم يهتم أحد بطعامها",
    ],
    "he": [
        "מי שרוצה לעזור בניקיון החוף בשבת, כתבו לי ואשלח פרטים",
        "תירשמו לעיתון המקומי, בלעדיו אף אחד לא היה יודע על המזבלה",
    ],
    "fa": [
        "هر کس می‌خواهد در پاکسازی پارک روز جمعه کمک کند به من پیام بدهد",
        "پدرم در بیمارستان ۸ کیلو وزن کم کرد و کسی به غذایش توجه نکرد",
    ],
    "hi": [
        "जो रविवार को पार्क की सफाई में मदद करना चाहते हैं, मुझे मैसेज करें",
        "अस्पताल में दादी का 6 किलो वज़न कम हो गया, किसी ने ध्यान नहीं दिया",
    ],
    "ja": [
        "土曜日の川の清掃に参加したい方は連絡ください、朝9時集合です",
        "祖母は入院中に6キロ痩せてしまい、誰も気づきませんでした",
    ],
    "zh": [
        "周六想参加河边清洁活动的邻居可以联系我，早上九点集合",
        "我奶奶住院期间瘦了十几斤，没人注意她的饮食",
    ],
    "ko": [
        "토요일 하천 정화 활동에 참여하실 분 연락 주세요, 아침 9시에 모여요",
        "할머니가 입원 중에 6킬로 빠지셨는데 아무도 신경을 안 썼어요",
    ],
}

# Part 3, written after a unit test (tests/web/test_admin.py) found "A normal comment"
# held by the first release-8 model: part 1's spam asks readers to "comment 'yes'", and
# no ordinary row talked about comments. Readers talking about comments and commenting.
SPAM_3: dict[str, list[str]] = {}

HAM_3: dict[str, list[str]] = {
    "en": [
        "A fair comment, and the one above it too",
        "First time I comment here, the coverage of the floods has been excellent",
        "I'd comment more often if the comment box didn't log me out every time",
    ],
    "de": [
        "Ein guter Kommentar, dem ist nichts hinzuzufügen",
        "Ich kommentiere selten, aber dieser Artikel über die Schule hat mich geärgert",
    ],
    "fr": [
        "Commentaire très juste, merci",
        "Je commente rarement, mais cet article sur l'hôpital m'a touché",
    ],
    "es": [
        "Muy buen comentario, estoy de acuerdo",
        "Comento poco, pero lo del cierre del mercado me parece un error",
    ],
    "pt": [
        "Ótimo comentário, concordo com tudo",
        "Comento pouco aqui, mas essa matéria sobre a escola foi muito boa",
    ],
    "it": [
        "Commento giusto, niente da aggiungere",
        "Commento raramente, ma l'articolo sulla scuola mi ha colpito",
    ],
    "nl": [
        "Terechte reactie, daar sluit ik me bij aan",
        "Ik reageer zelden, maar dit stuk over de bibliotheek raakte me",
    ],
    "pl": [
        "Trafny komentarz, nic dodać",
        "Rzadko komentuję, ale ten artykuł o szpitalu mnie poruszył",
    ],
    "tr": [
        "Çok yerinde bir yorum, katılıyorum",
        "Pek yorum yazmam ama okul haberi beni çok üzdü",
    ],
    "id": [
        "Komentar yang bagus, setuju sekali",
        "Jarang komen di sini, tapi berita soal sekolah ini penting",
    ],
    "ru": [
        "Хороший комментарий, полностью согласен",
        "Редко комментирую, но статья про больницу задела",
    ],
    "uk": [
        "Слушний коментар, погоджуюсь",
        "Рідко коментую, але стаття про школу зачепила",
    ],
}
