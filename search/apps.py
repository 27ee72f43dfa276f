from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        # Connect the cache-clearing signal receivers.
        from search import suggestions, synonyms  # noqa: F401
