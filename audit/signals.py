"""Receivers that log permission changes to Wagtail's audit log.

The acting user comes from Wagtail's ``LogContext``, which the admin activates for every
admin view; changes made by commands (``sync_roles``, the directory sign-in) are logged
without a user. ``bulk_create`` sends no signal, and Wagtail's group form removes and re-adds
the permissions it does not show: the group admin views therefore log the difference between
before and after themselves (``audit.views``), with the group receivers here switched off.
"""

from contextlib import contextmanager

from asgiref.local import Local
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.log_actions import log
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from audit import actions

User = get_user_model()
FLAGS = tuple(actions.FLAG_LABELS)
_state = Local()


@contextmanager
def group_receivers_off():
    """Within this block, group permission changes are logged by the caller, not here."""
    _state.off = True
    try:
        yield
    finally:
        _state.off = False


def _group_receivers_off():
    return getattr(_state, "off", False)


def permission_name(permission):
    return f"{permission.content_type.app_label}.{permission.codename}"


def page_permission_item(record):
    page = record.page.get_admin_display_title()
    return f"{page} (#{record.page_id}) — {record.permission.codename}"


def collection_permission_item(record):
    collection = record.collection.name
    return f"{collection} (#{record.collection_id}) — {record.permission.codename}"


def log_items(instance, action, items):
    if items and instance.pk is not None:
        log(instance=instance, action=action, data={"items": sorted(items)})


# Group membership, from either side (user.groups or group.user_set).


def _membership_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action == "pre_clear":
        related = instance.user_set.all() if reverse else instance.groups.all()
        instance._audit_cleared_pks = set(related.values_list("pk", flat=True))
        return
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if action == "post_clear":
        pk_set = getattr(instance, "_audit_cleared_pks", set())
    added = action == "post_add"
    log_action = actions.USER_GROUPS_ADDED if added else actions.USER_GROUPS_REMOVED
    if reverse:  # group.user_set changed: one entry per user
        for user in User.objects.filter(pk__in=pk_set or ()):
            log_items(user, log_action, [instance.name])
    else:
        names = Group.objects.filter(pk__in=pk_set or ()).values_list("name", flat=True)
        log_items(instance, log_action, list(names))


m2m_changed.connect(_membership_changed, sender=User.groups.through)


def _permissions_changed(on_group):
    added_action = actions.GROUP_PERMISSIONS_ADDED if on_group else actions.USER_PERMISSIONS_ADDED
    removed_action = (
        actions.GROUP_PERMISSIONS_REMOVED if on_group else actions.USER_PERMISSIONS_REMOVED
    )

    def receiver_(sender, instance, action, reverse, pk_set, **kwargs):
        if reverse or (on_group and _group_receivers_off()):
            # reverse: permission.group_set / permission.user_set, rare, from code only
            return
        if action == "pre_clear":
            instance._audit_cleared_permission_pks = set(
                instance.permissions.values_list("pk", flat=True)
                if on_group
                else instance.user_permissions.values_list("pk", flat=True)
            )
            return
        if action == "post_clear":
            pk_set = getattr(instance, "_audit_cleared_permission_pks", set())
        elif action not in {"post_add", "post_remove"}:
            return
        permissions = Permission.objects.filter(pk__in=pk_set or ()).select_related("content_type")
        items = [permission_name(p) for p in permissions]
        log_items(instance, added_action if action == "post_add" else removed_action, items)

    return receiver_


_group_permissions_changed = _permissions_changed(on_group=True)
_user_permissions_changed = _permissions_changed(on_group=False)
m2m_changed.connect(_group_permissions_changed, sender=Group.permissions.through)
m2m_changed.connect(_user_permissions_changed, sender=User.user_permissions.through)


# Superuser, staff and active flags.


@receiver(pre_save, sender=User)
def _remember_flags(sender, instance, raw=False, update_fields=None, **kwargs):
    # A sign-in saves only last_login: nothing to compare.
    skip = update_fields is not None and not set(update_fields) & set(FLAGS)
    if raw or skip or instance.pk is None:
        instance._audit_old_flags = None
        return
    old = User.objects.filter(pk=instance.pk).values(*FLAGS).first()
    instance._audit_old_flags = old


@receiver(post_save, sender=User)
def _log_flags(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    old = getattr(instance, "_audit_old_flags", None)
    if created:
        old = dict.fromkeys(FLAGS, False) | {"is_active": True}
    if old is None:
        return
    changes = {
        flag: [old[flag], getattr(instance, flag)]
        for flag in FLAGS
        if old[flag] != getattr(instance, flag)
    }
    if changes:
        log(instance=instance, action=actions.USER_FLAGS_CHANGED, data={"changes": changes})


# Page and collection permissions of groups.


@receiver(post_save, sender=GroupPagePermission)
def _page_permission_added(sender, instance, created, raw=False, **kwargs):
    if created and not raw and not _group_receivers_off():
        log_items(
            instance.group, actions.GROUP_PAGE_PERMISSION_ADDED, [page_permission_item(instance)]
        )


@receiver(post_delete, sender=GroupPagePermission)
def _page_permission_removed(sender, instance, **kwargs):
    if _group_receivers_off():
        return
    log_items(
        instance.group, actions.GROUP_PAGE_PERMISSION_REMOVED, [page_permission_item(instance)]
    )


@receiver(post_save, sender=GroupCollectionPermission)
def _collection_permission_added(sender, instance, created, raw=False, **kwargs):
    if created and not raw and not _group_receivers_off():
        log_items(
            instance.group,
            actions.GROUP_COLLECTION_PERMISSION_ADDED,
            [collection_permission_item(instance)],
        )


@receiver(post_delete, sender=GroupCollectionPermission)
def _collection_permission_removed(sender, instance, **kwargs):
    if _group_receivers_off():
        return
    log_items(
        instance.group,
        actions.GROUP_COLLECTION_PERMISSION_REMOVED,
        [collection_permission_item(instance)],
    )
