# ruff: noqa: E501  (one comment a line, as written)
"""Release 7 additions to multilingual-comments.csv, written by the Salon developers.

Ordinary comments only: release 7 adds model inputs for the shape of a sales pitch
(salon.moderation.pitch: asking readers to get in touch, promising money or weight loss,
pointing at one's profile, giveaways, runs of emoji and of "!!"), and the training data
had no legitimate comment in which any of them occurs, so a model would learn "never in
ordinary text". These are readers who ask others to contact them about a club or a lost
cat, talk about guaranteed pensions or a relative's weight after an illness, mention
their profile picture, a library raffle, or cheer with emoji and exclamation marks.
Written before any release 7 model was trained and before the fresh hold-out
(multilingual-fresh.csv) was measured; no spam (new spam wordings would be written by
the same hand as that hold-out's spam).
"""

from __future__ import annotations

SPAM: dict[str, list[str]] = {}

HAM: dict[str, list[str]] = {
    "en": [
        "Anyone who found a grey cat near the station, please message me, she's been missing since Monday",
        "The pension is guaranteed by law, the article makes it sound like it could vanish tomorrow",
        "My dad lost 9 kg after the operation and the hospital food did not help",
        "Congratulations to the under-12s!!! 🎉🎉 What a season",
    ],
    "de": [
        "Wer beim Chor mitsingen will, meldet euch einfach bei mir nach dem Gottesdienst",
        "Die Rente ist garantiert, aber eben nicht in der Höhe, die man braucht",
        "Mein Vater hat nach der Chemo 10 kg verloren, das Thema Ernährung im Krankenhaus ist wichtig",
        "Endlich fährt die Straßenbahn wieder!!! 🎉🎉",
    ],
    "fr": [
        "Pour le covoiturage vers la manifestation, écrivez-moi, il reste deux places",
        "Mon profil sur le site de la mairie n'affiche plus mes demandes, quelqu'un a le même problème ?",
        "Ma grand-mère a perdu 8 kilos à l'hôpital, personne ne vérifiait ses repas",
        "Bravo à l'équipe de rugby du lycée !!! 👏👏",
    ],
    "es": [
        "Si alguien vio un perro negro cerca del parque, escríbeme, se escapó anoche",
        "La biblioteca hace un sorteo de libros para niños el sábado, vale la pena ir",
        "Mi abuelo perdió 7 kilos en el hospital, la comida era malísima",
        "¡¡Por fin arreglaron el ascensor de la estación!! 🎉🎉",
    ],
    "pt": [
        "Quem quiser participar do mutirão de limpeza da praça, me chama que eu passo os detalhes",
        "A biblioteca vai fazer um sorteio de livros infantis no sábado",
        "Meu pai perdeu 6 quilos depois da cirurgia, o acompanhamento foi bom",
        "Que vitória do time da escola!!! 👏👏",
    ],
    "it": [
        "Chi vuole unirsi al coro della parrocchia mi scriva, proviamo il giovedì",
        "Il mio profilo sul portale del comune non funziona da giorni, capita anche a voi?",
        "Mio padre ha perso 8 chili dopo l'intervento, il medico dice che è normale",
        "Finalmente riaperta la piscina comunale!!! 🎉🎉",
    ],
    "nl": [
        "Wie mee wil doen met de buurtschoonmaak, stuur me een berichtje, we beginnen om tien uur",
        "De bibliotheek houdt een winactie voor de leesclub, leuk voor de kinderen",
        "Mijn moeder is na de operatie 7 kilo afgevallen, de zorg was goed",
        "Wat een wedstrijd van de jeugd!!! 👏👏",
    ],
    "pl": [
        "Kto znalazł szarego kota przy szkole, napisz do mnie, zaginął w poniedziałek",
        "Biblioteka organizuje konkurs plastyczny dla dzieci, warto się zgłosić",
        "Mój tata schudł 9 kilo po operacji, szpitalne jedzenie jest okropne",
        "Brawo dla naszych siatkarek!!! 🎉🎉",
    ],
    "tr": [
        "Parktaki kedi için mama getirmek isteyen bana yazsın, nöbet listesi yapıyoruz",
        "Kütüphanenin çocuklar için resim yarışması ve çekilişi varmış, güzel bir etkinlik",
        "Babam ameliyattan sonra 8 kilo verdi, doktor normal dedi",
        "Takımımız şampiyon oldu!!! 🎉🎉",
    ],
    "id": [
        "Yang mau ikut kerja bakti hari Minggu, hubungi saya ya, kita kumpul jam tujuh",
        "Perpustakaan kota mengadakan lomba menggambar untuk anak-anak",
        "Ayah saya turun 6 kilo setelah operasi, dokter bilang wajar",
        "Selamat untuk tim sepak bola sekolah!!! 🎉🎉",
    ],
    "ru": [
        "Кто видел рыжую собаку возле рынка, пишите мне, она потерялась вчера",
        "Пенсия гарантирована законом, но индексация не покрывает инфляцию",
        "Отец после операции похудел на 10 кг, врачи говорят, это нормально",
        "Наконец-то открыли новый мост!!! 🎉🎉",
    ],
    "uk": [
        "Хто хоче долучитися до прибирання парку, пишіть мені, збираємось о дев'ятій",
        "Бібліотека проводить розіграш книжок для дітей у суботу",
        "Мама після лікарні схудла на 7 кілограмів, харчування там погане",
        "Вітаю нашу команду з перемогою!!! 🎉🎉",
    ],
    "ar": [
        "من وجد قطة بيضاء قرب المدرسة يراسلني من فضلكم، ضاعت منذ يومين",
        "المكتبة العامة تنظم مسابقة رسم للأطفال يوم السبت",
        "والدي خسر ٨ كيلو بعد العملية، والأطباء قالوا إن هذا طبيعي",
        "مبروك للفريق على البطولة!!! 🎉🎉",
    ],
    "fa": [
        "هر کس گربه سفید ما را نزدیک پارک دیده به من پیام بدهد، از دیروز گم شده",
        "کتابخانه محله برای بچه‌ها مسابقه نقاشی و قرعه‌کشی کتاب گذاشته",
        "پدرم بعد از عمل ۷ کیلو کم کرد، دکتر گفت طبیعی است",
        "تبریک به تیم مدرسه!!! 🎉🎉",
    ],
    "he": [
        "מי שמצא כלב חום ליד הגן, כתבו לי בבקשה, הוא ברח אתמול",
        "הספרייה העירונית עורכת הגרלת ספרים לילדים בשבת",
        "אבא שלי ירד 8 קילו אחרי הניתוח, הרופאים אמרו שזה צפוי",
        "כל הכבוד לקבוצה של בית הספר!!! 🎉🎉",
    ],
    "hi": [
        "पार्क की सफाई में जो मदद करना चाहते हैं, मुझे मैसेज करें, रविवार सुबह मिलेंगे",
        "पुस्तकालय में बच्चों के लिए चित्रकला प्रतियोगिता है, इनाम भी मिलेंगे",
        "ऑपरेशन के बाद पिताजी का 7 किलो वजन कम हो गया, डॉक्टर ने कहा यह सामान्य है",
        "स्कूल की टीम को जीत की बधाई!!! 🎉🎉",
    ],
    "ja": [
        "駅の近くで茶色の猫を見かけた方は連絡ください、昨日から帰ってきません",
        "図書館で子ども向けの本の抽選会があるそうです、楽しみですね",
        "父は手術のあと5キロ痩せましたが、医者は問題ないと言っています",
        "地元チームの優勝おめでとう！！🎉🎉",
    ],
    "zh": [
        "谁在公园附近看到一只白色的小狗请联系我，昨天走丢了",
        "图书馆周六有儿童绘画比赛，还有抽奖活动",
        "我爸手术后瘦了十斤，医生说是正常的",
        "恭喜学校篮球队夺冠！！🎉🎉",
    ],
    "ko": [
        "공원 근처에서 흰 고양이 보신 분 연락 주세요, 어제부터 안 들어와요",
        "도서관에서 어린이 그림 대회와 책 추첨 행사를 한대요",
        "아버지가 수술 후에 5킬로 빠지셨는데 의사는 정상이래요",
        "학교 농구팀 우승 축하해요!! 🎉🎉",
    ],
}
