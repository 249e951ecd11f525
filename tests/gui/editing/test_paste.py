"""Pasting into the body: Word, LibreOffice and web HTML keep only the supported
structure (no styles, fonts, colours, images, scripts, hidden text); plain text goes in
literally; images alone are refused."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QImage, QTextCharFormat, QTextFormat
from pytestqt.qtbot import QtBot

from editor.ui.article.body_editor import BodyEditor
from tests.gui.editing.document_shape import Block, Run, blocks, rendered, reopen, runs

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;
font-family:"Calibri",sans-serif;} --></style>
</head><body lang=DE style='tab-interval:35.4pt'><!--StartFragment-->
<h1 style='mso-style-name:Heading1'><span style='font-family:"Cambria",serif;color:#2F5496'>Stadtrat
beschließt Haushalt<o:p></o:p></span></h1>
<p class=MsoNormal><b><span style='font-size:12.0pt'>Köln.</span></b><span style='font-size:12.0pt'>
Der Rat hat <i>am Montag</i> entschieden.<o:p></o:p></span></p>
<p class=MsoNormal><span style='mso-no-proof:yes'><img width=200 height=100
src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"></span><o:p></o:p></p>
<p class=MsoNormal style='color:red'><s>alt</s> neu<o:p></o:p></p>
<!--EndFragment--></body></html>"""

LIBREOFFICE_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
<style type="text/css">p { margin-bottom: 0.25cm; line-height: 115% }</style></head>
<body lang="de-DE" dir="ltr">
<h2 class="western"><font face="Liberation Sans">Zwischentitel</font></h2>
<p style="margin-bottom: 0cm"><font face="Liberation Serif"><font size="3">Erster
<b>Absatz</b>.</font></font></p>
<ul><li><p style="margin-bottom: 0cm">Punkt eins</p>
<ul><li><p style="margin-bottom: 0cm">Unterpunkt</p></li></ul></li>
<li><p>Punkt zwei</p></li></ul>
<ol><li><p>Schritt</p></li></ol></body></html>"""

WEB_HTML = """<meta charset='utf-8'><div class="article" style="font-family: Georgia; color: #333">
<script>track()</script><style>.x{color:red}</style>
<p style="font-size: 20px">Read <a href="https://example.org/story?id=1" style="color: blue"
onclick="evil()">the story</a> and <a href="javascript:alert(1)">this</a>.<br>Second line</p>
<img src="https://tracker.example/pixel.gif" width="1" height="1">
<blockquote><p>Quoted <em>words</em></p><ul><li>quoted item</li></ul></blockquote>
<h3>Small head</h3></div>"""


def paste(editor: BodyEditor, *, html: str | None = None, text: str | None = None) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)


def assert_no_foreign_formatting(editor: BodyEditor) -> None:
    """Nothing but house formatting: no fonts, sizes, colours (links aside), images."""
    assert "\ufffc" not in editor.toPlainText()  # no object replacement (images)
    block = editor.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt: QTextCharFormat = iterator.fragment().charFormat()
            assert not fmt.isImageFormat()
            assert not fmt.hasProperty(QTextFormat.Property.FontFamilies)
            assert not fmt.hasProperty(QTextFormat.Property.FontPointSize)
            assert not fmt.hasProperty(QTextFormat.Property.BackgroundBrush)
            if not fmt.isAnchor():
                assert not fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
            iterator += 1
        block = block.next()


def test_paste_from_word(qtbot: QtBot, editor: BodyEditor) -> None:
    paste(editor, html=WORD_HTML, text="fallback")
    assert_no_foreign_formatting(editor)
    shape = blocks(editor)
    assert shape[0] == Block("Stadtrat beschließt Haushalt", heading=2)
    assert Block("Köln. Der Rat hat am Montag entschieden.") in shape
    assert runs(editor)[1] == [
        Run("Köln.", bold=True),
        Run(" Der Rat hat "),
        Run("am Montag", italic=True),
        Run(" entschieden."),
    ]
    assert [Run("alt", strike=True), Run(" neu")] in runs(editor)
    html = rendered(editor)
    assert "<img" not in html
    assert "Calibri" not in html and "style" not in html
    reopen(qtbot, editor)


def test_paste_from_libreoffice(qtbot: QtBot, editor: BodyEditor) -> None:
    paste(editor, html=LIBREOFFICE_HTML)
    assert_no_foreign_formatting(editor)
    assert blocks(editor) == [
        Block("Zwischentitel", heading=2),
        Block("Erster Absatz."),
        Block("Punkt eins", list_kind="bullet", depth=1),
        Block("Unterpunkt", list_kind="bullet", depth=2),
        Block("Punkt zwei", list_kind="bullet", depth=1),
        Block("Schritt", list_kind="numbered", depth=1),
    ]
    reopen(qtbot, editor)


def test_paste_from_the_web(qtbot: QtBot, editor: BodyEditor) -> None:
    paste(editor, html=WEB_HTML)
    assert_no_foreign_formatting(editor)
    assert blocks(editor) == [
        Block("Read the story and this.\u2028Second line"),
        Block("Quoted words", quoted=True),
        Block("quoted item", list_kind="bullet", depth=1, quoted=True),
        Block("Small head", heading=3),
    ]
    assert runs(editor)[0][1] == Run("the story", link="https://example.org/story?id=1")
    html = rendered(editor)
    assert "javascript" not in html
    assert "track()" not in editor.toPlainText()
    assert "tracker.example" not in html
    reopen(qtbot, editor)


def test_paste_inline_html_into_a_paragraph(qtbot: QtBot, editor: BodyEditor) -> None:
    qtbot.keyClicks(editor, "Start  end")
    cursor = editor.textCursor()
    cursor.setPosition(6)
    editor.setTextCursor(cursor)
    paste(editor, html="<span style='color:red'><b>bold</b> bit</span>")
    assert runs(editor) == [[Run("Start "), Run("bold", bold=True), Run(" bit end")]]
    editor.undo()
    assert editor.toPlainText() == "Start  end"


def test_paste_plain_text_is_literal(qtbot: QtBot, editor: BodyEditor) -> None:
    paste(editor, text="# not a heading\n1. FC Köln <b>x</b> *y*\r\nC:\\Temp")
    assert blocks(editor) == [
        Block("# not a heading"),
        Block("1. FC Köln <b>x</b> *y*"),
        Block("C:\\Temp"),
    ]
    markdown_text, _reopened = reopen(qtbot, editor)
    assert "<h1>" not in rendered(editor)
    assert "<ol>" not in rendered(editor)
    assert markdown_text


def test_paste_plain_text_command_ignores_html(qtbot: QtBot, editor: BodyEditor) -> None:
    mime = QMimeData()
    mime.setHtml("<h2>Big</h2><p><b>bold</b></p>")
    mime.setText("Big\nbold")
    QGuiApplication.clipboard().setMimeData(mime)
    editor.paste_plain_text()
    assert blocks(editor) == [Block("Big"), Block("bold")]
    assert runs(editor) == [[Run("Big")], [Run("bold")]]


def test_image_only_paste_is_refused(editor: BodyEditor) -> None:
    mime = QMimeData()
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    mime.setImageData(image)
    assert not editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == ""
