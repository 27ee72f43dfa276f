"""The search API and the search page as a signed-in reader sees them: results, facets, pages."""

import pytest
from django.test import Client

from tests.search.conftest import all_results, api, facet_counts, search_url, titles
from tests.utils import login_redirect_target, rendered

FACETS = {"type", "directorate", "lever", "sector", "commune", "year", "audience"}
RESULT_KEYS = {"title", "url", "type", "directorate", "date", "excerpt", "breadcrumb"}


def result_for(data, page):
    matches = [result for result in data["results"] if result["url"] == page.url]
    assert len(matches) == 1, (page.title, titles(data))
    return matches[0]


# The answer's shape ------------------------------------------------------------------------------


def test_answer_has_results_facets_and_pagination(search_tree, reader_client):
    data = api(reader_client, "mutualisation")

    assert {"count", "page", "num_pages", "results", "facets", "suggestion"} <= set(data)
    assert (data["count"], data["page"], data["num_pages"]) == (6, 1, 1)
    assert set(data["facets"]) == FACETS
    assert data["suggestion"] is None
    assert sorted(titles(data)) == sorted(page.title for page in search_tree.mutualisation)
    for result in data["results"]:
        assert set(result) >= RESULT_KEYS, result


def test_a_result_says_what_where_and_when(search_tree, reader_client):
    t = search_tree
    data = api(reader_client, "mutualisation")

    news = result_for(data, t.mut_news_2024)
    assert news["title"] == "Point d'étape sur la mutualisation"
    assert news["type"] == "update"
    assert news["directorate"] == "Direction de l'économie sociale"
    assert news["date"] == "2024-03-01"
    project = result_for(data, t.mut_premises)
    assert (project["type"], project["directorate"]) == ("project", t.dir_eco.title)
    assert project["date"].startswith("2023-")
    guide = result_for(data, t.mut_guide)
    assert (guide["type"], guide["directorate"]) == ("page", None)


def test_breadcrumb_lists_the_ancestors_below_the_home_page(search_tree, reader_client):
    t = search_tree
    data = api(reader_client, "mutualisation")

    project = result_for(data, t.mut_premises)
    assert project["breadcrumb"] == [
        {"title": t.roadmap.title, "url": t.roadmap.url},
        {"title": t.project_index.title, "url": t.project_index.url},
    ]
    news = result_for(data, t.mut_news_2025)
    assert [crumb["title"] for crumb in news["breadcrumb"]] == [
        t.directorate_index.title,
        t.dir_energy.title,
    ]


def test_excerpt_marks_the_matched_words_whatever_their_accents(search_tree, reader_client):
    data = api(reader_client, "electricite")

    excerpt = result_for(data, search_tree.watt)["excerpt"]
    assert "<mark>électricité</mark>" in excerpt
    assert excerpt.count("<mark>") == 1
    assert "Des habitants produisent leur" in excerpt


def test_excerpt_marks_plurals_and_synonyms_too(search_tree, reader_client):
    data = api(reader_client, "SCIC")

    excerpt = result_for(data, search_tree.ressourcerie)["excerpt"]
    assert "<mark>société</mark> <mark>coopérative</mark>" in excerpt


def test_excerpt_is_html_escaped(search_tree, reader_client):
    data = api(reader_client, "salamandre")

    excerpt = result_for(data, search_tree.xss)["excerpt"]
    assert "<script>" not in excerpt
    assert "&lt;script&gt;alert(&#x27;<mark>salamandre</mark>&#x27;)&lt;/script&gt;" in excerpt


def test_search_page_shows_script_text_without_running_it(search_tree, reader_client):
    response = reader_client.get(search_url("salamandre", path="/recherche/"))

    assert b"<script>alert(" not in response.content
    # The reader sees the text as written in the summary, escaped once (not twice).
    text = rendered(response).main_text
    assert "balise <script>alert('" in text
    assert "</script> dans les champs" in text


# Who may ask -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/search/", "/api/search/suggest/"])
def test_anonymous_api_call_gets_401_json_not_a_redirect(search_tree, path):
    response = Client().get(search_url("mutualisation", path=path))

    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]


def test_anonymous_search_page_redirects_to_sign_in(search_tree):
    response = Client().get(search_url("mutualisation", path="/recherche/"))

    assert login_redirect_target(response) == "/recherche/?q=mutualisation"


def test_api_refuses_other_methods(search_tree, reader_client):
    response = reader_client.post("/api/search/?q=mutualisation")

    assert response.status_code == 405


# The search page ---------------------------------------------------------------------------------


def test_search_page_shows_the_api_results(search_tree, reader_client):
    data = api(reader_client, "mutualisation")

    page = rendered(reader_client.get(search_url("mutualisation", path="/recherche/")))

    assert "6 résultats" in page.main_text
    links = dict(page.links)
    for result in data["results"]:
        assert links.get(result["url"]) == result["title"], result["title"]
    # In the same order as the API.
    positions = [page.main_text.index(result["title"]) for result in data["results"]]
    assert positions == sorted(positions)


def test_search_page_shows_facet_values_with_their_counts(search_tree, reader_client):
    page = rendered(reader_client.get(search_url("mutualisation", path="/recherche/")))

    for label in ("Direction de l'économie sociale", "Rezé", "Saint-Herblain", "2024"):
        assert page.mentions(label), label


def test_search_page_without_words_invites_to_type_some(search_tree, reader_client):
    page = rendered(reader_client.get("/recherche/"))

    assert page.h1
    assert not [href for href, _ in page.links if "/projets/" in href]


# Facets ------------------------------------------------------------------------------------------


def test_facet_counts_equal_the_results_having_the_value(search_tree, reader_client):
    data = api(reader_client, "mutualisation")
    results = all_results(reader_client, "mutualisation")

    def having(key, value):
        return sum(1 for result in results if result[key] == value)

    for value in data["facets"]["type"]:
        assert value["count"] == having("type", value["value"]), value
    for value in data["facets"]["directorate"]:
        assert value["count"] == having("directorate", value["label"]), value
    for value in data["facets"]["year"]:
        years = [result["date"][:4] for result in results if result["date"]]
        assert value["count"] == years.count(str(value["value"])), value
    assert sum(v["count"] for v in data["facets"]["type"]) == data["count"]


def test_facet_counts_of_relations_and_audience(search_tree, reader_client):
    t = search_tree
    data = api(reader_client, "mutualisation")

    assert facet_counts(data, "type") == {"project": 3, "update": 2, "page": 1}
    assert facet_counts(data, "directorate") == {t.dir_eco.pk: 3, t.dir_energy.pk: 2}
    assert facet_counts(data, "lever") == {t.lever_support.pk: 2, t.lever_finance.pk: 2}
    assert facet_counts(data, "sector") == {t.sector_energy.pk: 2, t.sector_habitat.pk: 1}
    assert facet_counts(data, "commune") == {"44143": 2, "44162": 2}
    assert facet_counts(data, "year") == {2022: 1, 2023: 1, 2024: 2, 2025: 2}
    assert facet_counts(data, "audience") == {"public": 2, "internal": 4}
    labels = {v["value"]: v["label"] for v in data["facets"]["commune"]}
    assert labels == {"44143": "Rezé", "44162": "Saint-Herblain"}


def test_selecting_any_value_narrows_the_count_to_its_facet_count(search_tree, reader_client):
    data = api(reader_client, "mutualisation")

    for name, values in data["facets"].items():
        for value in values:
            narrowed = api(reader_client, "mutualisation", **{name: value["value"]})
            assert narrowed["count"] == value["count"], (name, value)
            selected = [v for v in narrowed["facets"][name] if v["selected"]]
            assert [v["value"] for v in selected] == [value["value"]]


def test_values_of_one_facet_combine_with_or(search_tree, reader_client):
    t = search_tree
    data = api(reader_client, "mutualisation", type=["project", "update"])

    assert data["count"] == 5
    assert {result["type"] for result in data["results"]} == {"project", "update"}
    years = api(reader_client, "mutualisation", year=[2024, 2025])
    assert sorted(titles(years)) == sorted(
        p.title for p in (t.mut_vehicle, t.mut_platform, t.mut_news_2024, t.mut_news_2025)
    )


def test_different_facets_combine_with_and(search_tree, reader_client):
    t = search_tree
    data = api(reader_client, "mutualisation", type="project", directorate=t.dir_eco.pk)

    assert sorted(titles(data)) == sorted([t.mut_premises.title, t.mut_vehicle.title])
    data = api(
        reader_client,
        "mutualisation",
        type=["project", "update"],
        directorate=t.dir_energy.pk,
        year=[2024, 2025],
    )
    assert sorted(titles(data)) == sorted([t.mut_platform.title, t.mut_news_2025.title])
    data = api(reader_client, "mutualisation", commune="44143", sector=t.sector_energy.pk)
    assert titles(data) == [t.mut_platform.title]


def test_a_selected_facet_still_offers_its_other_values(search_tree, reader_client):
    t = search_tree
    data = api(reader_client, "mutualisation", type="project")

    # Its own values count as if it were not selected (choosing another adds results)...
    assert facet_counts(data, "type") == {"project": 3, "update": 2, "page": 1}
    # ...while the other facets count within the selection.
    assert facet_counts(data, "directorate") == {t.dir_eco.pk: 2, t.dir_energy.pk: 1}
    assert facet_counts(data, "year") == {2023: 1, 2024: 1, 2025: 1}


def test_a_filter_matching_nothing_gives_no_result(search_tree, reader_client):
    data = api(reader_client, "mutualisation", type="policy")

    assert (data["count"], data["results"], data["num_pages"]) == (0, [], 1)


# Sorting and pagination --------------------------------------------------------------------------


def test_results_come_ten_by_ten(search_tree, reader_client):
    first = api(reader_client, "bulletin")
    second = api(reader_client, "bulletin", page=2)

    assert (first["count"], first["num_pages"], first["page"]) == (12, 2, 1)
    assert (second["count"], second["num_pages"], second["page"]) == (12, 2, 2)
    assert len(first["results"]) == 10
    assert len(second["results"]) == 2
    every = titles(first) + titles(second)
    assert sorted(every) == sorted(page.title for page in search_tree.bulletins)


def test_sort_by_date_puts_the_newest_first_across_pages(search_tree, reader_client):
    results = all_results(reader_client, "bulletin", sort="date")

    dates = [result["date"] for result in results]
    assert len(dates) == 12
    assert dates == sorted(dates, reverse=True)
    assert results[0]["title"] == "Bulletin de veille numéro 12"
    assert results[-1]["title"] == "Bulletin de veille numéro 1"


def test_sort_by_date_puts_undated_results_last(search_tree, reader_client):
    results = all_results(reader_client, "partager", sort="date")

    dates = [result["date"] for result in results]
    dated = [date for date in dates if date]
    assert dated and None in dates
    assert dates == sorted(dated, reverse=True) + [None] * dates.count(None)


def test_search_page_links_to_the_next_result_page(search_tree, reader_client):
    page = rendered(reader_client.get(search_url("bulletin", path="/recherche/")))

    assert "/recherche/?q=bulletin&page=2" in [href for href, _ in page.links]
    second = rendered(reader_client.get(search_url("bulletin", path="/recherche/", page=2)))
    shown = [text for href, text in second.links if "bulletin-de-veille" in href]
    assert len(shown) == 2


# Words -------------------------------------------------------------------------------------------


def test_all_words_must_match_when_some_result_has_them_all(search_tree, reader_client):
    data = api(reader_client, "mutualisation véhicule")

    assert titles(data) == [search_tree.mut_vehicle.title]


def test_any_word_matches_when_no_result_has_them_all(search_tree, reader_client):
    data = api(reader_client, "xqzvw mutualisation")

    assert data["count"] == 6


def test_locale_parameter_searches_the_other_language(search_tree, reader_client):
    data = api(reader_client, "currency", locale="en")

    assert titles(data) == ["Complementary local currency"]
    assert data["results"][0]["url"].startswith("/en/")
