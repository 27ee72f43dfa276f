from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AuditConfig(AppConfig):
    """Permission changes written to Wagtail's audit log (see ``audit.signals``)."""

    name = "audit"
    verbose_name = _("Audit")

    def ready(self):
        from audit import signals  # noqa: F401  (connects the receivers)


class AuditedUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with a group viewset that also logs permissions it bulk-creates.

    Wagtail's documented way to customise group views: listed in ``INSTALLED_APPS`` in place
    of ``wagtail.users``.
    """

    group_viewset = "audit.views.AuditedGroupViewSet"
