"""Two editors on the same page through the admin edit view: nobody silently loses work."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests import factories


@pytest.fixture
def page(tree):
    """A fresh copy of an update page with one revision, as every page edited in the admin."""
    page = Page.objects.get(pk=tree.update.pk).specific
    page.save_revision()
    return page


@pytest.fixture
def editors(tree):
    """Two approvers of the directorate: they edit, lock and unlock its section."""
    group = Group.objects.create(name="Approbateurs — test")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("change_page", "publish_page", "lock_page", "unlock_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=tree.directorate,
            permission=Permission.objects.get(codename=codename),
        )
    clients = []
    for name in ("claire", "yann"):
        user = factories.UserFactory(
            username=name, first_name=name.title(), last_name="Le Goff", groups=[group]
        )
        client = Client()
        client.force_login(user)
        clients.append(client)
    return clients


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def open_edit_form(client, page):
    """GET the edit view; return the hidden revision fields the browser would post back."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    html = response.content.decode()
    hidden = dict(
        re.findall(r'<input type="hidden" name="(loaded_revision_\w+)" value="([^"]*)"', html)
    )
    assert "loaded_revision_id" in hidden
    return hidden


def form_data(page, title, loaded):
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([]),
            "public_body": streamfield([]),
            "date": page.specific.date.isoformat(),
            "directorate": page.directorate_id or "",
            "audience": page.audience,
            "comments": inline_formset([]),
        }
    )
    return data | loaded


def latest_title(page):
    return Page.objects.get(pk=page.pk).get_latest_revision_as_object().title


def messages_of(response):
    return " ".join(str(m.message) for m in response.context["messages"])


def test_save_from_an_outdated_form_is_refused_and_keeps_the_newer_work(page, editors):
    claire, yann = editors
    claire_form = open_edit_form(claire, page)
    yann_form = open_edit_form(yann, page)

    response = claire.post(edit_url(page), form_data(page, "Version de Claire", claire_form))
    assert response.status_code == 302
    assert latest_title(page) == "Version de Claire"

    response = yann.post(edit_url(page), form_data(page, "Version de Yann", yann_form), follow=True)
    assert response.status_code == 200
    # The message names who saved in between and links to the page's history.
    assert "Claire Le Goff" in messages_of(response)
    assert reverse("wagtailadmin_pages:history", args=[page.pk]) in messages_of(response)
    assert latest_title(page) == "Version de Claire"

    # Having read the newer version, Yann saves from a fresh form: it goes through.
    yann_form = open_edit_form(yann, page)
    response = yann.post(edit_url(page), form_data(page, "Version de Yann", yann_form))
    assert response.status_code == 302
    assert latest_title(page) == "Version de Yann"


def test_a_page_locked_by_one_editor_cannot_be_saved_by_another(page, editors):
    claire, yann = editors
    assert claire.post(reverse("wagtailadmin_pages:lock", args=[page.pk])).status_code == 302
    assert Page.objects.get(pk=page.pk).locked

    yann_form = open_edit_form(yann, page)
    response = yann.post(edit_url(page), form_data(page, "Version de Yann", yann_form))
    assert response.status_code == 200
    text = messages_of(response)
    assert "locked" in text or "verrouill" in text
    assert latest_title(page) != "Version de Yann"

    claire_form = open_edit_form(claire, page)
    response = claire.post(edit_url(page), form_data(page, "Version de Claire", claire_form))
    assert response.status_code == 302
    assert latest_title(page) == "Version de Claire"
