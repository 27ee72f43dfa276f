"""What Communications may do to a page, beyond Wagtail's tree permissions.

The « Communication » group holds change and publish rights on the whole tree
(``roles.definitions``), because Wagtail grants page permissions on subtrees, not on field
values. The rule of the issue — Communications edit and publish *content marked ready for
public* — is enforced here, and applied by the admin hooks of ``wagtail_hooks``:

- a member of Communication whose only right on a page comes from that group may not open
  the editor, publish, unpublish or delete a page that is not marked ready for public;
- content marked ready for public is published after the Communications review: only
  Communications (and administrators) publish it directly, the others submit it (its
  directorate's approvers may still unpublish or delete it).

A member of Communication who also holds a right on the page through another group (an
approver of the directorate, say) keeps that right.
"""

from wagtail.models import GroupPagePermission

from pages.models import Audience
from workflows.ownership import communication_groups

EDIT_CODENAMES = ("add_page", "change_page", "publish_page")
PUBLISH_CODENAMES = ("publish_page",)


def is_public_ready(page):
    return getattr(page.specific, "audience", None) == Audience.PUBLIC


def in_communication(user):
    return user.groups.filter(pk__in=communication_groups()).exists()


def has_other_right(user, page, codenames):
    """Whether a group other than Communication grants ``user`` one of ``codenames`` on ``page``."""
    return (
        GroupPagePermission.objects.filter(
            group__user=user,
            page__in=page.get_ancestors(inclusive=True),
            permission__codename__in=codenames,
        )
        .exclude(group__in=communication_groups())
        .exists()
    )


def communication_may(user, page, codenames):
    """False when ``user`` acts on an internal page through Communication rights only."""
    if user.is_superuser or is_public_ready(page) or not in_communication(user):
        return True
    return has_other_right(user, page, codenames)


def may_edit(user, page):
    return communication_may(user, page, EDIT_CODENAMES)


def may_take_down(user, page):
    """Whether ``user`` may unpublish or delete ``page``."""
    return communication_may(user, page, PUBLISH_CODENAMES)


def may_publish(user, page):
    """Whether ``user`` may publish ``page`` directly, without the review workflow."""
    if not may_take_down(user, page):
        return False
    return not is_public_ready(page) or user.is_superuser or in_communication(user)
