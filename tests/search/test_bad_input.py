"""Whatever is typed or put in the address bar, search answers with results or a clear message
(a 400 page saying what is wrong, or ``{"error": "..."}``), never a server error."""

import html
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from tests.search.conftest import api, search_url, titles
from tests.utils import rendered

API = "/api/search/"
SUGGEST = "/api/search/suggest/"
PAGE = "/recherche/"
HYPOTHESIS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def json_error(response):
    """The message of a 400 JSON answer."""
    assert response.status_code == 400, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    message = response.json()["error"]
    assert isinstance(message, str) and message.strip()
    return message


def assert_page_shows(response, message):
    """A 400 search page that shows ``message`` to the reader."""
    assert response.status_code == 400, response.status_code
    assert response["Content-Type"].startswith("text/html")
    assert message in html.unescape(response.content.decode())


def assert_refused_everywhere(client, query_string):
    """The API refuses ``query_string`` with a message; the page shows the same message."""
    message = json_error(client.get(f"{API}?{query_string}"))
    assert_page_shows(client.get(f"{PAGE}?{query_string}"), message)
    return message


# Words -------------------------------------------------------------------------------------------


def test_empty_query(search_tree, reader_client):
    assert json_error(reader_client.get(f"{API}?q="))
    assert json_error(reader_client.get(API))
    assert json_error(reader_client.get(f"{API}?q=%20%20%09"))
    assert reader_client.get(f"{SUGGEST}?q=").json() == {"suggestions": []}
    page = rendered(reader_client.get(f"{PAGE}?q="))
    assert not [href for href, _ in page.links if href.startswith("/feuille-de-route")]


def test_query_of_only_stop_words_or_punctuation(search_tree, reader_client):
    for query in ("le la les de", "!!!", "'", "-", "l'"):
        response = reader_client.get(search_url(query))
        assert response.status_code in (200, 400), query
        if response.status_code == 200:
            assert "count" in response.json()
        assert reader_client.get(search_url(query, path=SUGGEST)).status_code in (200, 400)
        assert reader_client.get(search_url(query, path=PAGE)).status_code in (200, 400)


def test_very_long_query_is_refused_with_a_message(search_tree, reader_client):
    query = "mutualisation " * 360  # 5,040 characters

    message = assert_refused_everywhere(reader_client, f"q={query}")
    assert "200" in message
    assert json_error(reader_client.get(search_url(query, path=SUGGEST))) == message


def test_long_query_is_cut_rather_than_refused(search_tree, reader_client):
    data = api(reader_client, "mutualisation " + "x" * 400)

    assert data["count"] >= 0
    assert reader_client.get(search_url("a" * 900, path=SUGGEST)).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        '"énergie',
        '"énergie citoyenne"',
        "énergie*",
        "-énergie",
        "énergie -citoyenne",
        "énergie NEAR citoyenne",
        "NEAR(énergie citoyenne, 2)",
        "énergie AND citoyenne",
        "énergie OR citoyenne",
        "NOT énergie",
        "(énergie",
        "énergie)",
        "((énergie))",
        "^énergie",
        "énergie^2",
        "title:énergie",
        "{énergie}",
        "énergie & citoyenne | !solilab",
        "énergie <-> citoyenne",
        "énergie:*",
        "'énergie'",
        "énergie~",
        "énergie\\",
    ],
)
def test_search_engine_syntax_is_taken_as_words(search_tree, reader_client, query):
    data = api(reader_client, query)

    assert "Énergie citoyenne" in titles(data), query
    assert (
        "Énergie citoyenne"
        in [
            item["title"]
            for item in reader_client.get(search_url(query, path=SUGGEST)).json()["suggestions"]
        ]
        or reader_client.get(search_url(query, path=SUGGEST)).status_code == 200
    )
    assert reader_client.get(search_url(query, path=PAGE)).status_code == 200


@pytest.mark.parametrize(
    "query", ['"', "*", "**", "-", "^", "(", ")", "()", '""', "NEAR", "AND", "OR"]
)
def test_search_engine_syntax_alone_finds_nothing_quietly(search_tree, reader_client, query):
    for path in (API, SUGGEST, PAGE):
        response = reader_client.get(search_url(query, path=path))
        assert response.status_code in (200, 400), (path, response.status_code)
    assert reader_client.get(search_url(query, path=SUGGEST)).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE wagtailcore_page; --",
        "1' OR '1'='1",
        "énergie'); DELETE FROM wagtailcore_page; --",
        '" OR 1=1 --',
        "%' AND 1=1 --",
        "énergie UNION SELECT password FROM auth_user",
    ],
)
def test_sql_fragments_are_only_words(search_tree, reader_client, query):
    pages = Page.objects.count()

    for path in (API, SUGGEST, PAGE):
        assert reader_client.get(search_url(query, path=path)).status_code == 200, path

    assert Page.objects.count() == pages
    assert "Énergie citoyenne" in titles(api(reader_client, "énergie citoyenne"))


def test_control_characters_are_ignored(search_tree, reader_client):
    data = api(reader_client, "\x01énergie\x7f\x1b[31m citoyenne\u200b\r\n\t")

    assert "Énergie citoyenne" in titles(data)
    assert reader_client.get(search_url("éner\x07", path=SUGGEST)).status_code == 200


def test_nul_character_is_refused(search_tree, reader_client):
    assert_refused_everywhere(reader_client, "q=%00")
    assert json_error(reader_client.get(f"{SUGGEST}?q=%00"))


@pytest.mark.parametrize("raw", ["%ff%fe", "%c3", "%ed%a0%80", "abc%80def", "%c0%af"])
def test_invalid_utf8_is_refused_with_a_message(search_tree, reader_client, raw):
    message = assert_refused_everywhere(reader_client, f"q={raw}")

    assert json_error(reader_client.get(f"{SUGGEST}?q={raw}")) == message


def test_invalid_utf8_in_a_filter_is_refused(search_tree, reader_client):
    assert_refused_everywhere(reader_client, "q=mutualisation&type=%ff")
    assert_refused_everywhere(reader_client, "q=mutualisation&commune=%ff%fe%fd%fc%fb")


# Filters, sort and language ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query_string",
    [
        "type=banana",
        "type=Project",
        "directorate=abc",
        "directorate=-3",
        "directorate=0",
        "directorate=1.5",
        "lever=%C2%B2",
        "sector=1e3",
        "year=99999",
        "year=24",
        "year=deux-mille",
        "year=-2024",
        "commune=xyz",
        "commune=44%2000",
        "commune=441090",
        "audience=everyone",
        "sort=popularity",
        "sort=",
        "locale=xx",
        "locale=../../etc",
    ],
)
def test_unknown_or_malformed_filter_is_refused(search_tree, reader_client, query_string):
    if query_string == "sort=":
        # An empty sort is the default sort.
        assert reader_client.get(f"{API}?q=mutualisation&{query_string}").status_code == 200
        return
    assert_refused_everywhere(reader_client, f"q=mutualisation&{query_string}")


def test_well_formed_identifier_of_nothing_finds_nothing(search_tree, reader_client):
    for name in ("directorate", "lever", "sector"):
        response = reader_client.get(f"{API}?q=mutualisation&{name}=987654321")
        assert response.status_code in (200, 400), name
        if response.status_code == 200:
            assert response.json()["count"] == 0
    data = api(reader_client, "mutualisation", commune="99999")
    assert data["count"] == 0


def test_too_many_filter_values_are_refused(search_tree, reader_client):
    query_string = "q=mutualisation&" + "&".join(f"year={2000 + n}" for n in range(40))

    assert_refused_everywhere(reader_client, query_string)


def test_empty_filter_values_are_ignored(search_tree, reader_client):
    response = reader_client.get(f"{API}?q=mutualisation&type=&year=&directorate=&page=")

    assert response.status_code == 200
    assert response.json()["count"] == 6


# Page numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["0", "-1", "abc", "1.5", "2e1", "0x2", "99999999999999999999999", "%20", "%00"]
)
def test_malformed_page_number_is_refused(search_tree, reader_client, number):
    assert_refused_everywhere(reader_client, f"q=bulletin&page={number}")


def test_page_number_in_other_digits_is_read_as_a_number(search_tree, reader_client):
    """Python reads "２" (a full-width digit) as 2: the second page, not an error."""
    assert api(reader_client, "bulletin", page="２")["page"] == 2


def test_page_after_the_last_is_refused_with_the_number_of_pages(search_tree, reader_client):
    message = assert_refused_everywhere(reader_client, "q=bulletin&page=3")

    assert "2" in message
    assert_refused_everywhere(reader_client, "q=bulletin&page=1001")
    # A search with no result has one (empty) page.
    assert api(reader_client, "xqzvwk")["num_pages"] == 1
    assert_refused_everywhere(reader_client, "q=xqzvwk&page=2")


def test_other_parameters_are_ignored(search_tree, reader_client):
    response = reader_client.get(f"{API}?q=mutualisation&utm_source=mail&foo=%ff")

    assert response.status_code == 200


# Arbitrary input ---------------------------------------------------------------------------------


def assert_json_200_or_400(response):
    assert response.status_code in (200, 400), response.status_code
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    if response.status_code == 400:
        assert body["error"]
    else:
        assert "results" in body or "suggestions" in body


@HYPOTHESIS
@given(text=st.text(max_size=300))
def test_any_text_gets_results_or_a_message(search_tree, reader_client, text):
    assert_json_200_or_400(reader_client.get(API, {"q": text}))
    assert_json_200_or_400(reader_client.get(SUGGEST, {"q": text}))


@HYPOTHESIS
@given(data=st.binary(max_size=200))
def test_any_bytes_get_results_or_a_message(search_tree, reader_client, data):
    encoded = quote_from_bytes(data, safe="")

    assert_json_200_or_400(reader_client.get(f"{API}?q={encoded}"))
    assert_json_200_or_400(reader_client.get(f"{SUGGEST}?q={encoded}"))


@HYPOTHESIS
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "page", "sort", "type", "year", "directorate", "commune", "locale"]),
        st.text(max_size=30),
        min_size=1,
    )
)
def test_any_parameters_get_results_or_a_message(search_tree, reader_client, params):
    params.setdefault("q", "mutualisation")

    assert_json_200_or_400(reader_client.get(API, params))
