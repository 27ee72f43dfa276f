"""Helpers of the subscription tests: people who follow pages, and updates published the way an
approver publishes them (a revision published, which stamps ``first_published_at``)."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from subscriptions.models import Subscription
from tests import factories


def publish_update(parent, **kwargs):
    """A new update under the directorate ``parent``, published through a revision."""
    update = factories.UpdatePageFactory(parent=parent, live=False, **kwargs)
    update.save_revision().publish()
    update.refresh_from_db()
    return update


def draft_update(parent, **kwargs):
    """A new update saved as a draft only: never published."""
    update = factories.UpdatePageFactory(parent=parent, live=False, **kwargs)
    update.save_revision()
    return update


def follow(user, page, frequency="daily", since=None):
    """A subscription created ``since`` (an hour ago by default), before any update of a test."""
    subscription = Subscription.objects.create(user=user, page=page, frequency=frequency)
    created = since or timezone.now() - datetime.timedelta(hours=1)
    Subscription.objects.filter(pk=subscription.pk).update(created_at=created)
    subscription.refresh_from_db()
    return subscription


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice(db):
    return factories.UserFactory(username="alice", first_name="Alice", last_name="Martin")


@pytest.fixture
def bob(db):
    return factories.UserFactory(username="bob", first_name="Bob", last_name="Durand")


def fr_plural(singular, plural, count):
    """What the French interface shows for a plural message with ``count``."""
    with translation.override("fr"):
        return ngettext(singular, plural, count) % {"count": count}


def fr(msgid, **values):
    """What the French interface shows for ``msgid`` (the catalogue may still lack it)."""
    with translation.override("fr"):
        text = gettext(msgid)
    return text % values if values else text
