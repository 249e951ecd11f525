"""Sample articles for the window tests, the GUI benchmark and screenshots.

Deterministic (seeded) so failures reproduce; bodies use every construct the editor
offers (subheads, lists, quotes, links, emphasis) in German and English.
"""

from __future__ import annotations

import random
from pathlib import Path

from editor.domain import Article, Status
from editor.storage.library import Library


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


WORDS_DE = _words(
    "Regierung Koalition Haushalt Sitzung Bürger Stadt Minister Entscheidung Woche Bericht "
    "Ausschuss Verhandlung Kommune Polizei Gericht Zukunft Wirtschaft Verkehr Schule Energie "
    "und der die das mit für nach über unter bei einem einer wurde haben sagte heute morgen"
)
WORDS_EN = _words(
    "government council budget meeting residents city minister decision week report "
    "committee talks police court future economy traffic school energy market vote "
    "and the with for after over under at a an was have said today tomorrow"
)
SECTIONS = ("Politik", "Wirtschaft", "Lokales", "Kultur", "Sport")

FEATURE_BODY = """Die Stadtverordneten haben am Abend **mit knapper Mehrheit** den Haushalt
beschlossen. Die Opposition sprach von einem *schwarzen Tag* für die Stadt.

## Was beschlossen wurde

- 12 Millionen Euro für Schulen
- neue Radwege:
    - an der Hauptstraße
    - am Bahnhof
- ~~Hallenbad~~ verschoben

## Die Reaktionen

> „Wir haben geliefert“, sagte die Bürgermeisterin.

1\\. FC Köln und andere Vereine begrüßten die Entscheidung, mehr auf
[der Website der Stadt](https://example.org/haushalt).
"""


def sentence(rng: random.Random, words: tuple[str, ...] | list[str], length: int) -> str:
    chosen = [rng.choice(words) for _ in range(length)]
    return " ".join(chosen).capitalize() + "."


def body_of(rng: random.Random, words: list[str], word_count: int) -> str:
    """Paragraphs of 40-90 words with a subhead every few paragraphs, ~word_count words."""
    paragraphs: list[str] = []
    total = 0
    while total < word_count:
        if paragraphs and len(paragraphs) % 6 == 0:
            paragraphs.append("## " + sentence(rng, words, 4).rstrip("."))
        size = rng.randint(40, 90)
        sentences = []
        remaining = size
        while remaining > 0:
            length = min(remaining, rng.randint(8, 18))
            sentences.append(sentence(rng, words, length))
            remaining -= length
        paragraphs.append(" ".join(sentences))
        total += size
    return "\n\n".join(paragraphs) + "\n"


def make_article(rng: random.Random, number: int, word_count: int | None = None) -> Article:
    words = WORDS_DE if number % 3 else WORDS_EN
    language = "de" if number % 3 else "en"
    return Article(
        headline=sentence(rng, words, rng.randint(4, 9)).rstrip(".") + f" ({number})",
        kicker=rng.choice(words).upper(),
        teaser=sentence(rng, words, 22),
        body=body_of(rng, list(words), word_count or rng.randint(250, 900)),
        byline="Redaktion",
        dateline=rng.choice(("Berlin", "Wien", "Köln", "London")),
        language=language,
        section=SECTIONS[number % len(SECTIONS)],
        tags=[rng.choice(words).capitalize()],
        status=rng.choice(list(Status)),
    )


def feature_article() -> Article:
    return Article(
        headline="Stadtrat beschließt Haushalt nach langer Debatte",
        kicker="Kommunalpolitik",
        teaser="Nach sieben Stunden Debatte steht der Haushalt: mehr Geld für Schulen und "
        "Radwege, das Hallenbad muss warten.",
        body=FEATURE_BODY,
        byline="Anna Schmidt",
        dateline="Köln",
        language="de",
        section="Lokales",
        tags=["Haushalt", "Stadtrat"],
        target_words=400,
    )


def build_sample_library(path: Path, count: int = 12, seed: int = 7) -> list[Article]:
    """A library file with `count` generated articles plus the feature article (saved last)."""
    rng = random.Random(seed)
    stored: list[Article] = []
    with Library.open(str(path)) as library:
        for number in range(count):
            stored.append(library.save(make_article(rng, number)))
        stored.append(library.save(feature_article()))
    return stored


def long_body(word_count: int = 20_000, seed: int = 3) -> str:
    return body_of(random.Random(seed), list(WORDS_DE), word_count)
