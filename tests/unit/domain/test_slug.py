"""Slugs derived from headlines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.domain.slug import MAX_SLUG_LENGTH, slugify


def test_german_headline() -> None:
    assert slugify("Trumps Söhne: Bitcoin-Firma verdoppelt Wert!") == (
        "trumps-soehne-bitcoin-firma-verdoppelt-wert"
    )


def test_accents_and_other_scripts() -> None:
    assert slugify("Café in Łódź") == "cafe-in-łodz"
    assert slugify("Новости дня") == "новости-дня"


@given(st.text())
def test_slug_is_url_safe_and_bounded(text: str) -> None:
    slug = slugify(text)
    assert len(slug) <= MAX_SLUG_LENGTH
    assert not slug.startswith("-") and not slug.endswith("-")
    assert " " not in slug and "/" not in slug and "--" not in slug
