"""The permission matrix, checked through the admin views a person would use.

For every role, section and action, a signed-in member of the role posts (or opens) the real
Wagtail admin view, and the test checks both the answer (success, or a refusal: a redirect to
the dashboard with "permission denied", to the sign-in page, or a 403) and the database (the
page was, or was not, created, changed, published, unpublished, deleted, moved, translated).

The matrix below is the one documented in the README. Roles come from ``manage.py sync_roles``
run on a small tree built with the factories (one tree for the whole module).
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from pages.models import ProjectPage
from roles import definitions
from roles.sync import sync_roles
from tests import factories
from tests.conftest import build_tree, module_data

# Actions, one letter each in the matrix.
ACTIONS = {
    "V": "view",  # open the page in the admin edit view
    "C": "create",  # add a child page
    "E": "edit",  # save a draft from the edit form
    "P": "publish",  # publish from the edit form
    "U": "unpublish",
    "D": "delete",
    "M": "move",  # move the page under a sibling of the same section
    "T": "translate",  # submit the page for translation into English (wagtail-localize)
}

# Sections: where the page acted on lives.
SECTIONS = (
    "economie",  # the subtree of the "economy" directorate
    "project",  # a project whose lead directorate is "economy" (under the roadmap)
    "other",  # the subtree of another directorate
    "roadmap",  # the roadmap (levers, sectors, projects, co-construction pages)
    "restricted",  # a roadmap subtree restricted (view restriction) to the ESS coordination
)

# Projects have no child pages and live only under the project index.
NOT_APPLICABLE = {("project", "C"), ("project", "M")}

# The allowed actions of each role in each section; every other action is refused.
# fmt: off
MATRIX = {
    # role                economie    project   other       roadmap     restricted
    "administrator":    ("VCEPUDMT", "VEPUDT", "VCEPUDMT", "VCEPUDMT", "VCEPUDMT"),
    "reader":           ("",         "",       "",         "",         ""),
    # Every page acted on is internal only: Communications may only translate it (they edit
    # and publish content marked ready for public, see tests/workflows/).
    "communication":    ("T",        "T",      "T",        "T",        "T"),
    "coordination":     ("",         "VEPUD",  "",         "VCEPUDM",  "VCEPUDM"),
    "economy_editor":   ("VCE",      "VE",     "",         "",         ""),
    "economy_approver": ("VCEPUDM",  "VEPUD",  "",         "",         ""),
    "other_editor":     ("",         "",       "VCE",      "",         ""),
}
# fmt: on

CASES = [
    pytest.param(role, section, letter, letter in allowed, id=f"{role}-{section}-{ACTIONS[letter]}")
    for role, row in MATRIX.items()
    for section, allowed in zip(SECTIONS, row, strict=True)
    for letter in ACTIONS
    if (section, letter) not in NOT_APPLICABLE
]


def _section(container, name):
    """A leaf page to act on and a sibling to move it under, both below ``container``."""
    return SimpleNamespace(
        container=container,
        target=factories.StandardPageFactory(parent=container, title=f"Note — {name}"),
        destination=factories.StandardPageFactory(parent=container, title=f"Archives — {name}"),
    )


@pytest.fixture(scope="module")
def _world(django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        with django_db_blocker.unblock():
            t = build_tree()
            Locale.objects.get_or_create(language_code="en")
            working_documents = factories.StandardPageFactory(
                parent=t.roadmap, title="Comité de pilotage — documents de travail"
            )
            sections = {
                "economie": _section(t.directorate, "économie"),
                "project": SimpleNamespace(container=None, target=t.project, destination=None),
                "other": _section(t.other_directorate, "autre direction"),
                "roadmap": _section(t.roadmap, "feuille de route"),
                "restricted": _section(working_documents, "comité"),
            }
            sync_roles()
            group = Group.objects.get
            factories.restrict_to_groups(working_documents, group(name="Coordination ESS"))
            users = {
                "administrator": factories.SuperuserFactory(),
                "reader": factories.UserFactory(groups=[group(name="Lecteurs")]),
                "communication": factories.UserFactory(groups=[group(name="Communication")]),
                "coordination": factories.UserFactory(groups=[group(name="Coordination ESS")]),
                "economy_editor": factories.UserFactory(
                    groups=[group(name=definitions.EDITORS.group_name(t.directorate.title))]
                ),
                "economy_approver": factories.UserFactory(
                    groups=[group(name=definitions.APPROVERS.group_name(t.directorate.title))]
                ),
                "other_editor": factories.UserFactory(
                    groups=[group(name=definitions.EDITORS.group_name(t.other_directorate.title))]
                ),
            }
        yield SimpleNamespace(sections=sections, users=users)


@pytest.fixture
def world(_world, db):
    return _world


def edit_form(page, title):
    """The edit form of ``page`` as the admin posts it, with a new title."""
    data = {
        "title": title,
        "slug": page.slug,
        "summary": page.summary,
        "body": streamfield([]),
        "directorate": page.directorate_id or "",
        "audience": page.audience,
        "comments": inline_formset([]),
    }
    if isinstance(page, ProjectPage):
        data |= {
            "status": page.status,
            "start_date": page.start_date.isoformat(),
            "lead_directorate": page.lead_directorate_id,
            "policy_links": inline_formset([]),
        }
    return nested_form_data(data)


def fresh(page):
    return Page.objects.filter(pk=page.pk).first()


# Each action: (perform it, has it taken effect?) -------------------------------------------


def do_view(client, section):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[section.target.pk]))
    return response, response.status_code == 200


def do_create(client, section):
    title = "Nouvelle page créée par le test"
    url = reverse("wagtailadmin_pages:add", args=["pages", "standardpage", section.container.pk])
    data = nested_form_data(
        {
            "title": title,
            "slug": "nouvelle-page-du-test",
            "body": streamfield([]),
            "audience": "internal",
            "comments": inline_formset([]),
        }
    )
    response = client.post(url, data)
    return response, section.container.get_children().filter(title=title).exists()


def do_edit(client, section):
    title = "Titre modifié en brouillon"
    url = reverse("wagtailadmin_pages:edit", args=[section.target.pk])
    response = client.post(url, edit_form(section.target.specific, title))
    return response, fresh(section.target).draft_title == title


def do_publish(client, section):
    title = "Titre modifié et publié"
    data = edit_form(section.target.specific, title) | {"action-publish": "action-publish"}
    response = client.post(reverse("wagtailadmin_pages:edit", args=[section.target.pk]), data)
    page = fresh(section.target)
    return response, page.title == title and page.live


def do_unpublish(client, section):
    url = reverse("wagtailadmin_pages:unpublish", args=[section.target.pk])
    response = client.post(url)
    return response, not fresh(section.target).live


def do_delete(client, section):
    response = client.post(reverse("wagtailadmin_pages:delete", args=[section.target.pk]))
    return response, fresh(section.target) is None


def do_move(client, section):
    url = reverse(
        "wagtailadmin_pages:move_confirm", args=[section.target.pk, section.destination.pk]
    )
    response = client.post(url)
    return response, fresh(section.target).get_parent().pk == section.destination.pk


def do_translate(client, section):
    english = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[section.target.pk])
    response = client.post(url, {"locales": [english.pk]})
    translated = Page.objects.filter(
        translation_key=section.target.translation_key, locale=english
    ).exists()
    return response, translated


PERFORM = {
    "V": do_view,
    "C": do_create,
    "E": do_edit,
    "P": do_publish,
    "U": do_unpublish,
    "D": do_delete,
    "M": do_move,
    "T": do_translate,
}


def refused(response):
    """Whether the admin refused: dashboard with "permission denied", sign-in page, or 403."""
    if response.status_code == 403:
        return True
    if response.status_code != 302:
        return False
    location = response["Location"]
    return location == reverse("wagtailadmin_home") or location.startswith(
        reverse("wagtailadmin_login")
    )


@pytest.mark.parametrize(("role", "section", "action", "allowed"), CASES)
def test_permission_matrix(world, role, section, action, allowed):
    client = Client()
    client.force_login(world.users[role])

    response, took_effect = PERFORM[action](client, world.sections[section])

    if allowed:
        assert not refused(response), f"refused: {response.status_code} {response.get('Location')}"
        assert response.status_code in (200, 302), response.status_code
        assert took_effect, f"answered {response.status_code} but nothing changed"
    else:
        assert not took_effect, "refused, yet the database changed"
        if action == "P" and "E" in allowed_actions(role, section):
            # Wagtail answers "publish" from someone who may only edit by saving a draft.
            assert response.status_code == 302, response.status_code
        else:
            assert refused(response), f"not refused: {response.status_code}"


def allowed_actions(role, section):
    return MATRIX[role][SECTIONS.index(section)]


def test_the_matrix_covers_every_role_section_and_action():
    assert len(CASES) == len(MATRIX) * (len(SECTIONS) * len(ACTIONS) - len(NOT_APPLICABLE))
    assert all(len(row) == len(SECTIONS) for row in MATRIX.values())
    assert all(set("".join(row)) <= set(ACTIONS) for row in MATRIX.values())
