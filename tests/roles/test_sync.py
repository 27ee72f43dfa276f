"""``sync_roles`` creates the role groups from the directorates, idempotently.

It owns the groups it manages (their permissions become exactly the role matrix) and never
touches any other group.
"""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import translation
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

from pages.models import DirectoratePage, ProjectPage
from roles import definitions
from roles.models import ManagedGroup
from roles.sync import sync_roles
from tests import factories

pytestmark = pytest.mark.django_db


def editors(directorate):
    return Group.objects.get(name=definitions.EDITORS.group_name(directorate.title))


def approvers(directorate):
    return Group.objects.get(name=definitions.APPROVERS.group_name(directorate.title))


def page_grants(group):
    """The group's page permissions as {(page id, codename)}."""
    return set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )


def all_grants():
    """Every permission row of every group, with its primary key."""
    return (
        set(GroupPagePermission.objects.values_list("pk", "group_id", "page_id", "permission_id")),
        set(
            GroupCollectionPermission.objects.values_list(
                "pk", "group_id", "collection_id", "permission_id"
            )
        ),
        set(Group.permissions.through.objects.values_list("pk", "group_id", "permission_id")),
        set(Group.objects.values_list("pk", "name")),
    )


def test_a_second_run_changes_nothing(tree):
    first = sync_roles()
    before = all_grants()

    second = sync_roles()

    assert first.changed and first.created == 2 * 2 + 4
    assert not second.changed
    assert second.managed == first.managed
    assert all_grants() == before


def test_every_directorate_gets_editors_and_approvers(tree):
    sync_roles()

    editor_grants = page_grants(editors(tree.directorate))
    assert editor_grants == {
        (tree.directorate.pk, definitions.ADD),
        (tree.directorate.pk, definitions.CHANGE),
        (tree.project.pk, definitions.CHANGE),
    }
    approver_grants = page_grants(approvers(tree.directorate))
    assert (tree.directorate.pk, definitions.PUBLISH) in approver_grants
    assert (tree.project.pk, definitions.PUBLISH) in approver_grants
    assert (tree.project.pk, definitions.ADD) not in approver_grants
    assert {page for page, _ in page_grants(editors(tree.other_directorate))} == {
        tree.other_directorate.pk,
        tree.other_project.pk,
    }


def test_a_new_directorate_gets_its_two_groups(tree):
    sync_roles()
    new = factories.DirectoratePageFactory(
        parent=tree.directorate_index, title="Direction de l'Habitat"
    )

    report = sync_roles()

    assert report.created == 2
    assert page_grants(editors(new)) == {
        (new.pk, definitions.ADD),
        (new.pk, definitions.CHANGE),
    }
    assert (new.pk, definitions.UNLOCK) in page_grants(approvers(new))


def test_a_changed_lead_directorate_moves_the_project_permission(tree):
    sync_roles()
    project = ProjectPage.objects.get(pk=tree.project.pk)
    project.lead_directorate = DirectoratePage.objects.get(pk=tree.other_directorate.pk)
    project.save()

    report = sync_roles()

    assert (project.pk, definitions.CHANGE) not in page_grants(editors(tree.directorate))
    assert (project.pk, definitions.PUBLISH) not in page_grants(approvers(tree.directorate))
    assert (project.pk, definitions.CHANGE) in page_grants(editors(tree.other_directorate))
    assert (project.pk, definitions.PUBLISH) in page_grants(approvers(tree.other_directorate))
    assert report.permissions_removed == 1 + 4
    assert report.permissions_added == 1 + 4


def test_unmanaged_groups_are_never_touched(tree):
    team = factories.GroupFactory(name="Équipe projet SOLILAB")
    change_page = Permission.objects.get(codename="change_page")
    GroupPagePermission.objects.create(group=team, page=tree.directorate, permission=change_page)
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    before = (page_grants(team), set(team.permissions.all()))

    sync_roles()
    sync_roles()

    assert (page_grants(team), set(team.permissions.all())) == before
    assert not ManagedGroup.objects.filter(group=team).exists()


def test_a_hand_made_grant_on_a_managed_group_is_withdrawn(tree):
    sync_roles()
    group = editors(tree.directorate)
    GroupPagePermission.objects.create(
        group=group, page=tree.roadmap, permission=Permission.objects.get(codename="change_page")
    )

    report = sync_roles()

    assert (tree.roadmap.pk, definitions.CHANGE) not in page_grants(group)
    assert report.permissions_removed == 1


def test_an_existing_group_of_the_same_name_is_taken_over_with_its_members(tree):
    reader = factories.UserFactory()
    group = factories.GroupFactory(name="Communication")
    reader.groups.add(group)

    sync_roles()

    assert ManagedGroup.objects.get(group=group).role == "communication"
    assert reader.has_perm("wagtail_localize.submit_translation")


def test_a_renamed_directorate_renames_its_groups_and_keeps_members(tree):
    sync_roles()
    member = factories.UserFactory(groups=[editors(tree.directorate)])
    directorate = DirectoratePage.objects.get(pk=tree.directorate.pk)
    directorate.title = "Direction de l'Économie et de l'Emploi responsables"
    directorate.save()

    report = sync_roles()

    group = editors(directorate)
    assert report.renamed == 2
    assert member.groups.filter(pk=group.pk).exists()
    assert (directorate.pk, definitions.CHANGE) in page_grants(group)


def test_a_deleted_directorate_leaves_its_groups_without_permissions(tree):
    sync_roles()
    group = editors(tree.other_directorate)
    Page.objects.get(pk=tree.other_directorate.pk).delete()

    report = sync_roles()

    assert Group.objects.filter(pk=group.pk).exists()
    assert not page_grants(group)
    assert not group.permissions.exists()
    assert not GroupCollectionPermission.objects.filter(group=group).exists()
    assert {change.name for change in report.groups if change.orphaned} == {
        group.name,
        approvers(tree.other_directorate).name,
    }


def test_readers_have_no_admin_access_and_the_others_do(tree):
    sync_roles()
    access_admin = Permission.objects.get(codename="access_admin")

    assert not Group.objects.get(name="Lecteurs").permissions.exists()
    assert not page_grants(Group.objects.get(name="Lecteurs"))
    for name in ["Communication", "Coordination ESS", "Administrateurs"]:
        assert access_admin in Group.objects.get(name=name).permissions.all(), name
    assert access_admin in editors(tree.directorate).permissions.all()


def test_the_command_reports_what_it_changed(tree):
    first, second = StringIO(), StringIO()
    with translation.override("en"):
        call_command("sync_roles", stdout=first)
        call_command("sync_roles", stdout=second)

    assert "created: 8" in first.getvalue()
    assert "Communication: created." in first.getvalue()
    assert second.getvalue().strip() == "Nothing to change: every role is up to date."
