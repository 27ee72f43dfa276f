"""PostgreSQL text-search configurations that fold accents (nothing on other databases).

``french_unaccent`` is PostgreSQL's ``french`` configuration with ``unaccent`` before the French
stemmer, so ``energie`` finds ``Énergie`` and ``oeuvre`` finds ``œuvre``: the database search
backend uses it through ``WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"]``.
``simple_unaccent`` is the same for the ``simple`` configuration (no stemming), ready for
autocomplete; modelsearch currently hard-codes ``simple`` for autocomplete, which is
accent-insensitive in practice because the autocomplete field holds folded titles.

``unaccent`` is a trusted extension (PostgreSQL 13+): the owner of the database may create it.
"""

from django.db import migrations

CONFIGS = {
    # name: (copied configuration, dictionary that follows unaccent)
    "french_unaccent": ("french", "french_stem"),
    "simple_unaccent": ("simple", "simple"),
}


def create_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        for name, (source, dictionary) in CONFIGS.items():
            cursor.execute(
                "SELECT 1 FROM pg_ts_config WHERE cfgname = %s AND pg_ts_config_is_visible(oid)",
                [name],
            )
            if cursor.fetchone():
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name}"
                f" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
            )


def drop_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        # The unaccent extension stays: other objects (Wagtail's f_unaccent) may use it.


class Migration(migrations.Migration):
    dependencies = [("search", "0002_seed_synonyms")]

    operations = [migrations.RunPython(create_configs, drop_configs, elidable=False)]
