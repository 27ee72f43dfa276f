"""The audit trail of sign-ins: one row per successful or failed attempt, never a password."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SignInSource(models.TextChoices):
    LOCAL = "local", _("Local account")
    LDAP = "ldap", _("Directory (LDAP)")
    OIDC = "oidc", _("Single sign-on (OIDC)")


class SignInEvent(models.Model):
    """A sign-in or a failed sign-in, recorded from Django's authentication signals.

    ``username`` is what the person typed (or the account's username on success), so failed
    attempts on unknown names are visible too. For a failure through the sign-in form, the
    source is the directory when one is configured (the form tries it first), local otherwise.
    """

    time = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sign_in_events",
    )
    username = models.CharField(_("username"), max_length=150, blank=True, db_index=True)
    success = models.BooleanField(_("success"))
    source = models.CharField(_("source"), max_length=10, choices=SignInSource.choices)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    directory_unavailable = models.BooleanField(_("directory unavailable"), default=False)

    class Meta:
        ordering = ["-time"]
        verbose_name = _("sign-in event")
        verbose_name_plural = _("sign-in events")

    def __str__(self):
        outcome = _("sign-in") if self.success else _("failed sign-in")
        return f"{outcome} {self.username} {self.time:%Y-%m-%d %H:%M:%S}"
