"""Emails on workflow steps, to the reviewers of the step and to nobody else.

Wagtail's own notifiers know only its ``GroupApprovalTask``. ``ReviewTaskSubmissionNotifier``
does the same for our ``ReviewTask``: when a step starts (a submission, a resubmission after
changes, or the previous step approved), it writes to the step's reviewers for *this* page —
the approvers of its directorate, then Communications — and not to superusers, other
directorates or the person who submitted. Approval and rejection mails to the submitter are
Wagtail's (``WorkflowStateApprovalEmailNotifier``, ``WorkflowStateRejectionEmailNotifier``),
with our French templates under ``templates/wagtailadmin/notifications/``.
"""

from wagtail.admin.mail import EmailNotificationMixin, Notifier
from wagtail.models import AbstractPage, TaskState
from wagtail.signals import task_submitted

from workflows.models import ReviewTask


class ReviewTaskSubmissionNotifier(EmailNotificationMixin, Notifier):
    """Tells the reviewers of a ``ReviewTask`` step that a page waits for them."""

    notification = "submitted"  # honours the « submitted » preference of each user's profile
    template_directory = "workflows/notifications/"

    def __init__(self):
        super().__init__((TaskState,))

    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and isinstance(
            instance.task.specific, ReviewTask
        )

    def get_template_base_prefix(self, instance, **kwargs):
        return "review_"

    def get_recipient_users(self, task_state, **kwargs):
        obj = task_state.workflow_state.content_object
        recipients = task_state.task.specific.reviewers(getattr(obj, "specific", obj))
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return set(recipients)

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        workflow_state = task_state.workflow_state
        context["task"] = task_state.task.specific
        context["workflow"] = workflow_state.workflow
        context["requested_by"] = workflow_state.requested_by
        context["object"] = workflow_state.content_object
        context["model_name"] = context["object"]._meta.verbose_name
        if isinstance(context["object"], AbstractPage):
            context["page"] = context["object"].specific
        return context


review_submission_notifier = ReviewTaskSubmissionNotifier()


def register_signal_handlers():
    """Connect the notifier to every task start; it only handles ``ReviewTask`` states."""
    task_submitted.connect(
        review_submission_notifier,
        sender=TaskState,
        dispatch_uid="workflows_review_task_submitted_email",
    )
