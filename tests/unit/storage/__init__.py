"""Unit tests of editor.storage (fresh SQLite per test, no Qt)."""
