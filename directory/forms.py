"""Sign-in forms that say so when the directory does not answer."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from directory.signals import DIRECTORY_UNAVAILABLE_ATTR

DIRECTORY_UNAVAILABLE_MESSAGE = _(
    "The métropole's directory is not responding, so directory accounts cannot sign in right "
    "now. Please try again in a few minutes; local accounts remain usable."
)


class DirectoryUnavailableMixin:
    """Replace the failed sign-in message when the directory did not answer.

    Wrong passwords and unknown users keep Django's standard message, which reveals nothing.
    """

    def get_invalid_login_error(self):
        if getattr(self.request, DIRECTORY_UNAVAILABLE_ATTR, False):
            return forms.ValidationError(
                DIRECTORY_UNAVAILABLE_MESSAGE, code="directory_unavailable"
            )
        return super().get_invalid_login_error()


class SignInForm(DirectoryUnavailableMixin, AuthenticationForm):
    """The form of /connexion/."""


class AdminLoginForm(DirectoryUnavailableMixin, LoginForm):
    """The form of Wagtail's /admin/login/ (``WAGTAILADMIN_USER_LOGIN_FORM``)."""
