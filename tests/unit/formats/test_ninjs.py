"""IPTC ninjs 3.x: what we write validates against the official 3.1 and 3.2 schemas."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from editor.domain.article import Article, Status
from editor.formats.export_links import ExportLinks, LinkedArticle
from editor.formats.ninjs import article_to_ninjs, article_to_ninjs_json
from tests.conftest import REPO_ROOT
from tests.unit.formats.export_samples import assert_matches_golden, golden_article, golden_links

SCHEMA_DIR = REPO_ROOT / "tests" / "data" / "ninjs"  # copies of ../shared/formats/ninjs
SCHEMA_VERSIONS = ("3.1", "3.2")


def _validator(version: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMA_DIR / f"ninjs-schema_{version}.json").read_text("utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


def _assert_valid(item: dict[str, Any]) -> None:
    for version in SCHEMA_VERSIONS:
        errors = [error.message for error in _validator(version).iter_errors(item)]
        assert errors == [], f"ninjs {version}: {errors}"


def test_golden_ninjs_is_valid_against_both_schemas() -> None:
    text = article_to_ninjs_json(golden_article(), golden_links())
    assert_matches_golden("article.ninjs.json", text)
    _assert_valid(json.loads(text))


@pytest.mark.parametrize(
    "article",
    [
        Article(),
        Article(headline="H", status=Status.SPIKED, language="not a tag"),
        Article(headline="</script>", body="<script>x</script>", tags=["", " "], section=" "),
    ],
)
def test_sparse_and_hostile_articles_are_valid(article: Article) -> None:
    _assert_valid(article_to_ninjs(article))


def test_fields_map_as_documented() -> None:
    item = article_to_ninjs(golden_article(), golden_links())
    assert item["uri"] == "urn:uuid:11111111-1111-4111-8111-111111111111"
    assert (item["type"], item["version"], item["pubStatus"]) == ("text", "3", "usable")
    assert item["versionCreated"] == "2024-03-02T09:30:00Z"
    assert item["headlines"][0] == {"role": "main", "value": golden_article().headline}
    assert (item["by"], item["located"], item["language"]) == ("Anna Muster", "Paris", "de")
    assert item["descriptions"][0]["value"] == golden_article().teaser
    html_body = item["bodies"][0]
    assert html_body["contentType"] == "text/html"
    assert "<h2>Die Beschlüsse</h2>" in html_body["value"] and "<script" not in html_body["value"]
    assert "garantien.html" not in html_body["value"]  # a feed has no pages beside it
    assert {(s["name"], s["rel"]) for s in item["subjects"]} == {
        ("Politik", "section"),
        ("Ukraine", "about"),
        ("Sicherheit", "about"),
    }
    rels = [(a["rel"], a["uri"][-4:]) for a in item["associations"]]
    assert rels == [
        ("previous", "0000"),
        ("next", "2222"),
        ("related", "4444"),
        ("mentions", "3333"),
    ]


def test_a_draft_is_withheld() -> None:
    links = ExportLinks(related=(LinkedArticle("r", ""),))
    item = article_to_ninjs(Article(headline="H"), links)
    assert item["pubStatus"] == "withheld"
    assert item["associations"][0]["headlines"][0]["value"] == "Untitled article"
