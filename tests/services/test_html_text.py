"""Imported HTML becomes Salon's Markdown; the one sanitiser renders it."""

from __future__ import annotations

import pytest

from salon.domain.imports import Markup
from salon.services.html_text import text_of
from salon.services.rendering import render

CASES = [
    (
        "<p>A <b>bold</b> &amp; <i>new</i> idea</p>",
        "<p>A <strong>bold</strong> &amp; <em>new</em> idea</p>",
    ),
    ("x < y and <script>if (a<b) alert(1)</script> z", "<p>x &lt; y and z</p>"),
    (
        '<a href="javascript:alert(1)">click</a> <a href="https://e.org/?a=1&amp;b=2">ok</a>',
        '<p>click <a href="https://e.org/?a=1&amp;b=2" rel="nofollow ugc noopener">ok</a></p>',
    ),
    (
        "<p>1. not a list, *not* emphasis, [not](a link)</p>",
        "<p>1. not a list, *not* emphasis, [not](a link)</p>",
    ),
    (
        "<blockquote>quoted<br>twice</blockquote><ul><li>one</li><li>two</li></ul>",
        "<blockquote>\n<p>quoted<br>\ntwice</p>\n</blockquote>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
    ),
    ("<pre><code>a  b\n  c</code></pre>", "<pre><code>a  b\n  c\n</code></pre>"),
    ('<img src="x" onerror="alert(1)"><style>p{}</style><!-- note -->Hi', "<p>Hi</p>"),
]


@pytest.mark.parametrize(("html", "shown"), CASES)
def test_html_is_converted_and_sanitised(html: str, shown: str) -> None:
    assert render(text_of(html, Markup.HTML)) == shown


def test_wordpress_line_breaks_are_paragraphs() -> None:
    text = text_of("First line\nsecond line\n\nNew <em>paragraph</em>", Markup.WORDPRESS)
    assert render(text) == "<p>First line<br>\nsecond line</p>\n<p>New <em>paragraph</em></p>"


def test_markdown_sources_are_kept() -> None:
    assert text_of("  Isso **keeps** Markdown <b>raw</b>\n", Markup.MARKDOWN) == (
        "Isso **keeps** Markdown <b>raw</b>"
    )
