"""Fixtures of the Plone import tests: generated exports and an intranet to import them into."""

from types import SimpleNamespace

import pytest
from django.test import override_settings

from plone_import.importer.mapping import Mapping
from plone_import.importer.runner import Importer
from plone_import.testing.generate import generate
from tests import factories
from tests.conftest import make_home, module_data


@pytest.fixture(scope="session")
def media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("plone-media")


@pytest.fixture(scope="session")
def big_export(tmp_path_factory):
    """A realistic export of a few hundred items (generated once per session)."""
    return generate(tmp_path_factory.mktemp("plone-export"), items=320, images=25, seed=7)


@pytest.fixture(scope="session")
def small_export(tmp_path_factory):
    """A smaller export, for tests that import several times."""
    return generate(tmp_path_factory.mktemp("plone-small"), items=70, images=5, seed=11)


def build_intranet():
    """A home page and a directorate that the DGDU folder of the export is placed on."""
    home = make_home(title="Accueil", slug="accueil")
    index = factories.DirectorateIndexPageFactory(parent=home, slug="directions-wagtail")
    dgdu = factories.DirectoratePageFactory(parent=index, title="DGDU", slug="dgdu-wagtail")
    mapping = Mapping({"places": {"/fr/directions/dgdu": dgdu.pk}})
    return SimpleNamespace(home=home, dgdu=dgdu, mapping=mapping)


@pytest.fixture
def intranet(db, settings, media_root):
    settings.MEDIA_ROOT = str(media_root)
    return build_intranet()


@pytest.fixture(scope="module")
def _imported(django_db_setup, django_db_blocker, big_export, media_root):
    """The big export imported once for the whole test module (rolled back after it)."""
    with override_settings(MEDIA_ROOT=str(media_root)), module_data(django_db_blocker):
        with django_db_blocker.unblock():
            site = build_intranet()
            site.report = Importer([str(big_export.folder)], site.mapping).run()
            site.manifest = big_export
        yield site


@pytest.fixture
def imported(_imported, db):
    """The big export, imported (see ``_imported``)."""
    return _imported


def run(paths, mapping, **kwargs):
    """Run an import and return its report."""
    return Importer([str(p) for p in paths], mapping, **kwargs).run()
