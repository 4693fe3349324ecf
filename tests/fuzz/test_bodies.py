"""Hypothesis over every body and query: any Unicode, lone surrogates, huge and non-ASCII
numbers, deep nesting, wrong types. Any 5xx fails; so does an answer in the wrong shape."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.fuzz.conftest import MODERATOR_PASSWORD, SENT

# Every Unicode category, surrogates (Cs) included: JSON can carry them escaped.
TEXT = st.text(st.characters(codec=None, categories=None), max_size=60)
NUMBER_TEXT = st.sampled_from(
    ["²", "١٢", "１２", "1e999", "-0", "0x10", "9" * 40, " 1", "1.0", "NaN", "∞", "⁴²", "Ⅻ"]
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from([2**31 - 1, 2**31, 2**63 - 1, 2**63, 2**64, -(2**63) - 1]),
    st.floats(allow_nan=False, allow_infinity=False),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT, NUMBER_TEXT)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)
DEEP = st.integers(min_value=20, max_value=3000).map(lambda n: "[" * n + "1" + "]" * n)
FIELD_VALUE = st.one_of(VALUES, st.just("ok"), st.just("/article"), st.just("default"))


def _body(fields: dict[str, Any], deep: str | None) -> bytes:
    if deep is None or not fields:
        return json.dumps(fields, ensure_ascii=True).encode()
    # The first field's value becomes the deeply nested array (JSON no encoder would write).
    (first, _), *rest = fields.items()
    others = json.dumps(dict(rest), ensure_ascii=True)[1:-1]
    text = "{" + json.dumps(first) + ": " + deep + (", " + others if others else "") + "}"
    return text.encode()


def bodies(keys: list[str]) -> st.SearchStrategy[bytes]:
    fields = st.dictionaries(st.sampled_from(keys) | TEXT, FIELD_VALUE, max_size=len(keys) + 1)
    raw = st.binary(max_size=80)  # not even UTF-8, or not JSON
    return st.one_of(st.builds(_body, fields, st.none() | DEEP), raw)


def forms(keys: list[str]) -> st.SearchStrategy[str]:
    value = st.one_of(TEXT, NUMBER_TEXT, st.integers().map(str))
    return st.dictionaries(st.sampled_from(keys), value, max_size=len(keys)).map(
        lambda d: urlencode({k: v.encode("utf-8", "surrogatepass") for k, v in d.items()})
    )


def queries(keys: list[str]) -> st.SearchStrategy[str]:
    value = st.one_of(TEXT, NUMBER_TEXT, NUMBERS.map(str))
    return st.lists(st.tuples(st.sampled_from(keys), value), max_size=6).map(
        lambda pairs: urlencode([(k, v.encode("utf-8", "surrogatepass")) for k, v in pairs])
    )


IDS = st.one_of(st.integers(min_value=-5, max_value=10), NUMBERS, NUMBER_TEXT, TEXT).map(
    lambda i: quote(str(i).encode("utf-8", "surrogatepass"), safe="")
)
POST_KEYS = ["site", "uri", "title", "parent", "author", "text", "notify", "anchor", "hp"]
JSON_CALLS = [
    ("POST", st.just("/api/comments"), POST_KEYS),
    ("PATCH", IDS.map(lambda i: f"/api/comments/{i}"), ["text"]),
    ("DELETE", IDS.map(lambda i: f"/api/comments/{i}"), ["text"]),
    ("POST", IDS.map(lambda i: f"/api/comments/{i}/vote"), ["value"]),
    ("POST", st.just("/api/preview"), ["site", "text"]),
]
QUERY_CALLS = [
    ("/api/threads", ["site", "uri", "sort", "limit", "cursor"]),
    ("/api/counts", ["site", "uri"]),
    ("/api/votes", ["site", "uri"]),
    ("/threads/default", ["uri", "sort", "cursor", "reply", "posted", "held"]),
    ("/feeds/default/thread.atom", ["uri"]),
    ("/admin", ["queue", "site", "done"]),
    ("/admin/login", ["error"]),
]
FORM_CALLS = [
    ("/threads/default/comments", ["uri", "text", "parent", "name", "email", "website", "notify"]),
    ("/admin/login", ["username", "password", "csrf"]),
    ("/admin/decide", ["csrf", "one", "ids", "action", "queue"]),
    ("/admin/ban", ["csrf", "ban", "queue"]),
    ("/admin/unban", ["csrf", "ban"]),
    ("/admin/bans", ["csrf", "site", "kind", "value", "reason", "until", "shadow"]),
    ("/admin/sessions/end", ["csrf", "session"]),
]


def _fuzz(examples: int) -> Any:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )


def _check(r: httpx.Response, what: str) -> None:
    assert r.status_code < 500, f"{what}: {r.status_code} {r.text[:300]}"
    if r.status_code >= 400:
        media = r.headers.get("content-type", "")
        if media.startswith("application/problem+json"):
            body = r.json()
            assert {"type", "title", "status", "detail"} <= set(body), what
        else:
            assert media.startswith("text/html"), f"{what}: {media}"


def _signed_in(c: httpx.Client) -> str:
    """Sign in as the fixture's moderator; the queue page's CSRF token."""
    page = c.get("/admin/login").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf
    form = {"csrf": csrf.group(1), "username": "fuzz", "password": MODERATOR_PASSWORD}
    r = c.post("/admin/login", data=form)
    assert r.status_code == 303, r.text
    found = re.search(r'name="csrf" value="([^"]+)"', c.get("/admin").text)
    assert found
    return found.group(1)


def _run(examples: int, strategy: st.SearchStrategy[Any], send: Callable[[Any], None]) -> None:
    @_fuzz(examples)
    @given(example=strategy)
    def run(example: Any) -> None:
        send(example)

    run()


def test_bodies_queries_and_forms(server: str, body_examples: int, database_url: str) -> None:
    examples = body_examples
    sent = [0]
    with httpx.Client(base_url=server, timeout=10) as c:
        token = _signed_in(c)

        def json_call(method: str) -> Callable[[tuple[str, bytes]], None]:
            def send(example: tuple[str, bytes]) -> None:
                path, body = example
                headers = {"content-type": "application/json", "authorization": "Bearer x"}
                sent[0] += 1
                _check(
                    c.request(method, path, content=body, headers=headers),
                    f"{method} {path} {body[:200]!r}",
                )

            return send

        def query_call(path: str) -> Callable[[str], None]:
            def send(query: str) -> None:
                sent[0] += 1
                _check(c.get(f"{path}?{query}"), f"GET {path}?{query}")

            return send

        def form_call(path: str) -> Callable[[tuple[str, bool]], None]:
            def send(example: tuple[str, bool]) -> None:
                form, with_csrf = example
                if with_csrf:
                    form = f"csrf={token}&{form}"
                headers = {"content-type": "application/x-www-form-urlencoded"}
                sent[0] += 1
                _check(c.post(path, content=form, headers=headers), f"POST {path} {form[:200]}")

            return send

        def live_call(query: str) -> None:
            with c.stream("GET", f"/api/live?{query}") as r:  # the head, not the endless stream
                sent[0] += 1
                assert r.status_code < 500, query

        for method, paths, keys in JSON_CALLS:
            _run(examples, st.tuples(paths, bodies(keys)), json_call(method))
        for path, keys in QUERY_CALLS:
            _run(examples, queries(keys), query_call(path))
        for path, keys in FORM_CALLS:
            _run(examples, st.tuples(forms(keys), st.booleans()), form_call(path))
        _run(examples, queries(["site", "uri"]), live_call)
    kind = "postgres" if database_url.startswith("postgresql") else "sqlite"
    SENT[f"hypothesis bodies/queries/forms on {kind}"] = sent[0]
    calls = len(JSON_CALLS) + len(QUERY_CALLS) + len(FORM_CALLS) + 1
    assert sent[0] >= examples * calls // 2
