from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OwnershipConfig(AppConfig):
    """Content ownership: the « Pages à relire » report and the review reminder emails."""

    name = "ownership"
    verbose_name = _("Content ownership")
    default_auto_field = "django.db.models.BigAutoField"
