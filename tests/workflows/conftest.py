"""A small tree with its role groups synced, the review workflow, and one user per role."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from roles import definitions
from roles.sync import sync_roles
from tests import factories
from tests.conftest import build_tree, module_data


@pytest.fixture(scope="module")
def _world(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        with django_db_blocker.unblock():
            t = build_tree()
            sync_roles()
            group = Group.objects.get

            def member(username, *names):
                return factories.UserFactory(
                    username=username, groups=[group(name=name) for name in names]
                )

            economy_editors = definitions.EDITORS.group_name(t.directorate.title)
            economy_approvers = definitions.APPROVERS.group_name(t.directorate.title)
            other_approvers = definitions.APPROVERS.group_name(t.other_directorate.title)
            users = SimpleNamespace(
                editor=member("redacteur-economie", economy_editors),
                approver=member("approbateur-economie", economy_approvers),
                second_approver=member("approbatrice-economie", economy_approvers),
                other_approver=member("approbateur-mobilites", other_approvers),
                communication=member("communication", "Communication"),
                second_communication=member("communication-2", "Communication"),
                coordination=member("coordination-ess", "Coordination ESS"),
                admin=factories.SuperuserFactory(username="admin-intranet"),
            )
        yield SimpleNamespace(tree=t, users=users)


@pytest.fixture
def world(_world, db):
    return _world


@pytest.fixture
def as_user():
    """``as_user(user)``: a test client signed in as ``user``."""

    def sign_in(user):
        client = Client()
        client.force_login(user)
        return client

    return sign_in
