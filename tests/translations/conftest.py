"""A French tree with an English locale, and the people who translate it."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from roles.sync import sync_roles
from tests import factories


@pytest.fixture
def communication_client(tree, en_locale):
    """A member of the Communication group, as ``sync_roles`` defines it."""
    sync_roles()
    user = factories.UserFactory(
        username="communication-test", groups=[Group.objects.get(name="Communication")]
    )
    client = Client()
    client.force_login(user)
    return client
