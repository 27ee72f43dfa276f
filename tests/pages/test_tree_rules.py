"""What an editor may create where: the shape of the page tree of DESIGN.md §2."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page

from pages.models import (
    DirectorateIndexPage,
    DirectoratePage,
    HomePage,
    LeverIndexPage,
    LeverPage,
    PolicyIndexPage,
    PolicyPage,
    ProjectIndexPage,
    ProjectPage,
    RoadmapPage,
    SectorIndexPage,
    SectorPage,
    StandardPage,
    UpdatePage,
)
from tests import factories
from tests.conftest import make_home
from tests.utils import rendered

# The tree of DESIGN.md §2: for each page type, the only page types it may live under.
ALLOWED_PARENTS = {
    HomePage: {Page},
    RoadmapPage: {HomePage},
    LeverIndexPage: {RoadmapPage},
    LeverPage: {LeverIndexPage},
    SectorIndexPage: {RoadmapPage},
    SectorPage: {SectorIndexPage},
    ProjectIndexPage: {RoadmapPage},
    ProjectPage: {ProjectIndexPage},
    PolicyIndexPage: {HomePage},
    PolicyPage: {PolicyIndexPage},
    DirectorateIndexPage: {HomePage},
    DirectoratePage: {DirectorateIndexPage},
    UpdatePage: {DirectoratePage},
    StandardPage: {HomePage, RoadmapPage, StandardPage, DirectoratePage},
}

TREE_PAGES = [
    "home",
    "roadmap",
    "lever_index",
    "lever",
    "sector_index",
    "sector",
    "project_index",
    "project",
    "policy_index",
    "policy",
    "directorate_index",
    "directorate",
    "update",
    "standard",
]


def _parents(tree):
    return [Page.get_first_root_node().specific] + [getattr(tree, name) for name in TREE_PAGES]


@pytest.mark.django_db
@pytest.mark.parametrize("model", list(ALLOWED_PARENTS), ids=lambda m: m.__name__)
def test_each_page_type_may_live_only_under_its_parent_types(tree, model):
    """Checked against one page of every type, the root included."""
    for parent in _parents(tree):
        expected = type(parent) in ALLOWED_PARENTS[model]
        assert model.can_exist_under(parent) is expected, (
            f"{model.__name__} under {type(parent).__name__}: expected {expected}"
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "parent_name", "allowed"),
    [
        (UpdatePage, "directorate", True),
        (UpdatePage, "directorate_index", False),
        (UpdatePage, "project", False),
        (LeverPage, "lever_index", True),
        (LeverPage, "sector_index", False),
        (SectorPage, "sector_index", True),
        (ProjectPage, "project_index", True),
        (ProjectPage, "roadmap", False),
        (PolicyPage, "policy_index", True),
        (DirectoratePage, "directorate_index", True),
        (StandardPage, "home", True),
        (StandardPage, "roadmap", True),
        (StandardPage, "standard", True),
        (StandardPage, "directorate", True),
        (StandardPage, "lever", False),
        (StandardPage, "policy_index", False),
        # One roadmap and one index of each kind per parent: the tree already has them.
        (RoadmapPage, "home", False),
        (LeverIndexPage, "roadmap", False),
        (SectorIndexPage, "roadmap", False),
        (ProjectIndexPage, "roadmap", False),
        (PolicyIndexPage, "home", False),
        (DirectorateIndexPage, "home", False),
    ],
)
def test_can_create_at(tree, model, parent_name, allowed):
    assert model.can_create_at(getattr(tree, parent_name)) is allowed


@pytest.mark.django_db
def test_a_second_home_may_have_its_own_roadmap_and_indexes(tree):
    """max_count_per_parent counts siblings, not the whole site."""
    other_home = make_home(title="Autre accueil")
    for model in (RoadmapPage, PolicyIndexPage, DirectorateIndexPage, StandardPage):
        assert model.can_create_at(other_home), model.__name__
    roadmap = factories.RoadmapPageFactory(parent=other_home)
    for model in (LeverIndexPage, SectorIndexPage, ProjectIndexPage):
        assert model.can_create_at(roadmap), model.__name__
    assert not RoadmapPage.can_create_at(other_home)


@pytest.mark.django_db
def test_directorates_may_hold_many_updates(tree):
    factories.UpdatePageFactory.create_batch(3, parent=tree.directorate)
    assert UpdatePage.can_create_at(tree.directorate)
    assert DirectoratePage.can_create_at(tree.directorate_index)


# Through the admin, as a superuser (who has every permission, so only the tree rules refuse).


def _add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


@pytest.mark.django_db
def test_admin_offers_only_the_allowed_subpage_types(tree, superuser_client):
    response = superuser_client.get(
        reverse("wagtailadmin_pages:add_subpage", args=(tree.directorate.pk,))
    )
    page = rendered(response)
    hrefs = {href for href, _text in page.links}
    assert _add_url(UpdatePage, tree.directorate) in hrefs
    assert _add_url(StandardPage, tree.directorate) in hrefs
    assert _add_url(LeverPage, tree.directorate) not in hrefs
    assert _add_url(ProjectPage, tree.directorate) not in hrefs


@pytest.mark.django_db
def test_admin_does_not_offer_a_second_roadmap_or_index(tree, superuser_client):
    """The home already has its roadmap and indexes: a standard page is the only choice left,
    so Wagtail goes straight to its form."""
    response = superuser_client.get(reverse("wagtailadmin_pages:add_subpage", args=(tree.home.pk,)))
    assert response.status_code == 302
    assert response["Location"] == _add_url(StandardPage, tree.home)


@pytest.mark.django_db
def test_admin_creates_an_update_under_a_directorate(tree, superuser_client):
    url = _add_url(UpdatePage, tree.directorate)
    assert superuser_client.get(url).status_code == 200
    response = superuser_client.post(
        url,
        {
            "title": "Bilan des ateliers de co-construction",
            "slug": "bilan-des-ateliers",
            "date": "2025-03-14",
            "summary": "",
            "body-count": "0",
            "projects": [tree.project.pk],
            "audience": "internal",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = UpdatePage.objects.child_of(tree.directorate).get(slug="bilan-des-ateliers")
    assert not created.live  # saved as a draft
    assert list(created.projects.all()) == [tree.project]
    assert created.directorate_id == tree.directorate.pk  # it belongs to its directorate


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "parent_name"),
    [(UpdatePage, "lever_index"), (LeverPage, "directorate"), (RoadmapPage, "home")],
)
def test_admin_refuses_a_forbidden_page_type(tree, superuser_client, model, parent_name):
    parent = getattr(tree, parent_name)
    before = parent.get_children().count()
    url = _add_url(model, parent)
    # Wagtail's admin turns the refusal into a redirect to the dashboard with an error message.
    for response in (
        superuser_client.get(url),
        superuser_client.post(url, {"title": "Interdit", "slug": "interdit"}),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages, "the editor is told why"
    assert parent.get_children().count() == before
