"""Create the review workflow and keep it assigned to the whole tree, idempotently.

``sync_workflows()`` runs at the end of ``roles.sync.sync_roles`` (so ``manage.py sync_roles``
and ``load_demo`` both run it). It makes sure that:

- one ``DirectorateApprovalTask`` and one ``CommunicationsReviewTask`` exist and are active;
- the workflow holding the directorate task has exactly these two tasks, in that order, and
  is active (it is found by its task, not by its name, so renaming it in the admin is fine);
- the workflow is assigned to the root page, hence to every page of every locale.

A second run changes nothing. Tasks and workflows made by hand in the admin are left alone,
except that the root page's assignment is this workflow's: a different workflow for one
subtree can still be assigned lower in the tree, Wagtail uses the nearest one.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

from workflows.models import CommunicationsReviewTask, DirectorateApprovalTask

logger = logging.getLogger(__name__)

# Stored names, shown in the admin and in the emails: French, like the role groups' names.
WORKFLOW_NAME = "Relecture et publication"
DIRECTORATE_TASK_NAME = "Approbation par la direction"
COMMUNICATIONS_TASK_NAME = "Relecture Communication"


@dataclass
class WorkflowSyncReport:
    """What one run of ``sync_workflows`` changed (empty when nothing)."""

    changes: list[str] = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.changes)


def sync_workflows():
    """Bring the review workflow and its assignment in line; return a ``WorkflowSyncReport``."""
    report = WorkflowSyncReport()
    with transaction.atomic():
        directorate_task = _task(DirectorateApprovalTask, DIRECTORATE_TASK_NAME, report)
        communications_task = _task(CommunicationsReviewTask, COMMUNICATIONS_TASK_NAME, report)
        workflow = _workflow(directorate_task, report)
        _set_tasks(workflow, [directorate_task, communications_task], report)
        _assign_to_root(workflow, report)
    for change in report.changes:
        logger.info("Review workflow: %s", change)
    return report


def _task(model, name, report):
    task = model.objects.order_by("pk").first()
    if task is None:
        report.changes.append(f"created task {name}")
        return model.objects.create(name=name)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        report.changes.append(f"reactivated task {task.name}")
    return task


def _workflow(directorate_task, report):
    workflow = Workflow.objects.filter(workflow_tasks__task=directorate_task).order_by("pk").first()
    if workflow is None:
        report.changes.append(f"created workflow {WORKFLOW_NAME}")
        return Workflow.objects.create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        report.changes.append(f"reactivated workflow {workflow.name}")
    return workflow


def _set_tasks(workflow, tasks, report):
    current = list(
        WorkflowTask.objects.filter(workflow=workflow)
        .order_by("sort_order")
        .values_list("task_id", "sort_order")
    )
    wanted = [(task.pk, order) for order, task in enumerate(tasks)]
    if current == wanted:
        return
    WorkflowTask.objects.filter(workflow=workflow).delete()
    WorkflowTask.objects.bulk_create(
        WorkflowTask(workflow=workflow, task=task, sort_order=order)
        for order, task in enumerate(tasks)
    )
    report.changes.append(f"set the tasks of {workflow.name}")


def _assign_to_root(workflow, report):
    root = Page.get_first_root_node()
    assignment = WorkflowPage.objects.filter(page=root).first()
    if assignment is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
        report.changes.append(f"assigned {workflow.name} to the whole tree")
    elif assignment.workflow_id != workflow.pk:
        assignment.workflow = workflow
        assignment.save(update_fields=["workflow"])
        report.changes.append(f"assigned {workflow.name} to the whole tree")
