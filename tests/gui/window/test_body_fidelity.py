"""Issue 7's defects through the real window: open an article written outside the app,
type at the end of its body, store, read the body back from the library. Nothing the
journalist did not touch may change (compared as rendered, normalized HTML)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.formats.body import render_html
from editor.storage.library import Library
from tests.gui.body.normalize import normalize
from tests.gui.body.window_path import reopen_type_store
from tests.gui.driver import WindowDriver


def _same(stored: str, expected: str) -> None:
    assert normalize(render_html(stored)) == normalize(render_html(expected)), stored


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mehr zum [Haushalt](/politik/haushalt) und [Anker](#abschnitt).",
            "Mehr zum [Haushalt](/politik/haushalt) und [Anker](#abschnitt). Ende",
        ),
        ("Siehe [www](www.example.org).", "Siehe [www](www.example.org). Ende"),
        ("Ruf [an](tel:+4930123456).", "Ruf [an](tel:+4930123456). Ende"),
        ("Die [Datei](ftp://example.org/a.pdf).", "Die [Datei](ftp://example.org/a.pdf). Ende"),
        ("[Bericht](copydesk:article/0193a7c2)", "[Bericht](copydesk:article/0193a7c2) Ende"),
        ("[Archiv](../archiv/2024?seite=2#oben)", "[Archiv](../archiv/2024?seite=2#oben) Ende"),
    ],
)  # fmt: skip
def test_allowed_links_survive_open_and_save(
    driver: WindowDriver, sample_library: Library, body: str, expected: str
) -> None:
    _same(reopen_type_store(driver, sample_library, body), expected)


@pytest.mark.parametrize(
    "target", ["javascript:alert(1)", "data:text/html,x", "vbscript:msgbox(1)", "JaVaScRiPt:x"]
)
def test_a_refused_link_becomes_text_with_a_visible_warning(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library, target: str
) -> None:
    body = f"Vorsicht [Klick]({target}) hier."
    stored = reopen_type_store(driver, sample_library, body)
    _same(stored, "Vorsicht Klick hier. Ende")
    notice = driver.body_notice()
    assert notice.isVisible()
    assert target in notice.text()


def test_no_warning_without_refused_links(driver: WindowDriver, sample_library: Library) -> None:
    reopen_type_store(driver, sample_library, "Mehr zum [Haushalt](/politik/haushalt).")
    assert not driver.body_notice().isVisible()


def test_huge_list_numbers_are_kept(driver: WindowDriver, sample_library: Library) -> None:
    body = "2147483648. Besucher\n2147483649. Gäste\n\n18446744073709551616. Rekord"
    stored = reopen_type_store(driver, sample_library, body)
    _same(stored, "2147483648. Besucher\n2147483649. Gäste\n\n18446744073709551616. Rekord Ende")
    assert driver.body_load_error() is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '[Statistikamt](https://example.org/x "Statistisches Bundesamt")',
            '[Statistikamt](https://example.org/x "Statistisches Bundesamt") Ende',
        ),
        (
            '[Amt][destatis]\n\n[destatis]: https://example.org/x "Statistisches Bundesamt"',
            '[Amt](https://example.org/x "Statistisches Bundesamt") Ende',
        ),
        (
            "[Zitat](https://example.org/z 'Er sagte \"nein\" & <ging>')",
            "[Zitat](https://example.org/z 'Er sagte \"nein\" & <ging>') Ende",
        ),
    ],
)
def test_link_titles_survive(
    driver: WindowDriver, sample_library: Library, body: str, expected: str
) -> None:
    _same(reopen_type_store(driver, sample_library, body), expected)


@pytest.mark.parametrize(
    "body",
    [
        "- \n- zweiter Punkt",
        "1. \n2. zweiter Punkt\n3. ",
        "- erster\n- \n- dritter",
        "> - \n> - zitiert",
        "1. 2. Bundesliga: HSV steigt auf",
        "- - innen",
        "3. - innen\n4. außen",
        "- mehr Lohn\n\n- kürzere Arbeitszeit",
        "- a\n- b\n\n- c",
        "1. Erstens\n\n    mit zweitem Absatz\n\n2. Zweitens",
        "- Punkt\n\n    Absatz\n\n    - verschachtelt\n\n- weiter",
        "- a\n\n    - b\n    - c\n\n- d",
        "a\u2028b und c\u2029d",
        "Text\ufdd0mit\ufdd1Nichtzeichen\ufdefund\uffff",
        "Objekt\ufffcZeichen",
        "- Liste\u2028mit\u2029Trennern",
        "## Kopf\u2028zeile",
    ],
)
def test_untouched_structure_and_text_survive(
    driver: WindowDriver, sample_library: Library, body: str
) -> None:
    stored = reopen_type_store(driver, sample_library, body, keys=None)
    _same(stored, body)
