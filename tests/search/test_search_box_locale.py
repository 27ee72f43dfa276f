"""The search box says which content to search, since /recherche/ and the API sit outside the
language prefixes: an English page searches English content, a French page French content."""

import re

import pytest

from tests import factories
from tests.conftest import make_home


def search_box(html):
    form = re.search(r'<form class="site-search".*?</form>', html, re.S).group()
    locale = re.search(r'name="locale" value="([^"]*)"', form).group(1)
    suggest_url = re.search(r'data-suggest-url="([^"]*)"', form).group(1)
    return locale, suggest_url


@pytest.fixture
def pages(db, en_locale):
    home = make_home()
    page = factories.StandardPageFactory(parent=home, title="Ressourceries")
    english_home = home.copy_for_translation(en_locale)
    english_home.save_revision().publish()
    english = page.copy_for_translation(en_locale)
    english.title = "Reuse centres"
    english.save_revision().publish()
    return page, english


def test_french_page_searches_french_content(reader_client, pages):
    french, _ = pages
    response = reader_client.get(french.url)
    assert response.status_code == 200
    assert search_box(response.content.decode()) == ("fr", "/api/search/suggest/?locale=fr")


def test_english_page_searches_english_content(reader_client, pages):
    _, english = pages
    response = reader_client.get(english.url)
    assert response.status_code == 200
    assert search_box(response.content.decode()) == ("en", "/api/search/suggest/?locale=en")
    # What the box asks for answers with English titles only.
    titles = [
        s["title"]
        for s in reader_client.get("/api/search/suggest/?locale=en&q=reu").json()["suggestions"]
    ]
    assert titles == ["Reuse centres"]
