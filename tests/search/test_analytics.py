"""What curators see of searches (the query log, Wagtail's popular queries) and what they can do
with it (search promotions pinned first, for those who may see the page)."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from search.models import QueryLogEntry
from tests.search.conftest import api, search_url, suggest, titles
from tests.utils import rendered


def logged(query):
    """(searches, searches without results) logged today for the normalised ``query``."""
    entry = QueryLogEntry.objects.filter(day=timezone.localdate(), query=query).first()
    return (entry.searches, entry.searches_without_results) if entry else (0, 0)


def hits(query):
    found = Query.objects.filter(query_string=query).first()
    return found.hits if found else 0


def promote(query, page, description="", sort_order=0):
    return SearchPromotion.objects.create(
        query=Query.get(query), page=page, description=description, sort_order=sort_order
    )


# The query log -----------------------------------------------------------------------------------


def test_a_search_is_logged_once_under_its_normalised_form(search_tree, reader_client):
    api(reader_client, "  Énergie   CITOYENNE ")

    assert list(QueryLogEntry.objects.values_list("query", "searches")) == [
        ("energie citoyenne", 1)
    ]
    api(reader_client, "energie citoyenne")
    reader_client.get(search_url("énergie citoyenne", path="/recherche/"))
    assert logged("energie citoyenne") == (3, 0)


def test_later_result_pages_are_not_logged_again(search_tree, reader_client):
    api(reader_client, "bulletin")
    api(reader_client, "bulletin", page=2)
    reader_client.get(search_url("bulletin", path="/recherche/", page=2))

    assert logged("bulletin") == (1, 0)
    assert hits("bulletin") == 1


def test_searches_without_results_are_counted_apart(search_tree, reader_client):
    api(reader_client, "zxqwvbn")
    api(reader_client, "zxqwvbn")
    api(reader_client, "mutualisation")

    assert logged("zxqwvbn") == (2, 2)
    assert logged("mutualisation") == (1, 0)


def test_filters_narrowing_to_nothing_count_as_without_results(search_tree, reader_client):
    api(reader_client, "mutualisation", type="policy")

    assert logged("mutualisation") == (1, 1)


def test_refused_and_empty_searches_and_autocomplete_are_not_logged(search_tree, reader_client):
    reader_client.get("/api/search/?q=mutualisation&page=0")
    reader_client.get("/api/search/?q=mutualisation&type=banana")
    reader_client.get("/api/search/?q=")
    reader_client.get("/recherche/?q=")
    suggest(reader_client, "mutualisation")

    assert not QueryLogEntry.objects.exists()
    assert not Query.objects.exists()


def test_wagtail_popular_queries_count_the_searches_too(search_tree, reader_client):
    api(reader_client, "Mutualisation")
    api(reader_client, "mutualisation")

    assert hits("mutualisation") == 2
    popular = Query.get_most_popular(date_since=timezone.localdate())
    assert [query.query_string for query in popular] == ["mutualisation"]


def test_log_keeps_no_user_and_a_bounded_query(search_tree, reader_client):
    api(reader_client, "mutualisation " + "x" * 500)

    (entry,) = QueryLogEntry.objects.all()
    assert len(entry.query) <= 200
    assert not [f.name for f in QueryLogEntry._meta.fields if "user" in f.name]


def test_report_of_searches_without_results_lists_them(
    search_tree, reader_client, superuser_client
):
    api(reader_client, "zxqwvbn")
    api(reader_client, "mutualisation")

    response = superuser_client.get(reverse("search_report_without_results"))

    assert response.status_code == 200
    assert b"zxqwvbn" in response.content
    assert b"mutualisation" not in response.content
    frequent = superuser_client.get(reverse("search_report_frequent"))
    assert b"mutualisation" in frequent.content


def test_reports_are_for_administrators(search_tree, reader_client):
    response = reader_client.get(reverse("search_report_frequent"))

    assert response.status_code in (302, 403)


# Search promotions -------------------------------------------------------------------------------


def test_promoted_page_comes_first_and_is_marked(search_tree, reader_client):
    t = search_tree
    promote("mutualisation", t.solilab, description="Le lieu de la mutualisation.")

    data = api(reader_client, "mutualisation")

    first = data["results"][0]
    assert (first["title"], first["url"], first["promoted"]) == (
        t.solilab.title,
        t.solilab.url,
        True,
    )
    assert first["excerpt"] == "Le lieu de la mutualisation."
    assert not any(result["promoted"] for result in data["results"][1:])
    # The organic results are all still there.
    assert sorted(titles(data)[1:]) == sorted(page.title for page in t.mutualisation)


def test_promoted_page_is_not_listed_twice(search_tree, reader_client):
    t = search_tree
    promote("mutualisation", t.mut_guide)

    data = api(reader_client, "mutualisation")

    assert data["results"][0]["url"] == t.mut_guide.url
    assert titles(data).count(t.mut_guide.title) == 1


def test_promotions_keep_their_order(search_tree, reader_client):
    t = search_tree
    promote("mutualisation", t.watt, sort_order=1)
    promote("mutualisation", t.solilab, sort_order=0)

    data = api(reader_client, "mutualisation")

    assert titles(data)[:2] == [t.solilab.title, t.watt.title]


def test_promotion_matches_the_query_however_it_is_typed(search_tree, reader_client):
    t = search_tree
    promote("énergie citoyenne", t.watt)

    for typed in ("énergie citoyenne", "Énergie  Citoyenne", "energie citoyenne"):
        data = api(reader_client, typed)
        assert data["results"][0]["url"] == t.watt.url, typed
        assert data["results"][0]["promoted"]


def test_promotion_shows_on_the_search_page_first(search_tree, reader_client):
    t = search_tree
    promote("mutualisation", t.solilab)

    page = rendered(reader_client.get(search_url("mutualisation", path="/recherche/")))

    result_links = [(href, text) for href, text in page.links if href.startswith("/feuille")]
    assert result_links[0] == (t.solilab.url, t.solilab.title)


def test_promotion_only_on_the_first_page(search_tree, reader_client):
    promote("bulletin", search_tree.solilab)

    assert api(reader_client, "bulletin")["results"][0]["promoted"]
    second = api(reader_client, "bulletin", page=2)
    assert not any(result["promoted"] for result in second["results"])
    assert len(second["results"]) == 2


def test_promotion_of_a_restricted_page_only_for_members(search_tree, reader_client, member_client):
    t = search_tree
    promote("mutualisation", t.restricted_child)

    for_reader = api(reader_client, "mutualisation")
    assert t.restricted_child.title not in titles(for_reader)
    assert not any(result["promoted"] for result in for_reader["results"])
    assert for_reader["results"][0]["url"] != t.restricted_child.url

    for_member = api(member_client, "mutualisation")
    assert for_member["results"][0]["url"] == t.restricted_child.url
    assert for_member["results"][0]["promoted"]


def test_promotion_page_shows_no_restricted_title(search_tree, reader_client):
    promote("mutualisation", search_tree.restricted_child)

    page = reader_client.get(search_url("mutualisation", path="/recherche/"))

    assert b"ornithorynque" not in page.content


@pytest.mark.parametrize("hidden", ["never_published", "english_currency"])
def test_promotion_of_a_draft_or_another_language_is_not_shown(
    search_tree, reader_client, member_client, hidden
):
    page = getattr(search_tree, hidden)
    promote("mutualisation", page)

    for client in (reader_client, member_client):
        data = api(client, "mutualisation")
        assert page.title not in titles(data)
        assert not any(result["promoted"] for result in data["results"])


def test_promotion_of_a_page_unpublished_later_disappears(search_tree, reader_client):
    promote("mutualisation", search_tree.solilab)
    Page.objects.get(pk=search_tree.solilab.pk).unpublish()

    data = api(reader_client, "mutualisation")

    assert search_tree.solilab.title not in titles(data)


def test_external_link_promotion(search_tree, reader_client):
    SearchPromotion.objects.create(
        query=Query.get("mutualisation"),
        external_link_url="https://www.ecossolies.fr/",
        external_link_text="Les Écossolies",
        description="Le réseau des acteurs.",
    )

    first = api(reader_client, "mutualisation")["results"][0]

    assert (first["title"], first["url"], first["promoted"]) == (
        "Les Écossolies",
        "https://www.ecossolies.fr/",
        True,
    )
