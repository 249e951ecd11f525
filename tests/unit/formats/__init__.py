"""Unit tests of the Qt-free readers and writers in editor.formats."""
