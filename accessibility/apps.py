from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    """Accessibility checks before publication (RGAA / WCAG 2.1 AA).

    The same rules run in the editor (Wagtail's content checker, see ``userbar``) and on the
    server (``checks.check_page``), so what communications staff see flagged in a listing is
    what editors see in the preview.
    """

    name = "accessibility"
    verbose_name = _("Accessibility")
