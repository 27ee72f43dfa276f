"""Receivers: the audit of sign-ins and the "directory unavailable" flag on the request."""

import logging

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed

from directory.models import SignInEvent, SignInSource

logger = logging.getLogger(__name__)

# Set on the request when the directory did not answer during this sign-in attempt.
DIRECTORY_UNAVAILABLE_ATTR = "directory_unavailable"


def ldap_enabled():
    from intranet.settings.auth import LDAP_BACKEND

    return LDAP_BACKEND in settings.AUTHENTICATION_BACKENDS


def source_of_backend(backend_path):
    from intranet.settings.auth import LDAP_BACKEND, OIDC_BACKEND

    return {LDAP_BACKEND: SignInSource.LDAP, OIDC_BACKEND: SignInSource.OIDC}.get(
        backend_path or "", SignInSource.LOCAL
    )


def client_ip(request):
    """The address the request came from (the reverse proxy's, behind one)."""
    return (request.META.get("REMOTE_ADDR") or None) if request is not None else None


def record_sign_in(sender, request, user, **kwargs):
    SignInEvent.objects.create(
        user=user,
        username=user.get_username()[:150],
        success=True,
        source=source_of_backend(getattr(user, "backend", None)),
        ip_address=client_ip(request),
    )


def record_sign_in_failure(sender, credentials, request=None, **kwargs):
    # ``credentials`` has the password already masked by Django; only the username is kept.
    if "nonce" in credentials or "code_verifier" in credentials:
        source = SignInSource.OIDC
    elif ldap_enabled():
        source = SignInSource.LDAP
    else:
        source = SignInSource.LOCAL
    SignInEvent.objects.create(
        username=str(credentials.get("username") or "")[:150],
        success=False,
        source=source,
        ip_address=client_ip(request),
        directory_unavailable=getattr(request, DIRECTORY_UNAVAILABLE_ATTR, False),
    )


def flag_directory_unavailable(sender, context, user, request, exception, **kwargs):
    """django-auth-ldap's ``ldap_error``: remember on the request that the directory is down."""
    from directory.ldap_backend import UNAVAILABLE_ERRORS

    if isinstance(exception, UNAVAILABLE_ERRORS):
        logger.error("The directory does not answer (%s): %s", context, exception)
        if request is not None:
            setattr(request, DIRECTORY_UNAVAILABLE_ATTR, True)


def connect():
    user_logged_in.connect(record_sign_in, dispatch_uid="directory.record_sign_in")
    user_login_failed.connect(record_sign_in_failure, dispatch_uid="directory.record_failure")
    try:
        from django_auth_ldap.backend import ldap_error
    except ImportError:  # the optional `ldap` extra is not installed
        return
    ldap_error.connect(flag_directory_unavailable, dispatch_uid="directory.ldap_unavailable")
