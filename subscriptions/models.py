"""A person's subscriptions to roadmap items and the token that opens their private feeds."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class Subscription(models.Model):
    """One person following one lever, sector, project or directorate page.

    ``last_sent_at`` is the end of the window of the last digest: the next digest lists the
    updates first published after it (after ``created_at`` before the first digest), so no update
    is ever sent twice for the same subscription.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    frequency = models.CharField(
        _("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_sent_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="one_subscription_per_page")
        ]

    def __str__(self):
        return f"{self.user} → {self.page} ({self.frequency})"

    @property
    def window_start(self):
        """Updates first published after this moment are new for this subscription."""
        return self.last_sent_at or self.created_at


def hash_token(token):
    """The stored form of a feed token: only its SHA-256 digest is ever kept."""
    return hashlib.sha256(token.encode()).hexdigest()


class FeedToken(models.Model):
    """The secret that authenticates a person's Atom/RSS feeds, stored as a hash.

    Feed readers cannot sign in, so the token in the feed URL stands for its owner: the feeds
    show what the owner may see. Regenerating replaces the hash; revoking deletes the row, and
    every URL carrying the old token stops working at once.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="feed_token",
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now=True)

    class Meta:
        verbose_name = _("feed token")
        verbose_name_plural = _("feed tokens")

    def __str__(self):
        return str(self.user)

    @classmethod
    def issue(cls, user):
        """Create or replace ``user``'s token and return the clear token (shown only once)."""
        token = secrets.token_urlsafe(32)
        cls.objects.update_or_create(user=user, defaults={"token_hash": hash_token(token)})
        return token

    @classmethod
    def user_for(cls, token):
        """The active user a clear token belongs to, or ``None`` (unknown or revoked token)."""
        if not token or len(token) > 128:
            return None
        found = (
            cls.objects.select_related("user")
            .filter(token_hash=hash_token(token), user__is_active=True)
            .first()
        )
        return found.user if found else None
