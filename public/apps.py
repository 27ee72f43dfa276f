from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicConfig(AppConfig):
    """The hand-off to the public website: public API, Atom feeds, static export, API keys."""

    name = "public"
    verbose_name = _("Public website")
