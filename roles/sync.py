"""Create and update the role groups and their permissions from the directorates in the tree.

``sync_roles()`` is idempotent: a second run changes nothing. For every group it manages
(recorded in ``roles.models.ManagedGroup``) it makes the group's model, page and collection
permissions *exactly* those of ``roles.definitions``: what is missing is granted, what is no
longer due is withdrawn (a project whose lead directorate changed, a directorate deleted).
Groups it does not manage are never read or written. To give someone an exception, put them
in another group: a hand-made grant on a managed group is withdrawn by the next sync.

A group is managed once the sync has created it, or has taken over the existing group that
bears the role's name (the demo loader creates its groups that way before calling the sync).
"""

import logging
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page

from pages.models import DirectoratePage, HomePage, PolicyIndexPage, ProjectPage, RoadmapPage
from roles import definitions
from roles.models import ManagedGroup
from workflows.sync import sync_workflows

logger = logging.getLogger(__name__)


@dataclass
class GroupChange:
    """What one sync did to one group."""

    name: str
    created: bool = False
    renamed_from: str | None = None
    added: int = 0
    removed: int = 0
    orphaned: bool = False

    @property
    def changed(self):
        return self.created or self.renamed_from is not None or self.added or self.removed


@dataclass
class SyncReport:
    """What ``sync_roles`` changed, group by group."""

    groups: list[GroupChange] = field(default_factory=list)

    @property
    def changed(self):
        return any(group.changed for group in self.groups)

    @property
    def managed(self):
        return sum(not group.orphaned for group in self.groups)

    @property
    def created(self):
        return sum(group.created for group in self.groups)

    @property
    def renamed(self):
        return sum(group.renamed_from is not None for group in self.groups)

    @property
    def permissions_added(self):
        return sum(group.added for group in self.groups)

    @property
    def permissions_removed(self):
        return sum(group.removed for group in self.groups)


def sync_roles():
    """Bring every managed group in line with ``roles.definitions``; return a ``SyncReport``.

    It then syncs the review workflow (``workflows.sync``), whose tasks find their reviewers
    among these groups.
    """
    with transaction.atomic():
        report = _RoleSync().run()
        sync_workflows()
        return report


class _RoleSync:
    def __init__(self):
        self.locale = Locale.get_default()
        self.root_collection = Collection.get_first_root_node()
        self.report = SyncReport()
        self._permissions = {
            (app_label, codename): pk
            for pk, app_label, codename in Permission.objects.values_list(
                "pk", "content_type__app_label", "codename"
            )
        }
        self._site_scopes = {
            definitions.HOME: self._with_translations(HomePage.objects.filter(locale=self.locale)),
            definitions.ROADMAP: self._with_translations(
                RoadmapPage.objects.filter(locale=self.locale)
            ),
            definitions.POLICIES: self._with_translations(
                PolicyIndexPage.objects.filter(locale=self.locale)
            ),
            definitions.ROOT: {Page.get_first_root_node().pk},
        }

    def run(self):
        directorates = list(DirectoratePage.objects.filter(locale=self.locale).order_by("path"))
        synced = set()
        for role in definitions.ROLES:
            for directorate in directorates if role.per_directorate else [None]:
                synced.add(self._sync_group(role, directorate))
        for managed in (
            ManagedGroup.objects.exclude(group_id__in=synced).select_related("group").order_by("pk")
        ):
            change = GroupChange(name=managed.group.name, orphaned=True)
            change.added, change.removed = self._reconcile(managed.group, set(), set(), set())
            self.report.groups.append(change)
        return self.report

    # Groups --------------------------------------------------------------------------------

    def _sync_group(self, role, directorate):
        group, change = self._group(role, directorate)
        model_permissions = {self._permission(key) for key in role.model_permissions}
        page_permissions = {
            (page_id, self._permission(("wagtailcore", codename)))
            for scope, codenames in role.page_grants
            for page_id in self._scope(scope, directorate)
            for codename in codenames
        }
        collection_permissions = {
            (self.root_collection.pk, self._permission(key)) for key in role.collection_permissions
        }
        change.added, change.removed = self._reconcile(
            group, model_permissions, page_permissions, collection_permissions
        )
        self.report.groups.append(change)
        if change.changed:
            logger.info(
                "Role group %s: created=%s renamed_from=%s +%d -%d",
                group.name,
                change.created,
                change.renamed_from,
                change.added,
                change.removed,
            )
        return group.pk

    def _group(self, role, directorate):
        """The managed group of ``role`` (for ``directorate``), found, renamed or created."""
        name = role.group_name(directorate.title if directorate else None)
        managed = (
            ManagedGroup.objects.filter(role=role.key, directorate=directorate)
            .select_related("group")
            .first()
        )
        if managed is not None:
            group = managed.group
            change = GroupChange(name=group.name)
            if group.name != name and not Group.objects.filter(name=name).exists():
                change.renamed_from, change.name = group.name, name
                group.name = name
                group.save(update_fields=["name"])
            return group, change

        group = Group.objects.filter(name=name).first()
        if group is not None and ManagedGroup.objects.filter(group=group).exists():
            # Two directorates share a title: tell their groups apart by the page id.
            name = f"{name} ({directorate.pk})"
            group = Group.objects.filter(name=name).first()
        created = group is None
        if created:
            group = Group.objects.create(name=name)
        ManagedGroup.objects.create(group=group, role=role.key, directorate=directorate)
        return group, GroupChange(name=name, created=created)

    # Permissions ---------------------------------------------------------------------------

    def _reconcile(self, group, model_permissions, page_permissions, collection_permissions):
        """Make the group's permissions exactly the given sets; return (added, removed)."""
        added = removed = 0

        current = set(group.permissions.values_list("pk", flat=True))
        group.permissions.add(*(model_permissions - current))
        group.permissions.remove(*(current - model_permissions))
        added += len(model_permissions - current)
        removed += len(current - model_permissions)

        for model, target, wanted in (
            (GroupPagePermission, "page_id", page_permissions),
            (GroupCollectionPermission, "collection_id", collection_permissions),
        ):
            rows = {
                (target_id, permission_id): pk
                for pk, target_id, permission_id in model.objects.filter(group=group).values_list(
                    "pk", target, "permission_id"
                )
            }
            missing = sorted(wanted - rows.keys())
            model.objects.bulk_create(
                model(group=group, **{target: target_id}, permission_id=permission_id)
                for target_id, permission_id in missing
            )
            stale = [pk for key, pk in rows.items() if key not in wanted]
            model.objects.filter(pk__in=stale).delete()
            added += len(missing)
            removed += len(stale)
        return added, removed

    def _permission(self, key):
        try:
            return self._permissions[key]
        except KeyError:
            raise ImproperlyConfigured(
                f"roles.definitions grants the permission {'.'.join(key)}, which does not "
                "exist: is its app installed and migrated?"
            ) from None

    # Scopes --------------------------------------------------------------------------------

    def _scope(self, scope, directorate):
        """The ids of the pages a grant of ``scope`` is given on."""
        if scope == definitions.DIRECTORATE:
            return self._with_translations([directorate])
        if scope == definitions.LED_PROJECTS:
            return self._with_translations(ProjectPage.objects.filter(lead_directorate=directorate))
        return self._site_scopes[scope]

    @staticmethod
    def _with_translations(pages):
        """The ids of ``pages`` and of their translations in every locale."""
        keys = [page.translation_key for page in pages]
        return set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))
