"""Readers and writers of article formats: the body Markdown dialect, the seed's text
layout, Markdown files with front matter, HTML. No Qt here."""
