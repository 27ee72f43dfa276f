"""The database search backend: Wagtail's, with faster ranked queries where we provide them.

``wagtail.search.backends.database`` picks a backend by database vendor; so does this module,
with the same rule, swapping in our subclasses (``search.backends.sqlite`` and
``search.backends.postgres``). Everything else (MySQL, SQLite without FTS5) is upstream's
choice unchanged.
"""

from django.db import connection
from modelsearch.backends import database as upstream


def SearchBackend(params):  # noqa: N802 (the name Wagtail's backend loader looks for)
    backend = upstream.SearchBackend(params)
    if connection.vendor == "sqlite" and upstream.USE_SQLITE_FTS:
        from search.backends.sqlite import SearchBackend as SQLiteBackend

        return SQLiteBackend(params)
    if connection.vendor == "postgresql":
        from search.backends.postgres import SearchBackend as PostgresBackend

        return PostgresBackend(params)
    return backend
