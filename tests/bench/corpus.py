"""A seeded generator of realistic-looking German and English news articles for the benchmark.

Text is built from word lists with a Zipf-like frequency (so common words are in nearly
every article and rare ones in few, as in real news), via a pool of pre-built sentences so
generating 100,000 articles takes seconds, not minutes.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from editor.domain.article import Article, Status

SECTIONS = (
    "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Panorama", "Digital", "Reise",
    "Lokales", "Meinung", "World", "Business", "Science", "Technology", "Health", "Opinion",
    "Travel", "Arts", "Media", "Environment",
)  # fmt: skip


def words(text: str) -> list[str]:
    """A word list written as one string."""
    return text.split()


GERMAN_COMMON = words(
    "der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es "
    "an er hat aus bei sind noch nach wird einer um am wie über so zum war haben nur oder "
    "aber vor zur bis mehr durch man sein wurde sei schon wenn sie wir ihr uns seit gegen"
)
GERMAN_CONTENT = words(
    "Regierung Bundesregierung Ministerpräsident Kanzlerin Kanzler Bürgermeister Gemeinderat "
    "Haushalt Steuern Rente Schulden Wahl Wahlkampf Umfrage Koalition Opposition Parlament "
    "Bundestag Landtag Gesetz Entwurf Verhandlung Streik Gewerkschaft Arbeitsplätze "
    "Unternehmen Konzern Aktie Börse Zinsen Inflation Preise Energie Strom Gaspreis Heizung "
    "Klimaschutz Hochwasser Unwetter Polizei Feuerwehr Unfall Gericht Urteil "
    "Staatsanwaltschaft Ermittlungen Schule Lehrer Schüler Universität Forschung Studie "
    "Krankenhaus Ärzte Pflege Impfung Verkehr Straße Brücke Baustelle Bahn Zugausfall "
    "Flughafen Mannschaft Trainer Tor Spiel Saison Tabelle Stadion Fans Verein Meisterschaft "
    "Konzert Theater Ausstellung Museum Film Roman Festival Künstler Bühne Premiere erklärte "
    "sagte betonte kritisierte forderte kündigte warnte bestätigte zeigte wollte sollte müsse "
    "könnte gestern heute morgen bereits künftig deutlich erstmals jedoch allerdings zudem "
    "außerdem wichtig schwierig großen neuen ersten letzten öffentlichen politischen "
    "wirtschaftlichen höheren später gemeinsam Millionen Milliarden Prozent Jahren Wochen "
    "Monaten Tagen Menschen Bürger Einwohner Kinder Familien"
)
ENGLISH_COMMON = words(
    "the of and to a in is that for it on was with as he be by at this are from his had have "
    "not but they which an has were their been one would will all said there she her its who "
    "more after also than over into about up out"
)
ENGLISH_CONTENT = words(
    "government minister president council mayor budget taxes pension debt election campaign "
    "poll coalition opposition parliament senate bill draft negotiations strike union jobs "
    "company shares market interest inflation prices energy electricity climate flooding "
    "storm police firefighters accident court ruling prosecutors investigation school "
    "teachers students university research study hospital doctors nurses vaccine traffic "
    "bridge railway airport team coach goal match season league stadium fans club "
    "championship concert theatre exhibition museum film novel festival artist premiere "
    "announced warned confirmed criticised demanded explained argued yesterday today tomorrow "
    "already however although moreover important difficult major new first last public "
    "political economic higher later together million billion percent years weeks months days "
    "people residents children families"
)
GERMAN_PLACES = words(
    "Köln München Düsseldorf Nürnberg Lübeck Göttingen Würzburg Saarbrücken Tübingen Berlin "
    "Hamburg Frankfurt Zürich Österreich Bayern Thüringen"
)
ENGLISH_PLACES = words("London Manchester Dublin Edinburgh Washington Brussels Paris Zürich Kraków")
PEOPLE = words(
    "Müller Schröder Jäger Krüger Weiß Böhm Schäfer Günther Smith Johnson O'Brien Nguyen "
    "García Kowalski Dvořák Søren"
)
SENTENCE_POOL = 20_000
RARE_WORDS = 20_000
FUNCTION_WORD_BOOST = 2.0  # function words are about 60 % of running text
TOPICAL_RANKS = (20, 2000)  # where named content words sit in the frequency order
SYLLABLES = {
    "de": words(
        "ber bau schaft haus land burg stadt werk zug feld kraft wald mark tal ung heit "
        "keit grün löw über müh straß bär zeit plan wahl geld recht hof berg dorf "
    ),
    "en": words(
        "ton ham ford shire port gate land wick ley bury wood field stone mill ridge "
        "brook ment tion ness ward ship craft line mark bridge well "
    ),
}


def _zipf_weights(count: int) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(count)]


class CorpusGenerator:
    """Seeded source of Article objects; same seed, same articles."""

    def __init__(self, seed: int = 20240601) -> None:
        self._random = random.Random(seed)
        self._start = datetime(2022, 1, 1, tzinfo=UTC)
        self._rare = {
            language: self._rare_words(syllables) for language, syllables in SYLLABLES.items()
        }
        self._sentences = {
            "de": self._sentence_pool("de", GERMAN_COMMON, GERMAN_CONTENT, GERMAN_PLACES),
            "en": self._sentence_pool("en", ENGLISH_COMMON, ENGLISH_CONTENT, ENGLISH_PLACES),
        }

    def _rare_words(self, syllables: list[str]) -> list[str]:
        """Invented but plausible words (names, compounds): the long tail of a news vocabulary."""
        rng = self._random
        words = {
            "".join(rng.choices(syllables, k=rng.randint(2, 4))).capitalize()
            for _ in range(RARE_WORDS * 2)
        }
        return rng.sample(sorted(words), RARE_WORDS)

    def _vocabulary(self, language: str, common: list[str], named: list[str]) -> list[str]:
        """Words in frequency order: function words first, then a long tail in which the
        named content words sit at mid-frequency ranks, as in real news text."""
        tail = list(self._rare[language])
        for word in named:
            tail.insert(self._random.randrange(TOPICAL_RANKS[0], TOPICAL_RANKS[1]), word)
        return common + tail

    def _sentence_pool(
        self, language: str, common: list[str], content: list[str], places: list[str]
    ) -> list[tuple[str, int]]:
        rng = self._random
        vocabulary = self._vocabulary(language, common, content + places + PEOPLE)
        weights = _zipf_weights(len(vocabulary))
        weights[: len(common)] = [FUNCTION_WORD_BOOST * w for w in weights[: len(common)]]
        cumulative = list(itertools.accumulate(weights))
        pool: list[tuple[str, int]] = []
        for index in range(SENTENCE_POOL):
            words = rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(6, 22))
            if index % 7 == 0:
                words[rng.randrange(len(words))] = f"**{rng.choice(places)}**"
            if index % 11 == 0:
                words.append(f"{rng.randint(2, 98)} Prozent" if common is GERMAN_COMMON else "")
            text = " ".join(word for word in words if word)
            sentence = text[0].upper() + text[1:] + rng.choice(".....!?")
            pool.append((sentence, len(words)))
        return pool

    def article(self, number: int) -> Article:
        """The `number`-th article: German or English, 300-1,500 words, one of 20 sections."""
        rng = self._random
        language = "de" if rng.random() < 0.6 else "en"
        pool = self._sentences[language]
        target = rng.randint(300, 1500)
        paragraphs: list[str] = []
        words = 0
        while words < target:
            picked = rng.choices(pool, k=rng.randint(3, 6))
            rare = " ".join(rng.choices(self._rare[language], k=2))
            paragraphs.append(" ".join(sentence for sentence, _ in picked) + f" {rare}.")
            words += sum(count for _, count in picked)
            if rng.random() < 0.08:
                paragraphs.append("## " + rng.choice(pool)[0].rstrip(".!?"))
        places = GERMAN_PLACES if language == "de" else ENGLISH_PLACES
        place = rng.choice(places)
        headline_words = rng.choices(pool, k=1)[0][0].rstrip(".!?").split()[:7]
        headline_words.insert(
            rng.randrange(len(headline_words) + 1), rng.choice(self._rare[language])
        )
        headline = f"{place}: {' '.join(headline_words)}"
        updated = self._start + timedelta(minutes=number * 7 + rng.randint(0, 600))
        return Article(
            headline=headline,
            kicker=rng.choice(PEOPLE),
            teaser=" ".join(sentence for sentence, _ in rng.choices(pool, k=2)),
            body="\n\n".join(paragraphs),
            byline=f"Von {rng.choice(PEOPLE)}" if language == "de" else f"By {rng.choice(PEOPLE)}",
            dateline=place,
            language=language,
            section=SECTIONS[number % len(SECTIONS)],
            tags=[place, rng.choice(SECTIONS)],
            status=rng.choice(list(Status)),
            created_at=updated - timedelta(hours=rng.randint(1, 48)),
            updated_at=updated,
        )

    def articles(self, count: int) -> Iterator[Article]:
        """`count` articles in sequence."""
        for number in range(count):
            yield self.article(number)
