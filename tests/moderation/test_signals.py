from salon.moderation.domains import DomainParser
from salon.moderation.normalise import normalise
from salon.moderation.signals import TEXT_SIGNALS, text_signals


def names(text: str, parser: DomainParser) -> set[str]:
    n = normalise(text)
    # Signals without a reason (text length, digits) only feed the model.
    return {s.name for s in text_signals(n, parser.links(n.plain)) if s.reason}


def test_links_and_their_domains(domains: DomainParser) -> None:
    links = domains.links("see https://www.cash-daily.gq/x, bbc.co.uk/news and node.js, a@b.com")
    assert [(link.domain, link.suffix) for link in links] == [
        ("cash-daily.gq", "gq"),
        ("bbc.co.uk", "co.uk"),
    ]


def test_links_to_news_and_reference_sites_are_sources(domains: DomainParser) -> None:
    text = "Reuters checked it: reuters.com/fact-check and https://www.ons.gov.uk/economy"
    assert [link.source for link in domains.links(text)] == [True, True]
    got = names(text, domains)
    assert "source_link" in got and "link" not in got
    # A source next to a payload: the payload is the link that counts.
    mixed = names("see https://en.wikipedia.org/wiki/Loan and cash-now.tk", domains)
    assert "free_tld" in mixed and "source_link" not in mixed
    assert "praise_link" in names("Great post! More on this at my-blog-tips.net/why", domains)
    assert "praise_link" not in names("Great post! Source: https://www.bbc.co.uk/news", domains)


def test_statistics_offices_and_broadcasters_beyond_english_are_sources(
    domains: DomainParser,
) -> None:
    # Release 8: readers in every language cite their own statistics office or gazette.
    text = "Rosstat: https://rosstat.gov.ru/ GUS: https://stat.gov.pl/ INE: https://www.ine.es/"
    assert [link.source for link in domains.links(text)] == [True, True, True]
    assert "link" not in names(text, domains)
    assert [link.source for link in domains.links("https://stat-gov.pl.example/x")] == [False]


def test_reserved_documentation_domains_are_links(domains: DomainParser) -> None:
    links = domains.links("notes at https://leo-notes.example/night and www.shop.test")
    assert [(link.domain, link.suffix) for link in links] == [
        ("leo-notes.example", "example"),
        ("shop.test", "test"),
    ]


def test_bare_hosts_on_file_like_suffixes_need_a_path(domains: DomainParser) -> None:
    # ".pl", ".it", ".py" are file names until a path says otherwise.
    assert domains.links("run setup.py, then read notes.md, unit.test and do.it") == []
    links = domains.links("She loves Vena. trojmiasto.pl/Vena-Bus-Taxi-o59253.html")
    assert [link.domain for link in links] == ["trojmiasto.pl"]


def test_text_signals(domains: DomainParser) -> None:
    assert {"free_tld", "money", "earn"} <= names(
        "Google is paying $27485 per month, visit w w w . cash-daily . gq", domains
    )
    assert {"shortener"} <= names("open https://bit.ly/abc now", domains)
    assert {"link"} <= names("see https://example.org/report", domains)
    assert {"phone", "messenger", "spell"} <= names(
        "Dr Okoro on WhatsApp +2348012345678 brought my ex back with a love spell", domains
    )
    assert {"email"} <= names("write to me at someone@example.org", domains)
    assert {"crypto"} <= names("my account manager on this trading platform", domains)
    assert {"wallet"} <= names("donate to me at: 1FHeNqx1twqM153v2PTAyieJNEALAhZvEM", domains)
    assert {"wallet"} <= names("0x52908400098527886E0F7030069857D2E4169EE7 pls", domains)
    assert "wallet" not in names("Order 13 was 1234567890123456789012345678 units", domains)
    assert {"loan"} <= names("quick loans, bad credit ok", domains)
    assert {"pharmacy"} <= names("buy viagra without a prescription", domains)
    assert {"promo"} <= names("check out my channel and subscribe", domains)
    assert {"styled"} <= names("𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜", domains)
    assert {"lookalike"} <= names("Сlick hеre", domains)
    assert {"shouting"} <= names("THIS IS ALL WRITTEN IN CAPITAL LETTERS, LOUDLY", domains)
    assert all(name in TEXT_SIGNALS for name in names("anything at all $5 www.x.tk", domains))


def test_ordinary_debate_has_no_spam_signals(domains: DomainParser) -> None:
    assert names("Student loans are crushing a generation, income tax is theft", domains) == set()
    assert names("The council should resign. Read the report, it's damning.", domains) == set()


def test_spam_phrasing_in_other_languages(domains: DomainParser) -> None:
    for text, kind in (
        ("Gana dinero desde casa, 300 dólares al día", "earn"),
        ("Ganhe dinheiro em casa com renda extra todo mês", "earn"),
        ("Gagnez de l'argent facile en travaillant à la maison", "earn"),
        ("Schnell Geld verdienen, passives Einkommen!", "earn"),
        ("Kerja dari rumah, penghasilan tambahan tiap hari", "earn"),
        ("Préstamos rápidos sin aval, aprobado hoy", "loan"),
        ("Prêt entre particuliers rapide et sérieux", "loan"),
        ("Pinjaman online tanpa jaminan, cair 1 jam", "loan"),
        ("¡Has ganado una tarjeta de regalo!", "prize"),
        ("Suscríbete a mi canal, porfa", "promo"),
        ("Inscreva-se no meu canal!", "promo"),
    ):
        assert kind in names(text, domains), text
    for ordinary in (
        "El gobierno tiene que explicar los préstamos a las autonomías.",
        "Die Konzerne wollen nur Geld verdienen, das ist doch klar.",
        "Les soins à domicile manquent de personnel partout.",
        "Eu trabalho muito e ganho pouco dinheiro, como todo mundo.",
    ):
        assert names(ordinary, domains) == set(), ordinary


def test_premium_rate_texts_but_not_prices(domains: DomainParser) -> None:
    assert "premium" in names("FREE entry! Txt WIN to 80082, 150p per msg, reply STOP", domains)
    assert "premium" in names("cst std ntwk chg apply", domains)
    assert "premium" in names("Text 1,2 or 3 to 8304 to enter", domains)
    assert "premium" in names("join by txting MOAN to 69888", domains)
    assert "premium" in names("text me back after this msgs cst std ntwk chg £1.50", domains)
    for ordinary in (
        "reply",
        "See my reply below.",
        "Petrol was 145p a litre this morning.",
        "Text me when the meeting starts, it's at 7pm.",
        "Rent is 1200 a month now.",
    ):
        assert "premium" not in names(ordinary, domains), ordinary
