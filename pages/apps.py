from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Roadmap content")

    def ready(self):
        from pages import visibility  # noqa: F401 (connects the cache invalidation receivers)
