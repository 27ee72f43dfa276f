"""The list of view restrictions is cached between requests (pages/visibility.py): every change
that can alter what a reader may see must reach the next request at once."""

import pytest
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from pages.visibility import denied_paths
from tests import factories
from tests.conftest import make_home


def fresh_request(user, session=None):
    request = RequestFactory().get("/")
    request.user = user
    request.session = session if session is not None else {}
    return request


@pytest.fixture
def setting(db):
    home = make_home()
    section = factories.StandardPageFactory(parent=home, title="Section")
    reader = factories.UserFactory()
    group = factories.GroupFactory()
    return home, section, reader, group


def test_new_restriction_applies_to_the_next_request(setting):
    home, section, reader, group = setting
    assert denied_paths(fresh_request(reader)) == ()  # cached: no restriction yet
    factories.restrict_to_groups(section, group)
    assert denied_paths(fresh_request(reader)) == (section.path,)


def test_joining_the_group_applies_at_once(setting):
    home, section, reader, group = setting
    factories.restrict_to_groups(section, group)
    assert denied_paths(fresh_request(reader)) == (section.path,)
    reader.groups.add(group)
    assert denied_paths(fresh_request(reader)) == ()


def test_changing_the_restriction_groups_applies_at_once(setting):
    home, section, reader, group = setting
    restriction = factories.restrict_to_groups(section, factories.GroupFactory())
    reader.groups.add(group)
    assert denied_paths(fresh_request(reader)) == (section.path,)
    restriction.groups.add(group)
    assert denied_paths(fresh_request(reader)) == ()


def test_removed_restriction_and_moved_page(setting):
    home, section, reader, group = setting
    restriction = factories.restrict_to_groups(section, group)
    other = factories.StandardPageFactory(parent=home, title="Autre")
    assert denied_paths(fresh_request(reader)) == (section.path,)
    section.move(other, pos="last-child")
    section.refresh_from_db()
    assert denied_paths(fresh_request(reader)) == (section.path,)
    assert section.path.startswith(other.path)
    restriction.delete()
    assert denied_paths(fresh_request(reader)) == ()


def test_password_and_login_restrictions(setting):
    home, section, reader, group = setting
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert denied_paths(fresh_request(reader)) == (section.path,)
    passed = {PageViewRestriction.passed_view_restrictions_session_key: [restriction.pk]}
    assert denied_paths(fresh_request(reader, passed)) == ()
    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    assert denied_paths(fresh_request(reader)) == ()
    from django.contrib.auth.models import AnonymousUser

    assert denied_paths(fresh_request(AnonymousUser())) == (section.path,)


def test_superuser_passes_group_restrictions(setting):
    home, section, reader, group = setting
    factories.restrict_to_groups(section, group)
    assert denied_paths(fresh_request(factories.SuperuserFactory())) == ()
