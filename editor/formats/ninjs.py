"""An article as an IPTC ninjs 3.x news item (JSON), for wire services and CMS feeds.

ninjs (News in JSON, https://iptc.org/standards/ninjs/) 3.1 and 3.2 both accept what this
writes (the tests check it with jsonschema against the official schemas):

- `uri`: `urn:uuid:<article id>` (ids are random UUIDs), stable across versions;
  `type`: `text`; `version`: the article's stored version as text.
- `firstCreated`, `versionCreated` (last change) and, once published, `contentCreated`
  as RFC 3339 date-times in UTC; `pubStatus`: `usable` when published, `canceled` when
  spiked, `withheld` otherwise.
- `language` (BCP 47, `und` when unusable), `headlines` (`main`, plus `kicker`), `by`
  (byline), `located` (dateline), `descriptions` (`summary`: the teaser as text).
- `bodies`: the body as sanitised HTML (`text/html`, the same allow-list as the HTML page;
  article links become plain text, since a feed has no pages beside it) with its
  character and word counts, and the body as plain text (`text/plain`).
- `subjects`: the section (`rel: section`) and the tags (`rel: about`), each by name.
- `associations`: the previous, next, related and linked articles, each a small ninjs
  object (`name`, `rel`, `uri`, `type`, headline).
- `standard`: `ninjs` and the version it is written for.
"""

from __future__ import annotations

import json
from typing import Any

from editor.domain.article import Article, Status
from editor.domain.metrics import measure_text
from editor.formats.body import markdown_to_plain_text
from editor.formats.export_links import NO_LINKS, ExportLinks, LinkedArticle
from editor.formats.html_export import body_html, clean_text, one_line, page_language
from editor.formats.markdown_export import rfc3339

NINJS_VERSION = "3.2"
NINJS_SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_3.2.json"
UNTITLED = "Untitled article"
PUB_STATUS = {Status.PUBLISHED: "usable", Status.SPIKED: "canceled"}


def article_uri(article_id: str) -> str:
    """The ninjs `uri` of an article: a URN of its UUID."""
    return f"urn:uuid:{article_id}"


def article_to_ninjs(article: Article, links: ExportLinks = NO_LINKS) -> dict[str, Any]:
    """The article as a ninjs 3.x object (JSON-ready data)."""
    item: dict[str, Any] = {
        "uri": article_uri(article.id),
        "type": "text",
        "version": str(article.version),
        "firstCreated": rfc3339(article.created_at),
        "versionCreated": rfc3339(article.updated_at),
        "pubStatus": PUB_STATUS.get(article.status, "withheld"),
        "language": page_language(article.language),
        "headlines": [{"role": "main", "value": one_line(article.headline) or UNTITLED}],
    }
    if article.published_at is not None:
        item["contentCreated"] = rfc3339(article.published_at)
    if one_line(article.kicker):
        item["headlines"].append({"role": "kicker", "value": one_line(article.kicker)})
    if one_line(article.byline):
        item["by"] = one_line(article.byline)
    if one_line(article.dateline):
        item["located"] = one_line(article.dateline)
    teaser = clean_text(article.teaser).strip()
    if teaser:
        item["descriptions"] = [{"role": "summary", "contentType": "text/plain", "value": teaser}]
    if article.body.strip():
        item["bodies"] = _bodies(article.body)
    subjects = _subjects(article)
    if subjects:
        item["subjects"] = subjects
    associations = _associations(links)
    if associations:
        item["associations"] = associations
    item["standard"] = {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA}
    return item


def article_to_ninjs_json(article: Article, links: ExportLinks = NO_LINKS) -> str:
    """The ninjs object as indented UTF-8 JSON text, ending with a newline."""
    return json.dumps(article_to_ninjs(article, links), ensure_ascii=False, indent=2) + "\n"


def _bodies(body: str) -> list[dict[str, Any]]:
    plain = clean_text(markdown_to_plain_text(body))
    metrics = measure_text(plain)
    return [
        {
            "role": "main",
            "contentType": "text/html",
            "value": body_html(body),
            "charCount": metrics.chars_with_spaces,
            "wordCount": metrics.words,
        },
        {"role": "main", "contentType": "text/plain", "value": plain},
    ]


def _subjects(article: Article) -> list[dict[str, str]]:
    subjects = [{"name": one_line(article.section), "rel": "section"}]
    subjects += [{"name": one_line(tag), "rel": "about"} for tag in article.tags]
    return [subject for subject in subjects if subject["name"]]


def _associations(links: ExportLinks) -> list[dict[str, Any]]:
    related: list[tuple[str, LinkedArticle]] = []
    if links.previous is not None:
        related.append(("previous", links.previous))
    if links.next is not None:
        related.append(("next", links.next))
    related += [("related", other) for other in links.related]
    related += [("mentions", other) for other in links.inline.values()]
    return [
        {
            "name": f"{rel}-{number}",
            "rel": rel,
            "uri": article_uri(other.id),
            "type": "text",
            "headlines": [{"role": "main", "value": one_line(other.headline) or UNTITLED}],
        }
        for number, (rel, other) in enumerate(related, start=1)
    ]
