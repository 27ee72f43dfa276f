"""SQLite only: the side tables again, with the title table ordered by title length and both
ordered tables newest first among titles of the same length (search/backends/sqlite_tables.py).
Rebuilt from the entries already indexed."""

from django.db import migrations


def rebuild(apps, schema_editor):
    from search.backends.sqlite_tables import (
        create_side_tables,
        drop_side_tables,
        upstream_fts_exists,
    )

    connection = schema_editor.connection
    if connection.vendor == "sqlite" and upstream_fts_exists(connection):
        drop_side_tables(connection)
        create_side_tables(connection)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_sqlite_side_tables")]

    # Going back rebuilds them as this code writes them (they are derived data); to run the
    # previous code again, migrate ``search`` back to 0003, then forward with that code.
    operations = [migrations.RunPython(rebuild, rebuild, elidable=False)]
