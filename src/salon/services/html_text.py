"""Imported HTML as Salon's stored text (the Markdown subset the one sanitiser renders).

Other systems store sanitised HTML; Salon stores the reader's Markdown and renders it
through services.rendering. Converting once at import keeps one rendering path: links,
emphasis, code, quotes and lists survive, everything else becomes plain text (scripts and
styles are dropped with their content).
"""

from __future__ import annotations

import re
from html import unescape

from salon.domain.imports import Markup

BLOCKS = {"p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5"}
BLOCKS |= {"h6", "table", "tr", "figure", "figcaption", "center", "dl", "dt", "dd"}
DROPPED = {"script", "style", "template", "iframe", "object", "noscript", "head", "title"}
RAW_TEXT = {"script", "style", "textarea", "title", "xmp", "noscript", "iframe", "template"}
VOID = {"br", "img", "hr", "wbr", "input", "meta", "link", "source", "area", "col", "embed"}
WRAP = {"b": "**", "strong": "**", "i": "*", "em": "*", "s": "~~", "del": "~~", "strike": "~~"}
SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
# Characters that would start Markdown syntax in plain text.
SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")
# One pass over the markup: comments, tags (attributes may quote ">"), a lone "<", text.
TOKENS = re.compile(
    r"<!--.*?(?:-->|$)|<!.*?(?:>|$)|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
    r"|<|[^<]+",
    re.DOTALL,
)
ATTRIBUTES = re.compile(r"""([a-zA-Z_:][-\w:.]*)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
SPECIAL_ANY = re.compile(r"[\\`*_\[\]<>~|]")
SPACES = re.compile(r"\s+")
RUNS = re.compile(r"[ \t]{2,}")
BLANK_LINES = re.compile(r"\n{3,}")
LINE_START = re.compile(r"^(\s*)(?:([-+#>])|(\d+)([.)]))(?=\s|$)", re.MULTILINE)


def text_of(body: str, markup: Markup) -> str:
    """The source's stored text as Salon Markdown."""
    if markup is Markup.MARKDOWN:
        return body.strip()
    if markup is Markup.WORDPRESS:
        body = _autop(body)
    converter = _Converter()
    pos = 0
    while m := TOKENS.match(body, pos):
        pos = m.end()
        end, tag, attrs = m.group(1, 2, 3)
        if not tag:
            data = m.group(0)
            if not data.startswith("<!"):
                converter.handle_data(unescape(data) if "&" in data else data)
            continue
        tag = tag.lower()
        if end:
            converter.handle_endtag(tag)
        elif tag in RAW_TEXT:
            # Script and style bodies are not markup: skip to their end tag, unread.
            close = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(body, pos)
            pos = close.end() if close else len(body)
        else:
            converter.handle_starttag(tag, _attributes(attrs) if tag in ("a", "img") else {})
            if attrs.rstrip().endswith("/") and tag not in VOID:
                converter.handle_endtag(tag)
    return converter.result()


def _attributes(raw: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, value in ATTRIBUTES.findall(raw):
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.setdefault(name.lower(), unescape(value))
    return found


def _autop(body: str) -> str:
    # WordPress keeps line breaks in the stored text and turns them into <p>/<br> on output.
    paragraphs = re.split(r"\n\s*\n", body.replace("\r\n", "\n").strip())
    return "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paragraphs if p.strip())


class _Frame:
    __slots__ = ("tag", "attrs", "parts")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parts: list[str] = []


class _Converter:
    """Markdown out of a stream of tags and text (html.parser's callbacks, without it)."""

    def __init__(self) -> None:
        self.stack = [_Frame("", {})]
        self.dropping = 0
        self.pre = 0

    def handle_starttag(self, tag: str, values: dict[str, str]) -> None:
        if self.dropping:
            self.dropping += tag in DROPPED
            return
        if tag in DROPPED:
            self.dropping = 1
            return
        if tag == "br":
            self.stack[-1].parts.append("\n")
        elif tag == "hr":
            self.stack[-1].parts.append("\n\n")
        elif tag == "img":
            alt = values.get("alt", "").strip()
            src = values.get("src", "")
            if SAFE_LINK.match(src):
                self.stack[-1].parts.append(f"[{_escape(alt or 'image')}]({_url(src)})")
            elif alt:
                self.stack[-1].parts.append(_escape(alt))
        elif tag not in VOID:
            self.pre += tag == "pre"
            self.stack.append(_Frame(tag, values))

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            self.dropping -= tag in DROPPED
            return
        if tag in VOID or all(f.tag != tag for f in self.stack[1:]):
            return  # a stray end tag
        while True:
            frame = self.stack.pop()
            self.pre -= frame.tag == "pre"
            self.stack[-1].parts.append(_close(frame))
            if frame.tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        if self.pre:
            self.stack[-1].parts.append(data)
        else:
            self.stack[-1].parts.append(_escape_line(SPACES.sub(" ", data)))

    def result(self) -> str:
        while len(self.stack) > 1:
            frame = self.stack.pop()
            self.stack[-1].parts.append(_close(frame))
        lines: list[str] = []
        fenced = False
        for line in "".join(self.stack[0].parts).split("\n"):
            if line.strip() == "```":
                fenced = not fenced
                lines.append("```")
            elif fenced:
                lines.append(line)  # code keeps its indentation and spacing
            elif "  " in line or "\t" in line:
                lines.append(RUNS.sub(" ", line).strip())
            else:
                lines.append(line.strip())
        return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _escape(text: str) -> str:
    return LINE_START.sub(_escape_start, SPECIAL.sub(r"\\\1", text))


def _escape_line(text: str) -> str:
    """_escape for text without line breaks: only its very start can begin a Markdown block."""
    if SPECIAL_ANY.search(text):
        text = SPECIAL.sub(r"\\\1", text)
    m = LINE_START.match(text)
    return text if m is None else _escape_start(m) + text[m.end() :]


def _escape_start(m: re.Match[str]) -> str:
    space, bullet, number, dot = m.groups()
    # "1." starts an ordered list, "-" a bullet: escape the character that makes it one.
    return f"{space}{number}\\{dot}" if number else f"{space}\\{bullet}"


def _url(url: str) -> str:
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _close(frame: _Frame) -> str:
    inner = "".join(frame.parts)
    tag = frame.tag
    if tag in WRAP:
        core = inner.strip()
        if not core:
            return inner
        lead = " " if inner[:1].isspace() else ""
        trail = " " if inner[-1:].isspace() else ""
        return f"{lead}{WRAP[tag]}{core}{WRAP[tag]}{trail}"
    if tag == "a":
        href = frame.attrs.get("href", "")
        label = inner.strip()
        if not SAFE_LINK.match(href):
            return inner
        if not label or label.replace("\\", "") == href:
            return f" {_url(href)} "
        return f"[{label}]({_url(href)})"
    if tag == "code":
        return inner if "\n" in inner else "`" + inner.replace("\\", "").replace("`", "") + "`"
    if tag == "pre":
        body = re.sub(r"^`|`$", "", inner.strip("\n"))
        return f"\n\n```\n{body}\n```\n\n"
    if tag == "blockquote":
        quoted = "\n".join("> " + line.strip() for line in inner.strip().split("\n"))
        return f"\n\n{quoted}\n\n"
    if tag == "li":
        return "\n- " + inner.strip().replace("\n", "\n  ")
    if tag in ("ul", "ol"):
        return "\n\n" + inner.strip("\n") + "\n\n"
    if tag in BLOCKS:
        return f"\n\n{inner}\n\n"
    return inner
