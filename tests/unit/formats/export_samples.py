"""Articles the export tests share, and golden-file comparison.

`golden_article()` has every field and every body structure (subheads, lists, nested
lists, quotes, emphasis, links of each kind, hostile raw HTML); `golden_links()` gives it
neighbours, related stories and an inline link target. Golden files live in
tests/data/export/; set COPYDESK_UPDATE_GOLDEN=1 to rewrite them after a deliberate
change, then review the diff.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from editor.domain.article import Article, Status
from editor.formats.export_links import ExportLinks, LinkedArticle
from tests.conftest import REPO_ROOT

GOLDEN_DIR = REPO_ROOT / "tests" / "data" / "export"

GOLDEN_BODY = """\
Am Montag trafen sich die Vertreter in **Paris**, *kurz* vor ~~Mitternacht~~.

## Die Beschlüsse

Drei Punkte, [laut Protokoll](https://example.org/protokoll "Protokoll"):

1. Sicherheitsgarantien
2. Wiederaufbau
    - Kredite
    - Investitionen

> „Wir stehen zusammen“, sagte der Gastgeber.
> Zweite Zeile des Zitats.

### Reaktionen

Mehr dazu im [Hintergrund](copydesk:article/33333333-3333-4333-8333-333333333333) und per \
[Mail](mailto:redaktion@example.org); [gefährlich](javascript:alert(1)) bleibt Text.

<script>alert("x")</script><img src=x onerror=alert(1)>
"""


def golden_article() -> Article:
    """A published article with every field set and a deterministic id and dates."""
    return Article(
        id="11111111-1111-4111-8111-111111111111",
        headline="Koalition der Willigen: Sicherheitsgarantien für Ukraine",
        kicker="Ukraine",
        teaser="Die „Koalition der Willigen“ ist in Paris zusammengekommen.",
        body=GOLDEN_BODY,
        byline="Anna Muster",
        dateline="Paris",
        language="de",
        section="Politik",
        tags=["Ukraine", "Sicherheit"],
        status=Status.PUBLISHED,
        slug="koalition-der-willigen",
        created_at=datetime(2024, 3, 1, 8, 0, tzinfo=UTC),
        updated_at=datetime(2024, 3, 2, 9, 30, tzinfo=UTC),
        published_at=datetime(2024, 3, 1, 10, 0, tzinfo=UTC),
        version=3,
    )


def golden_links() -> ExportLinks:
    """Previous, next, one related story and the inline link's target, all with pages."""
    return ExportLinks(
        previous=LinkedArticle(
            "00000000-0000-4000-8000-000000000000",
            "Wien: Kürzungen bei Mindestsicherung geplant",
            "wien-kuerzungen.html",
            "wien-kuerzungen",
        ),
        next=LinkedArticle(
            "22222222-2222-4222-8222-222222222222",
            "Trumps Söhne: Bitcoin-Firma verdoppelt Wert!",
            "trumps-soehne.html",
            "trumps-soehne",
        ),
        related=(
            LinkedArticle(
                "44444444-4444-4444-8444-444444444444",
                "Hintergrund: Die Koalition",
                "hintergrund.html",
                "hintergrund",
            ),
        ),
        inline={
            "33333333-3333-4333-8333-333333333333": LinkedArticle(
                "33333333-3333-4333-8333-333333333333",
                "Was die Garantien bedeuten",
                "garantien.html",
                "garantien",
            )
        },
    )


def assert_matches_golden(name: str, actual: str) -> None:
    """Compare with tests/data/export/NAME (rewritten when COPYDESK_UPDATE_GOLDEN=1)."""
    path = GOLDEN_DIR / name
    if os.environ.get("COPYDESK_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8", newline="")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from its golden file (see the module doc)"
