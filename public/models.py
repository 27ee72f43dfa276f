"""API keys of the public website and the record of what was handed over to it.

Keys are stored as SHA-256 hashes: the clear key is shown once, when an administrator creates
it, and cannot be read again. A hand-off records, per page and channel, which revision the public
website last received, so the communications view can tell what changed since.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEY_PREFIX_LENGTH = 8


def hash_key(clear_key):
    return hashlib.sha256(clear_key.encode()).hexdigest()


class ApiKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)

    def authenticate(self, clear_key):
        """The active key matching ``clear_key``, or None."""
        if not clear_key:
            return None
        return self.active().filter(key_hash=hash_key(clear_key.strip())).first()


class ApiKey(models.Model):
    """A key the public website (or another consumer) uses to read the public API and feeds."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("Who uses this key, e.g. « Site public (prod) ».")
    )
    prefix = models.CharField(_("prefix"), max_length=KEY_PREFIX_LENGTH, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    def set_new_key(self):
        """Give this key a new secret and return it in clear: the only time it can be read."""
        clear_key = secrets.token_urlsafe(32)
        self.prefix = clear_key[:KEY_PREFIX_LENGTH]
        self.key_hash = hash_key(clear_key)
        return clear_key

    @property
    def is_active(self):
        return self.revoked_at is None

    def revoke(self):
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])


class HandOffChannel(models.TextChoices):
    API = "api", _("Public API")
    EXPORT = "export", _("Static export")


class HandOff(models.Model):
    """The revision of a page the public website last received through a channel."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="public_handoffs"
    )
    channel = models.CharField(_("channel"), max_length=16, choices=HandOffChannel.choices)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handed_at = models.DateTimeField(_("handed over at"), default=timezone.now)

    class Meta:
        verbose_name = _("hand-off")
        verbose_name_plural = _("hand-offs")
        constraints = [
            models.UniqueConstraint(fields=["page", "channel"], name="public_handoff_per_channel")
        ]

    def __str__(self):
        return f"{self.page_id} ({self.channel}): {self.revision_id}"
