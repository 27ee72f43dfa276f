from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """Sign-in through the métropole's directory (LDAP, OIDC) and the audit of sign-ins."""

    name = "directory"
    verbose_name = _("Directory sign-in")

    def ready(self):
        from directory import signals

        signals.connect()
