"""Sign-in through the métropole's LDAP / Active Directory (django-auth-ldap).

Only imported when ``LDAP_SERVER_URI`` is set (``AUTHENTICATION_BACKENDS``) or by the tests:
django-auth-ldap is an optional extra because python-ldap compiles against libldap.
"""

import logging

import ldap
from django_auth_ldap.backend import LDAPBackend, _LDAPUser

from directory.groups import sync_role_groups

logger = logging.getLogger(__name__)

# The errors that mean "the directory does not answer", as opposed to "wrong credentials".
UNAVAILABLE_ERRORS = (ldap.SERVER_DOWN, ldap.TIMEOUT, ldap.CONNECT_ERROR)


class DirectoryLDAPBackend(LDAPBackend):
    """django-auth-ldap's backend, plus role groups from ``DIRECTORY_GROUP_MAPPING``.

    A local account (one with a usable password, such as an administrator's) is never taken
    over by a directory entry of the same name: the directory refuses it and Django's
    ``ModelBackend`` checks the local password instead.
    """

    def get_or_build_user(self, username, ldap_user):
        user, built = super().get_or_build_user(username, ldap_user)
        if not built and user.has_usable_password():
            raise _LDAPUser.AuthenticationFailed(f"{username} is a local account")
        return user, built

    def authenticate_ldap_user(self, ldap_user, password):
        user = super().authenticate_ldap_user(ldap_user, password)
        if user is not None:
            try:
                group_dns = ldap_user.group_dns
            except ldap.LDAPError as error:
                # Signed in, but the groups cannot be read: keep the roles held until now.
                logger.warning("Could not read the directory groups of %s: %s", user, error)
            else:
                sync_role_groups(user, group_dns)
        return user
