"""Atom feeds of public updates, per locale, behind an API key."""

from xml.etree import ElementTree

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    return [
        (entry.find(f"{ATOM}title").text, entry.find(f"{ATOM}link").get("href"))
        for entry in root.findall(f"{ATOM}entry")
    ]


def test_updates_feed_lists_public_updates_of_the_locale(client, api_key, public_tree):
    t = public_tree
    response = client.get("/api/public/feeds/fr/updates.atom", {"key": api_key[1]})
    found = entries(response)
    assert {title for title, _ in found} == {"Une recyclerie ouvre", "Version publiée"}
    assert all(link.startswith("https://metropole.nantes.fr/ess/fr/") for _, link in found)
    assert "SECRET" not in response.content.decode()
    english = entries(client.get("/api/public/feeds/en/updates.atom", {"key": api_key[1]}))
    assert [title for title, _ in english] == ["A reuse shop opens"]
    assert t.en_update.slug in english[0][1]


def test_pages_feed_lists_every_public_page(api, public_tree):
    titles = {title for title, _ in entries(api.get("/api/public/feeds/fr/pages.atom"))}
    assert titles == {"Une recyclerie ouvre", "Version publiée", "Projet public"}


@pytest.mark.parametrize("query", [{}, {"key": "wrong"}])
def test_feeds_need_a_valid_key(client, public_tree, query):
    assert client.get("/api/public/feeds/fr/updates.atom", query).status_code == 401


def test_feeds_refuse_a_staff_session(superuser_client, public_tree):
    assert superuser_client.get("/api/public/feeds/fr/updates.atom").status_code == 401


def test_revoked_key_is_refused(client, api_key, public_tree):
    api_key[0].revoke()
    response = client.get("/api/public/feeds/fr/updates.atom", {"key": api_key[1]})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "path", ["/api/public/feeds/de/updates.atom", "/api/public/feeds/fr/x.atom"]
)
def test_unknown_locale_or_feed_is_404(api, public_tree, path):
    assert api.get(path).status_code == 404
