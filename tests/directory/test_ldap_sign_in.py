"""Sign-in through the métropole's directory, against a real OpenLDAP server (conftest)."""

import socket

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from directory.forms import DIRECTORY_UNAVAILABLE_MESSAGE
from directory.models import SignInEvent, SignInSource
from tests import factories
from tests.directory.conftest import USERS, configure_directory

User = get_user_model()


def sign_in(username, password, client=None):
    client = client or Client()
    response = client.post(reverse("login"), {"username": username, "password": password})
    return client, response


def signed_in_user(client):
    return User.objects.filter(pk=client.session.get("_auth_user_id")).first()


def login_errors(response):
    return response.context["form"].non_field_errors().as_data()


def assert_standard_failure(response):
    assert response.status_code == 200
    errors = login_errors(response)
    assert [error.code for error in errors] == ["invalid_login"]
    assert escape(str(DIRECTORY_UNAVAILABLE_MESSAGE)) not in response.content.decode()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_directory_user_signs_in_with_names_email_and_mapped_roles(directory):
    camille = USERS["camille.martin"]
    Group.objects.get_or_create(name="Communication")  # not granted by the directory

    client, response = sign_in("camille.martin", camille.password)

    assert response.status_code == 302
    user = signed_in_user(client)
    assert user.username == "camille.martin"
    assert (user.first_name, user.last_name, user.email) == (
        camille.first_name,
        camille.last_name,
        camille.email,
    )
    assert not user.has_usable_password()
    assert set(user.groups.values_list("name", flat=True)) == {
        "Rédacteurs — Direction des Mobilités",
        "Lecteurs",
    }


def test_each_sign_in_resyncs_mapped_roles_and_keeps_manual_groups(directory):
    yann = USERS["yann.le-goff"]
    sign_in("yann.le-goff", yann.password)
    user = User.objects.get(username="yann.le-goff")
    # Given by hand in the admin: a mapped role the directory does not grant, and an
    # unmapped group.
    user.groups.add(
        Group.objects.get(name="Rédacteurs — Direction des Mobilités"),
        Group.objects.create(name="Groupe de travail gouvernance"),
    )

    client, response = sign_in("yann.le-goff", yann.password)

    assert response.status_code == 302
    assert set(user.groups.values_list("name", flat=True)) == {
        "Coordination ESS",
        "Lecteurs",
        "Groupe de travail gouvernance",
    }


def test_wrong_password_gives_the_standard_message_and_creates_no_user(directory):
    client, response = sign_in("camille.martin", "pas-le-bon-mot-de-passe")

    assert_standard_failure(response)
    assert signed_in_user(client) is None
    assert not User.objects.filter(username="camille.martin").exists()


def test_unknown_user_gives_the_same_message_and_creates_no_user(directory):
    _, wrong_password = sign_in("camille.martin", "pas-le-bon-mot-de-passe")
    client, response = sign_in("personne.inconnue", "pas-le-bon-mot-de-passe")

    assert_standard_failure(response)
    assert [e.message for e in login_errors(response)] == [
        e.message for e in login_errors(wrong_password)
    ]
    assert not User.objects.filter(username="personne.inconnue").exists()


def test_empty_password_never_binds_anonymously(directory):
    client, response = sign_in("camille.martin", "")

    assert response.status_code == 200
    assert signed_in_user(client) is None
    assert not User.objects.filter(username="camille.martin").exists()


def test_local_account_is_not_taken_over_by_a_directory_entry(directory):
    local = factories.UserFactory(username="camille.martin")

    _, with_directory_password = sign_in("camille.martin", USERS["camille.martin"].password)
    client, with_local_password = sign_in("camille.martin", factories.PASSWORD)

    assert_standard_failure(with_directory_password)
    assert with_local_password.status_code == 302
    assert signed_in_user(client) == local


def test_directory_down_shows_a_clear_message_and_local_admin_still_signs_in(
    ldap_server, settings, db
):
    configure_directory(settings, f"ldap://127.0.0.1:{closed_port()}/")
    admin = factories.SuperuserFactory()

    client, response = sign_in("camille.martin", USERS["camille.martin"].password)

    assert response.status_code == 200
    assert [e.code for e in login_errors(response)] == ["directory_unavailable"]
    assert escape(str(DIRECTORY_UNAVAILABLE_MESSAGE)) in response.content.decode()
    assert signed_in_user(client) is None

    client, response = sign_in(admin.username, factories.PASSWORD)
    assert response.status_code == 302
    assert signed_in_user(client) == admin
    assert SignInEvent.objects.filter(username=admin.username, success=True).get().source == (
        SignInSource.LOCAL
    )


def test_directory_down_on_wagtail_admin_sign_in_page(ldap_server, settings, db):
    configure_directory(settings, f"ldap://127.0.0.1:{closed_port()}/")

    response = Client().post(
        reverse("wagtailadmin_login"),
        {"username": "camille.martin", "password": USERS["camille.martin"].password},
    )

    assert response.status_code == 200
    assert escape(str(DIRECTORY_UNAVAILABLE_MESSAGE)) in response.content.decode()


def test_sign_ins_and_failures_are_audited_without_passwords(directory):
    camille = USERS["camille.martin"]
    sign_in("camille.martin", "pas-le-bon-mot-de-passe")
    sign_in("personne.inconnue", "autre-mauvais-mot-de-passe")
    sign_in("camille.martin", camille.password)

    events = list(SignInEvent.objects.order_by("time", "pk"))
    assert [(e.username, e.success, e.source) for e in events] == [
        ("camille.martin", False, SignInSource.LDAP),
        ("personne.inconnue", False, SignInSource.LDAP),
        ("camille.martin", True, SignInSource.LDAP),
    ]
    assert events[2].user == User.objects.get(username="camille.martin")
    assert all(e.ip_address == "127.0.0.1" for e in events)
    stored = "".join(str(value) for e in events for value in vars(e).values())
    assert "mauvais-mot-de-passe" not in stored
    assert camille.password not in stored


def test_directory_down_failure_is_audited_as_such(ldap_server, settings, db):
    configure_directory(settings, f"ldap://127.0.0.1:{closed_port()}/")

    sign_in("camille.martin", USERS["camille.martin"].password)

    event = SignInEvent.objects.get()
    assert (event.success, event.source, event.directory_unavailable) == (
        False,
        SignInSource.LDAP,
        True,
    )


@pytest.mark.parametrize("group_type", ["group_of_names", "nested_group_of_names"])
def test_group_types_for_openldap(directory, settings, group_type):
    from intranet.settings.auth import ldap_settings
    from tests.directory.conftest import directory_environ

    environ = directory_environ(directory.uri, LDAP_GROUP_TYPE=group_type)
    for name, value in ldap_settings(environ).items():
        setattr(settings, name, value)

    client, response = sign_in("yann.le-goff", USERS["yann.le-goff"].password)

    assert response.status_code == 302
    assert set(signed_in_user(client).groups.values_list("name", flat=True)) == {
        "Coordination ESS",
        "Lecteurs",
    }
