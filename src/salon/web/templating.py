"""The pages' Jinja environment, with its compiled templates shared through a file cache.

Compiling thread.html costs a process about 3.3 MB resident (Jinja's and Python's
compilers' garbage, which the allocators keep), for 0.1 MB of code. Jinja's bytecode cache
(``FileSystemBytecodeCache``: a folder of the user's own, mode 0700, in the temporary
directory; an entry is keyed by the template's name and used only for the same source
and Python) lets every process but the first load the code instead: `salon serve`'s
start-up check compiles every page template there before the serving processes start.
Without a usable temporary directory each process compiles, as Jinja does by default.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates
from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    Template,
    select_autoescape,
)
from jinja2.bccache import Bucket

TEMPLATE_DIR = Path(__file__).parent / "templates"


class SharedBytecode(BytecodeCache):
    """Jinja's file cache, its folder (Jinja's own by default) made when first used."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory

    @functools.cached_property
    def _files(self) -> FileSystemBytecodeCache | None:
        try:
            return FileSystemBytecodeCache(str(self.directory) if self.directory else None)
        except (OSError, RuntimeError):  # no temporary directory of our own: compile
            return None

    # An unreadable or unwritable folder (a full or read-only disk) is no error: the
    # template is then compiled in this process, as without a cache.
    def load_bytecode(self, bucket: Bucket) -> None:
        if self._files is not None:
            with contextlib.suppress(OSError):
                self._files.load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        if self._files is not None:
            with contextlib.suppress(OSError):
                self._files.dump_bytecode(bucket)


class PageTemplate(Template):
    """A template whose render leaves no cycle holding the page's data behind.

    A template's macros are closures over the render's context, which holds them (and a
    recursive macro, such as thread.html's ``render_comment``, holds itself): the context,
    and with it everything the page was given (50 decorated comments), was freed only when
    the cyclic collector next ran, by then often promoted to an older generation. Emptied
    after the render, the context's variables are freed at once.
    """

    def render(self, *args: Any, **kwargs: Any) -> str:
        context = self.new_context(dict(*args, **kwargs))
        try:
            return self.environment.concat(self.root_render_func(context))  # type: ignore[attr-defined,no-any-return]
        except Exception:
            self.environment.handle_exception()
        finally:
            context.vars.clear()
            context.parent.clear()


def environment(directory: Path = TEMPLATE_DIR, cache: Path | None = None) -> Environment:
    """What ``Jinja2Templates(directory=...)`` makes, plus the shared bytecode cache and
    templates that free their data when rendered."""
    env = Environment(
        loader=FileSystemLoader(str(directory)),
        autoescape=select_autoescape(),
        bytecode_cache=SharedBytecode(cache),
    )
    env.template_class = PageTemplate
    return env


def compile_all(templates: Jinja2Templates) -> int:
    """Compile every page template into the cache (``salon serve``'s start-up check)."""
    names = templates.env.list_templates(filter_func=lambda name: name.endswith(".html"))
    for name in names:
        templates.get_template(name)
    return len(names)
