from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnePagersConfig(AppConfig):
    """Printable one-pagers (HTML and PDF) of levers, sectors and projects, for the press."""

    name = "onepagers"
    verbose_name = _("One-pagers")
