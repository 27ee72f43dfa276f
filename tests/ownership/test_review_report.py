"""The « Pages à relire » report in the admin: who sees which overdue pages, filters, export."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission

from tests import factories

PAST = datetime.date(2020, 1, 15)
FUTURE = datetime.date(2100, 1, 1)


def set_review(page, owner, due, directorate=None):
    type(page).objects.filter(pk=page.pk).update(
        content_owner=owner, next_review_date=due, directorate=directorate
    )


@pytest.fixture
def overdue(tree):
    owner = factories.UserFactory(
        username="odile", first_name="Odile", last_name="Bernard", email="odile@nm.test"
    )
    set_review(tree.update, owner, PAST, tree.directorate)
    set_review(tree.other_update, owner, PAST, tree.other_directorate)
    set_review(tree.project, owner, FUTURE, tree.directorate)
    return owner


@pytest.fixture
def approver_client(tree):
    group = Group.objects.create(name="Approbateurs — rapport")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=tree.directorate,
        permission=Permission.objects.get(codename="change_page"),
    )
    client = Client()
    client.force_login(factories.UserFactory(groups=[group]))
    return client


URL = "ownership_review_report"


def test_administrator_sees_every_overdue_page_with_owner_and_directorate(
    tree, overdue, superuser_client
):
    response = superuser_client.get(reverse(URL))
    assert response.status_code == 200
    html = response.content.decode()
    assert tree.update.title in html and tree.other_update.title in html
    assert tree.project.title not in html  # due in the future
    assert "Odile Bernard" in html and tree.other_directorate.title in html
    assert "15/01/2020" in html


def test_an_approver_sees_only_their_section(tree, overdue, approver_client):
    html = approver_client.get(reverse(URL)).content.decode()
    assert tree.update.title in html
    assert tree.other_update.title not in html


def test_filter_by_directorate(tree, overdue, superuser_client):
    html = superuser_client.get(reverse(URL), {"directorate": tree.other_directorate.pk})
    html = html.content.decode()
    assert tree.other_update.title in html and tree.update.title not in html


def test_csv_export(tree, overdue, superuser_client):
    response = superuser_client.get(reverse(URL), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert tree.update.title in body and "odile@nm.test" in body and "2020-01-15" in body
    assert reverse("wagtailadmin_pages:edit", args=[tree.update.pk]) in body


def test_a_reader_without_admin_access_is_turned_away(overdue, reader_client):
    response = reader_client.get(reverse(URL))
    assert response.status_code == 302


def test_filter_by_owner_and_bad_filter_values(tree, overdue, superuser_client):
    other = factories.UserFactory(username="personne")
    set_review(tree.project, other, PAST, tree.directorate)
    html = superuser_client.get(reverse(URL), {"owner": other.pk}).content.decode()
    assert tree.project.title in html and tree.update.title not in html

    for params in ({"directorate": "abc"}, {"owner": "999999"}):
        response = superuser_client.get(reverse(URL), params)
        assert response.status_code == 200


def test_the_report_is_in_the_reports_menu_for_editors_not_for_readers(
    approver_client, superuser_client
):
    assert reverse(URL) in approver_client.get(reverse("wagtailadmin_home")).content.decode()
