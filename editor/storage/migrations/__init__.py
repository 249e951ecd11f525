"""Alembic migrations of the library schema, run programmatically by `editor.storage.schema`."""
