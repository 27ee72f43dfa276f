"""What the review reminders sent, so that an owner is not reminded twice in a week."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReviewReminder(models.Model):
    """One reminder email sent to a content owner, listing their overdue pages."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("content owner"),
        on_delete=models.CASCADE,
        related_name="review_reminders",
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    email = models.EmailField(_("email address"))
    page_ids = models.JSONField(_("pages"), default=list)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")

    def __str__(self):
        return f"{self.email} {self.sent_at:%Y-%m-%d %H:%M}"
