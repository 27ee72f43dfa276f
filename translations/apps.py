from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translation of the French content with wagtail-localize: locales from the settings,
    synchronised trees, and the « État des traductions » report."""

    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from translations import signals  # noqa: F401
