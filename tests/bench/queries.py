"""The 100 benchmark search queries: what people really type, mixed."""

from __future__ import annotations

SINGLE_WORDS = (
    "Regierung", "Bundestag", "Streik", "Hochwasser", "Impfung", "election", "union",
    "inflation", "hospital", "Trainer", "Festival", "prosecutors", "Gewerkschaft", "Börse",
)  # fmt: skip
WITHOUT_UMLAUTS = (
    "koln", "munchen", "dusseldorf", "nurnberg", "lubeck", "gottingen", "wurzburg",
    "saarbrucken", "tubingen", "zurich", "osterreich", "thuringen", "muller", "schroder",
    "krakow", "dvorak",
)  # fmt: skip
WITH_UMLAUTS = (
    "Köln", "München", "Düsseldorf", "Ärzte", "Bürgermeister", "Schüler", "Künstler",
    "Straße", "Jäger", "Krüger",
)  # fmt: skip
PREFIXES = (
    "bundes", "regier", "minist", "wirtsch", "econ", "parlam", "kanzl", "polit", "stadi",
    "unwett", "gover", "champ", "ermitt", "flugh",
)  # fmt: skip
TWO_WORDS = (
    "Köln Streik", "Regierung Haushalt", "Bundestag Gesetz", "police investigation",
    "Trainer Saison", "climate energy", "court ruling", "Müller Berlin", "Zinsen Inflation",
    "hospital nurses", "Feuerwehr Unfall", "museum exhibition", "Bahn Zugausfall",
    "koln bahn", "london mayor", "Schule Lehrer",
)  # fmt: skip
RARE_AND_NO_HIT = (
    "Quantenverschränkung", "xylophonquartett", "zzzzzz", "Pferdeflüsterin", "blorptastic",
    "Grünschaft", "Bergwald", "Tonford", "Landmark", "Stoneridge", "Planrecht", "Hofzeit",
)  # fmt: skip
PUNCTUATION = (
    '"Köln"', "AND", "OR NOT", "*", "C:\\Temp", "(Merkel", "NEAR(a b)", "1. FC Köln",
    "5 * 3", "#hashtag", "<b>", "?!", "—", "e-mail", "O'Brien", '"unclosed', "a:b",
    "Bundes*", "^start", "col:umn",
)  # fmt: skip
MIXED = (
    "Was sagte der Bürgermeister?", "the minister said", "Preise Energie Strom",
    "Schröder kritisierte", "García", "Søren", "Millionen Euro", "stadium fans league",
)  # fmt: skip


CATEGORIES = (
    SINGLE_WORDS,
    WITHOUT_UMLAUTS,
    WITH_UMLAUTS,
    PREFIXES,
    TWO_WORDS,
    RARE_AND_NO_HIT,
    PUNCTUATION,
    MIXED,
)
QUERY_COUNT = 100


def benchmark_queries() -> list[str]:
    """Exactly 100 queries, taken round-robin from every category so all kinds are in."""
    queries: list[str] = []
    for position in range(max(len(category) for category in CATEGORIES)):
        for category in CATEGORIES:
            if position < len(category) and len(queries) < QUERY_COUNT:
                queries.append(category[position])
    return queries


# Search as you type: the words as they are after three and four keystrokes.
PREFIX_AS_TYPED = (
    "Ber", "Bund", "Mini", "Stad", "Köl", "Reg", "Pol", "Wirt", "Sta", "Hau", "Kanz",
    "Mün", "Str", "Fra", "Pre", "elec", "gov", "Sch", "Wah", "Inf",
)  # fmt: skip
