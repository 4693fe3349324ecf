"""Mail bodies from Jinja templates; a publisher's folder of templates wins over ours.

Each mail NAME has ``NAME.subject.txt``, ``NAME.txt`` (plain text) and ``NAME.html``.
HTML templates autoescape; reader text arrives already sanitised as ``Markup``. Strings go
through the ``salon`` catalogue: the context carries ``i18n``, ``lang`` and ``dir``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from salon.i18n import jinja as i18n_jinja

SHIPPED = Path(__file__).parent / "templates"


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str


class MailTemplates:
    def __init__(self, override_dir: str | Path | None = None) -> None:
        loaders = [FileSystemLoader(str(override_dir))] if override_dir else []
        loaders.append(FileSystemLoader(str(SHIPPED)))
        self.env = Environment(
            loader=ChoiceLoader(loaders),
            autoescape=select_autoescape(enabled_extensions=("html",), default=False),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        # {% trans %} and _(): the context's ``i18n`` is the recipient's language.
        i18n_jinja.install(self.env)

    def render(self, name: str, context: dict[str, Any]) -> Rendered:
        subject = " ".join(self.env.get_template(f"{name}.subject.txt").render(context).split())
        context = {**context, "subject_line": subject}
        return Rendered(
            subject=subject[:500],
            text=self.env.get_template(f"{name}.txt").render(context).strip() + "\n",
            html=self.env.get_template(f"{name}.html").render(context),
        )
