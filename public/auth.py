"""Authentication of the public API and feeds by API key, never by a staff session.

The key comes in ``Authorization: Bearer <key>`` or ``X-Api-Key: <key>``; feed readers that
cannot send headers may pass ``?key=<key>`` to the Atom feeds only.
"""

from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import BasePermission

from public.models import ApiKey

LAST_USED_PRECISION = timedelta(minutes=5)


def key_from_headers(request):
    """The clear key sent in the headers of a Django request, or None."""
    authorization = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _sep, credentials = authorization.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return request.META.get("HTTP_X_API_KEY") or None


def authenticate_key(clear_key):
    """The active ``ApiKey`` for ``clear_key`` (its last use noted), or None."""
    api_key = ApiKey.objects.authenticate(clear_key)
    if api_key is not None:
        now = timezone.now()
        if api_key.last_used_at is None or now - api_key.last_used_at > LAST_USED_PRECISION:
            ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=now)
    return api_key


class ApiKeyAuthentication(BaseAuthentication):
    """DRF authentication by API key; the request's user stays anonymous."""

    def authenticate(self, request):
        clear_key = key_from_headers(request._request)
        if clear_key is None:
            return None
        api_key = authenticate_key(clear_key)
        if api_key is None:
            raise AuthenticationFailed(_("Invalid or revoked API key."))
        return (AnonymousUser(), api_key)

    def authenticate_header(self, request):
        return 'Bearer realm="public-api"'


class HasApiKey(BasePermission):
    """Lets through only requests authenticated by an API key."""

    message = _("An API key is required.")

    def has_permission(self, request, view):
        return isinstance(request.auth, ApiKey)
