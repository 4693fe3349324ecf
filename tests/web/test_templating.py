from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from fastapi.templating import Jinja2Templates
from jinja2 import Environment

from salon.web import templating

PAGE = {"title": "A <b>title</b>", "items": ["one", "two"]}


def _templates(tmp_path: Path, cache: Path) -> Jinja2Templates:
    (tmp_path / "tpl").mkdir(exist_ok=True)
    (tmp_path / "tpl" / "page.html").write_text(
        "<h1>{{ title }}</h1>{% for i in items %}<p>{{ i }}</p>{% endfor %}"
    )
    (tmp_path / "tpl" / "other.html").write_text("{{ title|upper }}")
    return Jinja2Templates(env=templating.environment(tmp_path / "tpl", cache))


def test_a_process_loads_what_another_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _templates(tmp_path, tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    assert templating.compile_all(first) == 2
    assert len(list((tmp_path / "cache").iterdir())) == 2
    expected = first.get_template("page.html").render(PAGE)
    assert expected == "<h1>A &lt;b&gt;title&lt;/b&gt;</h1><p>one</p><p>two</p>"

    def no_compiler(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled instead of loaded from the cache")

    monkeypatch.setattr(Environment, "compile", no_compiler)
    second = _templates(tmp_path, tmp_path / "cache")
    assert second.get_template("page.html").render(PAGE) == expected


def test_without_a_usable_cache_each_process_compiles(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    templates = _templates(tmp_path, tmp_path / "file" / "cache")
    assert templating.compile_all(templates) == 2
    assert templates.get_template("other.html").render(PAGE) == "A &lt;B&gt;TITLE&lt;/B&gt;"


def test_every_page_template_compiles() -> None:
    from salon.web.pages import templates

    assert templating.compile_all(templates) >= 10


def test_a_render_leaves_no_cycle_holding_the_pages_data(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "tree.html").write_text(
        "{% macro item(c) %}<li>{{ c.text }}<ul>{% for r in c.replies %}{{ item(r) }}"
        "{% endfor %}</ul></li>{% endmacro %}{% for c in comments %}{{ item(c) }}{% endfor %}"
    )
    template = templating.environment(tmp_path / "tpl", tmp_path).get_template("tree.html")

    class Comment(dict[str, object]):  # a dict that can be weakly referenced
        pass

    comment = Comment(text="<hi>", replies=[Comment(text="reply", replies=[])])
    gone = weakref.ref(comment)
    html = template.render(comments=[comment])
    assert html == "<li>&lt;hi&gt;<ul><li>reply<ul></ul></li></ul></li>"
    gc.disable()
    try:
        del comment
        assert gone() is None  # freed by its reference count, not by the collector
    finally:
        gc.enable()
