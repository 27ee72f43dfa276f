"""SQLite only: the side FTS5 tables of search/backends/sqlite_tables.py, filled from the
entries already indexed (nothing on other databases, nor where SQLite lacks FTS5)."""

from django.db import migrations


def create(apps, schema_editor):
    from search.backends.sqlite_tables import create_side_tables, upstream_fts_exists

    connection = schema_editor.connection
    if connection.vendor == "sqlite" and upstream_fts_exists(connection):
        create_side_tables(connection)


def drop(apps, schema_editor):
    from search.backends.sqlite_tables import drop_side_tables

    if schema_editor.connection.vendor == "sqlite":
        drop_side_tables(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_french_unaccent_config"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
