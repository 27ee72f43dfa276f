"""Which directorate owns a page, and so whose approvers review it.

A project is owned by its lead directorate: that is where the approvers' tree permissions
are granted (``roles.definitions``, scope ``led_projects``). Any other page is owned by the
directorate named on it (``IntranetPage.directorate``) or, failing that, by the nearest
directorate above it in the tree. Pages of the roadmap and of the policies usually have no
owning directorate: they belong to the ESS coordination.
"""

from django.contrib.auth.models import Group

from pages.models import DirectoratePage, ProjectPage
from roles import definitions
from roles.models import ManagedGroup


def owning_directorate(page):
    """The ``DirectoratePage`` that answers for ``page``, or ``None``."""
    page = page.specific
    if isinstance(page, ProjectPage) and page.lead_directorate_id:
        return page.lead_directorate
    directorate_id = getattr(page, "directorate_id", None)
    if directorate_id:
        return DirectoratePage.objects.filter(pk=directorate_id).first()
    return DirectoratePage.objects.ancestor_of(page, inclusive=True).order_by("-depth").first()


def role_groups(role_key, directorate=None):
    """The managed groups of a role (for one directorate, in any locale of its page)."""
    managed = ManagedGroup.objects.filter(role=role_key)
    if directorate is not None:
        managed = managed.filter(directorate__translation_key=directorate.translation_key)
    return Group.objects.filter(pk__in=managed.values("group_id"))


def directorate_reviewer_groups(page):
    """The groups that approve ``page`` for its directorate.

    The « Approbateurs » group of the owning directorate; for a page no directorate owns
    (the roadmap, the policies), the « Coordination ESS » group that edits them.
    """
    directorate = owning_directorate(page)
    if directorate is None:
        return role_groups(definitions.COORDINATION.key)
    return role_groups(definitions.APPROVERS.key, directorate)


def communication_groups():
    """The « Communication » group(s)."""
    return role_groups(definitions.COMMUNICATION.key)
