"""Library storage: SQLAlchemy mappings, the Library unit of work, migrations and search."""
