"""The SQLite backend's side tables (search/backends/sqlite_tables.py) and the early-stopping
ranking they allow: they follow the index, and a search answers the same pages with them.
"""

import pytest
from django.db import connection

if connection.vendor != "sqlite":
    pytest.skip("SQLite only", allow_module_level=True)

from wagtail.models import Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from search.backends import sqlite as ranking  # noqa: E402
from search.backends import sqlite_tables as side  # noqa: E402
from search.backends import tiers  # noqa: E402
from search.french import analyze  # noqa: E402
from search.query import AnalysedQuery  # noqa: E402
from search.suggestions import autocomplete  # noqa: E402
from tests import factories  # noqa: E402
from tests.conftest import make_home  # noqa: E402
from tests.search.conftest import make_document  # noqa: E402


def rows(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def suggestion_ids():
    return {side.entry_id_of(rowid) for (rowid,) in rows("SELECT rowid FROM search_suggest_fts")}


def title_terms(entry):
    found = [
        terms
        for rowid, terms in rows("SELECT rowid, terms FROM search_title_fts")
        if side.entry_id_of(rowid) == entry
    ]
    assert len(found) <= 1, "one title row per entry"
    return found[0] if found else None


def page_entry(page):
    return rows(
        "SELECT id FROM wagtailsearch_indexentry WHERE object_id = %s AND content_type_id = %s",
        [str(page.pk), page.content_type_id],
    )[0][0]


def search(queryset, text):
    return get_search_backend().search(AnalysedQuery(text).backend_query(), queryset)


def test_side_rows_follow_the_page(db):
    home = make_home()
    page = factories.StandardPageFactory(parent=home, title="Les ressourceries solidaires")
    entry = page_entry(page)
    assert title_terms(entry) == " ".join(analyze("Les ressourceries solidaires"))
    assert entry in suggestion_ids()
    assert not rows("SELECT 1 FROM search_other_fts WHERE rowid = %s", [entry])

    page.title = "Recycleries de quartier"
    page.save_revision().publish()
    assert title_terms(page_entry(page)) == " ".join(analyze("Recycleries de quartier"))
    request = _request()
    assert [p.pk for p in autocomplete(request, "recyc", page.locale)] == [page.pk]
    assert autocomplete(request, "ressourc", page.locale) == []

    page.delete()
    assert title_terms(entry) is None
    assert entry not in suggestion_ids()


def test_title_matches_come_shortest_first_then_newest(db, monkeypatch):
    monkeypatch.setattr(tiers, "EXACT_MAX_ENTRIES", 1)  # a "large" index: the title tier
    monkeypatch.setattr(tiers, "_INDEX_SIZES", {})
    home = make_home()
    longest = factories.StandardPageFactory(parent=home, title="Zéphyr des quais de Loire")
    older = factories.StandardPageFactory(parent=home, title="Zéphyr nantais")
    newer = factories.StandardPageFactory(parent=home, title="Zéphyr rezéen")
    shortest = factories.StandardPageFactory(parent=home, title="Zéphyr")

    def found():
        return [page.pk for page in search(Page.objects.live(), "zéphyr")]

    assert found() == [shortest.pk, newer.pk, older.pk, longest.pk]
    # A title that changes length moves with it; among titles as short, the newest entry wins.
    longest.title = "Zéphyr"
    longest.save_revision().publish()
    assert found() == [shortest.pk, longest.pk, newer.pk, older.pk]
    assert title_terms(page_entry(longest)) == " ".join(analyze("Zéphyr"))


def test_documents_are_searched_in_their_own_table(db):
    home = make_home()
    factories.StandardPageFactory(parent=home, title="Rapport", summary="Le mot ornithorynque.")
    document = make_document("Compte rendu", "Un ornithorynque dans le compte rendu.")
    entry = rows(
        "SELECT e.id FROM wagtailsearch_indexentry e JOIN django_content_type c "
        "ON c.id = e.content_type_id WHERE c.model = 'intranetdocument' AND e.object_id = %s",
        [str(document.pk)],
    )[0][0]
    assert (
        "ornithorynqu" in rows("SELECT body FROM search_other_fts WHERE rowid = %s", [entry])[0][0]
    )
    found = list(search(type(document).objects.all(), "ornithorynque"))
    assert found == [document]
    document.delete()
    assert not rows("SELECT 1 FROM search_other_fts WHERE rowid = %s", [entry])


def test_migration_fills_the_tables_from_an_existing_index(db):
    home = make_home()
    pages = [factories.StandardPageFactory(parent=home, title=f"Fiche {n}") for n in range(3)]
    make_document("Annexe", "Texte de l'annexe.")
    side.drop_side_tables(connection)
    side.create_side_tables(connection)
    (entries,) = rows("SELECT count(*) FROM wagtailsearch_indexentry")[0]
    assert rows("SELECT count(*) FROM search_title_fts")[0][0] == entries
    assert rows("SELECT count(*) FROM search_suggest_fts")[0][0] == entries
    assert rows("SELECT count(*) FROM search_other_fts")[0][0] == 1  # the document only
    assert title_terms(page_entry(pages[0])) == " ".join(analyze("Fiche 0"))


def test_suggestions_read_shortest_titles_first_and_skip_refused(db, monkeypatch):
    home = make_home()
    hidden = factories.StandardPageFactory(parent=home, title="Réservé")
    factories.restrict_to_groups(hidden, factories.GroupFactory())
    for n in range(6):
        factories.StandardPageFactory(parent=hidden, title=f"Coopération {n}")
    short = factories.StandardPageFactory(parent=home, title="Coopération locale")
    long = factories.StandardPageFactory(
        parent=home, title="Coopération des acteurs de la métropole nantaise"
    )
    monkeypatch.setattr(ranking, "MIN_DEPTH", 1)
    monkeypatch.setattr(ranking, "OVERFETCH", 1)
    request = _request()
    # The six refused pages have shorter titles: they are read first, then deeper.
    found = autocomplete(request, "coop", home.locale, limit=2)
    assert [page.pk for page in found] == [short.pk, long.pk]


def test_elided_word_is_not_a_prefix(db):
    home = make_home()
    wanted = factories.StandardPageFactory(parent=home, title="Parcours d'insertion")
    factories.StandardPageFactory(parent=home, title="Diagnostic des besoins")
    request = _request()
    assert [p.pk for p in autocomplete(request, "parcours d'", home.locale)] == [wanted.pk]
    assert [p.pk for p in autocomplete(request, "parcours d’ins", home.locale)] == [wanted.pk]


def test_redundant_synonyms_are_not_sent_twice():
    from search.query import _without_redundant

    assert _without_redundant(
        ["tzcld", "territoir zero chomeur", "territoir zero chomeur longu dur", "tzcld"]
    ) == ["tzcld", "territoir zero chomeur"]


def _request():
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = factories.UserFactory()  # restrictions apply (not to superusers)
    request.session = {}
    return request
