"""Wagtail's group views, logging the permissions a save really granted or revoked.

Wagtail's group form clears and re-adds the model permissions it does not show, and its page
and collection permission panels save with ``bulk_create`` (no signal). So the views compare
the group's permissions before and after the save and log the difference, with the group
receivers of ``audit.signals`` switched off meanwhile.
"""

from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.users.views import groups

from audit import actions
from audit.signals import (
    collection_permission_item,
    group_receivers_off,
    log_items,
    page_permission_item,
    permission_name,
)


def permission_snapshot(group):
    """Every permission of ``group``, as readable items by kind."""
    if group.pk is None:
        return {"model": set(), "page": set(), "collection": set()}
    return {
        "model": {permission_name(p) for p in group.permissions.select_related("content_type")},
        "page": {
            page_permission_item(r)
            for r in GroupPagePermission.objects.filter(group=group).select_related(
                "page", "permission"
            )
        },
        "collection": {
            collection_permission_item(r)
            for r in GroupCollectionPermission.objects.filter(group=group).select_related(
                "collection", "permission"
            )
        },
    }


LOG_ACTIONS = {
    "model": (actions.GROUP_PERMISSIONS_ADDED, actions.GROUP_PERMISSIONS_REMOVED),
    "page": (actions.GROUP_PAGE_PERMISSION_ADDED, actions.GROUP_PAGE_PERMISSION_REMOVED),
    "collection": (
        actions.GROUP_COLLECTION_PERMISSION_ADDED,
        actions.GROUP_COLLECTION_PERMISSION_REMOVED,
    ),
}


class AuditedPermissionPanelsMixin:
    def process_form(self):
        before = permission_snapshot(self.object)
        with group_receivers_off():
            response = super().process_form()
        after = permission_snapshot(self.object)
        for kind, (added_action, removed_action) in LOG_ACTIONS.items():
            log_items(self.object, added_action, after[kind] - before[kind])
            log_items(self.object, removed_action, before[kind] - after[kind])
        return response


class AuditedCreateView(AuditedPermissionPanelsMixin, groups.CreateView):
    pass


class AuditedEditView(AuditedPermissionPanelsMixin, groups.EditView):
    pass


class AuditedGroupViewSet(groups.GroupViewSet):
    add_view_class = AuditedCreateView
    edit_view_class = AuditedEditView
