"""The digest emails of ``manage.py send_digests``: who gets one, what it lists, and never twice."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from subscriptions.models import Subscription
from tests import factories
from tests.subscriptions.conftest import draft_update, follow, fr, fr_plural, publish_update


def send(frequency="daily", *args):
    out = StringIO()
    call_command("send_digests", "--frequency", frequency, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def emails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def html_of(message):
    return next(content for content, kind in message.alternatives if kind == "text/html")


def test_each_subscriber_gets_one_digest_of_what_they_follow(tree, alice, bob, reader):
    follow(alice, tree.lever)  # through the update's levers
    follow(bob, tree.directorate)  # through the tree
    follow(reader, tree.other_project)  # nothing new there
    update = publish_update(
        tree.directorate,
        title="Ouverture du SOLILAB",
        summary="Le tiers-lieu ouvre ses portes.",
        levers=[tree.lever],
    )

    output = send("daily")

    assert sorted(m.to[0] for m in mail.outbox) == sorted([alice.email, bob.email])
    (message,) = emails_to(alice)
    assert message.subject == fr("Your daily digest: %(count)d new update", count=1)
    assert "Ouverture du SOLILAB" in message.body
    assert "Le tiers-lieu ouvre ses portes." in message.body
    assert update.get_full_url() in message.body
    assert tree.lever.title in message.body  # why it is there
    assert tree.directorate.title in message.body  # who wrote it
    assert "/abonnements/" in message.body  # where to stop it
    assert f'href="{update.get_full_url()}"' in html_of(message)
    assert alice.email in output and bob.email in output


def test_an_update_is_never_sent_twice(tree, alice):
    follow(alice, tree.project)
    first = publish_update(tree.directorate, title="Premier comité", projects=[tree.project])
    send("daily")
    assert len(mail.outbox) == 1

    send("daily")
    assert len(mail.outbox) == 1  # nothing new: no email at all

    publish_update(tree.directorate, title="Second comité", projects=[tree.project])
    send("daily")
    assert len(mail.outbox) == 2
    latest = mail.outbox[-1]
    assert "Second comité" in latest.body
    assert first.title not in latest.body


def test_several_subscriptions_give_one_email_listing_each_update_once(tree, alice):
    follow(alice, tree.lever)
    follow(alice, tree.sector)
    follow(alice, tree.other_directorate)
    both = publish_update(
        tree.directorate, title="Actualité double", levers=[tree.lever], sectors=[tree.sector]
    )
    publish_update(tree.other_directorate, title="Actualité de l'autre direction")
    publish_update(tree.directorate, title="Actualité hors sujet")

    send("daily")

    (message,) = mail.outbox
    assert message.subject == fr_plural(
        "Your daily digest: %(count)d new update", "Your daily digest: %(count)d new updates", 2
    )
    assert message.body.count(both.get_full_url()) == 1
    assert "Actualité de l'autre direction" in message.body
    assert "Actualité hors sujet" not in message.body


def test_daily_and_weekly_digests_are_separate(tree, alice, bob):
    follow(alice, tree.lever, frequency="daily")
    follow(bob, tree.lever, frequency="weekly")
    publish_update(tree.directorate, title="Nouvelle du levier", levers=[tree.lever])

    send("daily")
    assert [m.to for m in mail.outbox] == [[alice.email]]

    send("weekly")
    assert [m.to for m in mail.outbox] == [[alice.email], [bob.email]]
    assert mail.outbox[1].subject == fr("Your weekly digest: %(count)d new update", count=1)


def test_updates_published_before_subscribing_are_not_sent(tree, alice):
    publish_update(tree.directorate, title="Ancienne nouvelle", levers=[tree.lever])
    follow(alice, tree.lever, since=timezone.now())
    send("daily")
    assert mail.outbox == []


def test_restricted_update_only_reaches_members(tree, alice, bob):
    members = factories.GroupFactory(name="Comité de pilotage")
    bob.groups.add(members)
    follow(alice, tree.directorate)
    follow(bob, tree.directorate)
    secret = publish_update(tree.directorate, title="Compte rendu confidentiel")
    factories.restrict_to_groups(secret, members)

    send("daily")

    assert emails_to(alice) == []  # only a restricted update was new: nothing to send
    (message,) = emails_to(bob)
    assert secret.title in message.body


def test_restricted_update_is_left_out_of_a_digest(tree, alice):
    follow(alice, tree.lever)
    publish_update(tree.directorate, title="Nouvelle ouverte", levers=[tree.lever])
    secret = publish_update(tree.directorate, title="Nouvelle réservée", levers=[tree.lever])
    factories.restrict_to_groups(secret, factories.GroupFactory(name="Direction générale"))

    send("daily")

    (message,) = mail.outbox
    assert "Nouvelle ouverte" in message.body
    assert "Nouvelle réservée" not in message.body
    assert "Nouvelle réservée" not in html_of(message)


def test_drafts_and_unpublished_updates_are_not_sent(tree, alice):
    follow(alice, tree.lever)
    draft_update(tree.directorate, title="Brouillon en cours", levers=[tree.lever])
    withdrawn = publish_update(tree.directorate, title="Retirée", levers=[tree.lever])
    withdrawn.unpublish()

    send("daily")

    assert mail.outbox == []


def test_no_email_for_people_without_address_or_inactive(tree):
    no_address = factories.UserFactory(username="sans-adresse", email="")
    inactive = factories.UserFactory(username="parti", is_active=False)
    follow(no_address, tree.lever)
    follow(inactive, tree.lever)
    publish_update(tree.directorate, levers=[tree.lever])
    send("daily")
    assert mail.outbox == []


def test_dry_run_sends_and_records_nothing(tree, alice):
    subscription = follow(alice, tree.lever)
    publish_update(tree.directorate, title="Nouvelle à venir", levers=[tree.lever])

    output = send("daily", "--dry-run")

    assert mail.outbox == []
    assert alice.email in output
    subscription.refresh_from_db()
    assert subscription.last_sent_at is None
    send("daily")
    assert len(mail.outbox) == 1


def test_now_can_be_fixed(tree, alice):
    subscription = follow(alice, tree.lever, since=timezone.now() - datetime.timedelta(days=2))
    publish_update(tree.directorate, title="Nouvelle du jour", levers=[tree.lever])
    yesterday = timezone.localtime() - datetime.timedelta(days=1)

    send("daily", "--now", yesterday.strftime("%Y-%m-%dT%H:%M:%S"))
    assert mail.outbox == []  # published after that "now"
    subscription.refresh_from_db()
    assert subscription.last_sent_at.replace(microsecond=0) == yesterday.replace(microsecond=0)

    # An earlier "now" never reopens a window already closed.
    send("daily", "--now", (yesterday - datetime.timedelta(days=1)).isoformat())
    subscription.refresh_from_db()
    assert subscription.last_sent_at.replace(microsecond=0) == yesterday.replace(microsecond=0)

    send("daily")
    (message,) = mail.outbox
    assert "Nouvelle du jour" in message.body


@pytest.mark.parametrize(
    "args", [["--frequency", "hourly"], ["--frequency", "daily", "--now", "hier"], []]
)
def test_bad_arguments_are_refused_clearly(db, args):
    with pytest.raises(CommandError):
        call_command("send_digests", *args, stdout=StringIO(), stderr=StringIO())
    assert not Subscription.objects.exists()
