# ruff: noqa: E501  (one comment a line, as written)
"""Release 6 additions to multilingual-comments.csv, written by the Salon developers.

Written before any release 6 model was trained, without reading the frozen test split,
its texts or any error on it; what was known is release 5's aggregate description of the
misses: payload-less spam in Chinese, Japanese, Korean and Hebrew (vouchers, "look at my
profile") is published, and ordinary Hindi comments are held. So this batch is mostly
spam with no link and no number a finder reads (profile bait, vouchers and red packets,
"add me", investment and "teacher" groups, dating bait, messenger IDs written in words)
and ordinary comments of the same surface (prices, numbers, dates, "follow", names,
sources, a newsroom's number), in every script, each written as its own comment rather
than filled into a template. `{p}` and `{h}` as in make_multilingual.py.
"""

from __future__ import annotations

SPAM: dict[str, list[str]] = {
    "zh": [
        "想赚钱的朋友加我微信，每天带你做任务，手机就能操作",
        "点我头像看主页，有你想要的福利，姐妹们冲",
        "免费领取五百元购物券，名额有限，私信我发你领取方式",
        "我们的炒股群今天又抓到一个涨停板，老师免费带单，想进群的留言",
        "寂寞的话可以来找我聊天，微信号在我主页简介里哦",
        "兼职打字员，日结两百，宝妈学生都可以做，感兴趣的私我",
        "恭喜你被抽中成为幸运用户，领取红包请添加客服",
        "主页有惊喜，看完记得关注我，互粉互赞",
        "稳赚不赔的投资项目，一个月回本，加V了解详情",
        "代购正品名牌包包，价格是专柜的三折，看我动态",
    ],
    "ja": [
        "副業で月50万稼げる方法をプロフィールに載せてます、気になる人は見てね",
        "LINEのIDはプロフに書いてあるので、寂しい人は気軽に話しかけてください",
        "今だけアマゾンギフト券1万円分を無料でプレゼント中、DMください",
        "株の先生が無料でグループに招待してくれます、参加したい方はコメントで",
        "プロフ見てくれた人だけに秘密の動画を送ります💕",
        "在宅ワーク募集、スマホだけで日給2万円、主婦や学生さん大歓迎",
        "当選おめでとうございます！賞品の受け取りは公式アカウントを追加してください",
        "フォローしてくれたら必ずフォロー返します、相互フォロー募集中",
        "元本保証で毎月配当が出る投資案件、詳しくは個別に連絡します",
    ],
    "ko": [
        "하루 30분 투자로 월 300 버는 방법, 제 프로필 링크 확인하세요",
        "카톡 아이디는 프로필에 있어요, 외로우신 분 연락 주세요",
        "신세계 상품권 10만원 무료 증정 이벤트, 댓글 남기시면 개별 안내드려요",
        "주식 리딩방 무료 초대합니다, 수익 인증 많아요, 참여 원하시면 쪽지 주세요",
        "제 프로필 보시면 놀라운 영상 있어요 ㅎㅎ",
        "집에서 부업하실 분 구해요, 하루 두 시간 일당 15만원, 오픈채팅으로 문의",
        "축하합니다 경품 당첨되셨습니다, 수령하려면 고객센터 채널을 추가하세요",
        "맞팔해요, 팔로우하시면 바로 팔로우 갑니다",
        "원금 보장 코인 투자, 한 달 만에 두 배, 텔레그램으로 연락 주세요",
    ],
    "he": [
        "רוצים להרוויח מהבית? תיכנסו לפרופיל שלי ותראו איך אני עושה את זה",
        "שובר מתנה של 500 שקל לכל מי ששולח לי הודעה פרטית היום",
        "יש לי קבוצת השקעות בטלגרם, כבר הכפלנו את הכסף פעמיים, מי שרוצה להצטרף שיכתוב כאן",
        "משועממת בערב? הוסף אותי, הפרטים אצלי בפרופיל 💋",
        "עבודה מהבית, 300 שקל ליום בלי ניסיון, תשלחו הודעה ואסביר",
        "זכית בהגרלה! כדי לקבל את הפרס יש להוסיף את נציג השירות שלנו",
        "תעקבו אחריי ואני אעקוב בחזרה, מבטיחה",
        "הסרטון שלי בפרופיל הולך להימחק מחר, תספיקו לראות",
        "השקעה בטוחה בקריפטו עם תשואה של 20 אחוז בחודש, דברו איתי בווטסאפ",
    ],
    "hi": [
        "घर बैठे रोज़ 2000 रुपये कमाएं, मेरी प्रोफाइल देखें",
        "फ्री रिचार्ज और 500 का गिफ्ट वाउचर पाने के लिए मुझे मैसेज करें",
        "शेयर बाजार की टिप्स के लिए हमारे टेलीग्राम ग्रुप से जुड़ें, रोज़ पक्का मुनाफा",
        "अकेले हो? मुझसे दोस्ती करो, मेरा नंबर प्रोफाइल में है 💋",
        "मुझे फॉलो करो, मैं भी वापस फॉलो करूंगी",
        "बधाई हो, आप लकी ड्रॉ में जीते हैं, इनाम लेने के लिए हमारे एजेंट से संपर्क करें",
        "पार्ट टाइम जॉब, सिर्फ मोबाइल से काम, हर दिन पेमेंट, व्हाट्सएप पर हाय लिखें",
    ],
    "ar": [
        "اربح من البيت يوميا، الطريقة كاملة في صفحتي الشخصية",
        "قسيمة شرائية بقيمة 500 ريال مجانا لأول مئة شخص، راسلوني على الخاص",
        "انضموا إلى مجموعة التداول على التليجرام، أرباح مضمونة كل أسبوع",
        "تعال نتعرف، حسابي على سناب في البايو 💋",
        "تابعني وأتابعك فورا، دعم متبادل",
    ],
    "fa": [
        "با روزی یک ساعت کار در خانه درآمد دلاری داشته باشید، توضیحات در پروفایل من",
        "کارت هدیه رایگان برای ده نفر اول، به دایرکت پیام بدید",
        "کانال سیگنال ارز دیجیتال ما در تلگرام سود تضمینی دارد، عضو شوید",
        "فالو کنید فالو می‌کنم، حمایت متقابل",
    ],
    "ru": [
        "Кто хочет зарабатывать из дома, загляните ко мне в профиль",
        "Дарю сертификат на 5000 рублей первым десяти, кто напишет в личку",
        "Наш инвестиционный чат в телеграме снова в плюсе, ссылка в описании профиля",
        "Скучно вечером? Добавляйся в друзья, познакомимся 💋",
        "Взаимная подписка, подпишусь на каждого, кто подпишется на меня",
    ],
    "uk": [
        "Хто хоче заробляти вдома, зазирніть у мій профіль",
        "Дарую подарунковий сертифікат на 1000 гривень, пишіть в особисті",
        "Наш інвестиційний чат у телеграмі знову в плюсі, приєднуйтесь",
        "Самотньо? Додавайся в друзі, поспілкуємось 💋",
    ],
    "tr": [
        "Evden para kazanmak isteyenler profilime baksın",
        "İlk 20 kişiye 500 TL hediye çeki, DM atın",
        "Telegram yatırım grubumuzda her hafta kazandırıyoruz, katılmak isteyen yazsın",
        "Takip edene geri takip, söz",
    ],
    "en": [
        "Anyone bored tonight? add me, my snap is on my profile 💋",
        "Our investment group on Telegram doubled again this week, comment if you want in",
        "First 50 people to message me get a free 100 gift card, no catch",
    ],
    "de": [
        "Wer von zu Hause Geld verdienen will, schaut mal in mein Profil",
        "Unsere Aktiengruppe auf Telegram lag diese Woche wieder vorne, wer rein will, schreibt mir",
    ],
    "fr": [
        "Ceux qui veulent gagner de l'argent depuis chez eux, passez voir mon profil",
        "Je m'ennuie ce soir, ajoutez-moi, mon snap est dans ma bio 💋",
    ],
    "es": [
        "Quien quiera ganar dinero desde casa que mire mi perfil",
        "Regalo tarjetas de 100 € a los primeros que me escriban por privado",
    ],
    "pt": [
        "Quem quiser ganhar dinheiro em casa dá uma olhada no meu perfil",
        "Nosso grupo de investimentos no Telegram lucrou de novo, quem quiser entrar comenta aqui",
    ],
    "it": [
        "Chi vuole guadagnare da casa dia un'occhiata al mio profilo",
    ],
    "nl": [
        "Wie thuis geld wil verdienen, kijk even op mijn profiel",
    ],
    "pl": [
        "Kto chce zarabiać w domu, niech zajrzy na mój profil",
    ],
    "id": [
        "Yang mau cuan dari rumah cek profil aku ya",
        "Gabung grup saham kami di Telegram, profit tiap minggu, komen kalau mau ikut",
    ],
}

HAM: dict[str, list[str]] = {
    "zh": [
        "地铁三号线下个月开通，终于不用每天挤公交了",
        "文章里说房价跌了百分之五，我们小区的价格好像没变",
        "我关注这个案子很久了，希望法院早点给个说法",
        "数据来源是国家统计局的年度报告，可以去官网查",
        "去年十月我也去过那家医院，排队排了三个小时",
        "作者的观点我不太同意，但这篇报道写得很认真",
        "超市鸡蛋涨到八块一斤，退休工资根本不够用",
        "我奶奶今年九十岁了，她说小时候这条街全是稻田",
        "请问记者，文中提到的补贴怎么申请？",
        "周末的义卖活动筹到了两万多块，谢谢所有参加的人",
    ],
    "ja": [
        "来月から地下鉄の初乗りが180円になるそうで、通勤が地味に痛い",
        "記事では家賃が5%上がったとありますが、うちの地域はもっと上がっています",
        "この裁判はずっと追いかけています、続報を待っています",
        "出典は総務省の統計なので、誰でも確認できます",
        "去年の10月に同じ病院に行きましたが、3時間待ちでした",
        "筆者の意見には反対ですが、丁寧な取材だと思います",
        "卵が1パック300円を超えて、年金暮らしには厳しいです",
        "祖母は今年で90歳、昔はこのあたり一面田んぼだったと言っています",
        "記者さんに質問です、記事の補助金はどこで申請できますか？",
    ],
    "ko": [
        "다음 달부터 지하철 기본요금이 1550원이라니 출퇴근이 부담되네요",
        "기사에는 집값이 5% 떨어졌다는데 우리 동네는 그대로예요",
        "이 재판은 처음부터 지켜보고 있습니다, 후속 보도 부탁드려요",
        "출처는 통계청 연간 보고서라서 누구나 확인할 수 있어요",
        "작년 10월에 그 병원에 갔는데 세 시간 기다렸습니다",
        "필자 의견에는 동의하지 않지만 취재는 꼼꼼하네요",
        "계란 한 판이 8천원이 넘어서 연금으로는 버티기 힘들어요",
        "기자님 질문 있어요, 기사에 나온 지원금은 어디서 신청하나요?",
        "주말 바자회에서 200만원 넘게 모였대요, 참여하신 분들 감사합니다",
    ],
    "he": [
        "הקו החדש של הרכבת הקלה נפתח בחודש הבא, סוף סוף",
        "בכתבה כתוב שמחירי הדירות ירדו ב-5 אחוז, אצלנו בשכונה לא ראיתי את זה",
        "אני עוקבת אחרי המשפט הזה מההתחלה ומחכה להמשך",
        "המקור הוא הלשכה המרכזית לסטטיסטיקה, אפשר לבדוק באתר שלהם",
        "הייתי באותו בית חולים באוקטובר שעבר וחיכיתי שלוש שעות",
        "אני לא מסכים עם הכותב, אבל זו כתבה רצינית",
        "תבנית ביצים עולה כבר 15 שקל, עם פנסיה אי אפשר לחיות ככה",
        "שאלה לכתבת: איפה מגישים בקשה למענק שמוזכר בכתבה?",
        "סבתא שלי בת 90 והיא זוכרת שכל הרחוב הזה היה פרדסים",
    ],
    "hi": [
        "अगले महीने से मेट्रो का किराया 10 रुपये बढ़ रहा है, रोज़ के सफर पर असर पड़ेगा",
        "लेख में लिखा है कि प्याज़ 80 रुपये किलो हो गया, हमारे यहाँ तो 100 है",
        "मैं इस केस को शुरू से फॉलो कर रहा हूँ, अगली सुनवाई कब है?",
        "आंकड़े राष्ट्रीय सांख्यिकी कार्यालय की रिपोर्ट से हैं, कोई भी देख सकता है",
        "पिछले अक्टूबर में मैं उसी अस्पताल गई थी, तीन घंटे इंतज़ार करना पड़ा",
        "लेखक की बात से सहमत नहीं हूँ, लेकिन रिपोर्ट मेहनत से लिखी गई है",
        "मेरी दादी 90 साल की हैं, कहती हैं यहाँ पहले खेत थे",
        "पत्रकार जी, लेख में जिस योजना का ज़िक्र है उसका फॉर्म कहाँ मिलेगा?",
        "बारिश से हमारी गली में फिर पानी भर गया, नगर निगम को फोन किया पर कोई नहीं आया",
        "बहुत अच्छी खबर है, गाँव के स्कूल को आखिरकार नई इमारत मिल गई",
    ],
    "ar": [
        "سعر الخبز ارتفع مرة أخرى هذا الشهر، والرواتب كما هي",
        "المصدر هو تقرير الجهاز المركزي للإحصاء، يمكن لأي شخص الرجوع إليه",
        "أتابع هذه القضية منذ البداية وأنتظر الحكم",
        "زرت نفس المستشفى في أكتوبر الماضي وانتظرت ثلاث ساعات",
        "سؤال للكاتب: أين نقدم طلب الدعم المذكور في المقال؟",
    ],
    "fa": [
        "قیمت نان دوباره این ماه بالا رفت و حقوق‌ها همان است",
        "منبع این آمار مرکز آمار ایران است و همه می‌توانند ببینند",
        "این پرونده را از اول دنبال می‌کنم و منتظر رأی دادگاه هستم",
        "سؤال از نویسنده: وامی که در مقاله آمده کجا ثبت‌نام می‌شود؟",
    ],
    "ru": [
        "С первого числа проезд в метро подорожает до 70 рублей, спасибо, что предупредили",
        "Слежу за этим делом с самого начала, жду приговора",
        "Цифры взяты из отчёта Росстата, их легко проверить",
        "Вопрос к автору: где подать заявление на компенсацию, о которой вы пишете?",
        "Моей бабушке 90 лет, она помнит, что здесь были поля",
    ],
    "uk": [
        "З першого числа проїзд подорожчає до 15 гривень, дякую, що попередили",
        "Стежу за цією справою від початку, чекаю на вирок",
        "Дані зі звіту Держстату, їх легко перевірити",
        "Питання до авторки: де подати заяву на допомогу, про яку йдеться?",
    ],
    "tr": [
        "Metro bileti ayın birinden itibaren 20 lira oluyormuş, haber için teşekkürler",
        "Bu davayı başından beri takip ediyorum, karar ne zaman çıkacak?",
        "Rakamlar TÜİK raporundan, herkes kontrol edebilir",
        "Yazara sorum var: haberde geçen destek için başvuru nereden yapılıyor?",
    ],
    "en": [
        "My gran turns 90 next week and still remembers when this street was all fields",
        "Where do you actually apply for the grant mentioned in the article? The council site is no help",
        "I've been following this trial since day one, any date for the verdict?",
    ],
    "de": [
        "Ich verfolge den Prozess seit dem ersten Tag, wann fällt das Urteil?",
        "Wo kann man den Zuschuss aus dem Artikel eigentlich beantragen?",
    ],
    "fr": [
        "Je suis ce procès depuis le premier jour, une date pour le verdict ?",
        "Où dépose-t-on la demande d'aide dont parle l'article ?",
    ],
    "es": [
        "Sigo este juicio desde el primer día, ¿se sabe cuándo sale la sentencia?",
        "¿Dónde se solicita la ayuda que menciona el artículo?",
    ],
    "pt": [
        "Acompanho esse julgamento desde o início, já tem data para a sentença?",
        "Onde se pede o auxílio que a matéria cita?",
    ],
    "it": [
        "Seguo questo processo dal primo giorno, si sa quando arriva la sentenza?",
    ],
    "nl": [
        "Ik volg deze rechtszaak vanaf dag één, wanneer komt de uitspraak?",
    ],
    "pl": [
        "Śledzę ten proces od pierwszego dnia, kiedy będzie wyrok?",
    ],
    "id": [
        "Saya mengikuti sidang ini dari awal, kapan putusannya?",
        "Di mana daftar bantuan yang disebut di artikel ini?",
    ],
}

# Second batch of release 6, written after reading the kinds (not to paraphrase the texts)
# of the out-of-fold errors of the TRAINING part in bench/moderation/select_r6.py: readers
# who call or write to an authority, subscribe to a paper, mention free entry, rents and
# bills are held; follow-for-follow, "you won, reply with your e-mail" and "watch it on my
# profile before it is deleted" are published. Never the frozen split.
SPAM_2: dict[str, list[str]] = {
    "zh": [
        "关注我，我回关，群里每天分享内部消息",
        "您的账号获得了免费礼品卡一张，回复手机号即可领取",
        "这段视频马上要被下架了，想看的去我主页",
    ],
    "ja": [
        "相互フォローしましょう、毎日儲かる情報を流してます",
        "おめでとうございます、ギフトカードが当たりました、メールアドレスを返信してください",
        "消される前に僕のプロフィールの動画を見てください",
    ],
    "ko": [
        "선팔하면 맞팔 100%, 매일 돈 되는 정보 올려요",
        "축하드려요, 기프티콘에 당첨되셨습니다, 이메일 주소를 답장으로 보내주세요",
        "지워지기 전에 제 프로필 영상 꼭 보세요",
    ],
    "he": [
        "עקבו אחריי ותקבלו כל יום טיפים להשקעות שמכפילים את הכסף",
        "מזל טוב, זכית בשובר מתנה, שלח לנו את כתובת המייל שלך לקבלת הפרס",
        "היועצת שלי בקבוצה הסגורה הרוויחה לי 20 אלף בחודש, מי שרוצה את הפרטים שיגיב",
    ],
    "hi": [
        "मुझे फॉलो करो, रोज़ कमाई वाले टिप्स डालती हूँ",
        "आपने गिफ्ट कार्ड जीता है, अपना ईमेल रिप्लाई करें",
        "डिलीट होने से पहले मेरी प्रोफाइल पर वीडियो देख लो",
    ],
    "ar": [
        "مبروك ربحت بطاقة هدية، أرسل بريدك الإلكتروني لاستلامها",
        "شاهدوا الفيديو في حسابي قبل أن يحذفوه",
        "مستشاري في الاستثمار ضاعف أموالي خلال شهر، اسألوني عنه",
    ],
    "fa": [
        "تبریک، برنده کارت هدیه شدید، ایمیل خود را بفرستید",
        "قبل از اینکه پاکش کنند ویدیو را در پروفایلم ببینید",
        "مشاور سرمایه‌گذاری من پولم را در یک ماه دو برابر کرد، پیام بدهید معرفی کنم",
    ],
    "ru": [
        "Поздравляем, вам достался подарочный купон, ответьте своим e-mail",
        "Мой наставник по инвестициям удвоил мой депозит за месяц, спрашивайте контакт",
    ],
    "uk": [
        "Вітаємо, ви виграли подарунковий купон, надішліть свою пошту у відповідь",
        "Підпишіться на мене, щодня ділюся схемами швидкого заробітку",
    ],
    "tr": [
        "Tebrikler, hediye çeki kazandınız, e-posta adresinizi yanıt olarak gönderin",
        "Silinmeden önce profilimdeki videoyu izleyin",
    ],
    "en": ["Follow me for daily money tips, I follow back everyone"],
    "es": ["Sígueme, cada día comparto trucos para ganar dinero rápido"],
    "it": ["Complimenti, hai vinto una carta regalo, rispondi con la tua email per riceverla"],
    "id": ["Follow aku ya, tiap hari bagi tips cuan, pasti aku follback"],
}

HAM_2: dict[str, list[str]] = {
    "ar": [
        "كتبت إلى البلدية بخصوص الإنارة في شارعنا، وأصلحوها بعد أسبوع",
        "اشتركت في الجريدة الورقية لأن الصحافة المحلية تستحق الدعم",
        "الدخول إلى المعرض مجاني يوم الجمعة، أنصح العائلات بالذهاب",
        "إيجار الشقة في حيّنا أصبح 4000 درهم، أي أكثر من نصف الراتب",
    ],
    "fa": [
        "به اداره آب زنگ زدم و گفتند تا فردا وصل می‌شود",
        "ورود به موزه جمعه‌ها رایگان است، خوب بود در خبر می‌آمد",
        "اجاره یک آپارتمان کوچک در محله ما دو برابر شده است",
    ],
    "hi": [
        "मैंने बिजली विभाग को फोन किया, उन्होंने कहा कल तक ठीक हो जाएगा",
        "मैंने यह अखबार सब्सक्राइब किया है क्योंकि यह स्थानीय खबरें सच में छापता है",
        "संग्रहालय में रविवार को प्रवेश मुफ्त है, यह लेख में होना चाहिए था",
        "बिजली का बिल इस महीने 3000 रुपये आया, पिछले साल से दोगुना",
    ],
    "he": [
        "התקשרתי לעירייה בעניין הפנסים ברחוב ותיקנו אחרי שבוע",
        "נרשמתי למינוי על העיתון כי עיתונות מקומית צריכה תמיכה",
        "הכניסה למוזיאון חינם בשבת, כדאי היה לציין את זה",
        "שכר הדירה אצלנו עלה ל-6000 שקל, חצי מהמשכורת",
    ],
    "ru": [
        "Позвонила в управляющую компанию, обещали починить лифт к пятнице",
        "Оформил подписку на газету, местную журналистику надо поддерживать",
        "Вход в музей по воскресеньям бесплатный, стоило упомянуть в статье",
    ],
    "uk": [
        "Зателефонувала до ЖЕКу, обіцяли полагодити ліфт до п'ятниці",
        "Оформив передплату на газету, місцеву журналістику треба підтримувати",
        "Вхід до музею в неділю безкоштовний, варто було згадати",
    ],
    "tr": [
        "Belediyeye dilekçe yazdım, sokak lambasını bir haftada tamir ettiler",
        "Yerel gazeteciliği desteklemek için bu gazeteye abone oldum",
        "İki odalı dairenin kirası 15 bin lira olmuş, maaşın yarısı",
    ],
    "zh": [
        "我给物业打了电话，他们说周五前修好电梯",
        "博物馆周一闭馆，其他时间凭身份证免费参观",
        "两居室的房租涨到四千五了，工资的一半都交了房租",
    ],
    "ja": [
        "管理会社に電話したら、金曜までにエレベーターを直すそうです",
        "地元紙を応援したくて定期購読を申し込みました",
        "2LDKの家賃が12万円になって、給料の半分が消えます",
    ],
    "ko": [
        "관리사무소에 전화했더니 금요일까지 엘리베이터를 고친대요",
        "지역 신문을 응원하고 싶어서 정기 구독 신청했어요",
        "투룸 월세가 80만원이라니 월급 절반이 나가요",
    ],
    "en": [
        "Rang the council about the streetlights and they fixed them within a week",
        "Entry to the museum is free on Sundays, worth adding to the piece",
    ],
    "de": ["Hab bei der Hausverwaltung angerufen, der Aufzug soll bis Freitag laufen"],
    "fr": ["L'entrée du musée est gratuite le dimanche, ça valait la peine de le dire"],
    "es": ["Llamé al ayuntamiento por las farolas y las arreglaron en una semana"],
    "pt": ["Liguei para a prefeitura por causa dos postes e consertaram em uma semana"],
    "nl": ["Ik heb de gemeente gebeld over de lantaarnpalen, binnen een week gemaakt"],
    "pl": ["Dzwoniłam do spółdzielni, windę mają naprawić do piątku"],
    "id": ["Saya sudah lapor ke kelurahan soal lampu jalan, seminggu kemudian diperbaiki"],
}

# Third batch of release 6: ordinary comments, because every language but English had
# fewer legitimate than spam rows in the training part. Thanks with a hashtag, prices
# and bills, subscriptions, calls to offices, "free", following a story, in the words a
# reader would use; written before the final frozen measurement.
HAM_3: dict[str, list[str]] = {
    "hi": [
        "बढ़िया कवरेज, अगले साल भी मेले की तस्वीरें डालिए #दिवाली",
        "गैस सिलेंडर अब 1100 रुपये का है, सरकार को इस पर ध्यान देना चाहिए",
        "हमारे मोहल्ले में पानी की सप्लाई तीन दिन से बंद है, कोई सुनवाई नहीं",
        "मैं रोज़ सुबह आपका अखबार पढ़ता हूँ, खेल वाला पन्ना सबसे अच्छा लगता है",
        "इस खबर पर आगे क्या हुआ, कृपया अपडेट दीजिए",
        "सरकारी अस्पताल में जांच मुफ्त है, लेकिन लाइन बहुत लंबी होती है",
        "नगर निगम के हेल्पलाइन पर शिकायत दर्ज कराई, देखते हैं क्या होता है",
    ],
    "ar": [
        "شكرا على التغطية الرائعة للمهرجان #ثقافة",
        "فاتورة الكهرباء هذا الشهر 600 ريال، ولا أحد يشرح السبب",
        "أقرأ هذه الصحيفة كل صباح منذ عشرين عاما",
        "هل من جديد في هذه القصة؟ أرجو متابعتها",
        "العلاج في المستوصف الحكومي مجاني لكن الانتظار طويل",
    ],
    "fa": [
        "ممنون از گزارش خوبتان از جشنواره #فرهنگ",
        "قبض برق این ماه دو برابر شده و کسی توضیح نمی‌دهد",
        "هر روز صبح این روزنامه را می‌خوانم، صفحه ورزشی‌اش عالی است",
        "لطفاً ادامه این ماجرا را هم پیگیری کنید",
        "به شماره ۱۳۷ شهرداری زنگ زدم و شکایت ثبت کردم",
    ],
    "he": [
        "תודה על הסיקור של הפסטיבל #תרבות",
        "חשבון החשמל החודש היה 700 שקל, אף אחד לא מסביר למה",
        "אני קורא את העיתון הזה כל בוקר כבר עשרים שנה",
        "יש עדכון בסיפור הזה? אשמח אם תמשיכו לעקוב",
    ],
    "ru": [
        "Спасибо за репортаж с фестиваля #культура",
        "Счёт за свет в этом месяце 3500 рублей, никто не объясняет почему",
        "Читаю вашу газету каждое утро уже двадцать лет",
        "Есть новости по этой истории? Следите, пожалуйста, дальше",
    ],
    "uk": [
        "Дякую за репортаж із фестивалю #культура",
        "Рахунок за світло цього місяця 1200 гривень, ніхто не пояснює чому",
        "Чи є новини в цій історії? Стежте, будь ласка, далі",
    ],
    "tr": [
        "Festival haberi için teşekkürler #kültür",
        "Elektrik faturası bu ay 1800 lira geldi, kimse nedenini açıklamıyor",
        "Bu haberin devamı var mı? Lütfen takip edin",
    ],
    "zh": [
        "谢谢记者对灯会的报道 #春节",
        "这个月电费四百多，没人解释为什么涨了",
        "这件事后来怎么样了？希望继续跟进报道",
        "我每天早上都看你们的报纸，体育版最好看",
    ],
    "ja": [
        "花火大会の記事ありがとうございます #夏祭り",
        "今月の電気代が1万5千円、理由の説明がありません",
        "この件のその後が知りたいです、続報お願いします",
        "毎朝この新聞を読んでいます、スポーツ面が一番好きです",
    ],
    "ko": [
        "불꽃축제 기사 고맙습니다 #축제",
        "이번 달 전기요금이 12만원 나왔는데 이유를 설명해 주는 곳이 없네요",
        "이 사건 그 후 소식이 궁금합니다, 후속 기사 부탁드려요",
    ],
    "id": [
        "Terima kasih liputan karnavalnya #budaya",
        "Tagihan listrik bulan ini 600 ribu, tidak ada yang menjelaskan kenapa naik",
        "Berobat di puskesmas gratis, tapi antreannya panjang sekali",
    ],
    "it": [
        "Grazie per il servizio sulla sagra #cultura",
        "La bolletta della luce questo mese è di 180 euro, nessuno spiega perché",
        "Ci sono novità su questa storia? Continuate a seguirla per favore",
    ],
    "nl": [
        "Bedankt voor het verslag van het festival #cultuur",
        "Mijn energierekening is deze maand 240 euro, niemand legt uit waarom",
    ],
    "pl": [
        "Dzięki za relację z festiwalu #kultura",
        "Rachunek za prąd w tym miesiącu 450 zł, nikt nie wyjaśnia dlaczego",
        "Są jakieś nowe informacje w tej sprawie? Proszę śledzić dalej",
    ],
    "pt": ["Conta de luz deste mês veio 350 reais, ninguém explica por quê"],
    "es": ["La factura de la luz este mes fue de 120 €, nadie explica por qué"],
    "fr": ["Merci pour le reportage sur le festival #culture"],
    "de": ["Danke für den Bericht vom Stadtfest #Kultur"],
}

# Fourth batch of release 6: more spam without a link or a number, so the ordinary
# comments of batch 3 do not tip the balance: dating bait, "teacher" and signal groups,
# red packets and vouchers, messenger IDs spelled out in words.
SPAM_3: dict[str, list[str]] = {
    "zh": [
        "有没有一起聊天的小哥哥，微信搜我名字就能加到",
        "免费进股票交流群，每天早上老师发三只牛股，名额只剩十个",
        "关注后私信我领取新人红包，先到先得",
        "炒币三个月翻了十倍，方法我放在置顶动态里了",
    ],
    "ja": [
        "寂しい夜は話し相手になります、ラインはプロフのURLから",
        "投資の勉強会を無料で開催中、参加希望の方はフォローしてDMください",
        "新規の方限定で5000円分のポイントを配っています、コメントで教えてね",
    ],
    "ko": [
        "심심하신 분 카톡 주세요, 아이디는 영어로 제 닉네임이에요",
        "무료 코인 리딩방 오픈, 수익률 매일 인증합니다, 들어오실 분 댓글",
        "신규 가입하면 5만원 쿠폰 바로 지급, 프로필에서 신청하세요",
    ],
    "he": [
        "מחפשת מישהו לדבר איתו בערבים, חפשו אותי בטלגרם לפי השם",
        "קבוצת מניות סגורה, המנטור שולח המלצות כל בוקר, נשארו מקומות אחרונים",
        "קוד קופון של 200 שקל לכל מי שעוקב אחריי ושולח הודעה",
        "הרווחתי 15 אלף בשבוע מהבית, כל ההסבר בסטורי שלי",
    ],
    "hi": [
        "कोई बात करने वाला चाहिए, टेलीग्राम पर मेरा नाम सर्च करो",
        "मुफ्त ट्रेडिंग क्लास, सर जी रोज़ सुबह पक्की कॉल देते हैं, ग्रुप में जुड़ें",
        "नए लोगों को 500 का कूपन, बस मुझे फॉलो करके मैसेज करें",
    ],
    "ar": [
        "أبحث عن صديق للدردشة، ابحث عن اسمي في تيليجرام",
        "توصيات أسهم مجانية كل صباح من المستشار، باقي أماكن قليلة في المجموعة",
        "كوبون خصم 200 ريال لكل من يتابعني ويراسلني",
    ],
    "fa": [
        "کسی هست حوصله‌اش سر رفته باشد؟ اسمم را در تلگرام جستجو کن",
        "سیگنال رایگان بورس هر روز صبح از استاد، فقط چند جای خالی مانده",
    ],
    "ru": [
        "Ищу с кем пообщаться вечерами, найди меня в телеге по нику из профиля",
        "Бесплатные сигналы по акциям каждое утро от наставника, осталось пять мест",
    ],
    "uk": [
        "Шукаю з ким поспілкуватися, знайди мене в телеграмі за ніком з профілю",
        "Заробила 20 тисяч за тиждень з дому, все пояснення в сторіз",
    ],
    "tr": [
        "Sohbet edecek birini arıyorum, Telegram'da adımı arat",
        "Ücretsiz borsa sinyali, hocamız her sabah paylaşıyor, son birkaç yer kaldı",
    ],
    "en": ["Free stock signals every morning from our mentor, only a few spots left in the group"],
    "de": ["Suche jemanden zum Schreiben am Abend, such mich auf Telegram unter meinem Namen"],
    "fr": ["Signaux boursiers gratuits chaque matin par notre mentor, plus que quelques places"],
    "pt": ["Procurando alguém pra conversar à noite, me acha no Telegram pelo nome do perfil"],
    "it": ["Cerco qualcuno con cui chattare la sera, cercami su Telegram col nome del profilo"],
    "nl": ["Gratis aandelensignalen elke ochtend van onze mentor, nog een paar plekken vrij"],
    "pl": ["Darmowe sygnały giełdowe co rano od naszego mentora, zostało kilka miejsc"],
    "id": ["Cari teman ngobrol malam ini, cari aku di Telegram pakai nama profil"],
}
