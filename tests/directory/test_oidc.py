"""OIDC sign-in: the backend subclass maps claims and group claims (no real provider here)."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import SuspiciousOperation
from django.test import Client

from directory.oidc_backend import DirectoryOIDCBackend
from intranet.settings.auth import oidc_settings
from tests import factories

User = get_user_model()

OIDC_ENVIRON = {
    "OIDC_RP_CLIENT_ID": "intranet-ess",
    "OIDC_RP_CLIENT_SECRET": "secret-de-test",
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://sso.nantesmetropole.test/auth",
    "OIDC_OP_TOKEN_ENDPOINT": "https://sso.nantesmetropole.test/token",
    "OIDC_OP_USER_ENDPOINT": "https://sso.nantesmetropole.test/userinfo",
    "OIDC_OP_JWKS_ENDPOINT": "https://sso.nantesmetropole.test/jwks",
    "OIDC_GROUPS_CLAIM": "roles_ess",
}
MAPPING = {
    "ESS-Mobilites": ["Rédacteurs — Direction des Mobilités"],
    "ESS-Communication": ["Communication"],
    "Agents": ["Lecteurs"],
}


@pytest.fixture
def backend(settings, db):
    for name, value in oidc_settings(OIDC_ENVIRON).items():
        setattr(settings, name, value)
    settings.DIRECTORY_GROUP_MAPPING = MAPPING
    for names in MAPPING.values():
        Group.objects.get_or_create(name=names[0])
    return DirectoryOIDCBackend()


def claims(**extra):
    return {
        "sub": "0f3a",
        "preferred_username": "lea.bernard",
        "given_name": "Léa",
        "family_name": "Bernard",
        "email": "lea.bernard@nantesmetropole.test",
        "roles_ess": ["ESS-Mobilites", "Agents", "Unmapped"],
        **extra,
    }


def group_names(user):
    return set(user.groups.values_list("name", flat=True))


def test_create_user_takes_names_email_and_mapped_groups(backend):
    user = backend.create_user(claims())

    assert (user.username, user.first_name, user.last_name, user.email) == (
        "lea.bernard",
        "Léa",
        "Bernard",
        "lea.bernard@nantesmetropole.test",
    )
    assert not user.has_usable_password()
    assert group_names(user) == {"Rédacteurs — Direction des Mobilités", "Lecteurs"}


def test_update_user_follows_the_claims_and_keeps_unmapped_groups(backend):
    user = backend.create_user(claims())
    user.groups.add(Group.objects.create(name="Groupe de travail gouvernance"))

    backend.update_user(user, claims(roles_ess="ESS-Communication", family_name="Bernard-Roux"))

    user.refresh_from_db()
    assert user.last_name == "Bernard-Roux"
    assert group_names(user) == {"Communication", "Groupe de travail gouvernance"}


def test_missing_groups_claim_removes_every_mapped_role(backend):
    user = backend.create_user(claims())
    backend.update_user(user, {k: v for k, v in claims().items() if k != "roles_ess"})
    assert group_names(user) == set()


def test_local_accounts_are_never_matched_by_email(backend):
    factories.SuperuserFactory(username="admin-ess", email="lea.bernard@nantesmetropole.test")
    assert list(backend.filter_users_by_claims(claims())) == []


def test_create_user_refuses_a_taken_username(backend):
    factories.UserFactory(username="lea.bernard")
    with pytest.raises(SuspiciousOperation):
        backend.create_user(claims())


def test_sign_in_flow_is_reachable_without_being_signed_in(backend, settings):
    settings.ROOT_URLCONF = "tests.directory.oidc_urls"

    response = Client().get("/oidc/authenticate/")

    assert response.status_code == 302
    target = urlparse(response["Location"])
    assert target.netloc == "sso.nantesmetropole.test"
    assert parse_qs(target.query)["client_id"] == ["intranet-ess"]
    # The callback answers too (a bad state sends back to the sign-in page, not a 403).
    callback = Client().get("/oidc/callback/", {"state": "x", "code": "y"})
    assert callback.status_code in {302, 400}


def test_sign_in_page_offers_single_sign_on_when_enabled(backend, settings):
    assert "/oidc/authenticate/" not in Client().get("/connexion/").content.decode()

    settings.ROOT_URLCONF = "tests.directory.oidc_urls"
    page = Client().get("/connexion/", {"next": "/recherche/"}).content.decode()

    assert 'href="/oidc/authenticate/?next=/recherche/"' in page
