"""The sign-in audit in Wagtail's admin: administrators read and export it, nobody edits it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from directory.models import SignInEvent, SignInSource
from tests import factories


@pytest.fixture
def event(db):
    return SignInEvent.objects.create(
        username="camille.martin", success=False, source=SignInSource.LDAP, ip_address="10.0.0.7"
    )


def test_local_sign_in_and_failure_are_recorded(db):
    user = factories.UserFactory(username="agent-local")
    client = Client()
    client.post(reverse("login"), {"username": "agent-local", "password": "faux"})
    client.post(reverse("login"), {"username": "agent-local", "password": factories.PASSWORD})

    assert [
        (e.username, e.success, e.source, e.user_id)
        for e in SignInEvent.objects.order_by("time", "pk")
    ] == [
        ("agent-local", False, SignInSource.LOCAL, None),
        ("agent-local", True, SignInSource.LOCAL, user.pk),
    ]


def test_administrator_lists_and_exports_sign_ins_as_csv(superuser_client, event):
    listing = superuser_client.get(reverse("sign_in_events:index"))
    assert listing.status_code == 200
    assert "camille.martin" in listing.content.decode()

    export = superuser_client.get(reverse("sign_in_events:index"), {"export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    body = b"".join(export.streaming_content).decode() if export.streaming else export.content
    assert "camille.martin" in body and "10.0.0.7" in body


def test_nobody_adds_edits_or_deletes_audit_rows(superuser_client, event):
    assert superuser_client.get(reverse("sign_in_events:add")).status_code == 302
    assert superuser_client.get(reverse("sign_in_events:edit", args=[event.pk])).status_code == 302
    assert (
        superuser_client.post(reverse("sign_in_events:delete", args=[event.pk])).status_code == 302
    )
    assert SignInEvent.objects.filter(pk=event.pk).exists()


def test_view_permission_opens_the_audit_and_nothing_else_does(event):
    editor = factories.UserFactory()
    admin_access = Permission.objects.get(codename="access_admin")
    editor.user_permissions.add(admin_access)
    client = Client()
    client.force_login(editor)
    assert client.get(reverse("sign_in_events:index")).status_code == 302

    auditors = Group.objects.create(name="Auditeurs")
    auditors.permissions.add(Permission.objects.get(codename="view_signinevent"))
    editor.groups.add(auditors)
    client.force_login(editor)
    assert client.get(reverse("sign_in_events:index")).status_code == 200
