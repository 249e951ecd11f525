"""Stories in the plain-text layout users exchange, for the service tests."""

from __future__ import annotations


def story_text(headline: str, prev: str | None = None, nxt: str | None = None) -> str:
    """A story in the seed's layout: quoted headline, teaser, body, then Read Previous /
    Read Next blocks for the neighbours named."""
    blocks = [f'"{headline}"', f"Teaser zu {headline}.", f"Text zu {headline}."]
    if prev:
        blocks += ["Read Previous", f'"{prev}"']
    if nxt:
        blocks += ["Read Next", f'"{nxt}"']
    return "\n\n".join(blocks)
