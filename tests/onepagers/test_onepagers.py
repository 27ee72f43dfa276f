"""One-pagers of levers, sectors and projects: the printable page, its PDF, and who may see them."""

import io
import json
import sys

import pytest
from django.urls import reverse
from pypdf import PdfReader

from tests import factories

FIGURES = json.dumps(
    [
        {
            "type": "key_figures",
            "value": {
                "title": "En chiffres",
                "figures": [
                    {"value": "32", "label": "ateliers de co-construction", "source": "2021"},
                    {"value": "300+", "label": "participants", "source": ""},
                ],
            },
        }
    ]
)


def one_pager(client, page):
    return client.get(reverse("onepager", args=[page.pk]))


def pdf_text(response):
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def lever_with_figures(tree):
    lever = factories.LeverPageFactory(
        parent=tree.lever_index, number=7, title="Coopérer entre acteurs", body=FIGURES
    )
    project = factories.ProjectPageFactory(parent=tree.project_index, levers=[lever])
    return lever, project


@pytest.mark.django_db
def test_lever_one_pager_shows_key_figures_and_projects(lever_with_figures, reader_client):
    lever, project = lever_with_figures
    response = one_pager(reader_client, lever)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "<h1" in html and lever.title in html
    assert "32" in html and "ateliers de co-construction" in html and "300+" in html
    assert project.title in html
    assert reverse("onepager_pdf", args=[lever.pk]) in html
    assert "window.print()" in html


@pytest.mark.django_db
def test_project_one_pager_leaves_internal_fields_out(tree, reader_client):
    project = factories.ProjectPageFactory(
        parent=tree.project_index,
        title="SOLILAB de demain",
        levers=[tree.lever],
        partners=[tree.partner],
        budget=987654,
        contact_name="Dominique Interne",
        contact_email="dominique@nantesmetropole.test",
    )
    html = one_pager(reader_client, project).content.decode()
    assert tree.lever.title in html and tree.partner.name in html
    assert "987" not in html and "Dominique" not in html and "dominique@" not in html
    # An internal page says so on its one-pager.
    assert "onepager__notice" in html


@pytest.mark.django_db
def test_sector_one_pager(tree, reader_client):
    response = one_pager(reader_client, tree.sector)
    assert response.status_code == 200
    assert tree.sector.title in response.content.decode()
    assert tree.project.title in response.content.decode()
    assert tree.other_policy.title in response.content.decode()  # its cross-policy link


@pytest.mark.django_db
def test_pdf_contains_the_title_and_key_figures(lever_with_figures, reader_client):
    lever, _project = lever_with_figures
    response = reader_client.get(reverse("onepager_pdf", args=[lever.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="fiche-')
    text = pdf_text(response)
    assert "Coopérer entre acteurs" in text
    assert "ateliers de co-construction" in text


@pytest.mark.django_db
def test_english_translation_has_an_english_one_pager(tree, reader_client, en_locale):
    english = tree.lever.copy_for_translation(en_locale, copy_parents=True)
    english.title = "Cooperating between actors"
    english.save_revision().publish()
    response = one_pager(reader_client, english)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html and "Action lever" in html
    assert "Cooperating between actors" in pdf_text(
        reader_client.get(reverse("onepager_pdf", args=[english.pk]))
    )


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["onepager", "onepager_pdf"])
def test_other_page_types_drafts_and_unknown_pages_are_not_found(tree, reader_client, url_name):
    draft = factories.LeverPageFactory(parent=tree.lever_index, number=9, live=False)
    for page_id in (tree.policy.pk, tree.home.pk, draft.pk, 999_999):
        assert reader_client.get(reverse(url_name, args=[page_id])).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["onepager", "onepager_pdf"])
def test_restricted_pages_are_refused_as_the_page_is(tree, reader_client, url_name):
    group = factories.GroupFactory(name="Comité de pilotage")
    member = factories.UserFactory(username="membre-copil", groups=[group])
    factories.restrict_to_groups(tree.sector, group)
    url = reverse(url_name, args=[tree.sector.pk])
    assert reader_client.get(url).status_code == 403
    assert reader_client.get(tree.sector.url).status_code == 403  # same as the page itself
    reader_client.force_login(member)
    assert reader_client.get(url).status_code == 200


@pytest.mark.django_db
def test_one_pager_needs_a_signed_in_user(tree, client):
    response = client.get(reverse("onepager_pdf", args=[tree.lever.pk]))
    assert response.status_code == 302 and "/connexion/" in response["Location"]


@pytest.mark.django_db
def test_pdf_without_weasyprint_explains_in_a_page(tree, reader_client, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as on a server without it
    response = reader_client.get(reverse("onepager_pdf", args=[tree.lever.pk]))
    assert response.status_code == 503
    assert reverse("onepager", args=[tree.lever.pk]) in response.content.decode()


@pytest.mark.django_db
def test_every_page_links_the_print_stylesheet(tree, reader_client):
    html = reader_client.get(tree.lever.url).content.decode()
    assert 'href="/static/css/print.css" media="print"' in html
