"""The quick inline pass renders exactly what Python-Markdown's own pass renders."""

from __future__ import annotations

import markdown
import pytest

from editor.formats.body import MARKDOWN_EXTENSION_CONFIGS, MARKDOWN_EXTENSIONS, render_html
from editor.formats.markdown_inline_pass import KNOWN_PATTERNS, install_quick_inline
from tests.bench.body_bench import article_markdown, long_list_markdown
from tests.gui.body.corpus import CORPUS


def _reference(markdown_text: str) -> str:
    parser = markdown.Markdown(
        extensions=MARKDOWN_EXTENSIONS,
        extension_configs=MARKDOWN_EXTENSION_CONFIGS,
        output_format="html",
    )
    return parser.convert(markdown_text)


SAMPLES = [
    long_list_markdown(300),
    article_markdown(density=1.0),
    "1. Köln: 12.3 %\n2. Bonn",
    "Text mit  \nUmbruch und &amp; und <b>x</b>, ~~weg~~, `code`, \\*kein\\*",
    "Zwei  \nZeilen ohne Auslöser",
    "<https://example.org> und <a@example.org>, ![Bild](x.png) [Link][ref]\n\n[ref]: /x",
]


@pytest.mark.parametrize("markdown_text", SAMPLES + [text for _name, text in CORPUS])
def test_the_quick_pass_renders_as_the_full_pass(markdown_text: str) -> None:
    assert render_html(markdown_text) == _reference(markdown_text)


def test_the_quick_pass_is_installed_for_the_house_patterns_only() -> None:
    house = markdown.Markdown(extensions=MARKDOWN_EXTENSIONS)
    assert all(name in KNOWN_PATTERNS for name in ("link", "em_strong", "delimiter"))
    assert install_quick_inline(house)
    other = markdown.Markdown(extensions=["abbr"])
    other.inlinePatterns.register(other.inlinePatterns["entity"], "unknown", 1)
    assert not install_quick_inline(other)
