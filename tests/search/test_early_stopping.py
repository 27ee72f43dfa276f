"""On a large index our database backends stop early (search/backends/tiers.py): pages whose
title has every word first, then the other matches newest first. Written once, run on SQLite
and PostgreSQL; the index is taken as large by lowering the threshold."""

import pytest
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.backends import tiers
from search.query import AnalysedQuery
from tests import factories
from tests.conftest import make_home


def upstream_backend():
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return PostgresSearchBackend({"SEARCH_CONFIG": "french_unaccent"})
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return SQLiteSearchBackend({})


def search(queryset, text, backend=None):
    backend = backend or get_search_backend()
    return backend.search(AnalysedQuery(text).backend_query(), queryset)


@pytest.fixture
def many_matches(db, monkeypatch):
    """Eight pages with "zéphyr" in the title, twelve with it in the body only."""
    monkeypatch.setattr(tiers, "EXACT_MAX_ENTRIES", 5)
    monkeypatch.setattr(tiers, "_INDEX_SIZES", {})  # counted afresh
    home = make_home()
    titled = [factories.StandardPageFactory(parent=home, title=f"Zéphyr {n}") for n in range(8)]
    body_only = [
        factories.StandardPageFactory(
            parent=home, title=f"Note {n}", summary=f"Il est question du zéphyr, fiche {n}."
        )
        for n in range(12)
    ]
    return titled, body_only


def test_titles_first_then_newest(many_matches):
    titled, body_only = many_matches
    found = [page.pk for page in search(Page.objects.live(), "zéphyr")[:20]]
    assert set(found[:8]) == {page.pk for page in titled}
    assert found[8:] == [page.pk for page in reversed(body_only)]


def test_small_index_is_ranked_over_every_match(many_matches, monkeypatch):
    home = Page.objects.get(pk=many_matches[0][0].get_parent().pk)
    strong = factories.StandardPageFactory(
        parent=home, title="Bulletin", summary="Zéphyr, zéphyr, zéphyr : le zéphyr du zéphyr."
    )
    tiered = [page.pk for page in search(Page.objects.live(), "zéphyr")[:10]]
    assert strong.pk not in tiered[:8]  # a body-only match comes after every title match
    monkeypatch.setattr(tiers, "EXACT_MAX_ENTRIES", 10_000)
    monkeypatch.setattr(tiers, "_INDEX_SIZES", {})
    exact = [page.pk for page in search(Page.objects.live(), "zéphyr")[:10]]
    if connection.vendor == "postgresql":  # upstream's ranking, unchanged
        upstream = search(Page.objects.live(), "zéphyr", upstream_backend())[:10]
        assert exact == [page.pk for page in upstream]
    else:  # one bm25() over title and body: the page that says it most wins
        assert exact[0] == strong.pk


def test_same_set_as_upstream_and_slices_partition(many_matches):
    queryset = Page.objects.live()
    expected = {page.pk for page in search(queryset, "zéphyr", upstream_backend())}
    everything = [page.pk for page in search(queryset, "zéphyr")]
    assert set(everything) == expected and len(everything) == len(expected) == 20
    sliced = [
        page.pk
        for start in range(0, len(everything), 3)
        for page in search(queryset, "zéphyr")[start : start + 3]
    ]
    assert sliced == everything


def test_refused_pages_are_skipped(many_matches, monkeypatch):
    titled, body_only = many_matches
    if connection.vendor == "sqlite":
        from search.backends import sqlite as ranking

        # Read one row at a time: the refused rows are read first, then deeper.
        monkeypatch.setattr(ranking, "MIN_DEPTH", 1)
        monkeypatch.setattr(ranking, "OVERFETCH", 1)
    refused = {page.pk for page in titled[:6]}
    queryset = Page.objects.live().exclude(pk__in=refused)
    found = [page.pk for page in search(queryset, "zéphyr")[:4]]
    assert set(found[:2]) == {page.pk for page in titled[6:]}
    assert found[2:] == [body_only[-1].pk, body_only[-2].pk]
