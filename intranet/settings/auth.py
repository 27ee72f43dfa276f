"""Sign-in: local accounts, the métropole's directory (LDAP / Active Directory) and OIDC.

Imported at the end of ``base`` so that every environment shares it. Everything comes from
environment variables (see the README's table):

- ``LDAP_SERVER_URI`` turns on directory sign-in through django-auth-ldap (the ``ldap`` extra);
- ``OIDC_RP_CLIENT_ID`` turns on OIDC sign-in through mozilla-django-oidc;
- ``LDAP_GROUP_MAPPING`` maps directory groups (LDAP DNs or OIDC group claims) to our role
  groups, for both.

Django's ``ModelBackend`` always comes last, so local accounts (administrators) can sign in
even when the directory is down or not configured. The builders are plain functions of an
environment mapping so that the tests apply exactly the same configuration to their own
OpenLDAP server.
"""

import json
import os

from django.core.exceptions import ImproperlyConfigured

LDAP_BACKEND = "directory.ldap_backend.DirectoryLDAPBackend"
OIDC_BACKEND = "directory.oidc_backend.DirectoryOIDCBackend"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"

# LDAP_GROUP_TYPE → (group type class name in django_auth_ldap.config, group search filter)
LDAP_GROUP_TYPES = {
    "active_directory": ("NestedActiveDirectoryGroupType", "(objectClass=group)"),
    "group_of_names": ("GroupOfNamesType", "(objectClass=groupOfNames)"),
    "nested_group_of_names": ("NestedGroupOfNamesType", "(objectClass=groupOfNames)"),
}


def _env_bool(environ, name, default=False):
    return environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def parse_group_mapping(raw):
    """Parse ``LDAP_GROUP_MAPPING``: a JSON object from directory group to role group name(s).

    Keys are LDAP group DNs (compared case-insensitively) or OIDC group claim values; each
    value is one group name or a list of names, for example
    ``{"cn=ess-mobilites,ou=groups,dc=nantesmetropole,dc=fr": "Rédacteurs — Direction des
    Mobilités"}``. Returns ``{key: [names]}``; an empty string gives an empty mapping.
    """
    if not raw or not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ImproperlyConfigured(f"LDAP_GROUP_MAPPING is not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise ImproperlyConfigured("LDAP_GROUP_MAPPING must be a JSON object.")
    mapping = {}
    for key, value in data.items():
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise ImproperlyConfigured(
                f"LDAP_GROUP_MAPPING[{key!r}] must be a group name or a list of group names."
            )
        mapping[key] = names
    return mapping


def ldap_settings(environ):
    """The ``AUTH_LDAP_*`` settings for ``environ``, or ``{}`` when LDAP_SERVER_URI is unset."""
    uri = environ.get("LDAP_SERVER_URI", "").strip()
    if not uri:
        return {}
    try:
        import ldap
        from django_auth_ldap import config as ldap_config
    except ImportError as error:
        raise ImproperlyConfigured(
            "LDAP_SERVER_URI is set but django-auth-ldap is not installed: "
            "run `make directory-deps` then `pip install -e '.[ldap]'`."
        ) from error

    user_base = environ.get("LDAP_USER_SEARCH_BASE", "").strip()
    if not user_base:
        raise ImproperlyConfigured("LDAP_USER_SEARCH_BASE is required with LDAP_SERVER_URI.")
    user_attribute = environ.get("LDAP_USER_ATTRIBUTE", "sAMAccountName").strip()
    user_filter = environ.get("LDAP_USER_FILTER", "").strip() or f"({user_attribute}=%(user)s)"
    group_base = environ.get("LDAP_GROUP_SEARCH_BASE", "").strip() or user_base
    group_type = environ.get("LDAP_GROUP_TYPE", "active_directory").strip()
    if group_type not in LDAP_GROUP_TYPES:
        raise ImproperlyConfigured(
            f"LDAP_GROUP_TYPE must be one of {', '.join(LDAP_GROUP_TYPES)}, not {group_type!r}."
        )
    group_type_class, group_filter = LDAP_GROUP_TYPES[group_type]
    try:
        timeout = float(environ.get("LDAP_TIMEOUT", "3"))
    except ValueError as error:
        raise ImproperlyConfigured("LDAP_TIMEOUT must be a number of seconds.") from error

    return {
        "AUTH_LDAP_SERVER_URI": uri,
        "AUTH_LDAP_BIND_DN": environ.get("LDAP_BIND_DN", ""),
        "AUTH_LDAP_BIND_PASSWORD": environ.get("LDAP_BIND_PASSWORD", ""),
        "AUTH_LDAP_START_TLS": _env_bool(environ, "LDAP_START_TLS"),
        "AUTH_LDAP_USER_SEARCH": ldap_config.LDAPSearch(user_base, ldap.SCOPE_SUBTREE, user_filter),
        "AUTH_LDAP_GROUP_SEARCH": ldap_config.LDAPSearch(
            group_base, ldap.SCOPE_SUBTREE, environ.get("LDAP_GROUP_FILTER", "") or group_filter
        ),
        "AUTH_LDAP_GROUP_TYPE": getattr(ldap_config, group_type_class)(),
        "AUTH_LDAP_USER_ATTR_MAP": {"first_name": "givenName", "last_name": "sn", "email": "mail"},
        "AUTH_LDAP_ALWAYS_UPDATE_USER": True,
        # Role groups are set from DIRECTORY_GROUP_MAPPING by directory.ldap_backend, not
        # mirrored one-to-one, and no permission comes from the directory itself.
        "AUTH_LDAP_MIRROR_GROUPS": False,
        "AUTH_LDAP_FIND_GROUP_PERMS": False,
        # A directory that is down must fail fast, not hang the sign-in page. Active Directory
        # returns referrals that python-ldap would chase anonymously: never follow them.
        "AUTH_LDAP_CONNECTION_OPTIONS": {
            ldap.OPT_NETWORK_TIMEOUT: timeout,
            ldap.OPT_TIMEOUT: timeout,
            ldap.OPT_REFERRALS: 0,
        },
    }


def oidc_settings(environ):
    """The mozilla-django-oidc settings for ``environ``; ``{}`` when OIDC_RP_CLIENT_ID is unset."""
    client_id = environ.get("OIDC_RP_CLIENT_ID", "").strip()
    if not client_id:
        return {}
    values = {"OIDC_RP_CLIENT_ID": client_id}
    for name in (
        "OIDC_RP_CLIENT_SECRET",
        "OIDC_OP_AUTHORIZATION_ENDPOINT",
        "OIDC_OP_TOKEN_ENDPOINT",
        "OIDC_OP_USER_ENDPOINT",
    ):
        value = environ.get(name, "").strip()
        if not value:
            raise ImproperlyConfigured(f"{name} is required with OIDC_RP_CLIENT_ID.")
        values[name] = value
    sign_algo = environ.get("OIDC_RP_SIGN_ALGO", "RS256").strip()
    jwks = environ.get("OIDC_OP_JWKS_ENDPOINT", "").strip()
    if sign_algo.startswith(("RS", "ES")) and not jwks:
        raise ImproperlyConfigured(f"OIDC_OP_JWKS_ENDPOINT is required with {sign_algo}.")
    values.update(
        OIDC_RP_SIGN_ALGO=sign_algo,
        OIDC_OP_JWKS_ENDPOINT=jwks or None,
        OIDC_RP_SCOPES=environ.get("OIDC_RP_SCOPES", "openid email profile"),
        OIDC_GROUPS_CLAIM=environ.get("OIDC_GROUPS_CLAIM", "groups").strip(),
        OIDC_USE_PKCE=True,
        # A failed OIDC sign-in comes back to the sign-in page, which stays usable.
        LOGIN_REDIRECT_URL_FAILURE="/connexion/",
    )
    return values


DIRECTORY_GROUP_MAPPING = parse_group_mapping(os.environ.get("LDAP_GROUP_MAPPING", ""))

_ldap = ldap_settings(os.environ)
_oidc = oidc_settings(os.environ)
globals().update(_ldap)
globals().update(_oidc)
LDAP_ENABLED = bool(_ldap)
OIDC_ENABLED = bool(_oidc)

AUTHENTICATION_BACKENDS = [
    *([LDAP_BACKEND] if LDAP_ENABLED else []),
    *([OIDC_BACKEND] if OIDC_ENABLED else []),
    MODEL_BACKEND,  # local accounts, administrators first: the fallback that always works
]

# Wagtail's own sign-in page tells about a directory that is down, like /connexion/.
WAGTAILADMIN_USER_LOGIN_FORM = "directory.forms.AdminLoginForm"

del _ldap, _oidc
