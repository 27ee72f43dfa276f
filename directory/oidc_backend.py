"""Sign-in through the métropole's OIDC provider (mozilla-django-oidc)."""

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from directory.groups import sync_role_groups


class DirectoryOIDCBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend: names from the standard claims, role groups from the
    groups claim (``OIDC_GROUPS_CLAIM``) through ``DIRECTORY_GROUP_MAPPING``.

    Accounts are matched by email, but only accounts created by a directory sign-in (no
    usable password): a local administrator's account is never taken over.
    """

    def filter_users_by_claims(self, claims):
        users = super().filter_users_by_claims(claims)
        return [user for user in users if not user.has_usable_password()]

    def directory_groups(self, claims):
        claim = getattr(settings, "OIDC_GROUPS_CLAIM", "groups")
        groups = claims.get(claim) or []
        return [groups] if isinstance(groups, str) else list(groups)

    def get_username(self, claims):
        return claims.get("preferred_username") or super().get_username(claims)

    def create_user(self, claims):
        username = self.get_username(claims)
        if self.UserModel.objects.filter(username__iexact=username).exists():
            raise SuspiciousOperation(f"the username {username} is already taken")
        user = self.UserModel.objects.create_user(username, email=claims.get("email", ""))
        return self.update_user(user, claims)

    def update_user(self, user, claims):
        user.first_name = claims.get("given_name", user.first_name)[:150]
        user.last_name = claims.get("family_name", user.last_name)[:150]
        user.email = claims.get("email", user.email)
        user.save(update_fields=["first_name", "last_name", "email"])
        sync_role_groups(user, self.directory_groups(claims))
        return user
