"""Alembic environment: runs migrations on the connection handed in by the library.

There is no alembic.ini: `editor.storage.schema` builds the Config and passes an open
connection in `config.attributes["connection"]`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection


def run_migrations_online() -> None:
    """Run the pending migrations inside the caller's connection."""
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("Copydesk migrations need a connection in config.attributes")
    context.configure(connection=connection, target_metadata=None, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Copydesk migrations run online only")
run_migrations_online()
