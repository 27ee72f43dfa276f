from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollaborationConfig(AppConfig):
    """Concurrent editing: a save from an outdated edit form never overwrites newer work."""

    name = "collaboration"
    verbose_name = _("Collaboration")
