"""The groups of the demo and the Wagtail permissions that make them work.

Editors and approvers of a directorate work in their directorate's subtree (and on the projects
it leads), the ESS coordination edits the roadmap and the linked policies, communications staff
edit and publish across the site. Finer rules (moderation workflows, view restrictions) belong to
a later change; this module only grants what the demo needs, and never removes a permission.
When the ``roles`` app is installed, the loader then runs ``sync_roles``, which takes these
groups over and gives them the full matrix of ``roles.definitions`` (a superset of these grants).
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from pages.demo.directorates import DECHETS, ECONOMIE, MOBILITES
from pages.models import ProjectPage

READERS = "Lecteurs"
COMMUNICATION = "Communication"
COORDINATION = "Coordination ESS"
ADMINISTRATORS = "Administrateurs"

# Directorates whose editors and approvers have demo accounts and groups.
ROLE_DIRECTORATES = (ECONOMIE, DECHETS, MOBILITES)

ADD, CHANGE, PUBLISH = "add_page", "change_page", "publish_page"
EDITOR_PAGE_PERMISSIONS = (ADD, CHANGE)
APPROVER_PAGE_PERMISSIONS = (ADD, CHANGE, PUBLISH)
ALL_PAGE_PERMISSIONS = (ADD, CHANGE, PUBLISH, "lock_page", "unlock_page")

ADMINISTRATOR_MODEL_PERMISSIONS = (
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "delete_user"),
    ("auth", "add_group"),
    ("auth", "change_group"),
    ("auth", "delete_group"),
)
ADMINISTRATOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
)


def editors_group_name(directorate_title):
    """Name of the group of a directorate's editors, e.g. « Rédacteurs — Direction … »."""
    return f"Rédacteurs — {directorate_title}"


def approvers_group_name(directorate_title):
    """Name of the group of a directorate's approvers, e.g. « Approbateurs — Direction … »."""
    return f"Approbateurs — {directorate_title}"


@dataclass
class RolePages:
    """The pages the demo groups receive permissions on."""

    home: Page
    roadmap: Page
    policy_index: Page
    directorates: dict = field(default_factory=dict)  # directorate title -> DirectoratePage


def ensure_role_groups(pages):
    """Create the demo groups and grant their permissions; return them by name.

    Idempotent: groups are found by name, grants are added only when missing, and nothing that
    an administrator added or changed is removed.
    """
    grants = {
        READERS: (False, []),
        COMMUNICATION: (True, [(Page.get_first_root_node(), (CHANGE, PUBLISH))]),
        COORDINATION: (
            True,
            [
                (pages.roadmap, APPROVER_PAGE_PERMISSIONS),
                (pages.policy_index, APPROVER_PAGE_PERMISSIONS),
            ],
        ),
        ADMINISTRATORS: (True, [(Page.get_first_root_node(), ALL_PAGE_PERMISSIONS)]),
    }
    for title, directorate in pages.directorates.items():
        projects = list(ProjectPage.objects.filter(lead_directorate=directorate))
        grants[editors_group_name(title)] = (
            True,
            [(directorate, EDITOR_PAGE_PERMISSIONS)] + [(p, (CHANGE,)) for p in projects],
        )
        grants[approvers_group_name(title)] = (
            True,
            [(directorate, APPROVER_PAGE_PERMISSIONS)] + [(p, (CHANGE, PUBLISH)) for p in projects],
        )

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for name, (admin_access, page_grants) in grants.items():
        group, _created = Group.objects.get_or_create(name=name)
        if admin_access:
            group.permissions.add(access_admin)
        for page, codenames in page_grants:
            _grant_page_permissions(group, page, codenames)
        groups[name] = group
    _grant_administrator_permissions(groups[ADMINISTRATORS])
    return groups


def _page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _grant_page_permissions(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_page_permission(codename)
        )


def _grant_administrator_permissions(group):
    for app_label, codename in ADMINISTRATOR_MODEL_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    root_collection = Collection.get_first_root_node()
    for app_label, codename in ADMINISTRATOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root_collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
