"""Audit log actions for permission changes, with French labels (registered in wagtail_hooks).

Every entry is logged on the object whose rights changed: the user (groups, direct
permissions, superuser/staff/active flags) or the group (model, page and collection
permissions). ``data`` keeps what changed, as names, so the entry stays readable after the
group, page or collection is renamed or deleted.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

USER_GROUPS_ADDED = "intranet.user.groups_added"
USER_GROUPS_REMOVED = "intranet.user.groups_removed"
USER_PERMISSIONS_ADDED = "intranet.user.permissions_added"
USER_PERMISSIONS_REMOVED = "intranet.user.permissions_removed"
USER_FLAGS_CHANGED = "intranet.user.flags_changed"
GROUP_PERMISSIONS_ADDED = "intranet.group.permissions_added"
GROUP_PERMISSIONS_REMOVED = "intranet.group.permissions_removed"
GROUP_PAGE_PERMISSION_ADDED = "intranet.group.page_permission_added"
GROUP_PAGE_PERMISSION_REMOVED = "intranet.group.page_permission_removed"
GROUP_COLLECTION_PERMISSION_ADDED = "intranet.group.collection_permission_added"
GROUP_COLLECTION_PERMISSION_REMOVED = "intranet.group.collection_permission_removed"

FLAG_LABELS = {
    "is_superuser": _("administrator (superuser)"),
    "is_staff": _("staff status"),
    "is_active": _("active account"),
}


class ItemsFormatter(LogFormatter):
    """« <message> : a, b » from ``data["items"]``."""

    def format_message(self, log_entry):
        items = ", ".join(log_entry.data.get("items", []))
        return f"{self.message} : {items}" if items else str(self.message)


class FlagsFormatter(LogFormatter):
    label = _("Change account status")

    def format_message(self, log_entry):
        parts = []
        for flag, (_old, new) in sorted(log_entry.data.get("changes", {}).items()):
            state = _("yes") if new else _("no")
            parts.append(f"{FLAG_LABELS.get(flag, flag)} → {state}")
        return _("Account status changed: %(changes)s") % {"changes": ", ".join(parts)}


def _items_formatter(label, message):
    return type("Formatter", (ItemsFormatter,), {"label": label, "message": message})


ITEM_ACTIONS = {
    USER_GROUPS_ADDED: (_("Add to groups"), _("Added to groups")),
    USER_GROUPS_REMOVED: (_("Remove from groups"), _("Removed from groups")),
    USER_PERMISSIONS_ADDED: (_("Grant user permissions"), _("User permissions granted")),
    USER_PERMISSIONS_REMOVED: (_("Revoke user permissions"), _("User permissions revoked")),
    GROUP_PERMISSIONS_ADDED: (_("Grant group permissions"), _("Group permissions granted")),
    GROUP_PERMISSIONS_REMOVED: (_("Revoke group permissions"), _("Group permissions revoked")),
    GROUP_PAGE_PERMISSION_ADDED: (_("Grant page permission"), _("Page permission granted")),
    GROUP_PAGE_PERMISSION_REMOVED: (_("Revoke page permission"), _("Page permission revoked")),
    GROUP_COLLECTION_PERMISSION_ADDED: (
        _("Grant collection permission"),
        _("Collection permission granted"),
    ),
    GROUP_COLLECTION_PERMISSION_REMOVED: (
        _("Revoke collection permission"),
        _("Collection permission revoked"),
    ),
}


def register(actions):
    """Register every action with Wagtail's log action registry."""
    for action, (label, message) in ITEM_ACTIONS.items():
        actions.register_action(action)(_items_formatter(label, message))
    actions.register_action(USER_FLAGS_CHANGED)(FlagsFormatter)
