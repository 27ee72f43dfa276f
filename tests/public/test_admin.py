"""Admin side of the hand-off: API keys (administrators) and the Communication view."""

import re
from html import unescape

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from public.models import ApiKey, HandOff
from tests import factories

PAGES = "/api/public/v2/pages/"


def french(msgid):
    """What the French admin shows for ``msgid``."""
    with translation.override("fr"):
        return gettext(msgid)


def test_administrator_creates_a_key_shown_once_then_revokes_it(superuser_client, public_tree):
    response = superuser_client.post(
        reverse("public_api_keys:add"), {"name": "Site public (prod)"}, follow=True
    )
    assert response.status_code == 200
    # The key ends the message « … ne sera plus affichée : <key> ».
    shown = re.search(r"(?:shown again|plus affich\w+)\s*:\s*(\S+)", response.content.decode())
    clear = shown.group(1).strip("<>\"' ")
    key = ApiKey.objects.get(name="Site public (prod)")
    assert key.key_hash != clear and key.prefix == clear[:8]
    # Listed without the secret.
    listing = superuser_client.get(reverse("public_api_keys:index")).content.decode()
    assert "Site public (prod)" in listing and clear not in listing
    client = Client(headers={"X-Api-Key": clear})
    assert client.get(PAGES).status_code == 200
    response = superuser_client.post(
        reverse("public_api_keys:edit", args=[key.pk]), {"name": key.name, "revoke": "on"}
    )
    assert response.status_code == 302
    assert client.get(PAGES).status_code == 401


def test_non_administrators_cannot_manage_keys(db):
    group = factories.GroupFactory(name="Communication")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = factories.UserFactory(groups=[group])
    client = Client()
    client.force_login(user)
    assert client.get(reverse("public_api_keys:add")).status_code in (302, 403)
    assert client.post(reverse("public_api_keys:add"), {"name": "x"}).status_code in (302, 403)
    assert not ApiKey.objects.exists()


@pytest.fixture
def communication_client(db):
    group, _ = Group.objects.get_or_create(name="Communication")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = factories.UserFactory(username="com", groups=[group])
    client = Client()
    client.force_login(user)
    return client


def rows(html, section):
    """The text of the table following the heading ``section``."""
    part = html.split(f'id="{section}"', 1)[1].split("<h2", 1)[0]
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", part)))


def test_communication_view_lists_ready_changed_and_waiting(communication_client, public_tree, api):
    url = reverse("public_communication")
    response = communication_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    ready = rows(html, "ready")
    for title in ("Une recyclerie ouvre", "Projet public", "Version publiée", "SECRET restreint"):
        assert title in ready
    assert "SECRET interne" not in ready
    # Restricted and expired pages:
    assert french("Published but not served (restricted or expired)") in ready
    assert french("Never handed over") in rows(html, "changed")
    # The project has no English version: it waits for translation.
    assert "Projet public" in rows(html, "waiting")
    assert french("No translation in %(language)s").split("%")[0].strip() in rows(html, "waiting")

    api.get(PAGES)  # the public website reads the API: a hand-off per page
    assert HandOff.objects.filter(page=public_tree.project).exists()
    changed = rows(communication_client.get(url).content.decode(), "changed")
    assert "Projet public" not in changed


def test_communication_view_flags_images_without_alt_text(communication_client, public_tree):
    page = type(public_tree.project).objects.get(pk=public_tree.project.pk)
    page.public_body = [
        {"type": "heading", "value": {"text": "Trop bas", "level": "h3"}},
        {
            "type": "image",
            "value": {
                "image": {"image": public_tree.image.pk, "alt_text": "", "decorative": False},
                "caption": "",
            },
        },
    ]
    page.save_revision().publish()
    waiting = rows(
        communication_client.get(reverse("public_communication")).content.decode(), "waiting"
    )
    assert french("An image has no alternative text") in waiting
    assert french("Heading « %(text)s » skips a level") % {"text": "Trop bas"} in waiting


def test_communication_view_is_refused_to_other_staff(public_tree):
    group = factories.GroupFactory(name="Rédacteurs — X")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(factories.UserFactory(groups=[group]))
    response = client.get(reverse("public_communication"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("public_communication") not in home


def test_public_version_tab_in_the_page_editor(superuser_client, public_tree):
    response = superuser_client.get(
        reverse("wagtailadmin_pages:edit", args=[public_tree.update.pk])
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Public version" in html or "Version publique" in html
    assert 'name="public_title"' in html
