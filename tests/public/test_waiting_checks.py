"""The Communication view flags what the accessibility and translation apps find.

``public.checks`` calls two hooks; ``accessibility`` and ``translations`` answer them. These
tests go through the Communication view itself, as the staff member reading it would.
"""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.public.test_admin import communication_client, rows  # noqa: F401 (fixture)


def waiting(client):
    return rows(client.get(reverse("public_communication")).content.decode(), "waiting")


def french(msgid):
    with translation.override("fr"):
        return gettext(msgid)


@pytest.mark.django_db
def test_vague_link_in_the_public_body_is_flagged(communication_client, public_tree):  # noqa: F811
    page = type(public_tree.project).objects.get(pk=public_tree.project.pk)
    page.public_body = [
        {
            "type": "paragraph",
            "value": '<p>Le programme : <a href="https://example.org/">cliquez ici</a>.</p>',
        }
    ]
    page.save_revision().publish()
    assert french("Link text meaningless out of context") in waiting(communication_client)


@pytest.mark.django_db
def test_clean_public_body_is_not_flagged(communication_client, public_tree):  # noqa: F811
    page = type(public_tree.project).objects.get(pk=public_tree.project.pk)
    page.public_body = [
        {
            "type": "paragraph",
            "value": '<p>Lire <a href="https://example.org/">le programme complet</a>.</p>',
        }
    ]
    page.save_revision().publish()
    assert french("Link text meaningless out of context") not in waiting(communication_client)
