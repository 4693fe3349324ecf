"""The widget's weight as readers get it: embed.js + embed.css within 15 KB gzipped."""

from __future__ import annotations

import gzip

from fastapi.testclient import TestClient

BUDGET = 15 * 1024


def test_embed_js_and_css_fit_the_budget(client: TestClient) -> None:
    sizes = {}
    for path in ("/embed.js", "/embed.css"):
        r = client.get(path, headers={"accept-encoding": "identity"})
        assert r.status_code == 200
        sizes[path] = len(gzip.compress(r.content, compresslevel=9))
    assert sum(sizes.values()) <= BUDGET, sizes


def test_served_files_keep_their_code_and_drop_their_comments(client: TestClient) -> None:
    js = client.get("/embed.js").text
    assert "Salon comment widget" not in js  # the opening comment
    assert 'const BASE = me.src.replace(/\\/embed\\.js([?#].*)?$/, "");' in js
    assert "https?:\\/\\/" in js  # a regular expression with slashes is untouched
    css = client.get("/embed.css").text
    assert "/*" not in css and ".salon .salon-replies {" in css
