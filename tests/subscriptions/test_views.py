"""Following and unfollowing pages through the buttons of the pages and of « Mes abonnements »."""

import html

import pytest
from django.test import Client
from django.urls import reverse

from subscriptions.models import Frequency, Subscription
from tests import factories
from tests.subscriptions.conftest import fr
from tests.utils import login_redirect_target, rendered

SUBSCRIBE = reverse("subscriptions:subscribe")
UNSUBSCRIBE = reverse("subscriptions:unsubscribe")
INDEX = reverse("subscriptions:index")

UNKNOWN = "This page does not exist."
MISSING = "The page to follow is missing or is not a page number."
WRONG_TYPE = "Only levers, sectors, projects and directorates can be followed."
BAD_FREQUENCY = "Choose how often to receive the digest: daily or weekly."


@pytest.mark.parametrize("name", ["lever", "sector", "project", "directorate"])
def test_followable_pages_show_the_follow_form(tree, reader_client, name):
    page = getattr(tree, name)
    shown = rendered(reader_client.get(page.url))
    assert shown.mentions(fr("Follow this page"))
    assert f'name="page" value="{page.pk}"' in reader_client.get(page.url).content.decode()


@pytest.mark.parametrize("name", ["update", "policy", "home"])
def test_other_pages_have_no_follow_form(tree, reader_client, name):
    shown = rendered(reader_client.get(getattr(tree, name).url))
    assert not shown.mentions(fr("Follow this page"))


def following(frequency):
    """What a followed page says, e.g. "… you receive a daily digest …"."""
    text = fr("You follow this page: you receive a %(frequency)s digest of its new updates.")
    return text.replace("%(frequency)s", fr(frequency).lower())


def test_follow_change_frequency_and_unfollow_from_the_page(tree, reader, reader_client):
    page = tree.lever
    response = reader_client.post(
        SUBSCRIBE, {"page": page.pk, "frequency": "daily", "next": page.url}, follow=True
    )
    assert response.redirect_chain == [(page.url, 302)]
    shown = rendered(response)
    assert shown.mentions(
        fr(
            "You follow « %(title)s »: %(frequency)s digest of its new updates.",
            title=page.title,
            frequency=fr("Daily").lower(),
        )
    )
    assert shown.mentions(following("Daily"))
    assert Subscription.objects.get(user=reader, page=page).frequency == Frequency.DAILY

    # The same button with another frequency changes it, without a second subscription.
    reader_client.post(SUBSCRIBE, {"page": page.pk, "frequency": "weekly", "next": page.url})
    assert Subscription.objects.get(user=reader, page=page).frequency == Frequency.WEEKLY
    assert rendered(reader_client.get(page.url)).mentions(following("Weekly"))

    response = reader_client.post(UNSUBSCRIBE, {"page": page.pk, "next": page.url}, follow=True)
    assert rendered(response).mentions(fr("You no longer follow « %(title)s ».", title=page.title))
    assert not Subscription.objects.filter(user=reader).exists()


def test_my_subscriptions_lists_changes_and_unfollows(tree, reader, reader_client):
    reader_client.post(SUBSCRIBE, {"page": tree.project.pk, "frequency": "weekly"})
    reader_client.post(SUBSCRIBE, {"page": tree.directorate.pk, "frequency": "daily"})
    shown = rendered(reader_client.get(INDEX))
    assert shown.h1 == [fr("My subscriptions")]
    assert shown.shows_link(tree.project) and shown.shows_link(tree.directorate)
    assert not shown.refers_to(tree.lever)

    response = reader_client.post(
        SUBSCRIBE, {"page": tree.project.pk, "frequency": "daily", "next": INDEX}
    )
    assert response["Location"] == INDEX
    assert Subscription.objects.get(user=reader, page=tree.project).frequency == "daily"

    reader_client.post(UNSUBSCRIBE, {"page": tree.project.pk, "next": INDEX})
    shown = rendered(reader_client.get(INDEX))
    assert not shown.link_to(tree.project)
    assert shown.shows_link(tree.directorate)


def test_next_to_another_site_is_ignored(tree, reader_client):
    response = reader_client.post(
        SUBSCRIBE, {"page": tree.sector.pk, "frequency": "daily", "next": "https://evil.test/"}
    )
    assert response["Location"] == tree.sector.url


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({"page": 999999, "frequency": "daily"}, 404, UNKNOWN),
        ({"page": "abc", "frequency": "daily"}, 400, MISSING),
        ({"frequency": "daily"}, 400, MISSING),
        ({"page": "policy", "frequency": "daily"}, 400, WRONG_TYPE),
        ({"page": "update", "frequency": "daily"}, 400, WRONG_TYPE),
        ({"page": "lever", "frequency": "hourly"}, 400, BAD_FREQUENCY),
        ({"page": "lever"}, 400, BAD_FREQUENCY),
    ],
)
def test_bad_input_gives_a_clear_error(tree, reader, reader_client, data, status, message):
    if isinstance(data.get("page"), str) and hasattr(tree, data["page"]):
        data = {**data, "page": getattr(tree, data["page"]).pk}
    response = reader_client.post(SUBSCRIBE, data)
    assert response.status_code == status
    assert fr(message) in html.unescape(response.content.decode())
    assert not Subscription.objects.filter(user=reader).exists()


def test_unfollow_bad_input(tree, reader_client):
    assert reader_client.post(UNSUBSCRIBE, {"page": 999999}).status_code == 404
    assert reader_client.post(UNSUBSCRIBE, {"page": tree.policy.pk}).status_code == 400


def test_buttons_only_accept_post(reader_client):
    assert reader_client.get(SUBSCRIBE).status_code == 405
    assert reader_client.get(UNSUBSCRIBE).status_code == 405
    assert reader_client.get(reverse("subscriptions:feed_token")).status_code == 405


def test_a_restricted_page_cannot_be_followed_by_outsiders(tree, reader, reader_client):
    insiders = factories.GroupFactory(name="Comité de pilotage")
    factories.restrict_to_groups(tree.project, insiders)
    response = reader_client.post(SUBSCRIBE, {"page": tree.project.pk, "frequency": "daily"})
    assert response.status_code == 404
    assert tree.project.title not in response.content.decode()
    assert not Subscription.objects.filter(user=reader).exists()


def test_signed_out_and_csrf(tree, reader):
    anonymous = Client()
    response = anonymous.post(SUBSCRIBE, {"page": tree.lever.pk, "frequency": "daily"})
    assert login_redirect_target(response) == SUBSCRIBE
    assert login_redirect_target(anonymous.get(INDEX)) == INDEX

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reader)
    response = strict.post(SUBSCRIBE, {"page": tree.lever.pk, "frequency": "daily"})
    assert response.status_code == 403
    assert not Subscription.objects.exists()
