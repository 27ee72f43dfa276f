"""Directory groups → role groups, the same mapping for LDAP and OIDC.

``settings.DIRECTORY_GROUP_MAPPING`` (from ``LDAP_GROUP_MAPPING``) maps a directory group
(an LDAP DN, or a value of the OIDC groups claim) to one or more of our role groups
("Rédacteurs — Direction des Mobilités", "Lecteurs"…). At every directory sign-in the user's
*mapped* role groups are set to exactly what the directory says; groups that appear in no
mapping (given by hand in the admin) are left alone.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import Group

logger = logging.getLogger(__name__)


def normalise_group_key(key):
    """Compare DNs the way directories do: case-insensitive, spaces around commas ignored."""
    return ",".join(part.strip() for part in str(key).split(",")).casefold()


def role_group_names(directory_groups, mapping=None):
    """The role group names that ``directory_groups`` map to, and all the mapped names."""
    mapping = settings.DIRECTORY_GROUP_MAPPING if mapping is None else mapping
    by_key = {normalise_group_key(key): names for key, names in mapping.items()}
    granted = set()
    for group in directory_groups:
        granted.update(by_key.get(normalise_group_key(group), []))
    managed = {name for names in mapping.values() for name in names}
    return granted, managed


def sync_role_groups(user, directory_groups, mapping=None):
    """Give ``user`` (saved) the role groups of ``directory_groups``; return (added, removed).

    A mapped role group missing from the database is logged and skipped: roles are created by
    their own command, never here.
    """
    granted, managed = role_group_names(directory_groups, mapping)
    existing = {group.name: group for group in Group.objects.filter(name__in=managed)}
    for name in sorted(granted - existing.keys()):
        logger.warning("Directory group mapping names a missing group: %s", name)
    current = set(user.groups.filter(name__in=managed).values_list("name", flat=True))
    to_add = (granted & existing.keys()) - current
    to_remove = current - granted
    if to_add:
        user.groups.add(*(existing[name] for name in to_add))
    if to_remove:
        user.groups.remove(*(existing[name] for name in to_remove))
    return to_add, to_remove
