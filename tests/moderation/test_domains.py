"""Registered domains from the bundled public-suffix list (moderation/domains.py)."""

import pkgutil
import subprocess
import sys

import idna
import pytest
import tldextract
from tldextract.suffix_list import extract_tlds_from_suffix_list

from salon.moderation.domains import RESERVED_TLDS, DomainParser


def tldextract_registered(extract: tldextract.TLDExtract, host: str) -> tuple[str, str]:
    """What DomainParser.registered gave when it asked tldextract itself."""
    host = host.lower().rstrip(".")
    r = extract(host)
    hit = (f"{r.domain}.{r.suffix}" if r.domain and r.suffix else "", r.suffix)
    labels = host.split(".")
    if not hit[0] and len(labels) >= 2 and labels[-1] in RESERVED_TLDS:
        hit = (".".join(labels[-2:]), labels[-1])
    return hit


def hosts_around_every_rule() -> list[str]:
    """Hosts at, under and beside every rule of the list (public and private), as typed
    and in punycode, with the wildcard and exception rules' neighbours."""
    data = pkgutil.get_data("tldextract", ".tld_set_snapshot")
    assert data is not None
    public, private = extract_tlds_from_suffix_list(data.decode("utf-8"))
    hosts = []
    for rule in public + private:
        for suffix in {rule.lstrip("!").replace("*", "w"), rule.lstrip("!*.")}:
            for host in (suffix, f"a.{suffix}", f"b.a.{suffix}", f"A.{suffix.upper()}"):
                hosts.append(host)
                try:
                    hosts.append(idna.encode(host, uts46=True).decode())
                except idna.IDNAError:
                    pass
    return hosts


ODD = [
    "",
    " spaced.com ",
    *"""
    . .. a..com .com com. a.b.c localhost x.localhost a.test 1.2.3.4 256.1.1.1 1.2.3
    [::1] [1.2] [abc user@gmail.com a@b@example.org bbc。co。uk bbc．co．uk bbc｡co｡uk
    xn--.com xn--zz-invalid.com www.ck foo.ck a.foo.ck city.kawasaki.jp x.kawasaki.jp
    *.ck !www.ck com.xn--p1ai xn--80ak6aa92e.xn--p1ai http://user@a.example.com:80/x
    //a.example.com ht!tp://a.com a1+b://x.org [::1]:80 [::1 a.com:80 a.com?q=1 a.com#top
    a.com/b.org a.com.
    """.split(),
]


@pytest.mark.parametrize("batch", range(4))
def test_registered_domains_are_tldextracts(batch: int) -> None:
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    hosts = hosts_around_every_rule() + ODD
    parser = DomainParser()
    for host in hosts[batch::4]:
        assert parser.registered(host) == tldextract_registered(extract, host), host


def test_suffix_table_is_read_once_a_process() -> None:
    assert DomainParser()._suffixes is DomainParser()._suffixes


def test_the_parser_does_not_import_tldextracts_downloader() -> None:
    # tldextract's import brings requests, urllib3 and filelock: 5 MB of every process.
    code = (
        "import sys; from salon.moderation.domains import DomainParser; DomainParser(); "
        "print(sorted({'tldextract', 'requests', 'urllib3', 'filelock'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
