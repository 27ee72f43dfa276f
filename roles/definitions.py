"""The role matrix as data: who may do what, and where in the tree.

``roles.sync`` turns these definitions into Django groups and Wagtail permissions; nothing
else in the project grants permissions to the groups it manages. To change a role, change
this module and run ``manage.py sync_roles``.

Two kinds of role:

- **per directorate** (``per_directorate=True``): one group per directorate page of the
  default locale, named from the directorate's title (« Rédacteurs — Direction … »);
- **métropole-wide**: one group each (« Communication », « Coordination ESS », …).

Page grants name a *scope*, resolved by the sync for each directorate or once for the site:

- ``directorate``: the directorate page, hence its whole subtree (its updates, its pages);
- ``led_projects``: every project page whose lead directorate is that directorate;
- ``home``: every home page, hence the whole intranet tree;
- ``roadmap``: every roadmap page (levers, sectors, projects, co-construction pages);
- ``policies``: every policy index page (the other métropole roadmaps);
- ``root``: the root of the page tree (every site, every locale).

Every scope also covers the translations of its pages (the English mirror made with
wagtail-localize), so a role holds the same rights on both trees.

Communications hold change and publish rights on the whole tree here, because restricting
them to content marked « ready for public » is not a tree permission: Wagtail grants page
permissions on subtrees, not on field values. That rule is enforced by ``workflows``: its
admin hooks (``workflows.permissions``) refuse them the editor, publishing, unpublishing and
deleting of internal-only pages (unless another group gives them a right there), and its
review workflow routes ready-for-public content through Communications after the directorate.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# Wagtail page permission codenames (wagtail.models.pages.PAGE_PERMISSION_TYPES).
ADD = "add_page"
CHANGE = "change_page"
PUBLISH = "publish_page"
LOCK = "lock_page"
UNLOCK = "unlock_page"
BULK_DELETE = "bulk_delete_page"
ALL_PAGE_PERMISSIONS = (ADD, BULK_DELETE, CHANGE, LOCK, PUBLISH, UNLOCK)

# Scopes of page grants (see the module docstring).
DIRECTORATE = "directorate"
LED_PROJECTS = "led_projects"
HOME = "home"
ROADMAP = "roadmap"
POLICIES = "policies"
ROOT = "root"

ACCESS_ADMIN = ("wagtailadmin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")

# Documents and images live in collections; grants are given on the root collection.
USE_MEDIA = (
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
)
MANAGE_MEDIA = USE_MEDIA + (
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
)


def _crud(app_label, *models, actions=("add", "change", "delete", "view")):
    return tuple((app_label, f"{action}_{model}") for model in models for action in actions)


VIEW_REFERENCE_DATA = _crud("pages", "organisation", "commune", actions=("view",))
EDIT_ORGANISATIONS = _crud("pages", "organisation", actions=("add", "change"))
MANAGE_REFERENCE_DATA = _crud("pages", "organisation", "commune")

# Everything an administrator does in the Wagtail admin, besides pages and media.
ADMINISTRATION = (
    ACCESS_ADMIN,
    SUBMIT_TRANSLATION,
    *_crud("auth", "user", "group"),
    *_crud("wagtailcore", "site", "locale", "collection", "workflow", "task"),
    *_crud("wagtailredirects", "redirect"),
    *_crud("wagtailsearchpromotions", "query", "searchpromotion"),
    *MANAGE_REFERENCE_DATA,
)


@dataclass(frozen=True)
class RoleDefinition:
    """One role of the matrix; ``name`` takes ``{directorate}`` for per-directorate roles."""

    key: str
    name: str
    label: str
    description: str
    per_directorate: bool = False
    page_grants: tuple = ()  # (scope, (codename, …))
    model_permissions: tuple = ()  # (app_label, codename)
    collection_permissions: tuple = ()  # (app_label, codename), on the root collection

    def group_name(self, directorate_title=None):
        return (
            self.name.format(directorate=directorate_title) if self.per_directorate else self.name
        )


EDITORS = RoleDefinition(
    key="editors",
    name="Rédacteurs — {directorate}",
    label=_("Editors"),
    description=_("Create and edit pages in their directorate's section and its projects."),
    per_directorate=True,
    page_grants=((DIRECTORATE, (ADD, CHANGE)), (LED_PROJECTS, (CHANGE,))),
    model_permissions=(ACCESS_ADMIN, *VIEW_REFERENCE_DATA),
    collection_permissions=USE_MEDIA,
)

APPROVERS = RoleDefinition(
    key="approvers",
    name="Approbateurs — {directorate}",
    label=_("Approvers"),
    description=_("Edit, publish, lock and unlock their directorate's section and its projects."),
    per_directorate=True,
    page_grants=(
        (DIRECTORATE, (ADD, CHANGE, PUBLISH, LOCK, UNLOCK)),
        (LED_PROJECTS, (CHANGE, PUBLISH, LOCK, UNLOCK)),
    ),
    model_permissions=(ACCESS_ADMIN, *VIEW_REFERENCE_DATA, *EDIT_ORGANISATIONS),
    collection_permissions=USE_MEDIA,
)

COMMUNICATION = RoleDefinition(
    key="communication",
    name="Communication",
    label=_("Communications"),
    description=_("Edit and publish content across the intranet and manage its translations."),
    # The root, not the home pages: a translated tree (a new locale's home) created after
    # sync_roles must be editable at once, or the translation editor and PO import refuse.
    page_grants=((ROOT, (CHANGE, PUBLISH)),),
    model_permissions=(
        ACCESS_ADMIN,
        SUBMIT_TRANSLATION,
        *VIEW_REFERENCE_DATA,
        ("pages", "change_organisation"),
    ),
    collection_permissions=MANAGE_MEDIA,
)

COORDINATION = RoleDefinition(
    key="coordination",
    name="Coordination ESS",
    label=_("ESS coordination"),
    description=_("Edit and publish the roadmap (levers, sectors, projects) and linked policies."),
    page_grants=((ROADMAP, (ADD, CHANGE, PUBLISH)), (POLICIES, (ADD, CHANGE, PUBLISH))),
    model_permissions=(ACCESS_ADMIN, *MANAGE_REFERENCE_DATA),
    collection_permissions=MANAGE_MEDIA,
)

READERS = RoleDefinition(
    key="readers",
    name="Lecteurs",
    label=_("Staff readers"),
    description=_("Read everything that is not restricted; no access to the admin."),
)

ADMINISTRATORS = RoleDefinition(
    key="administrators",
    name="Administrateurs",
    label=_("Administrators"),
    description=_("Every permission of the Wagtail admin: pages, media, users, settings."),
    page_grants=((ROOT, ALL_PAGE_PERMISSIONS),),
    model_permissions=ADMINISTRATION,
    collection_permissions=MANAGE_MEDIA,
)

ROLES = (EDITORS, APPROVERS, COMMUNICATION, COORDINATION, READERS, ADMINISTRATORS)
ROLES_BY_KEY = {role.key: role for role in ROLES}
