"""The review workflow is created by the role sync and assigned to the whole tree, once."""

import pytest
from wagtail.models import Page, Task, Workflow, WorkflowPage, WorkflowTask

from roles.sync import sync_roles
from workflows.models import CommunicationsReviewTask, DirectorateApprovalTask
from workflows.sync import WORKFLOW_NAME, sync_workflows

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        set(Workflow.objects.values_list("pk", "name", "active")),
        set(Task.objects.values_list("pk", "name", "active")),
        set(WorkflowTask.objects.values_list("pk", "workflow_id", "task_id", "sort_order")),
        set(WorkflowPage.objects.values_list("page_id", "workflow_id")),
    )


def test_every_page_gets_the_review_workflow(world):
    t = world.tree
    for page in (t.update, t.project, t.lever, t.policy, t.home):
        workflow = Page.objects.get(pk=page.pk).get_workflow()
        assert workflow.name == WORKFLOW_NAME
        assert [type(task.specific) for task in workflow.tasks] == [
            DirectorateApprovalTask,
            CommunicationsReviewTask,
        ]


def test_a_second_sync_changes_nothing(world):
    before = snapshot()

    assert not sync_workflows().changed
    sync_roles()

    assert snapshot() == before


def test_the_sync_repairs_what_was_changed_by_hand(world):
    workflow = Page.get_first_root_node().get_workflow()
    workflow.name = "Circuit renommé"
    workflow.active = False
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow, task__name__contains="Communication").delete()
    WorkflowPage.objects.filter(page=Page.get_first_root_node()).delete()

    report = sync_workflows()

    assert report.changed
    workflow = Page.objects.get(pk=world.tree.update.pk).get_workflow()
    assert workflow.name == "Circuit renommé", "a name given in the admin is kept"
    assert workflow.active and len(workflow.tasks) == 2
    assert (
        Workflow.objects.filter(
            workflow_tasks__task__in=DirectorateApprovalTask.objects.all()
        ).count()
        == 1
    )
    assert not sync_workflows().changed
