"""Side FTS5 tables of our SQLite backend: small indexes that let a search stop early.

Upstream's table (``wagtailsearch_indexentry_fts``) holds every indexed object's title and body.
Ranking it with ``bm25()`` costs in proportion to every match *and* to every posting of the
query's words (``bm25`` counts the documents holding each word), whatever the ``LIMIT``: at
50 000 pages a word common in bodies cost 100–250 ms before a single row was returned. Three
smaller tables answer the questions that do not need it:

- ``search_title_fts``: the analysed title of every entry. Pages whose title has every word of
  the query come first, shortest titles first (what ``bm25`` over titles mostly rewards): the
  rowid orders rows that way, so reading stops after the first few hundred instead of scoring
  every title that holds a common word (18 ms for « locaux » at 50 000 pages).
- ``search_other_fts``: the analysed body of entries that are not pages (documents…), a few
  percent of the index: a document search no longer ranks every matching page.
- ``search_suggest_fts``: the title's words, with a prefix index; ordered the same way, so
  suggestions are read shortest titles first and reading stops after the first few, instead of
  ranking every title that starts with "co".

Both ordered tables take ``words << 32 | (2³² - 1 - entry id)`` as rowid: the title's word count,
then the newest entry first.

Titles and bodies need the Python analyser, so ``Index.add_items`` writes those two tables;
suggestions are derived from the entry's columns by triggers, like upstream's table. Triggers
move a title row when its entry's title changes length and delete every side row with its
entry.
"""

from django.apps import apps
from wagtail.models import Page

from intranet.search_text import analysed_text
from search.backends.tiers import is_page_model

TITLE_TABLE = "search_title_fts"
OTHER_TABLE = "search_other_fts"
SUGGEST_TABLE = "search_suggest_fts"
ENTRY_TABLE = "wagtailsearch_indexentry"
ENTRY_BITS = 32
MAX_TITLE_WORDS = 63
# 1 to 3 letters: what a person has typed before the suggestions are useful.
SUGGEST_PREFIXES = "1 2 3"
FILL_BATCH = 2000


ENTRY_ID_MASK = (1 << ENTRY_BITS) - 1
# The entry id of a row of an ordered table, in SQL.
ORDERED_ENTRY_ID_SQL = f"({ENTRY_ID_MASK} - (rowid & {ENTRY_ID_MASK}))"


def ordered_rowid_sql(row):
    """SQL for the rowid of ``row``'s entry in an ordered table: the title's word count, then
    the newest entry first."""
    title = f"trim({row}.title)"
    words = f"(length({title}) - length(replace({title}, ' ', '')) + 1)"
    words = f"min(max({words}, 1), {MAX_TITLE_WORDS})"
    return f"({words} << {ENTRY_BITS}) | ({ENTRY_ID_MASK} - {row}.id)"


def entry_id_of(rowid):
    """The entry id of a row of an ordered table."""
    return ENTRY_ID_MASK - (rowid & ENTRY_ID_MASK)


CREATE_SQL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TITLE_TABLE} USING fts5(terms)",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {OTHER_TABLE} USING fts5(body)",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SUGGEST_TABLE} USING fts5("
    f"words, tokenize = 'unicode61 remove_diacritics 2', prefix = '{SUGGEST_PREFIXES}')",
    f"CREATE TRIGGER IF NOT EXISTS search_side_insert AFTER INSERT ON {ENTRY_TABLE} BEGIN "
    f"INSERT INTO {SUGGEST_TABLE}(rowid, words) "
    f"VALUES ({ordered_rowid_sql('NEW')}, NEW.autocomplete); END",
    # Only when the text changes: refreshing ``title_norm`` (every row, after each reindex)
    # must not rewrite the FTS rows. Upstream's own trigger is narrowed the same way.
    "DROP TRIGGER IF EXISTS update_wagtailsearch_indexentry_fts",
    f"CREATE TRIGGER update_wagtailsearch_indexentry_fts "
    f"AFTER UPDATE OF title, body, autocomplete ON {ENTRY_TABLE} BEGIN "
    f"UPDATE {ENTRY_TABLE}_fts SET title=NEW.title, body=NEW.body, "
    f"autocomplete=NEW.autocomplete WHERE rowid=NEW.id; END",
    f"CREATE TRIGGER IF NOT EXISTS search_side_update "
    f"AFTER UPDATE OF title, autocomplete ON {ENTRY_TABLE} BEGIN "
    f"DELETE FROM {SUGGEST_TABLE} WHERE rowid = {ordered_rowid_sql('OLD')}; "
    f"INSERT INTO {SUGGEST_TABLE}(rowid, words) "
    f"VALUES ({ordered_rowid_sql('NEW')}, NEW.autocomplete); END",
    f"CREATE TRIGGER IF NOT EXISTS search_side_title_moved "
    f"AFTER UPDATE OF title ON {ENTRY_TABLE} "
    f"WHEN {ordered_rowid_sql('OLD')} != {ordered_rowid_sql('NEW')} BEGIN "
    f"UPDATE {TITLE_TABLE} SET rowid = {ordered_rowid_sql('NEW')} "
    f"WHERE rowid = {ordered_rowid_sql('OLD')}; END",
    f"CREATE TRIGGER IF NOT EXISTS search_side_delete AFTER DELETE ON {ENTRY_TABLE} BEGIN "
    f"DELETE FROM {SUGGEST_TABLE} WHERE rowid = {ordered_rowid_sql('OLD')}; "
    f"DELETE FROM {TITLE_TABLE} WHERE rowid = {ordered_rowid_sql('OLD')}; "
    f"DELETE FROM {OTHER_TABLE} WHERE rowid = OLD.id; END",
]

DROP_SQL = [
    # Upstream's trigger as its migration created it.
    "DROP TRIGGER IF EXISTS update_wagtailsearch_indexentry_fts",
    f"CREATE TRIGGER update_wagtailsearch_indexentry_fts AFTER UPDATE ON {ENTRY_TABLE} BEGIN "
    f"UPDATE {ENTRY_TABLE}_fts SET title=NEW.title, body=NEW.body, "
    f"autocomplete=NEW.autocomplete WHERE rowid=NEW.id; END",
    "DROP TRIGGER IF EXISTS search_side_insert",
    "DROP TRIGGER IF EXISTS search_side_update",
    "DROP TRIGGER IF EXISTS search_side_title_moved",
    "DROP TRIGGER IF EXISTS search_side_delete",
    f"DROP TABLE IF EXISTS {TITLE_TABLE}",
    f"DROP TABLE IF EXISTS {OTHER_TABLE}",
    f"DROP TABLE IF EXISTS {SUGGEST_TABLE}",
]


def title_terms(title):
    return analysed_text(title)


def write_side_rows(cursor, model, entries):
    """Write the title (and, for what is not a page, body) rows of ``entries``: tuples of
    ``(entry id, title, body)`` as the entries now hold them, replacing what they had."""
    ids = [(entry_id,) for entry_id, _, _ in entries]
    # The title row's rowid follows the entry's current title (the trigger moved it).
    entry_rowid = f"SELECT {ordered_rowid_sql('e')} FROM {ENTRY_TABLE} e WHERE e.id = %s"
    cursor.executemany(f"DELETE FROM {TITLE_TABLE} WHERE rowid = ({entry_rowid})", ids)
    cursor.executemany(
        f"INSERT INTO {TITLE_TABLE}(rowid, terms) VALUES (({entry_rowid}), %s)",
        [(entry_id, title_terms(title)) for entry_id, title, _ in entries],
    )
    if not is_page_model(model):
        cursor.executemany(f"DELETE FROM {OTHER_TABLE} WHERE rowid = %s", ids)
        cursor.executemany(
            f"INSERT INTO {OTHER_TABLE}(rowid, body) VALUES (%s, %s)",
            [(entry_id, body) for entry_id, _, body in entries],
        )


def create_side_tables(connection):
    """Create the tables and triggers and fill them from the entries already indexed."""
    with connection.cursor() as cursor:
        for statement in CREATE_SQL:
            cursor.execute(statement)
        cursor.execute(
            f"INSERT INTO {SUGGEST_TABLE}(rowid, words) "
            f"SELECT {ordered_rowid_sql(ENTRY_TABLE)}, autocomplete FROM {ENTRY_TABLE}"
        )
        cursor.execute(f"SELECT id, content_type_id, title, body FROM {ENTRY_TABLE}")
        by_content_type = {}
        for entry_id, content_type_id, title, body in cursor.fetchall():
            by_content_type.setdefault(content_type_id, []).append((entry_id, title, body))
    with connection.cursor() as cursor:
        for content_type_id, entries in by_content_type.items():
            model = _model_of(connection, content_type_id)
            for start in range(0, len(entries), FILL_BATCH):
                write_side_rows(cursor, model, entries[start : start + FILL_BATCH])


def _model_of(connection, content_type_id):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT app_label, model FROM django_content_type WHERE id = %s", [content_type_id]
        )
        row = cursor.fetchone()
    try:
        return apps.get_model(*row) if row else Page
    except LookupError:  # an app removed since: its entries are stale, treat them as pages
        return Page


def drop_side_tables(connection):
    with connection.cursor() as cursor:
        for statement in DROP_SQL:
            cursor.execute(statement)


def upstream_fts_exists(connection):
    return f"{ENTRY_TABLE}_fts" in connection.introspection.table_names()
