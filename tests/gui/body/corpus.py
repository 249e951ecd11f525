"""The body fidelity corpus: Markdown documents built combinatorially (Qt-free).

Every block template (paragraphs, subheads, lists nested three deep with mixed types and
start numbers, lists directly after lists, quotes holding paragraphs and lists, foreign
Markdown styles such as `*` bullets, setext headings, loose lists and two-space hard
breaks, empty items, items holding only a list, loose items with several paragraphs,
list numbers beyond 2^31) is combined with every inline sample (bold/italic/strike
overlapping, links with brackets, parentheses and spaces, hard breaks, literal Markdown
characters, German, Arabic, Hebrew, CJK and emoji text; bold, italic and strikethrough in
every combination, inside links and inside words, punctuation next to markers, and the
raw HTML older versions of the writer stored, with whitespace at the edges of runs;
relative, fragment, phone and article links, link titles; Unicode separators,
noncharacters). `CORPUS` is the list of (name, markdown) pairs.
"""

from __future__ import annotations

from collections.abc import Callable

INLINE_SAMPLES: dict[str, str] = {
    "german": "Die Bürgermeisterin äußerte sich „überrascht“ über Straßenbahnpläne – 30 % teurer.",
    "formatting": "A **bold** lead, an *italic* aside and ~~struck~~ words, intra**word**bold.",
    "overlap": (
        "Overlap: **bold *bold-italic* bold**, *ital **both** ital*, ***all three***, "
        "~~**struck bold**~~ and **~~bold struck~~ tail**."
    ),
    "links": (
        "See [Reuters (Berlin)](https://example.com/a_(b)?q=1&x=2), "
        "[text with \\[brackets\\]](<https://example.com/a b>) and "
        '[**bold link**](http://example.org/"quoted").'
    ),
    "literal": (
        "Literal: 1\\. FC Köln, 5 \\* 3, \\#hashtag, &lt;b&gt;, C:\\Temp, \\_x\\_, "
        "&amp;amp;, \\`tick\\`, \\[a\\](b), 2 &lt; 3 &gt; 1"
    ),
    "rtl": "Arabic: مرحبا بالعالم، Hebrew: שלום עולם, mixed **שלום** and *مرحبا*.",
    "cjk": "東京都の人口は約1400万人です。 Emoji: 🎉👍🏽 and 👩‍👩‍👧 ~~中文~~",
    "breaks": "First line<br>\nsecond line  \nthird line",
    "mail": "Mail [the desk](mailto:desk@example.com) or visit <https://example.org/path>.",
    "entities": "Entities &copy; &#8364; &#x20AC; and non&nbsp;breaking spaces.",
    "underscores": "__Underscore bold__, _underscore italic_ and snake_case_words stay.",
    "spaces": "&#32;&#32;Two leading, inner &#32;&#32;runs and a trailing one&#32;",
    "punctuation": "Quotes \"double\" and 'single', a > b, (parens), {braces}, x! y? z.",
    "strike": "~~Gestrichen~~ and ~~two words~~ plus **~~nested~~** and *~~nested~~*",
    "long": "Word " * 40 + "end.",
    "bold-italic": (
        "***Both*** at once, **bold *bold-italic* bold**, *italic **bold-italic** italic*, "
        "**_mixed_** and _**mixed**_, ***bold-italic** italic* and **bold*italic***."
    ),
    "bold-strike": (
        "**~~bold struck~~**, ~~**struck bold**~~, **bold ~~struck~~ bold** and "
        "~~struck **bold** struck~~."
    ),
    "italic-strike": (
        "*~~italic struck~~*, ~~*struck italic*~~, *italic ~~struck~~ italic* and "
        "~~struck *italic* struck~~."
    ),
    "all-three": (
        "~~***all three***~~, ***~~all three~~***, **_~~all three~~_**, "
        "*italic* ~~*struck **bold** struck*~~ *italic*, **bold** ~~**struck _italic_**~~ "
        "and *a ~~b **c** d~~ e* (Python-Markdown reads no strike there)."
    ),
    "nested-links": (
        "**[bold link](https://example.com/a)**, [**bold** in a link](https://example.com/b), "
        "*[italic link](https://example.com/c)*, ~~[struck link](https://example.com/d)~~, "
        "[~~*all*~~ **in** it](https://example.com/e) and **bold [half](https://example.com/f)** [linked](https://example.com/f)."
    ),
    "edge-whitespace": (
        "Stored by older versions: <strong>*both*</strong>, <strong>~~sb~~</strong>, "
        "x<em> leading</em> and <strong>trailing </strong>y, <s> struck </s>z, "
        "<strong><em> all </em></strong>and<em> </em>blank."
    ),
    "intraword": (
        "Bundes**tag**swahl, Bundes*tag*swahl, Bundes~~tag~~swahl, Bundes***tag***swahl, "
        "Landtags**wahl**kampf**leiter** und Bürger<del>-</del>meister."
    ),
    "german-emphasis": (
        "Die **Bürgermeisterin** äußerte sich *„überrascht“*: Die ~~Straßenbahn~~**pläne** "
        "seien „**30 % teurer**“ – *„Das ist **nicht** hinnehmbar“*, sagte sie."
    ),
    "link-targets": (
        "Mehr zum [Haushalt](/politik/haushalt), [Anker](#abschnitt), [www](www.example.org), "
        "[Amt](https://example.org/x \"Statistisches Bundesamt\"), [Tel.](tel:+4930123 'Zentrale') "
        "und [Bericht](copydesk:article/0193a7c2)."
    ),
    "separators": (
        "Zeile\u2028Trenner\u2029Absatz, \ufdd0nicht\ufdd1Zeichen\uffff und \ufffc Objekt."
    ),
    "punctuation-markers": (
        "„**Zitat**“, (**Klammer**), **(innen)**, **Ende.** und *Frage?*, "
        "~~„Nein“~~ sowie **„Ja“**: *–* und ~~(gestrichen)~~!"
    ),
}

_SAMPLE_NAMES = list(INLINE_SAMPLES)


def _sample(index: int) -> str:
    return INLINE_SAMPLES[_SAMPLE_NAMES[index % len(_SAMPLE_NAMES)]]


def one_line(text: str) -> str:
    """A sample fit for a subhead (which must stay on one source line)."""
    return text.replace("<br>\n", "<br>").replace("  \n", "<br>")


def indented(text: str, prefix: str) -> str:
    """Continuation lines of a multi-line sample, prefixed for their container."""
    return text.replace("\n", "\n" + prefix)


def quoted(markdown: str) -> str:
    """Every line of `markdown` inside a block quote."""
    return "\n".join(("> " + line) if line else ">" for line in markdown.split("\n"))


Template = Callable[[Callable[[int], str]], str]


def _item(marker: str, depth: int, text: str) -> str:
    indent = "    " * depth
    return indent + marker + " " + indented(text, "    " * (depth + 1))


TEMPLATES: dict[str, Template] = {
    "paragraph": lambda s: s(0),
    "two-paragraphs": lambda s: f"{s(0)}\n\n{s(1)}",
    "h2-paragraph": lambda s: f"## {one_line(s(0))}\n\n{s(1)}",
    "h3-paragraph-h2": lambda s: f"### {one_line(s(0))}\n\n{s(1)}\n\n## {one_line(s(2))}",
    "bullets": lambda s: "\n".join(_item("-", 0, s(i)) for i in range(3)),
    "numbered": lambda s: "\n".join(_item(f"{i + 1}.", 0, s(i)) for i in range(3)),
    "numbered-from-7": lambda s: "\n".join(_item(f"{i + 7}.", 0, s(i)) for i in range(3)),
    "nested-bullet-ordered-bullet": lambda s: "\n".join(
        [
            _item("-", 0, s(0)),
            _item("1.", 1, s(1)),
            _item("-", 2, s(2)),
            _item("-", 2, s(3)),
            _item("2.", 1, s(4)),
            _item("-", 0, s(5)),
        ]
    ),
    "nested-ordered-bullet-ordered": lambda s: "\n".join(
        [
            _item("3.", 0, s(0)),
            _item("-", 1, s(1)),
            _item("5.", 2, s(2)),
            _item("6.", 2, s(3)),
            _item("4.", 0, s(4)),
        ]
    ),
    "bullets-then-numbered": lambda s: f"- {s(0)}\n- {s(1)}\n\n1. {s(2)}\n2. {s(3)}",
    "numbered-then-bullets": lambda s: f"1. {one_line(s(0))}\n\n- {one_line(s(1))}",
    "bullets-comment-bullets": lambda s: f"- {one_line(s(0))}\n\n<!-- -->\n\n- {one_line(s(1))}",
    "numbered-comment-numbered": lambda s: (
        f"1. {one_line(s(0))}\n2. {one_line(s(1))}\n\n<!-- -->\n\n4. {one_line(s(2))}"
    ),
    "quote-paragraph": lambda s: quoted(s(0)),
    "quote-paragraphs-and-list": lambda s: quoted(
        f"{s(0)}\n\n- {indented(s(1), '    ')}\n- {indented(s(2), '    ')}\n\n{s(3)}"
    ),
    "quote-nested-list": lambda s: quoted(
        "\n".join([_item("-", 0, s(0)), _item("1.", 1, s(1)), _item("-", 2, s(2))])
    ),
    "alternating-quotes": lambda s: (
        f"{s(0)}\n\n{quoted(s(1))}\n\n- {one_line(s(2))}\n\n{quoted('1. ' + one_line(s(3)))}"
    ),
    "quote-with-heading": lambda s: quoted(f"## {one_line(s(0))}\n\n{s(1)}"),
    "loose-list": lambda s: f"- {one_line(s(0))}\n\n- {one_line(s(1))}\n\n- {one_line(s(2))}",
    "star-and-plus-bullets": lambda s: f"* {one_line(s(0))}\n* {one_line(s(1))}\n\n+ {s(2)}",
    "setext-headings": lambda s: f"{one_line(s(0))}\n=====\n\n{s(1)}\n\nSub\n---\n\n{s(2)}",
    "sibling-lists-nested": lambda s: (
        f"- {one_line(s(0))}\n    - {one_line(s(1))}\n\n    1. {one_line(s(2))}\n- {one_line(s(3))}"
    ),
    "list-then-paragraph-then-list": lambda s: (
        f"- {one_line(s(0))}\n\n{s(1)}\n\n- {one_line(s(2))}\n\n1. {one_line(s(3))}"
    ),
    "empty-items": lambda s: f"- \n- {one_line(s(0))}\n- \n\n1. {one_line(s(1))}\n2. ",
    "items-holding-a-list": lambda s: (
        f"1. 2. {one_line(s(0))}\n\n- - {one_line(s(1))}\n- {one_line(s(2))}"
    ),
    "loose-items-with-paragraphs": lambda s: (
        f"1. {one_line(s(0))}\n\n    {one_line(s(1))}\n\n2. {one_line(s(2))}\n\n"
        f"    - {one_line(s(3))}\n    - {one_line(s(4))}\n\n3. {one_line(s(5))}"
    ),
    "huge-list-numbers": lambda s: f"2147483648. {one_line(s(0))}\n2147483649. {one_line(s(1))}",
    "numbered-from-10-nested": lambda s: "\n".join(
        [_item("10.", 0, s(0)), _item("11.", 0, s(1)), _item("-", 1, s(2)), _item("12.", 0, s(3))]
    ),
}


def _build() -> list[tuple[str, str]]:
    corpus: list[tuple[str, str]] = []
    for template_name, template in TEMPLATES.items():
        for offset, sample_name in enumerate(_SAMPLE_NAMES):

            def sample(index: int, offset: int = offset) -> str:
                return _sample(offset + index)

            corpus.append((f"{template_name}/{sample_name}", template(sample)))
    return corpus


CORPUS: list[tuple[str, str]] = _build()
