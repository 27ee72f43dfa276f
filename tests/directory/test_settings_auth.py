"""The sign-in configuration built from environment variables (intranet/settings/auth.py)."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from intranet.settings.auth import ldap_settings, oidc_settings, parse_group_mapping


def test_nothing_configured_means_local_accounts_only(settings):
    assert settings.AUTHENTICATION_BACKENDS == ["django.contrib.auth.backends.ModelBackend"]
    assert ldap_settings({}) == {}
    assert oidc_settings({}) == {}


def test_group_mapping_accepts_a_name_or_a_list():
    mapping = parse_group_mapping(
        '{"CN=ESS-Mobilites,OU=Groupes,DC=nm,DC=fr": "Rédacteurs — Direction des Mobilités",'
        ' "CN=Agents,OU=Groupes,DC=nm,DC=fr": ["Lecteurs"]}'
    )
    assert mapping == {
        "CN=ESS-Mobilites,OU=Groupes,DC=nm,DC=fr": ["Rédacteurs — Direction des Mobilités"],
        "CN=Agents,OU=Groupes,DC=nm,DC=fr": ["Lecteurs"],
    }
    assert parse_group_mapping("") == {}


@pytest.mark.parametrize("raw", ["{not json", '["Lecteurs"]', '{"cn=a": 3}', '{"cn=a": [""]}'])
def test_bad_group_mapping_stops_start_up_with_a_clear_message(raw):
    with pytest.raises(ImproperlyConfigured, match="LDAP_GROUP_MAPPING"):
        parse_group_mapping(raw)


def test_ldap_defaults_suit_active_directory_and_fail_fast():
    ldap = pytest.importorskip("ldap")
    from django_auth_ldap.config import NestedActiveDirectoryGroupType

    values = ldap_settings(
        {"LDAP_SERVER_URI": "ldaps://ad.nm.test", "LDAP_USER_SEARCH_BASE": "DC=nm,DC=test"}
    )

    assert values["AUTH_LDAP_USER_SEARCH"].filterstr == "(sAMAccountName=%(user)s)"
    assert isinstance(values["AUTH_LDAP_GROUP_TYPE"], NestedActiveDirectoryGroupType)
    assert values["AUTH_LDAP_CONNECTION_OPTIONS"][ldap.OPT_NETWORK_TIMEOUT] == 3
    assert values["AUTH_LDAP_CONNECTION_OPTIONS"][ldap.OPT_REFERRALS] == 0
    assert values["AUTH_LDAP_USER_ATTR_MAP"] == {
        "first_name": "givenName",
        "last_name": "sn",
        "email": "mail",
    }


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({"LDAP_SERVER_URI": "ldap://x"}, "LDAP_USER_SEARCH_BASE"),
        (
            {"LDAP_SERVER_URI": "ldap://x", "LDAP_USER_SEARCH_BASE": "x", "LDAP_GROUP_TYPE": "?"},
            "LDAP_GROUP_TYPE",
        ),
        ({"OIDC_RP_CLIENT_ID": "intranet"}, "OIDC_RP_CLIENT_SECRET"),
    ],
)
def test_incomplete_configuration_names_the_missing_variable(environ, missing):
    pytest.importorskip("django_auth_ldap")
    with pytest.raises(ImproperlyConfigured, match=missing):
        ldap_settings(environ)
        oidc_settings(environ)
