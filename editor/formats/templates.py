"""The shipped Jinja2 templates for exported pages, found without Qt.

A wheel carries the repository's `resources/` as `editor/resources` (hatchling
force-include, as for the fonts); an editable install uses `resources/` beside the
package. Templates are autoescaped: every value is HTML-escaped unless the exporter has
already made it safe HTML (the sanitised body, the escaped JSON-LD) and marked it so.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # editor/
RESOURCE_ROOTS = (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources")
TEMPLATE_FOLDER = "templates"


def templates_dir() -> Path:
    """The folder holding the page templates (packaged first, else the repository's)."""
    for root in RESOURCE_ROOTS:
        if (root / TEMPLATE_FOLDER).is_dir():
            return root / TEMPLATE_FOLDER
    return RESOURCE_ROOTS[-1] / TEMPLATE_FOLDER


@cache
def template_environment() -> jinja2.Environment:
    """The environment every export page is rendered with: autoescaping on, undefined
    names an error, whitespace around block tags trimmed."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@cache
def template(name: str) -> jinja2.Template:
    """One compiled template (compiled once per process)."""
    return template_environment().get_template(name)


@cache
def stylesheet() -> str:
    """The pages' embedded CSS (screen and print)."""
    return (templates_dir() / "page.css").read_text(encoding="utf-8")
