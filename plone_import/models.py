"""What the Plone import has brought across, keyed by Plone UID.

One row per imported Plone item links its UID to the object it became (a page, a document, an
image, a redirect), so that a second run updates instead of duplicating and a stopped run
resumes: items whose checksum has not changed since they were completely imported are skipped.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedObject(models.Model):
    """A Plone item (by UID) and the Wagtail object it was imported as."""

    uid = models.CharField(_("Plone UID"), max_length=64, unique=True)
    plone_path = models.CharField(_("Plone path"), max_length=1024, blank=True)
    plone_type = models.CharField(_("Plone type"), max_length=100, blank=True)
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    target = GenericForeignKey("content_type", "object_id")
    checksum = models.CharField(_("checksum"), max_length=64, blank=True)
    # False while internal links pointed to items not imported yet: the next run redoes it.
    complete = models.BooleanField(_("complete"), default=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        verbose_name = _("imported Plone item")
        verbose_name_plural = _("imported Plone items")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.plone_type} {self.plone_path} ({self.uid})"
