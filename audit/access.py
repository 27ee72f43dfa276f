"""Who counts as an administrator for the audit: superusers and the « Administrateurs » group."""

from roles.definitions import ADMINISTRATORS


def is_administrator(user):
    """True for superusers and members of the administrators' role group."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=ADMINISTRATORS.name).exists()
