"""Permission changes in Wagtail's audit log, visible and exportable by administrators only."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    ModelLogEntry,
    Page,
)

from audit import actions
from tests import factories


@pytest.fixture
def admin_user(db):
    return factories.SuperuserFactory(username="admin-audit", first_name="Ada", last_name="Admin")


@pytest.fixture
def admin_client(admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def agent(db):
    return factories.UserFactory(username="agent-audit", email="agent@nm.test")


def user_edit_data(user, groups, **extra):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "password1": "",
        "password2": "",
        "is_active": "on" if user.is_active else "",
        "groups": [group.pk for group in groups],
    }
    return data | extra


def entries(instance, action):
    return ModelLogEntry.objects.filter(object_id=str(instance.pk), action=action)


def test_changing_a_users_groups_in_the_admin_is_logged_with_the_acting_admin(
    admin_client, admin_user, agent
):
    editors = factories.GroupFactory(name="Rédacteurs — Audit")
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[agent.pk]), user_edit_data(agent, [editors])
    )
    assert response.status_code == 302
    assert list(agent.groups.all()) == [editors]

    entry = entries(agent, actions.USER_GROUPS_ADDED).get()
    assert entry.user == admin_user
    assert entry.data == {"items": ["Rédacteurs — Audit"]}

    admin_client.post(
        reverse("wagtailusers_users:edit", args=[agent.pk]), user_edit_data(agent, [])
    )
    assert entries(agent, actions.USER_GROUPS_REMOVED).get().user == admin_user


def test_membership_changed_from_the_group_side_is_logged_on_each_user(agent):
    group = factories.GroupFactory(name="Lecteurs — Audit")
    group.user_set.add(agent)
    group.user_set.clear()
    assert entries(agent, actions.USER_GROUPS_ADDED).get().data == {"items": [group.name]}
    assert entries(agent, actions.USER_GROUPS_REMOVED).get().data == {"items": [group.name]}


def test_superuser_and_active_flags_are_logged(admin_client, admin_user, agent):
    admin_client.post(
        reverse("wagtailusers_users:edit", args=[agent.pk]),
        user_edit_data(agent, [], is_superuser="on", is_active=""),
    )
    entry = entries(agent, actions.USER_FLAGS_CHANGED).get()
    assert entry.user == admin_user
    assert entry.data["changes"]["is_superuser"] == [False, True]
    assert entry.data["changes"]["is_active"] == [True, False]


def test_group_page_collection_and_model_permissions_are_logged(tree, admin_user):
    group = factories.GroupFactory(name="Auditeurs")
    change = Permission.objects.get(codename="change_page")
    record = GroupPagePermission.objects.create(
        group=group, page=tree.directorate, permission=change
    )
    collection_record = GroupCollectionPermission.objects.create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="add_document"),
    )
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    record.delete()
    collection_record.delete()
    group.permissions.clear()

    logged = set(
        ModelLogEntry.objects.filter(object_id=str(group.pk)).values_list("action", flat=True)
    )
    assert {
        actions.GROUP_PAGE_PERMISSION_ADDED,
        actions.GROUP_PAGE_PERMISSION_REMOVED,
        actions.GROUP_COLLECTION_PERMISSION_ADDED,
        actions.GROUP_COLLECTION_PERMISSION_REMOVED,
        actions.GROUP_PERMISSIONS_ADDED,
        actions.GROUP_PERMISSIONS_REMOVED,
    } <= logged
    removed = entries(group, actions.GROUP_PERMISSIONS_REMOVED).get()
    assert removed.data == {"items": ["wagtailadmin.access_admin"]}


def test_page_permissions_granted_in_the_group_admin_view_are_logged(tree, admin_client):
    group = factories.GroupFactory(name="Approbateurs — Audit")
    # A permission the group form does not show: Wagtail removes and re-adds it on save.
    group.permissions.add(Permission.objects.get(codename="change_contenttype"))
    data = {
        "name": group.name,
        "page_permissions-TOTAL_FORMS": "1",
        "page_permissions-INITIAL_FORMS": "0",
        "page_permissions-MIN_NUM_FORMS": "0",
        "page_permissions-MAX_NUM_FORMS": "1000",
        "page_permissions-0-page": str(tree.directorate.pk),
        "page_permissions-0-permissions": ["publish_page"],
    }
    for prefix in ("collection_permissions", "document_permissions", "image_permissions"):
        data |= {
            f"{prefix}-TOTAL_FORMS": "0",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    response = admin_client.post(reverse("wagtailusers_groups:edit", args=[group.pk]), data)
    assert response.status_code == 302
    assert GroupPagePermission.objects.filter(group=group).count() == 1
    entry = entries(group, actions.GROUP_PAGE_PERMISSION_ADDED).get()
    assert "publish_page" in entry.data["items"][0]
    assert group.permissions.filter(codename="change_contenttype").exists()
    # Only what changed is logged: no spurious removal and re-adding.
    assert not entries(group, actions.GROUP_PERMISSIONS_REMOVED).exists()
    assert entries(group, actions.GROUP_PERMISSIONS_ADDED).count() == 1

    data.pop("page_permissions-0-permissions")
    admin_client.post(reverse("wagtailusers_groups:edit", args=[group.pk]), data)
    assert not GroupPagePermission.objects.filter(group=group).exists()
    assert entries(group, actions.GROUP_PAGE_PERMISSION_REMOVED).count() == 1


def test_site_history_shows_and_exports_the_entry_for_administrators(
    admin_client, admin_user, agent
):
    editors = factories.GroupFactory(name="Rédacteurs — Export")
    admin_client.post(
        reverse("wagtailusers_users:edit", args=[agent.pk]), user_edit_data(agent, [editors])
    )
    menu = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_reports:site_history") in menu
    page = admin_client.get(reverse("wagtailadmin_reports:site_history"))
    assert page.status_code == 200
    assert "Rédacteurs — Export" in page.content.decode()

    export = admin_client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"})
    assert export.status_code == 200
    body = b"".join(export.streaming_content).decode()
    assert "agent-audit" in body and "Ada Admin" in body


def test_members_of_the_administrators_group_see_site_history(agent):
    admins = factories.GroupFactory(name="Administrateurs")
    admins.permissions.add(Permission.objects.get(codename="access_admin"))
    member = factories.UserFactory(groups=[admins])
    client = Client()
    client.force_login(member)
    assert client.get(reverse("wagtailadmin_reports:site_history")).status_code == 200


def test_non_administrators_get_no_site_history(tree):
    group = factories.GroupFactory(name="Approbateurs — Refus")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=Page.objects.get(pk=tree.home.pk),
        permission=Permission.objects.get(codename="change_page"),
    )
    client = Client()
    client.force_login(factories.UserFactory(groups=[group]))
    for params in ({}, {"export": "csv"}):
        response = client.get(reverse("wagtailadmin_reports:site_history"), params)
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
    results = client.get(
        reverse("wagtailadmin_reports:site_history_results"), HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    assert results.status_code == 403
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_reports:site_history") not in menu
