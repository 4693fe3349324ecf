"""Links in a text and their registered domains, from the bundled public-suffix list."""

from __future__ import annotations

import functools
import importlib.util
import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import scheme_chars

import idna

# Freenom's free TLDs: the throw-away domains of the page Salon started from.
FREE_TLDS = frozenset({"tk", "ml", "ga", "cf", "gq"})
# Cheap new gTLDs that dominate spam-domain reports (Spamhaus, SURBL top lists).
CHEAP_TLDS = frozenset(
    "xyz top icu buzz online site club live shop store click link win bid loan work fun "
    "space website cyou sbs cfd monster bond rest ink pw su ws cam quest mom lol".split()
)
SHORTENERS = frozenset(
    "bit.ly tinyurl.com goo.gl t.co ow.ly is.gd cutt.ly rb.gy shorturl.at tiny.cc "
    "rebrand.ly bit.do buff.ly s.id v.gd clck.ru shorte.st adf.ly linktr.ee tiny.one "
    "t.ly lnkd.in qr.ae bl.ink".split()
)
# News and reference sites readers cite as sources. A link to one is not a payload: it
# does not count as a link for spam (it gets its own model input, "source_link").
# Release 8: the national statistics offices, official gazettes and public broadcasters
# that Salon's multilingual comments cite (without them each such citation taught the
# model that an ordinary link is legitimate, and a bare link in a first comment was
# published).
SOURCE_DOMAINS = frozenset(
    """
    wikipedia.org wikimedia.org wiktionary.org archive.org doi.org arxiv.org
    bbc.co.uk bbc.com reuters.com apnews.com afp.com nytimes.com washingtonpost.com
    wsj.com ft.com economist.com bloomberg.com theguardian.com guardian.co.uk
    independent.co.uk telegraph.co.uk thetimes.co.uk npr.org pbs.org cnn.com nbcnews.com
    cbsnews.com abcnews.go.com latimes.com usatoday.com politico.com politico.eu
    theatlantic.com newyorker.com propublica.org axios.com aljazeera.com dw.com
    france24.com lemonde.fr lefigaro.fr liberation.fr spiegel.de zeit.de faz.net
    sueddeutsche.de elpais.com elmundo.es corriere.it repubblica.it nrc.nl volkskrant.nl
    irishtimes.com rte.ie abc.net.au smh.com.au cbc.ca theglobeandmail.com nzherald.co.nz
    scmp.com japantimes.co.jp thehindu.com
    nature.com science.org sciencedirect.com springer.com wiley.com thelancet.com
    nejm.org bmj.com jamanetwork.com plos.org cochranelibrary.com nber.org ssrn.com
    who.int un.org oecd.org imf.org worldbank.org europa.eu ourworldindata.org
    census.gov bls.gov cdc.gov nih.gov nasa.gov noaa.gov ons.gov.uk
    legislation.gov.uk parliament.uk bailii.org courtlistener.com supremecourt.gov
    destatis.de tagesschau.de insee.fr ine.es boe.es rtve.es istat.it ansa.it rai.it
    cbs.nl nos.nl stat.gov.pl tuik.gov.tr bps.go.id gov.ru rosstat.gov.ru ukrstat.gov.ua
    ibge.gov.br
    """.split()
)
# Public suffixes of governments, universities and international bodies.
SOURCE_SUFFIXES = frozenset(
    "gov edu mil int gov.uk ac.uk nhs.uk gov.au edu.au gc.ca gouv.fr gob.es gov.ie "
    "govt.nz ac.nz gov.in ac.in gov.za ac.za".split()
)
# Reserved for documentation and testing (RFC 2606, RFC 6761).
RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})
MESSENGER_DOMAINS = frozenset({"wa.me", "t.me", "telegram.me", "whatsapp.com", "chat.whatsapp.com"})

# A link: with a scheme, with www., or a bare host with a public suffix (checked below).
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|(?<![@\w.-])(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}\b(?:/[^\s<>\"')\]]*)?",
    re.IGNORECASE,
)
# tldextract's reading of the suffix list (suffix_list.py) and of a URL (remote.py).
_SUFFIX = re.compile(r"^([.*!]*\w[\S]*)", re.UNICODE | re.MULTILINE)
_PRIVATE = "// ===BEGIN PRIVATE DOMAINS==="
_SCHEME_CHARS = frozenset(scheme_chars)
_DOTS = "\u3002\uff0e\uff61"  # ideographic and full-width full stops
# "[a-z0-9]\.[a-z]{2}" ignoring case (which also lets in İ ı ſ and the Kelvin sign), written
# to start with the dot: re then jumps from dot to dot at C speed (eight times faster).
_LATIN_IGNORING_CASE = "A-Za-z\u0130\u0131\u017f\u212a"
_LINK_GATE = re.compile(rf"\.(?<=[{_LATIN_IGNORING_CASE}0-9]\.)[{_LATIN_IGNORING_CASE}]{{2}}")
_HOST = re.compile(r"^(?:https?://)?([^/?#:\s]+)", re.IGNORECASE)
# Bare "word.word" that are file names or abbreviations, not links (unless a path follows).
_NOT_A_HOST_SUFFIX = frozenset(
    {"py", "sh", "md", "js", "rs", "pl", "cs", "ps", "so", "ai", "it", "test", "localhost"}
)

# A bare "word.word" with no scheme, no www. and no path is a link only when its suffix
# is one that people actually type bare (and it is written in lower case): after a
# missing space "attraction.love" or "Berlin.In" is two sentences, not a link.
BARE_SUFFIXES = (
    frozenset(
        "com net org info biz io co me tv cc app dev ai us uk de fr es it nl pl ru ua tr br "
        "in id jp cn kr eu ch at be se no dk fi cz pt ca au mx ar cl ly gd to gl".split()
    )
    | FREE_TLDS
    | CHEAP_TLDS
)


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    host: str
    domain: str  # registered domain, e.g. "cash-daily.gq"
    suffix: str  # public suffix, e.g. "gq" or "co.uk"
    explicit: bool  # written with http(s):// or www.
    source: bool = False  # a news or reference site (SOURCE_DOMAINS / SOURCE_SUFFIXES)


class DomainParser:
    """Finds links and their registered domains offline (no suffix-list download)."""

    def __init__(self) -> None:
        self._suffixes = _suffixes()  # parsed now, not on the first comment
        self._cache: dict[str, tuple[str, str]] = {}

    def registered(self, host: str) -> tuple[str, str]:
        """Return (registered domain, suffix) of `host`; ("", "") when it has no suffix."""
        host = host.lower().rstrip(".")
        hit = self._cache.get(host)
        if hit is None:
            hit = self._split(host)
            labels = host.split(".")
            if not hit[0] and len(labels) >= 2 and labels[-1] in RESERVED_TLDS:
                # Not in the public-suffix list, but links all the same (demos, tests).
                hit = (".".join(labels[-2:]), labels[-1])
            if len(self._cache) < 50_000:
                self._cache[host] = hit
        return hit

    def _split(self, host: str) -> tuple[str, str]:
        """(registered domain, public suffix) as tldextract's TLDExtract() gives them
        (`domain.suffix`, `suffix`) without the PSL's private domains."""
        netloc = _lenient_netloc(host)
        for dot in _DOTS:
            netloc = netloc.replace(dot, ".")
        if len(netloc) >= 4 and netloc[0] == "[" and netloc[-1] == "]":
            try:
                ipaddress.IPv6Address(netloc[1:-1])
                return "", ""
            except ValueError:
                pass
        labels = netloc.split(".")
        start = self._suffix_start(labels)
        if start is None:
            return "", ""
        domain = labels[start - 1] if start > 0 else ""
        suffix = ".".join(labels[start:])
        return (f"{domain}.{suffix}" if domain and suffix else "", suffix)

    def _suffix_start(self, labels: list[str]) -> int | None:
        """Index of the first label of the longest public suffix (the PSL's wildcard and
        exception rules included); None without one. tldextract's walk down its trie,
        the trie's nodes being the keys of _suffixes()."""
        table = self._suffixes
        path = ""
        at = start = len(labels)
        for label in reversed(labels):
            name = _decode_punycode(label)
            key = f"{name}.{path}" if path else name
            end = table.get(key)
            if end is not None:
                at -= 1
                path = key
                if end:
                    start = at
                continue
            if (f"*.{path}" if path else "*") in table:
                exception = f"!{name}.{path}" if path else f"!{name}"
                return at if exception in table else at - 1
            break
        return None if start == len(labels) else start

    def domain_of(self, address: str) -> str:
        """The registered domain of a web address or host ("https://www.x.org/a" -> "x.org")."""
        h = _HOST.match(address.strip().lower())
        return self.registered(h.group(1))[0] if h else ""

    def links(self, text: str, trusted: frozenset[str] = frozenset()) -> list[Link]:
        """Links in `text` (normalised `plain` form, so disguised dots are already joined).

        A link to a news or reference site, or to a `trusted` registered domain (a site's
        own), is marked as a source.
        """
        if not _LINK_GATE.search(text):
            return []
        found: list[Link] = []
        for m in _URL.finditer(text):
            url = m.group(0).rstrip(".,;:!?")
            h = _HOST.match(url)
            if not h:
                continue
            host = h.group(1)
            explicit = url.lower().startswith(("http", "www."))
            domain, suffix = self.registered(host)
            if not domain:
                continue
            if not explicit and host.count(".") == 0:
                continue
            has_path = "/" in url[len(host) :]
            # "setup.py" is a file, "trojmiasto.pl/taxi.html" is a link.
            if not explicit and suffix in _NOT_A_HOST_SUFFIX and not has_path:
                continue
            if not (explicit or has_path or _reads_like_url(host, suffix)):
                continue
            source = domain in SOURCE_DOMAINS or suffix in SOURCE_SUFFIXES or domain in trusted
            found.append(Link(url, host.lower(), domain, suffix, explicit, source))
        return found


@functools.cache
def _suffixes() -> dict[str, bool]:
    """The public suffixes of the list bundled with tldextract (True), and every shorter
    tail of one (False): the nodes of tldextract's suffix trie as one flat dict.

    tldextract builds two tries of Python objects (with and without the private
    domains), 11 MB of a process; this is 1 MB, and read once a process. The file is
    read where tldextract installed it, without importing tldextract: the import brings
    requests, urllib3 and filelock for its downloads (5 MB a process), which Salon never
    makes."""
    spec = importlib.util.find_spec("tldextract")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("tldextract, which carries the public-suffix list, is missing")
    text = (Path(spec.submodule_search_locations[0]) / ".tld_set_snapshot").read_text("utf-8")
    public = _SUFFIX.findall(text.partition(_PRIVATE)[0])  # the ICANN section only
    table: dict[str, bool] = {}
    for suffix in public:
        labels = suffix.split(".")
        for k in range(1, len(labels)):
            table.setdefault(".".join(labels[k:]), False)
        table[suffix] = True
    return table


def _lenient_netloc(url: str) -> str:
    """The host of a URL-like string, as tldextract.remote.lenient_netloc finds it."""
    double_slashes = url.find("//")
    if double_slashes == 0:
        url = url[2:]
    elif (
        double_slashes >= 2
        and url[double_slashes - 1] == ":"
        and not set(url[: double_slashes - 1]) - _SCHEME_CHARS
    ):
        url = url[double_slashes + 2 :]
    authority = url.partition("/")[0].partition("?")[0].partition("#")[0]
    after_userinfo = authority.rpartition("@")[-1]
    if after_userinfo and after_userinfo[0] == "[":
        ipv6, bracket, _ = after_userinfo.partition("]")
        if bracket:
            return f"{ipv6}]"
    return after_userinfo.partition(":")[0].strip().rstrip("." + _DOTS)


def _decode_punycode(label: str) -> str:
    """A label as the suffix list writes it: lower case, IDNA ("xn--p1ai" -> "рф")."""
    lowered = label.lower()
    if lowered.startswith("xn--"):
        try:
            return str(idna.decode(lowered))
        except (UnicodeError, IndexError):
            pass
    return lowered


def _reads_like_url(host: str, suffix: str) -> bool:
    """A bare host (no scheme, www. or path) as people type links: a suffix typed bare,
    not capitalised like a new sentence, or a host of three or more labels."""
    written = host[len(host) - len(suffix) :]
    # "Berlin.In the end": a capital starts the next sentence. ALL CAPS text is still a link.
    if written[0].isupper() and not host.isupper():
        return False
    return suffix in BARE_SUFFIXES or "." in suffix or host.count(".") >= 2
