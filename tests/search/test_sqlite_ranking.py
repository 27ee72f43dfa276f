"""Our SQLite backend ranks in one pass (search/backends/sqlite.py): same answers as upstream.

The FTS5 table is ranked first and only the best rows are joined with what the queryset
admits; when the best rows are all refused (restricted, drafts, other locale), it must fetch
deeper rather than return too little.
"""

import pytest
from django.db import connection

if connection.vendor != "sqlite":
    # modelsearch's SQLite modules only import where the SQLite FTS model exists.
    pytest.skip("SQLite only", allow_module_level=True)

from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend  # noqa: E402
from wagtail.models import Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from search.backends import sqlite as ranking  # noqa: E402
from search.query import AnalysedQuery  # noqa: E402
from tests import factories  # noqa: E402
from tests.conftest import make_home  # noqa: E402


@pytest.fixture
def tree(db):
    home = make_home()
    hidden = factories.StandardPageFactory(parent=home, title="Dossiers réservés")
    refused = [
        factories.StandardPageFactory(parent=hidden, title=f"Zéphyr zéphyr zéphyr {n}")
        for n in range(12)
    ]
    admitted = [
        factories.StandardPageFactory(
            parent=home, title=f"Note {n}", summary=f"Un mot sur le zéphyr, fiche {n}."
        )
        for n in range(3)
    ]
    drafts = [
        factories.StandardPageFactory(parent=home, title=f"Zéphyr brouillon {n}", live=False)
        for n in range(2)
    ]
    return home, hidden, refused, admitted, drafts


def search(backend, queryset, text):
    return backend.search(AnalysedQuery(text).backend_query(), queryset)


def test_best_rows_refused_fetches_deeper(tree, monkeypatch):
    home, hidden, refused, admitted, drafts = tree
    monkeypatch.setattr(ranking, "MIN_DEPTH", 2)
    monkeypatch.setattr(ranking, "OVERFETCH", 1)
    queryset = Page.objects.live().exclude(path__startswith=hidden.path)
    results = list(search(get_search_backend(), queryset, "zéphyr")[:3])
    assert {page.pk for page in results} == {page.pk for page in admitted}


def test_same_results_as_upstream_backend(tree):
    home, hidden, refused, admitted, drafts = tree
    ours = get_search_backend()
    assert isinstance(ours, ranking.SearchBackend)
    upstream = SQLiteSearchBackend({})
    for queryset in (
        Page.objects.live(),
        Page.objects.live().exclude(path__startswith=hidden.path),
        Page.objects.all(),
    ):
        expected = {page.pk for page in search(upstream, queryset, "zéphyr")}
        found = [page.pk for page in search(ours, queryset, "zéphyr")]
        assert len(found) == len(set(found))  # no page twice
        assert set(found) == expected
        assert search(ours, queryset, "zéphyr").count() == len(expected)


def test_pagination_is_a_partition(tree):
    queryset = Page.objects.all()
    backend = get_search_backend()
    everything = [page.pk for page in search(backend, queryset, "zéphyr")]
    pages = [
        [page.pk for page in search(backend, queryset, "zéphyr")[start : start + 4]]
        for start in range(0, len(everything), 4)
    ]
    assert [pk for page in pages for pk in page] == everything


def test_title_words_rank_first(tree):
    home, hidden, refused, admitted, drafts = tree
    results = list(search(get_search_backend(), Page.objects.live(), "zéphyr")[:5])
    assert all("Zéphyr zéphyr" in page.title for page in results)
