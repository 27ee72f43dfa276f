"""Communications edit and publish content marked ready for public, and only that.

The « Communication » group holds change and publish rights on the whole tree; the admin
refuses them, with a message, every page that is internal only, unless another of their
groups gives them a right there.
"""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse

from pages.models import Audience
from roles import definitions
from tests import factories
from tests.workflows.helpers import edit_url, fresh, publish, refused

pytestmark = pytest.mark.django_db


def test_communications_cannot_open_edit_or_publish_an_internal_page(world, as_user):
    t, u = world.tree, world.users
    client = as_user(u.communication)
    live_title = fresh(t.update).title

    response = client.get(edit_url(t.update))
    assert refused(response)
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("internal only" in m or "interne" in m for m in messages), messages

    assert refused(publish(client, t.update, "Réécrit par la communication"))
    page = fresh(t.update)
    assert page.title == live_title and page.draft_title == live_title

    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[t.update.pk]))
    assert refused(response) and fresh(t.update).live
    response = client.post(reverse("wagtailadmin_pages:delete", args=[t.update.pk]))
    assert refused(response) and fresh(t.update) is not None


def test_communications_edit_and_publish_content_ready_for_public(world, as_user):
    t, u = world.tree, world.users
    page = factories.StandardPageFactory(
        parent=t.other_directorate, title="Forum ESS", audience=Audience.PUBLIC
    )
    client = as_user(u.communication)

    assert client.get(edit_url(page)).status_code == 200
    response = publish(client, page, "Forum de l'ESS 2026")

    assert response.status_code == 302 and not refused(response)
    assert fresh(page).live and fresh(page).title == "Forum de l'ESS 2026"


def test_a_communications_member_keeps_the_rights_of_their_other_groups(world, as_user):
    t = world.tree
    both = factories.UserFactory(
        groups=[
            Group.objects.get(name="Communication"),
            Group.objects.get(name=definitions.APPROVERS.group_name(t.directorate.title)),
        ]
    )
    client = as_user(both)

    publish(client, t.update, "Publié par une approbatrice qui est aussi à la communication")

    assert fresh(t.update).title.startswith("Publié par une approbatrice")
    # Elsewhere, internal pages stay out of their reach.
    assert refused(client.get(edit_url(t.other_update)))
