"""Private Atom and RSS feeds, opened by a per-user token instead of a session."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from subscriptions.models import FeedToken
from tests import factories
from tests.subscriptions.conftest import draft_update, fr, publish_update, signed_in

ATOM = "{http://www.w3.org/2005/Atom}"
TOKEN_URL = reverse("subscriptions:feed_token")


def issue_token(client):
    """Press « Create a feed token » and read the token the page shows once."""
    response = client.post(TOKEN_URL, {"action": "issue"})
    assert response.status_code == 200
    match = re.search(r"<code>([A-Za-z0-9_-]{40,})</code>", response.content.decode())
    return match.group(1), response


def atom_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return [entry.find(f"{ATOM}title").text for entry in root.iter(f"{ATOM}entry")]


def rss_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return [item.find("title").text for item in channel.iter("item")]


def feed(kind, token, page):
    """Fetch a feed the way a feed reader does: no session at all."""
    return Client().get(reverse(f"subscriptions:{kind}", args=[token, page.pk]))


@pytest.fixture
def token(reader_client):
    return issue_token(reader_client)[0]


def test_the_token_is_shown_once_with_the_feed_addresses(tree, reader, reader_client):
    reader_client.post(
        reverse("subscriptions:subscribe"), {"page": tree.lever.pk, "frequency": "weekly"}
    )
    token, response = issue_token(reader_client)
    page = response.content.decode()
    atom_url = f"http://testserver/flux/{token}/{tree.lever.pk}/atom/"
    assert atom_url in page
    assert f"http://testserver/flux/{token}/{tree.lever.pk}/rss/" in page

    # Only a hash is kept: the page never shows the token again.
    stored = FeedToken.objects.get(user=reader)
    assert token not in stored.token_hash
    assert token not in reader_client.get(reverse("subscriptions:index")).content.decode()
    assert tree.update.title in atom_titles(Client().get(urlsplit(atom_url).path))


@pytest.mark.parametrize("name", ["lever", "sector", "project", "directorate"])
def test_feeds_of_each_followed_type_list_its_updates(tree, token, name):
    page = getattr(tree, name)
    for kind, titles in (("atom", atom_titles), ("rss", rss_titles)):
        listed = titles(feed(kind, token, page))
        assert tree.update.title in listed
        assert tree.other_update.title not in listed


def test_feed_entries_link_to_the_updates(tree, token):
    fresh = publish_update(tree.directorate, title="Comité de suivi", projects=[tree.project])
    root = ET.fromstring(feed("atom", token, tree.project).content)
    entries = {e.find(f"{ATOM}title").text: e for e in root.iter(f"{ATOM}entry")}
    link = entries["Comité de suivi"].find(f"{ATOM}link").get("href")
    assert link == fresh.get_full_url()
    assert root.find(f"{ATOM}title").text == fr("%(title)s — updates", title=tree.project.title)


def test_restricted_updates_only_in_members_feeds(tree, reader, token):
    members = factories.GroupFactory(name="Comité de pilotage")
    secret = publish_update(tree.directorate, title="Compte rendu réservé", levers=[tree.lever])
    factories.restrict_to_groups(secret, members)

    assert secret.title not in atom_titles(feed("atom", token, tree.lever))
    assert secret.title not in rss_titles(feed("rss", token, tree.directorate))

    reader.groups.add(members)
    assert secret.title in atom_titles(feed("atom", token, tree.lever))
    assert secret.title in rss_titles(feed("rss", token, tree.directorate))


def test_a_restricted_page_has_no_feed_for_outsiders(tree, token):
    factories.restrict_to_groups(tree.project, factories.GroupFactory(name="Élus"))
    response = feed("atom", token, tree.project)
    assert response.status_code == 404
    assert tree.project.title.encode() not in response.content


def test_drafts_and_unpublished_updates_are_absent(tree, token):
    draft = draft_update(tree.directorate, title="Brouillon", levers=[tree.lever])
    withdrawn = publish_update(tree.directorate, title="Retirée", levers=[tree.lever])
    withdrawn.unpublish()
    listed = atom_titles(feed("atom", token, tree.lever))
    assert draft.title not in listed and withdrawn.title not in listed
    assert tree.update.title in listed


def test_revoked_and_regenerated_tokens_are_refused(tree, reader_client, token):
    assert feed("atom", token, tree.lever).status_code == 200

    new_token, _response = issue_token(reader_client)  # « Regenerate the token »
    assert feed("atom", token, tree.lever).status_code == 404
    assert feed("rss", new_token, tree.lever).status_code == 200

    response = reader_client.post(TOKEN_URL, {"action": "revoke"}, follow=True)
    assert fr("Your feed token is revoked: your feeds no longer work.") in response.content.decode()
    assert feed("atom", new_token, tree.lever).status_code == 404
    assert feed("rss", new_token, tree.lever).status_code == 404


def test_inactive_owner_token_is_refused(tree, reader, token):
    reader.is_active = False
    reader.save()
    assert feed("atom", token, tree.lever).status_code == 404


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_bad_feed_addresses_give_404(tree, token, kind):
    assert feed(kind, "pas-un-jeton", tree.lever).status_code == 404
    assert feed(kind, "x" * 500, tree.lever).status_code == 404
    assert Client().get(f"/flux/{token}/999999/{kind}/").status_code == 404
    for other in (tree.policy, tree.update, tree.home):
        assert feed(kind, token, other).status_code == 404


def test_feeds_are_not_cached_by_proxies(tree, token):
    response = feed("atom", token, tree.lever)
    assert "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"


def test_unknown_token_action_is_a_clear_400(reader_client):
    response = reader_client.post(TOKEN_URL, {"action": "steal"})
    assert response.status_code == 400
    assert fr("Unknown action on the feed token.") in response.content.decode()


def test_the_token_belongs_to_its_owner(tree, reader, token):
    other = factories.UserFactory(username="autre")
    issue_token(signed_in(other))
    assert FeedToken.objects.count() == 2
    assert FeedToken.user_for(token) == reader


def test_only_updates_in_the_page_locale(tree, token, en_locale):
    english = tree.update.copy_for_translation(en_locale, copy_parents=True)
    english.title = "News in English"
    english.save_revision().publish()
    english.refresh_from_db()
    # Its levers still point to the French lever until that lever is translated too.
    assert list(english.levers.all()) == [tree.lever]

    listed = atom_titles(feed("atom", token, tree.lever))
    assert tree.update.title in listed
    assert "News in English" not in listed
