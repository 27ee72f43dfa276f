"""Shared fixtures: a small page tree built with factories, users and signed-in clients.

Wagtail's root page and the default French locale come from migrations, so the suite runs on a
migrated test database (``--reuse-db``, never ``--nomigrations``).
"""

import os
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from wagtail.models import Locale, Page, Site

from pages.models import PolicyLinkKind
from tests import factories


@pytest.fixture(autouse=True)
def _clear_cache():
    """Wagtail caches site root paths; every test starts from an empty cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def fr_locale(db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def en_locale(db):
    locale, _ = Locale.objects.get_or_create(language_code="en")
    return locale


def make_home(**kwargs):
    """A HomePage under the root, served by the default site."""
    home = factories.HomePageFactory(parent=Page.get_first_root_node(), **kwargs)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()  # a save (not an update) clears Wagtail's cache of site root paths
    return home


@contextmanager
def module_data(django_db_blocker):
    """Build data once for a whole test module, and roll it back when the module ends.

    Each test still runs in its own savepoint (pytest-django's ``db``), so what a test
    changes in the database is undone after it. Tests must not change the shared Python
    objects in place: fetch a fresh copy from the database to modify it.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


def build_tree():
    """A minimal but complete intranet: every page type and every kind of relation.

    Two of each listed item, so that a page showing "its" items can be told apart from a
    page showing everything: ``project`` is linked to ``lever``, ``sector``, ``partner``,
    ``communes[:2]`` and ``policy``; ``other_project`` to the ``other_*`` items only.
    """
    home = make_home()
    t = SimpleNamespace(home=home)
    t.roadmap = factories.RoadmapPageFactory(parent=home)
    t.lever_index = factories.LeverIndexPageFactory(parent=t.roadmap)
    t.sector_index = factories.SectorIndexPageFactory(parent=t.roadmap)
    t.project_index = factories.ProjectIndexPageFactory(parent=t.roadmap)
    t.standard = factories.StandardPageFactory(parent=t.roadmap, title="Instances de gouvernance")
    t.policy_index = factories.PolicyIndexPageFactory(parent=home)
    t.directorate_index = factories.DirectorateIndexPageFactory(parent=home)

    t.lever = factories.LeverPageFactory(parent=t.lever_index, number=1)
    t.other_lever = factories.LeverPageFactory(parent=t.lever_index, number=2)
    t.sector = factories.SectorPageFactory(parent=t.sector_index, number=1)
    t.other_sector = factories.SectorPageFactory(parent=t.sector_index, number=2)
    t.directorate = factories.DirectoratePageFactory(parent=t.directorate_index)
    t.other_directorate = factories.DirectoratePageFactory(parent=t.directorate_index)
    t.policy = factories.PolicyPageFactory(parent=t.policy_index)
    t.other_policy = factories.PolicyPageFactory(parent=t.policy_index)

    t.communes = factories.CommuneFactory.create_batch(3)
    t.partner = factories.OrganisationFactory(sectors=[t.sector], commune=t.communes[0])
    t.other_partner = factories.OrganisationFactory(sectors=[t.other_sector])

    t.project = factories.ProjectPageFactory(
        parent=t.project_index,
        lead_directorate=t.directorate,
        levers=[t.lever],
        sectors=[t.sector],
        partners=[t.partner],
        communes=t.communes[:2],
    )
    t.other_project = factories.ProjectPageFactory(
        parent=t.project_index,
        lead_directorate=t.other_directorate,
        levers=[t.other_lever],
        sectors=[t.other_sector],
        partners=[t.other_partner],
        communes=t.communes[2:],
    )

    t.project_link = factories.PolicyLinkFactory(
        source=t.project, policy=t.policy, kind=PolicyLinkKind.CONTRIBUTES_TO
    )
    t.lever_link = factories.PolicyLinkFactory(
        source=t.lever, policy=t.policy, kind=PolicyLinkKind.DEPENDS_ON
    )
    t.sector_link = factories.PolicyLinkFactory(
        source=t.sector, policy=t.other_policy, kind=PolicyLinkKind.CO_FUNDED_BY
    )

    t.update = factories.UpdatePageFactory(
        parent=t.directorate, projects=[t.project], levers=[t.lever], sectors=[t.sector]
    )
    t.other_update = factories.UpdatePageFactory(
        parent=t.other_directorate, projects=[t.other_project], levers=[t.other_lever]
    )
    return t


@pytest.fixture(scope="module")
def _module_tree(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        with django_db_blocker.unblock():
            built = build_tree()
        yield built


@pytest.fixture
def tree(_module_tree, db):
    """The tree of ``build_tree``, built once per module (see ``module_data``)."""
    return _module_tree


@pytest.fixture
def home(tree):
    return tree.home


@pytest.fixture
def reader(db):
    """A member of staff who reads the intranet: signed in, no admin rights."""
    return factories.UserFactory(username="lecteur")


@pytest.fixture
def reader_client(reader):
    client = Client()
    client.force_login(reader)
    return client


@pytest.fixture
def superuser(db):
    return factories.SuperuserFactory()


@pytest.fixture
def superuser_client(superuser):
    client = Client()
    client.force_login(superuser)
    return client


# Browser tests (marker "browser") -------------------------------------------------------------
# One Chromium for the whole run: Playwright's sync API cannot start twice in a process, and
# several folders (tests/browser, tests/accessibility) drive the browser.


@pytest.fixture(scope="session")
def browser_dependencies():
    from tests.browser.conftest import _missing_dependencies

    missing = _missing_dependencies()
    if missing:
        message = f"Browser tests need {', '.join(missing)}: install them with `make browser-deps`."
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests. {message}", pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="session")
def browser(browser_dependencies):
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
