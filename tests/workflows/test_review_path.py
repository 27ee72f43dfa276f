"""The whole review path through the Wagtail admin, with the emails it sends.

An editor submits from the edit view; approvers approve or request changes from the
moderation actions; the editor resubmits; the final approval publishes. Each step checks what
people would notice: the live page, its revisions, the workflow history screen, and who got
an email with what in it.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from pages.models import Audience
from tests import factories
from tests.workflows.helpers import act, emails, fresh, publish, refused, submit, take_mail
from workflows.sync import COMMUNICATIONS_TASK_NAME, DIRECTORATE_TASK_NAME

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_outbox(mailoutbox):
    """Each test starts with no email sent."""


def history(client, page):
    response = client.get(reverse("wagtailadmin_pages:workflow_history", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def history_detail(client, page):
    state = WorkflowState.objects.for_instance(Page.objects.get(pk=page.pk)).latest("pk")
    url = reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, state.pk])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_an_update_is_approved_by_its_directorate_and_published(world, as_user):
    t, u = world.tree, world.users
    live_title = fresh(t.update).title
    editor, approver = as_user(u.editor), as_user(u.approver)

    response = submit(editor, t.update, "Atelier sur les circuits courts : compte rendu")

    assert response.status_code == 302
    page = fresh(t.update)
    assert page.title == live_title, "submitting does not publish"
    assert page.draft_title == "Atelier sur les circuits courts : compte rendu"
    assert page.current_workflow_task.name == DIRECTORATE_TASK_NAME
    sent = take_mail()
    # The approvers of the directorate, and nobody else: no superuser, no other directorate,
    # not Communications (the page is internal), not the editor who submitted.
    assert set(sent) == emails(u.approver, u.second_approver)
    message = sent[u.approver.email]
    assert "Atelier sur les circuits courts : compte rendu" in message.subject
    assert DIRECTORATE_TASK_NAME in message.subject
    assert f"/admin/pages/{t.update.pk}/edit/" in message.body

    response = act(approver, t.update, "approve")

    assert response.status_code == 302
    page = fresh(t.update)
    assert page.live and page.title == "Atelier sur les circuits courts : compte rendu"
    assert page.live_revision == page.latest_revision
    assert not page.has_unpublished_changes
    assert page.workflow_in_progress is False
    # Communications was skipped: internal content is not theirs to review.
    states = TaskState.objects.filter(workflow_state__object_id=str(page.pk))
    assert {(s.task.name, s.status) for s in states} == {
        (DIRECTORATE_TASK_NAME, TaskState.STATUS_APPROVED),
        (COMMUNICATIONS_TASK_NAME, TaskState.STATUS_SKIPPED),
    }
    sent = take_mail()
    assert set(sent) == emails(u.editor)
    assert "Atelier sur les circuits courts : compte rendu" in sent[u.editor.email].subject

    # The history shows who did what.
    text = history(approver, t.update)
    assert u.editor.get_full_name() in text
    detail = history_detail(approver, t.update)
    assert u.approver.get_full_name() in detail
    assert DIRECTORATE_TASK_NAME in detail


def test_changes_requested_with_a_comment_then_resubmitted(world, as_user):
    t, u = world.tree, world.users
    editor, approver = as_user(u.editor), as_user(u.approver)
    comment = "Merci de préciser la date de l'atelier et le nombre de participants."

    submit(editor, t.update, "Premier jet")
    take_mail()
    response = act(approver, t.update, "reject", comment)

    assert response.status_code == 302
    page = fresh(t.update)
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert page.title != "Premier jet", "a rejected draft is not published"
    sent = take_mail()
    assert set(sent) == emails(u.editor), "only the person who submitted hears of it"
    assert "Premier jet" in sent[u.editor.email].subject
    assert comment in sent[u.editor.email].body
    assert u.approver.get_full_name() in sent[u.editor.email].body

    # The editor fixes the draft and submits again: the same step starts over.
    response = submit(editor, t.update, "Second jet, avec la date")

    assert response.status_code == 302
    page = fresh(t.update)
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.current_workflow_task.name == DIRECTORATE_TASK_NAME
    assert set(take_mail()) == emails(u.approver, u.second_approver)

    act(as_user(u.second_approver), t.update, "approve")

    page = fresh(t.update)
    assert page.live and page.title == "Second jet, avec la date"
    assert page.revisions.count() >= 2
    assert set(take_mail()) == emails(u.editor)
    detail = history_detail(editor, t.update)
    assert comment.replace("'", "&#x27;") in detail
    assert u.second_approver.get_full_name() in detail


def test_content_ready_for_public_goes_to_communications_after_the_directorate(world, as_user):
    t, u = world.tree, world.users
    page = factories.UpdatePageFactory(
        parent=t.directorate, title="Appel à projets ESS 2026", audience=Audience.PUBLIC
    )
    editor, approver = as_user(u.editor), as_user(u.approver)
    communication = as_user(u.communication)

    submit(editor, page, "Appel à projets ESS 2026 : calendrier")
    assert set(take_mail()) == emails(u.approver, u.second_approver)

    act(approver, page, "approve")

    assert fresh(page).title == "Appel à projets ESS 2026", "not published yet"
    assert fresh(page).current_workflow_task.name == COMMUNICATIONS_TASK_NAME
    sent = take_mail()
    assert set(sent) == emails(u.communication, u.second_communication)
    assert COMMUNICATIONS_TASK_NAME in sent[u.communication.email].subject

    # The directorate's approver cannot approve Communications' step for them.
    assert refused(act(approver, page, "approve"))
    assert fresh(page).title == "Appel à projets ESS 2026"

    act(communication, page, "approve")

    page = fresh(page)
    assert page.live and page.title == "Appel à projets ESS 2026 : calendrier"
    assert set(take_mail()) == emails(u.editor)
    detail = history_detail(communication, page)
    assert u.approver.get_full_name() in detail
    assert u.communication.get_full_name() in detail


def test_a_draft_marked_ready_for_public_goes_to_communications(world, as_user):
    """What is reviewed is the submitted draft: here it turns an internal page public."""
    t, u = world.tree, world.users
    assert fresh(t.update).audience == Audience.INTERNAL

    submit(as_user(u.editor), t.update, "Désormais pour le public", audience=Audience.PUBLIC)
    take_mail()
    act(as_user(u.approver), t.update, "approve")

    page = fresh(t.update)
    assert page.current_workflow_task.name == COMMUNICATIONS_TASK_NAME
    assert page.title != "Désormais pour le public"
    assert set(take_mail()) == emails(u.communication, u.second_communication)


def test_communications_can_request_changes_and_the_resubmission_returns_to_them(world, as_user):
    t, u = world.tree, world.users
    page = factories.UpdatePageFactory(parent=t.directorate, audience=Audience.PUBLIC)
    editor = as_user(u.editor)
    submit(editor, page, "Version pour le site public")
    act(as_user(u.approver), page, "approve")
    take_mail()

    act(as_user(u.communication), page, "reject", "Le titre est trop long pour le site.")

    sent = take_mail()
    assert set(sent) == emails(u.editor)
    assert "Le titre est trop long pour le site." in sent[u.editor.email].body

    submit(editor, page, "Version courte")

    # The directorate's approval still holds: the resubmission goes back to Communications.
    assert fresh(page).current_workflow_task.name == COMMUNICATIONS_TASK_NAME
    assert set(take_mail()) == emails(u.communication, u.second_communication)


def test_an_approver_of_another_directorate_cannot_approve(world, as_user):
    t, u = world.tree, world.users
    submit(as_user(u.editor), t.update, "Brouillon de l'économie")
    sent = take_mail()
    assert u.other_approver.email not in sent

    other = as_user(u.other_approver)
    response = act(other, t.update, "approve")

    assert refused(response)
    page = fresh(t.update)
    assert page.title != "Brouillon de l'économie"
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert refused(act(other, t.update, "reject", "Non."))
    assert take_mail() == {}
    # Nor is the page waiting for them on their dashboard.
    dashboard = other.get(reverse("wagtailadmin_home")).content.decode()
    assert "Brouillon de l&#x27;économie" not in dashboard
    assert "Brouillon de l&#x27;économie" in (
        as_user(u.approver).get(reverse("wagtailadmin_home")).content.decode()
    )


def test_a_project_is_reviewed_by_its_lead_directorate(world, as_user):
    t, u = world.tree, world.users
    submit(as_user(u.editor), t.project, "SOLILAB de demain : avancement")

    assert set(take_mail()) == emails(u.approver, u.second_approver)
    assert refused(act(as_user(u.other_approver), t.project, "approve"))
    act(as_user(u.approver), t.project, "approve")
    assert fresh(t.project).title == "SOLILAB de demain : avancement"


def test_approvers_cannot_publish_content_ready_for_public_without_communications(world, as_user):
    t, u = world.tree, world.users
    page = factories.UpdatePageFactory(
        parent=t.directorate, title="Fiche publique", audience=Audience.PUBLIC
    )

    response = publish(as_user(u.approver), page, "Fiche publique modifiée")

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    page = fresh(page)
    assert page.title == "Fiche publique"
    assert page.draft_title == "Fiche publique modifiée", "the changes are kept as a draft"
    # Internal content they still publish directly, as before.
    publish(as_user(u.approver), t.update, "Note interne publiée")
    assert fresh(t.update).title == "Note interne publiée"
