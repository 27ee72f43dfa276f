"""« Never a leak »: random trees, and nothing internal in the API, the feeds or the export.

Hypothesis builds trees, in French and English, of internal and public-ready pages with
internal-only fields (budget, contacts, owner, internal body) and blocks (internal notes),
restricted subtrees, newer drafts, scheduled revisions, pages never published, expired pages,
and public bodies that point at a document of a restricted collection. Every internal value
contains ``SECRET``; the public title of page ``n`` contains ``PUBONLY<n>Z``. The property:
every channel serves exactly the pages an independent oracle expects, and no output contains
``SECRET`` or the public title of a page that must not cross.
"""

import datetime
import json
import tempfile
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale, Page

from pages.models import Audience, ProjectPage, StandardPage, UpdatePage
from public.export import export_public
from tests import factories
from tests.public.conftest import (
    internal_note,
    make_document,
    paragraph,
    publish,
    restricted_collection,
)

STATES = ["live", "draft_newer", "scheduled_update", "never_published", "expired", "scheduled"]
SERVED_STATES = {"live", "draft_newer", "scheduled_update"}
MODELS = {"update": UpdatePage, "standard": StandardPage, "project": ProjectPage}

NODE = st.fixed_dictionaries(
    {
        "parent": st.integers(min_value=0, max_value=12),
        "kind": st.sampled_from(sorted(MODELS)),
        "audience": st.sampled_from([Audience.INTERNAL, Audience.PUBLIC]),
        "state": st.sampled_from(STATES),
        "restricted": st.booleans(),
        "public_body": st.booleans(),
        "restricted_doc": st.booleans(),
    }
)
TREES = st.lists(NODE, min_size=1, max_size=7)


@pytest.fixture
def roots(db):
    """A French and an English home, a directorate owning everything, the shared documents."""
    en = Locale.objects.get_or_create(language_code="en")[0]
    fr_home = factories.HomePageFactory(parent=Page.get_first_root_node())
    en_home = factories.HomePageFactory(parent=Page.get_first_root_node(), locale=en)
    index = factories.DirectorateIndexPageFactory(parent=fr_home)
    directorate = factories.DirectoratePageFactory(parent=index, title="SECRET direction")
    secret_doc = make_document("SECRET-doc", collection=restricted_collection())
    public_doc = make_document("Document public")
    owner = factories.UserFactory(username="SECRET-owner")
    return fr_home, en_home, directorate, secret_doc, public_doc, owner


def build(nodes, roots):
    """Create the pages of ``nodes``; return them with the oracle's verdict per page."""
    fr_home, en_home, directorate, secret_doc, public_doc, owner = roots
    parents = [(fr_home, False), (en_home, False)]
    built = []
    now = timezone.now()
    for n, node in enumerate(nodes):
        parent, parent_restricted = parents[node["parent"] % len(parents)]
        model = MODELS[node["kind"]]
        body = [paragraph(f"<p>SECRET-body-{n}</p>"), internal_note(f"SECRET-note-{n}")]
        public_body = []
        if node["public_body"]:
            public_body.append(paragraph(f"<p>Texte public {n}</p>"))
        if node["restricted_doc"]:
            public_body.append(
                paragraph(f'<p><a linktype="document" id="{secret_doc.pk}">fichier</a></p>')
            )
            public_body.append(
                {
                    "type": "documents",
                    "value": {
                        "title": "",
                        "documents": [
                            {"document": secret_doc.pk, "label": "SECRET-label"},
                            {"document": public_doc.pk, "label": ""},
                        ],
                    },
                }
            )
        extra = {}
        if model is ProjectPage:
            extra = {
                "budget": 123456789,
                "contact_name": f"SECRET-contact-{n}",
                "contact_email": f"secret{n}@SECRET.test",
            }
        page = model(
            title=f"SECRET-title-{n}",
            slug=f"page-{n}",
            summary=f"SECRET-summary-{n}",
            body=body,
            public_title=f"Public PUBONLY{n}Z",
            public_summary=f"Résumé public {n}",
            public_body=public_body,
            audience=node["audience"],
            directorate=directorate,
            content_owner=owner,
            locale=parent.locale,
            live=False,
            **extra,
        )
        parent.add_child(instance=page)
        restricted = parent_restricted or node["restricted"]
        if node["restricted"]:
            factories.restrict_to_groups(page, factories.GroupFactory(name="Coordination ESS"))
        state = node["state"]
        if state == "scheduled":
            page.go_live_at = now + datetime.timedelta(days=2)
            page.save_revision().publish()
        elif state != "never_published":
            publish(page)
        if state == "draft_newer":
            page.public_title = f"SECRET-draft-{n}"
            page.public_body = [paragraph(f"<p>SECRET-draft-body-{n}</p>")]
            page.save_revision()
        elif state == "scheduled_update":
            page.public_title = f"SECRET-scheduled-{n}"
            page.go_live_at = now + datetime.timedelta(days=2)
            page.save_revision().publish()
        elif state == "expired":
            model.objects.filter(pk=page.pk).update(expire_at=now - datetime.timedelta(hours=1))
        served = node["audience"] == Audience.PUBLIC and state in SERVED_STATES and not restricted
        built.append((n, page, served))
        parents.append((page, restricted))
    return built


def api_outputs(api, built):
    """Every JSON the API gives for this tree, and the ids it lists."""
    texts, listed = [], set()
    for locale in (None, "fr", "en"):
        query = {"limit": 50, **({"locale": locale} if locale else {})}
        response = api.get("/api/public/v2/pages/", query)
        assert response.status_code == 200
        texts.append(response.content.decode())
        listed |= {item["id"] for item in response.json()["items"]}
    for _n, page, served in built:
        response = api.get(f"/api/public/v2/pages/{page.pk}/")
        assert response.status_code == (200 if served else 404)
        texts.append(response.content.decode())
    documents = api.get("/api/public/v2/documents/")
    texts.append(documents.content.decode())
    return texts, listed


def feed_outputs(api):
    return [
        api.get(f"/api/public/feeds/{locale}/{kind}.atom").content.decode()
        for locale in ("fr", "en")
        for kind in ("updates", "pages")
    ]


def export_outputs():
    with tempfile.TemporaryDirectory() as folder:
        export_public(Path(folder) / "site")
        files = [p for p in (Path(folder) / "site").rglob("*") if p.is_file()]
        texts = [str(p.relative_to(folder)) for p in files]
        texts += [p.read_bytes().decode("utf-8", "replace") for p in files]
        pages = []
        for locale in ("fr", "en"):
            listing = Path(folder) / "site" / locale / "pages.json"
            if listing.exists():
                pages += json.loads(listing.read_text())
    return texts, {page["id"] for page in pages}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(nodes=TREES)
def test_no_channel_ever_leaks(api, roots, nodes):
    cache.clear()
    with transaction.atomic():
        built = build(nodes, roots)
        expected = {page.pk for _n, page, served in built if served}

        api_texts, listed = api_outputs(api, built)
        feed_texts = feed_outputs(api)
        export_texts, exported = export_outputs()

        assert listed == expected
        assert exported == expected
        outputs = api_texts + feed_texts + export_texts
        for text in outputs:
            assert "SECRET" not in text
            assert "123456789" not in text
        for n, _page, served in built:
            found = any(f"PUBONLY{n}Z" in text for text in outputs)
            assert found == served, (n, nodes[n])
        transaction.set_rollback(True)
    cache.clear()
