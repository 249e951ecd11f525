"""Language detection on import: German and English first, other languages and scripts."""

from __future__ import annotations

import pytest

from editor.formats.language import SAMPLE_CHARS, detect_language


def test_seed_is_german(seed_text: str) -> None:
    assert detect_language(seed_text) == "de"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Minister sagte am Dienstag, dass die Regierung den Bericht nicht kommentiert."),
        ("en", "The minister said on Tuesday that the government would not comment on it."),
        ("fr", "Le ministre a déclaré mardi que le gouvernement ne commenterait pas le rapport."),
        (
            "es",
            "El ministro dijo el martes que el gobierno no comentaría el informe.",
        ),
        (
            "it",
            "Il ministro ha detto martedì che il governo non commenterà il rapporto.",
        ),
        ("nl", "De minister zei dinsdag dat de regering niet zal reageren op het rapport."),
        ("pt", "O ministro disse na terça-feira que o governo não vai comentar o relatório."),
        ("ru", "Министр заявил во вторник, что правительство не будет комментировать доклад."),
        ("uk", "Міністр заявив у вівторок, що уряд не коментуватиме звіт."),
        ("el", "Ο υπουργός δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα σχολιάσει."),
        ("ar", "قال الوزير يوم الثلاثاء إن الحكومة لن تعلق على التقرير"),
        ("he", "השר אמר ביום שלישי שהממשלה לא תגיב על הדוח"),
        ("ja", "大臣は火曜日、政府は報告書についてコメントしないと述べた。"),
        ("zh", "部长周二表示，政府不会对该报告发表评论。"),
        ("ko", "장관은 화요일 정부가 보고서에 대해 논평하지 않을 것이라고 말했다."),
    ],
)
def test_languages(language: str, text: str) -> None:
    assert detect_language(text) == language


def test_english_quote_in_german_article_stays_german() -> None:
    text = (
        "Die Kanzlerin sagte nach dem Treffen, sie sei mit den Ergebnissen zufrieden. "
        'Auf Englisch fügte sie hinzu: "We will do what is necessary." Die Opposition '
        "kritisierte die Einigung als zu vage und forderte mehr Details."
    )
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", ["", "   \n\t", "12345 678", "Xyzzy qwrtp"])
def test_no_evidence_gives_the_default(text: str) -> None:
    assert detect_language(text) == "en"
    assert detect_language(text, default="de") == "de"


def test_only_the_leading_sample_is_read() -> None:
    german = "Der Bericht ist nicht fertig und die Regierung will ihn auch nicht zeigen. "
    english = "The report is not ready and the government will not show it to anyone. "
    text = german * (SAMPLE_CHARS // len(german) + 1) + english * 500
    assert detect_language(text) == "de"
