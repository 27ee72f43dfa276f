"""Fixtures of the public hand-off tests: API keys, clients that send them, a public tree.

``public_tree`` holds, beside public-ready pages with public versions, everything that must
never cross: internal pages, internal-only fields and blocks, a restricted subtree, a newer
draft, an expired page, a scheduled page and a document in a restricted collection. Every such
value contains ``SECRET`` so a test can search any output for it.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, Locale

from pages.models import Audience
from public.models import ApiKey
from tests import factories
from tests.conftest import make_home, module_data

SECRET = "SECRET"


@pytest.fixture(scope="module", autouse=True)
def _media_in_tmp(tmp_path_factory):
    """Uploaded files and renditions go to a temporary folder (one per test module)."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


def new_key(name="Site public"):
    key = ApiKey(name=name)
    clear = key.set_new_key()
    key.save()
    return key, clear


@pytest.fixture
def api_key(db):
    return new_key()


@pytest.fixture
def api(api_key):
    """A client that sends a valid key in ``Authorization: Bearer``."""
    return Client(headers={"Authorization": f"Bearer {api_key[1]}"})


def publish(page, user=None):
    revision = page.save_revision(user=user)
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def paragraph(html):
    return {"type": "paragraph", "value": html}


def internal_note(text):
    return {"type": "internal_note", "value": {"text": f"<p>{text}</p>"}}


def make_document(title, collection=None, text="contenu"):
    document = get_document_model()(
        title=title, collection=collection or Collection.get_first_root_node()
    )
    document.file.save(f"{title[:20]}.txt", ContentFile(text.encode()), save=False)
    document.save()
    return document


def restricted_collection(name="Instances internes"):
    collection = Collection.get_first_root_node().add_child(name=name)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name="Coordination ESS")[0]])
    return collection


def make_image(title="Atelier"):
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def build_public_tree(en_locale):
    """See the module docstring."""
    t = SimpleNamespace()
    t.home = make_home()
    owner = factories.UserFactory(username="proprietaire-secret", email="secret@nm.test")
    t.directorate_index = factories.DirectorateIndexPageFactory(parent=t.home)
    t.directorate = factories.DirectoratePageFactory(
        parent=t.directorate_index, contact_email="SECRET-direction@nm.test"
    )
    t.roadmap = factories.RoadmapPageFactory(parent=t.home)
    t.project_index = factories.ProjectIndexPageFactory(parent=t.roadmap)

    t.public_doc = make_document("Rapport public")
    t.secret_doc = make_document("SECRET compte rendu", collection=restricted_collection())
    t.image = make_image()

    t.update = factories.UpdatePageFactory(
        parent=t.directorate,
        title="Ouverture d'une recyclerie",
        summary="Résumé interne de la recyclerie.",
        audience=Audience.PUBLIC,
        content_owner=owner,
        body=[paragraph("<p>Corps interne SECRET-body</p>"), internal_note("SECRET-note")],
        public_title="Une recyclerie ouvre",
        public_summary="Résumé pour le public.",
        public_body=[
            paragraph(
                f'<p>Texte public avec <a linktype="document" id="{t.public_doc.pk}">le rapport'
                f'</a>, <a linktype="document" id="{t.secret_doc.pk}">un lien restreint</a> et '
                f'<a linktype="page" id="{t.directorate.pk}">la direction</a>.</p>'
            ),
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": t.image.pk,
                        "alt_text": "Des bénévoles",
                        "decorative": False,
                    },
                    "caption": "Légende",
                },
            },
            {
                "type": "documents",
                "value": {
                    "title": "À télécharger",
                    "documents": [
                        {"document": t.public_doc.pk, "label": ""},
                        {"document": t.secret_doc.pk, "label": "SECRET-doc"},
                    ],
                },
            },
        ],
    )
    publish(t.update)
    t.project = factories.ProjectPageFactory(
        parent=t.project_index,
        title="Projet public",
        audience=Audience.PUBLIC,
        budget=987654321,
        contact_name="SECRET-contact",
        contact_email="SECRET-projet@nm.test",
        status="in_progress",
    )
    publish(t.project)
    t.internal_update = factories.UpdatePageFactory(
        parent=t.directorate, title="SECRET interne", audience=Audience.INTERNAL
    )
    publish(t.internal_update)

    # A public-ready page with a newer draft: the published revision only is served.
    t.drafted = factories.UpdatePageFactory(
        parent=t.directorate, title="Version publiée", audience=Audience.PUBLIC
    )
    publish(t.drafted)
    t.drafted.public_title = "SECRET-brouillon"
    t.drafted.save_revision()

    # Restricted subtree with a public-ready page inside.
    t.restricted_parent = factories.StandardPageFactory(parent=t.roadmap, title="Instances")
    factories.restrict_to_groups(
        t.restricted_parent, Group.objects.get_or_create(name="Coordination ESS")[0]
    )
    t.restricted = factories.StandardPageFactory(
        parent=t.restricted_parent, title="SECRET restreint", audience=Audience.PUBLIC
    )
    publish(t.restricted)

    now = timezone.now()
    t.expired = factories.UpdatePageFactory(
        parent=t.directorate, title="SECRET expiré", audience=Audience.PUBLIC
    )
    publish(t.expired)
    type(t.expired).objects.filter(pk=t.expired.pk).update(
        expire_at=now - datetime.timedelta(days=1)
    )
    t.scheduled = factories.UpdatePageFactory(
        parent=t.directorate, title="SECRET programmé", audience=Audience.PUBLIC, live=False
    )
    t.scheduled.go_live_at = now + datetime.timedelta(days=3)
    t.scheduled.save_revision().publish()

    # The English translation of the public update.
    t.en_home = t.home.copy_for_translation(en_locale)
    t.en_home.save_revision().publish()
    t.en_update = t.update.copy_for_translation(en_locale, copy_parents=True)
    t.en_update.public_title = "A reuse shop opens"
    publish(t.en_update)
    return t


@pytest.fixture(scope="module")
def _module_public_tree(django_db_setup, django_db_blocker, _media_in_tmp):
    with module_data(django_db_blocker):
        with django_db_blocker.unblock():
            en_locale = Locale.objects.get_or_create(language_code="en")[0]
            built = build_public_tree(en_locale)
        yield built


@pytest.fixture
def public_tree(_module_public_tree, db):
    """The tree of ``build_public_tree``, built once per module; tests must not change it."""
    return _module_public_tree
