"""What a member of staff sees on each page, and what nobody sees without signing in."""

import json

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse
from wagtail_factories import DocumentFactory

from pages.models import LeverPage
from tests import factories
from tests.utils import kind_label, login_redirect_target, rendered

PAGE_NAMES = [
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


# Every page type, signed in.


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_type_renders_with_its_title_as_the_only_h1(tree, reader_client, name):
    page = getattr(tree, name)
    shown = rendered(reader_client.get(page.url))
    assert len(shown.h1) == 1, shown.h1
    assert page.title in shown.h1[0]


@pytest.mark.django_db
def test_home_shows_latest_updates_roadmap_levers_and_sectors(tree, reader_client):
    shown = rendered(reader_client.get(tree.home.url))
    for page in (tree.update, tree.other_update, tree.roadmap, tree.lever, tree.sector):
        assert shown.shows_link(page), page.title


@pytest.mark.django_db
def test_home_lists_the_six_latest_updates_newest_first(tree, reader_client):
    updates = factories.UpdatePageFactory.create_batch(7, parent=tree.directorate)
    newest_first = sorted(updates, key=lambda u: u.date, reverse=True)
    shown = rendered(reader_client.get(tree.home.url))
    listed = [u for u in newest_first if shown.shows_link(u)]
    assert listed == newest_first[:6]
    positions = [shown.main_text.index(u.title) for u in listed]
    assert positions == sorted(positions)
    assert not shown.refers_to(tree.update)  # older than the six


@pytest.mark.django_db
def test_roadmap_shows_its_sections(tree, reader_client):
    shown = rendered(reader_client.get(tree.roadmap.url))
    for page in (tree.lever_index, tree.sector_index, tree.project_index, tree.standard):
        assert shown.shows_link(page), page.title


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("index", "children"),
    [
        ("lever_index", ("lever", "other_lever")),
        ("sector_index", ("sector", "other_sector")),
        ("project_index", ("project", "other_project")),
        ("policy_index", ("policy", "other_policy")),
        ("directorate_index", ("directorate", "other_directorate")),
    ],
)
def test_index_lists_its_children(tree, reader_client, index, children):
    shown = rendered(reader_client.get(getattr(tree, index).url))
    for name in children:
        assert shown.shows_link(getattr(tree, name)), name


@pytest.mark.django_db
def test_lever_index_lists_levers_by_number(tree, reader_client):
    other_lever = LeverPage.objects.get(pk=tree.other_lever.pk)
    other_lever.number = 0
    other_lever.save()
    shown = rendered(reader_client.get(tree.lever_index.url))
    assert shown.main_text.index(tree.other_lever.title) < shown.main_text.index(tree.lever.title)


@pytest.mark.django_db
def test_project_shows_levers_sectors_partners_communes_links_and_updates(tree, reader_client):
    shown = rendered(reader_client.get(tree.project.url))
    for page in (tree.lever, tree.sector, tree.policy, tree.update, tree.directorate):
        assert shown.shows_link(page), page.title
    for page in (tree.other_lever, tree.other_sector, tree.other_policy, tree.other_update):
        assert not shown.refers_to(page), page.title
    assert shown.mentions(tree.partner.name)
    assert not shown.mentions(tree.other_partner.name)
    for commune in tree.communes[:2]:
        assert shown.mentions(commune.name)
    assert not shown.mentions(tree.communes[2].name)
    assert shown.mentions(tree.project_link.note)
    assert shown.mentions(kind_label(tree.project_link.kind))


@pytest.mark.django_db
def test_project_shows_its_five_latest_updates(tree, reader_client):
    updates = factories.UpdatePageFactory.create_batch(
        6, parent=tree.other_directorate, projects=[tree.project]
    )
    shown = rendered(reader_client.get(tree.project.url))
    assert [u for u in updates if shown.shows_link(u)] == updates[1:]  # the newest five
    assert not shown.refers_to(tree.update)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["lever", "sector"])
def test_lever_and_sector_show_their_projects_updates_and_links(tree, reader_client, name):
    page = getattr(tree, name)
    link = tree.lever_link if name == "lever" else tree.sector_link
    shown = rendered(reader_client.get(page.url))
    assert shown.shows_link(tree.project)
    assert not shown.refers_to(tree.other_project)
    assert shown.shows_link(tree.update)
    assert not shown.refers_to(tree.other_update)
    assert shown.shows_link(link.policy)
    assert shown.mentions(link.note)
    assert shown.mentions(kind_label(link.kind))


@pytest.mark.django_db
def test_sector_shows_its_organisations_and_the_levers_of_its_projects(tree, reader_client):
    shown = rendered(reader_client.get(tree.sector.url))
    assert shown.mentions(tree.partner.name)
    assert not shown.mentions(tree.other_partner.name)
    assert shown.shows_link(tree.lever)
    assert not shown.refers_to(tree.other_lever)


@pytest.mark.django_db
def test_directorate_shows_its_updates_and_led_projects(tree, reader_client):
    shown = rendered(reader_client.get(tree.directorate.url))
    assert shown.shows_link(tree.update)
    assert shown.shows_link(tree.project)
    assert not shown.refers_to(tree.other_update)
    assert not shown.refers_to(tree.other_project)


@pytest.mark.django_db
def test_update_shows_what_it_is_about(tree, reader_client):
    shown = rendered(reader_client.get(tree.update.url))
    for page in (tree.project, tree.lever, tree.sector):
        assert shown.shows_link(page), page.title
    for page in (tree.other_project, tree.other_lever, tree.other_sector):
        assert not shown.refers_to(page), page.title


@pytest.mark.django_db
def test_standard_page_lists_its_children(tree, reader_client):
    child = factories.StandardPageFactory(parent=tree.standard, title="Comité de pilotage")
    shown = rendered(reader_client.get(tree.standard.url))
    assert shown.shows_link(child)


# Anonymous visitors: the intranet is private.


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_anonymous_visitor_is_sent_to_sign_in_from_every_page_type(tree, client, name):
    url = getattr(tree, name).url
    response = client.get(url)
    assert login_redirect_target(response) == url
    assert getattr(tree, name).title not in response.content.decode()


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_sign_in_from_search(tree, client):
    response = client.get(reverse("search"), {"q": "SOLILAB"})
    assert login_redirect_target(response) == "/recherche/?q=SOLILAB"


@pytest.mark.django_db
def test_documents_are_served_only_to_signed_in_staff(client, reader_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = DocumentFactory(
        title="Compte rendu atelier",
        file__filename="compte-rendu.txt",
        file__data=b"Compte rendu confidentiel",
    )
    assert login_redirect_target(client.get(document.url)) == document.url
    response = reader_client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Compte rendu confidentiel"


@pytest.mark.django_db
def test_admin_is_not_open_to_anonymous_visitors(client):
    assert login_redirect_target(client.get("/admin/")) == "/admin/"


# Signing in and out.


@pytest.mark.django_db
def test_sign_in_page_is_reachable_anonymously(client):
    response = client.get(reverse("login"))
    shown = rendered(response)
    html = response.content.decode()
    assert 'name="username"' in html
    assert 'name="password"' in html
    assert len(shown.h1) == 1


@pytest.mark.django_db
def test_signing_in_returns_to_the_page_asked_for(tree, reader):
    client = Client()
    response = client.get(tree.project.url)
    assert login_redirect_target(response) == tree.project.url
    response = client.post(
        response["Location"],
        {"username": "lecteur", "password": factories.PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == tree.project.url
    assert tree.project.title in rendered(client.get(tree.project.url)).h1[0]


@pytest.mark.django_db
def test_a_wrong_password_does_not_sign_in(tree, reader):
    client = Client()
    response = client.post(reverse("login"), {"username": "lecteur", "password": "pas-le-bon"})
    assert response.status_code == 200
    assert SESSION_KEY not in client.session
    assert login_redirect_target(client.get(tree.home.url)) == tree.home.url


@pytest.mark.django_db
def test_signing_out_closes_the_intranet(tree, reader_client):
    assert reader_client.get(tree.home.url).status_code == 200
    response = reader_client.post(reverse("logout"))
    assert response.status_code == 302
    assert login_redirect_target(reader_client.get(tree.home.url)) == tree.home.url


# The load-balancer health check.


@pytest.mark.django_db
def test_health_answers_ok_anonymously_and_says_nothing_else(client):
    response = client.get("/sante/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies  # no session, no CSRF token


@pytest.mark.django_db
def test_health_accepts_only_get(client):
    assert client.post("/sante/").status_code == 405


# Drafts.


@pytest.mark.django_db
def test_a_draft_is_not_served_nor_listed(tree, reader_client):
    draft = factories.LeverPageFactory(parent=tree.lever_index, live=False)
    assert reader_client.get(draft.url).status_code == 404
    assert not rendered(reader_client.get(tree.lever_index.url)).refers_to(draft)
    assert not rendered(reader_client.get(tree.home.url)).refers_to(draft)


@pytest.mark.django_db
@pytest.mark.parametrize("listing", ["home", "directorate", "project", "lever"])
def test_a_draft_update_is_not_listed(tree, reader_client, listing):
    draft = factories.UpdatePageFactory(
        parent=tree.directorate, live=False, projects=[tree.project], levers=[tree.lever]
    )
    shown = rendered(reader_client.get(getattr(tree, listing).url))
    assert shown.shows_link(tree.update)  # the live one is there
    assert not shown.mentions(draft.title)


@pytest.mark.django_db
def test_a_draft_project_is_not_listed(tree, reader_client):
    draft = factories.ProjectPageFactory(
        parent=tree.project_index,
        live=False,
        levers=[tree.lever],
        lead_directorate=tree.directorate,
    )
    for listing in ("project_index", "lever", "directorate"):
        shown = rendered(reader_client.get(getattr(tree, listing).url))
        assert shown.shows_link(tree.project), listing
        assert not shown.mentions(draft.title), listing


# Pages under a group view restriction.


@pytest.fixture
def insiders(db):
    return factories.GroupFactory(name="Direction de l'économie")


@pytest.fixture
def insider_client(insiders):
    client = Client()
    client.force_login(factories.UserFactory(username="initiee", groups=[insiders]))
    return client


@pytest.fixture
def restricted_update(tree, insiders):
    update = factories.UpdatePageFactory(
        parent=tree.directorate,
        title="Note interne réservée",
        projects=[tree.project],
        levers=[tree.lever],
    )
    factories.restrict_to_groups(update, insiders)
    return update


@pytest.mark.django_db
@pytest.mark.parametrize("listing", ["home", "project", "lever", "directorate"])
def test_a_restricted_update_is_listed_only_for_its_group(
    tree, restricted_update, reader_client, insider_client, listing
):
    url = getattr(tree, listing).url
    outsider_view = rendered(reader_client.get(url))
    assert outsider_view.shows_link(tree.update)
    assert not outsider_view.mentions(restricted_update.title)
    assert rendered(insider_client.get(url)).shows_link(restricted_update)


@pytest.mark.django_db
def test_a_restricted_page_is_served_only_to_its_group(
    tree, restricted_update, reader_client, insider_client
):
    shown = rendered(insider_client.get(restricted_update.url))
    assert restricted_update.title in shown.h1[0]
    response = reader_client.get(restricted_update.url)
    assert response.status_code == 403
    assert restricted_update.summary not in response.content.decode()


@pytest.mark.django_db
def test_a_restricted_subtree_is_hidden_from_listings_and_policy_links(
    tree, insiders, reader_client, insider_client
):
    """A whole restricted project: gone from its index, its lever and the policy it links to."""
    factories.restrict_to_groups(tree.project, insiders)
    for listing in ("project_index", "lever", "sector", "directorate", "policy"):
        url = getattr(tree, listing).url
        assert not rendered(reader_client.get(url)).refers_to(tree.project), listing
        assert rendered(insider_client.get(url)).shows_link(tree.project), listing


@pytest.mark.django_db
def test_a_link_to_a_restricted_policy_is_shown_only_to_its_group(
    tree, insiders, reader_client, insider_client
):
    factories.restrict_to_groups(tree.policy, insiders)
    for source in ("project", "lever"):
        url = getattr(tree, source).url
        assert not rendered(reader_client.get(url)).refers_to(tree.policy), source
        assert rendered(insider_client.get(url)).shows_link(tree.policy), source


# Search, signed in.


@pytest.mark.django_db
def test_search_finds_a_page_for_a_signed_in_reader(tree, reader_client):
    response = reader_client.get(reverse("search"), {"q": tree.project.title})
    shown = rendered(response)
    assert shown.shows_link(tree.project)
