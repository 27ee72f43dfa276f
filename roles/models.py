"""Which groups the role sync manages, so that it can rename them and never touch the others."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class ManagedGroup(models.Model):
    """A group whose permissions ``roles.sync.sync_roles`` owns.

    A directorate's group is tied to the directorate page, not to its title: when the
    directorate is renamed, the sync renames the group and its members keep their rights.
    When the directorate is deleted, ``directorate`` becomes empty and the sync strips the
    group of every permission (it keeps the group and its members for the record).
    """

    group = models.OneToOneField(
        Group,
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="managed_role",
    )
    role = models.CharField(_("role"), max_length=32)
    directorate = models.ForeignKey(
        "pages.DirectoratePage",
        verbose_name=_("directorate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("managed group")
        verbose_name_plural = _("managed groups")

    def __str__(self):
        return self.group.name
