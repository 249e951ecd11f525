"""DOCX import of documents made as Word makes them, and of broken or hostile files."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from editor.formats import docx_import
from editor.formats.docx_import import read_docx
from editor.formats.errors import FormatError


def saved(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_link(paragraph: Paragraph, url: str, text: str) -> None:
    """A hyperlink as Word writes one: an external relationship and a run inside."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, True))
    run = paragraph.add_run(text)
    link.append(run._r)
    paragraph._p.append(link)


def number(paragraph: Paragraph, num_id: int, level: int) -> None:
    """Word's own list markup: List Paragraph plus numbering on the paragraph."""
    properties = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    properties.get_or_add_numId().val = num_id
    properties.get_or_add_ilvl().val = level


def word_document() -> Document:
    document = docx.Document()
    document.add_paragraph("Stadtrat beschließt Radweg", style="Heading 1")
    teaser = document.add_paragraph()
    teaser.add_run("Die Entscheidung ist gefallen.").bold = True
    body = document.add_paragraph("Mit ")
    body.add_run("knapper").bold = True
    body.add_run(" Mehrheit, ")
    body.add_run("überraschend").italic = True
    body.add_run(", siehe ")
    add_link(body, "https://example.org/plan", "Plan")
    body.add_run(" und ")
    add_link(body, "javascript:alert(1)", "hier")
    body.add_run(".")
    document.add_paragraph("Was sich ändert", style="Heading 2")
    document.add_paragraph("Spuren", style="List Bullet")
    document.add_paragraph("Parkplätze", style="List Bullet")
    document.add_paragraph("Planung", style="List Number")
    document.add_paragraph("Bau", style="List Number")
    document.add_paragraph("Details", style="Heading 3")
    document.add_paragraph("Wir haben gewartet.", style="Quote")
    outer = document.add_paragraph("außen", style="List Paragraph")
    number(outer, 1, 0)
    inner = document.add_paragraph("innen", style="List Paragraph")
    number(inner, 1, 1)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Zelle eins"
    table.cell(0, 1).text = "Zelle zwei"
    hidden = document.add_paragraph("Sichtbar")
    hidden.add_run(" versteckt").font.hidden = True
    return document


def test_a_document_made_as_word_makes_it_maps_to_the_article() -> None:
    document = read_docx(saved(word_document()))
    assert document.headline == "Stadtrat beschließt Radweg"
    assert document.teaser == "Die Entscheidung ist gefallen."
    assert document.body.split("\n\n") == [
        "Mit **knapper** Mehrheit, *überraschend*, siehe [Plan](https://example.org/plan)"
        " und hier.",
        "## Was sich ändert",
        "- Spuren\n- Parkplätze",
        "1. Planung\n2. Bau",
        "### Details",
        "> Wir haben gewartet.",
        "- außen\n    - innen",
        "Zelle eins",
        "Zelle zwei",
        "Sichtbar",
    ]


def test_a_title_style_and_a_subtitle_are_headline_and_teaser() -> None:
    document = docx.Document()
    document.add_paragraph("Politik", style="Heading 1")  # before the title: a subhead
    document.add_paragraph("Die Überschrift", style="Title")
    document.add_paragraph("Der Vorspann", style="Subtitle")
    document.add_paragraph("Text.")
    read = read_docx(saved(document))
    assert (read.headline, read.teaser) == ("Politik", "")
    assert read.body.split("\n\n")[:2] == ["Die Überschrift", "Der Vorspann"]


def test_without_a_heading_the_title_property_or_first_line_is_the_headline() -> None:
    document = docx.Document()
    document.add_paragraph("Erste Zeile")
    document.add_paragraph("Text.")
    assert (read_docx(saved(document)).headline, read_docx(saved(document)).body) == (
        "Erste Zeile",
        "Text.",
    )
    document.core_properties.title = "Aus den Eigenschaften"
    assert read_docx(saved(document)).headline == "Aus den Eigenschaften"


def test_invisible_characters_are_dropped() -> None:
    """(XML cannot hold control characters: a .docx never brings any.)"""
    document = docx.Document()
    document.add_paragraph("Wahl\u200b in \ufeffWien", style="Title")
    document.add_paragraph("Silben\u00adtrennung und Text.")
    read = read_docx(saved(document))
    assert (read.headline, read.body) == ("Wahl in Wien", "Silbentrennung und Text.")


def _replaced(data: bytes, name: str, content: bytes) -> bytes:
    """The .docx `data` with the part `name` replaced by `content`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == name else source.read(info))
    return buffer.getvalue()


def _deeply_nested_document(depth: int) -> bytes:
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    nested = "<w:sdt><w:sdtContent>" * depth + "</w:sdtContent></w:sdt>" * depth
    return (
        f"<w:document {namespace}><w:body><w:p><w:r><w:t>Titel</w:t></w:r></w:p>"
        f"{nested}</w:body></w:document>"
    ).encode()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not a Word document (the file is not a valid .docx archive)"),
        (b"PK\x03\x04broken", "not a Word document (the file is not a valid .docx archive)"),
        (b"Hallo, ich bin Text", "not a Word document (the file is not a valid .docx archive)"),
        (
            saved(word_document())[:2000],
            "not a Word document (the file is not a valid .docx archive)",
        ),
        (
            _replaced(saved(word_document()), "word/document.xml", b"<w:document"),
            "not a readable Word document (XMLSyntaxError",
        ),
        (
            _replaced(saved(word_document()), "word/document.xml", _deeply_nested_document(5000)),
            "not a readable Word document (XMLSyntaxError",
        ),
    ],
)
def test_broken_and_hostile_files_are_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(FormatError) as raised:
        read_docx(data)
    assert raised.value.reason.startswith(reason)
    assert "\n" not in str(raised.value)


def test_a_zip_bomb_is_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_import, "MAX_UNPACKED_BYTES", 1024 * 1024)
    document = word_document()
    document.add_paragraph("x" * 2_000_000)
    with pytest.raises(FormatError, match="unpacks to more than 1 MB; refused"):
        read_docx(saved(document))
