"""Markdown article files: an optional YAML front matter block, then the body.

    ---
    headline: Koalition der Willigen
    kicker: Ukraine
    teaser: Die „Koalition der Willigen“ ist in Paris zusammengekommen ...
    byline: Anna Muster
    dateline: Paris
    section: Politik
    tags: [Ukraine, Sicherheit]
    language: de
    status: draft
    ---

    Body in the house Markdown dialect ...

Reading (`parse_markdown_file`):
- Front matter is present when the first line is exactly `---`; it ends at the next line
  that is `---` or `...`. A front matter block that is never closed, is not valid YAML
  (read with a `yaml.SafeLoader`: no Python objects) or is not a mapping raises a one-line
  `FormatError`.
- Only the fields above are read; other keys (a static site generator's `date`, say) are
  ignored, except `title`, read as the headline when there is no `headline`.
- Text fields must be text. YAML's numbers and dates (`dateline: 2024-03-01`) are kept as
  the text they were written as (never converted, so `2024-13-45` is text too); lists,
  mappings and yes/no booleans are refused. An empty field (`kicker:`) is "". `tags` is
  a list of text (a single text such as `Politik, EU` is split at commas), kept by the
  domain's one tag rule (`normalize_tags`: a tag repeated in another case goes); `status`
  must be one of the `Status` values; `language` must look like a BCP 47 tag (`de`,
  `en-GB`).
- When the front matter has no `headline` (or there is no front matter), a first body
  line `# Heading` is the headline (its Markdown escapes resolved) and is removed from
  the body. An explicitly empty `headline: ''` stays empty and keeps the body whole.

Writing (`format_markdown_file`) puts every field in the order above (values written by
`yaml.safe_dump` with Unicode kept readable and no key sorting), a blank line, and the
body ending in one newline. Reading what was written gives back the same fields and body.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, TypedDict

import yaml

from editor.domain.article import Article, Status, normalize_tags, parse_tags
from editor.formats.body import markdown_to_plain_text
from editor.formats.errors import FormatError

TEXT_FIELDS: tuple[str, ...] = ("headline", "kicker", "teaser", "byline", "dateline", "section")

_DELIMITER = "---"
_CLOSING_DELIMITERS = ("---", "...")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_ATX_HEADING = re.compile(r"^ {0,3}# +(?P<text>.*?)(?: +#+)? *$")


class FrontMatter(TypedDict, total=False):
    """The validated front matter fields a file set (absent keys were not given)."""

    headline: str
    kicker: str
    teaser: str
    byline: str
    dateline: str
    section: str
    tags: list[str]
    language: str
    status: Status


def parse_markdown_file(text: str) -> tuple[FrontMatter, str]:
    """Split a Markdown file into validated front matter fields and the body Markdown."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    raw_fields, body = _split_front_matter(text)
    fields = _validate(raw_fields)
    body = body.lstrip("\n")
    if "headline" not in fields:
        heading, rest = _leading_heading(body)
        if heading:
            fields["headline"] = heading
            body = rest
    return fields, _with_final_newline(body)


def format_markdown_file(article: Article) -> str:
    """The article as a Markdown file with complete front matter."""
    values: dict[str, Any] = {
        "headline": article.headline,
        "kicker": article.kicker,
        "teaser": article.teaser,
        "byline": article.byline,
        "dateline": article.dateline,
        "section": article.section,
        "tags": list(article.tags),
        "language": article.language,
        "status": str(article.status),
    }
    front_matter = yaml.dump(
        values,
        Dumper=_FrontMatterDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
    body = _with_final_newline(article.body.strip("\n"))
    text = f"{_DELIMITER}\n{front_matter}{_DELIMITER}\n"
    return f"{text}\n{body}" if body else text


class _FrontMatterDumper(yaml.SafeDumper):
    """A safe dumper that double-quotes (and so escapes) YAML's exotic line breaks.

    PyYAML with `allow_unicode` writes NEL, LS, PS and BOM raw inside plain or
    single-quoted scalars, where its own reader then folds them into spaces.
    """


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(ch in _YAML_EXOTIC_BREAKS for ch in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_YAML_EXOTIC_BREAKS = frozenset("\x85\u2028\u2029\ufeff")
_FrontMatterDumper.add_representer(str, _represent_text)


def _with_final_newline(body: str) -> str:
    body = body.rstrip("\n")
    return f"{body}\n" if body.strip() else ""


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(raw front matter mapping, body); an empty mapping when there is no front matter."""
    lines = text.split("\n")
    if lines[0].rstrip() != _DELIMITER:
        return {}, text
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSING_DELIMITERS:
            yaml_text = "\n".join(lines[1:index])
            return _load_yaml(yaml_text, first_line=2), "\n".join(lines[index + 1 :])
    raise FormatError("front matter starts with '---' but has no closing '---' line")


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe loading (no Python objects) that keeps numbers and dates as the text they were
    written as: `dateline: 2024-13-45` or a 5,000-digit number is text, not an error."""


_TEXT_TAGS = frozenset(f"tag:yaml.org,2002:{kind}" for kind in ("int", "float", "timestamp"))
_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag not in _TEXT_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(yaml_text: str, first_line: int) -> dict[str, Any]:
    try:
        loaded = yaml.load(yaml_text, Loader=_FrontMatterLoader)  # a SafeLoader
    except (ValueError, OverflowError, RecursionError) as exc:  # from explicit !!int etc.
        raise FormatError(f"front matter holds a value that cannot be read ({exc})") from None
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + first_line}"
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise FormatError(f"front matter is not valid YAML{where}: {problem}") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise FormatError("front matter must be a list of 'field: value' lines")
    return {str(key): value for key, value in loaded.items()}


def _validate(raw: dict[str, Any]) -> FrontMatter:
    fields = FrontMatter()
    if "headline" not in raw and "title" in raw:
        raw = {**raw, "headline": raw["title"]}
    for name in TEXT_FIELDS:
        if name in raw:
            fields[name] = _text_field(name, raw[name])  # type: ignore[literal-required]
    if "tags" in raw:
        fields["tags"] = _tags(raw["tags"])
    if "language" in raw:
        language = _text_field("language", raw["language"]).strip()
        if language and not _LANGUAGE_TAG.match(language):
            raise FormatError(f"front matter 'language' is not a language tag: {language!r}")
        if language:
            fields["language"] = language
    if "status" in raw and raw["status"] is not None:
        fields["status"] = _status(raw["status"])
    return fields


def _text_field(name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise FormatError(f"front matter '{name}' must be text, not yes/no (put it in quotes)")
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise FormatError(f"front matter '{name}' must be text, not a {_yaml_kind(value)}")


def _tags(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return parse_tags(value)
    if not isinstance(value, list):
        raise FormatError(f"front matter 'tags' must be a list of text, not a {_yaml_kind(value)}")
    for item in value:
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise FormatError(f"front matter 'tags' must hold only text, not a {_yaml_kind(item)}")
    return normalize_tags(str(item) for item in value)


def _status(value: object) -> Status:
    try:
        return Status(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(status.value for status in Status)
        raise FormatError(
            f"front matter 'status' must be one of {allowed}, not {value!r}"
        ) from None


def _yaml_kind(value: object) -> str:
    if isinstance(value, bool):
        return "yes/no value"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return type(value).__name__


def _leading_heading(body: str) -> tuple[str, str]:
    """(plain headline, rest of body) when the body starts with `# Heading`, else ("", body)."""
    first_line, _, rest = body.partition("\n")
    match = _ATX_HEADING.match(first_line)
    if not match or not match.group("text").strip():
        return "", body
    headline = markdown_to_plain_text(match.group("text")).strip()
    return headline, rest.lstrip("\n")
