"""The two review tasks of the intranet's workflow.

**One workflow for the whole tree**, assigned to the root page (``workflows.sync``), rather
than one workflow per directorate: the directorate task finds its reviewers *per page*, from
the page's owning directorate (``workflows.ownership``). A new directorate therefore needs no
new workflow, a page moved to another directorate is reviewed by its new approvers at once,
and the admin's workflow list stays one line long. Wagtail's ``GroupApprovalTask`` cannot do
this: its groups are fixed on the task, so it would need one task and one workflow per
directorate, kept in sync with the tree.

Both tasks share ``ReviewTask``: reviewers are members of the groups ``reviewer_groups(page)``
returns (superusers may always act, as with Wagtail's own group tasks), and a task whose
``applies_to(page)`` is false is skipped, so the workflow moves on without anyone's action.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from pages.models import Audience
from workflows import ownership


class ReviewTask(Task):
    """A task approved by members of groups that depend on the page under review."""

    class Meta:
        abstract = True

    def reviewer_groups(self, obj):
        """The groups whose members review ``obj`` at this step."""
        raise NotImplementedError

    def applies_to(self, obj):
        """Whether ``obj`` needs this step at all; when not, the task is skipped."""
        return True

    @staticmethod
    def under_review(obj):
        """What is under review: the latest revision of ``obj``, not its live version.

        A draft may change the audience or the owning directorate; the review is about what
        will be published.
        """
        obj = getattr(obj, "specific", obj)
        latest = getattr(obj, "get_latest_revision_as_object", None)
        return latest() if latest is not None and obj.latest_revision_id else obj

    def reviewers(self, obj):
        """The active users who review ``obj`` at this step (superusers not included)."""
        return (
            get_user_model()
            .objects.filter(is_active=True, groups__in=self.reviewer_groups(self.under_review(obj)))
            .distinct()
        )

    def is_reviewer(self, obj, user):
        """Whether ``user`` may approve or reject ``obj`` at this step (cached on the user)."""
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        # The admin asks several times per request (actions, lock, dashboard).
        cache = user.__dict__.setdefault("_review_task_checks", {})
        key = (self.pk, obj.pk)
        if key not in cache:
            groups = self.reviewer_groups(self.under_review(obj))
            cache[key] = user.groups.filter(pk__in=groups).exists()
        return cache[key]

    # Wagtail's task API ----------------------------------------------------------------------

    def start(self, workflow_state, user=None):
        obj = workflow_state.content_object
        if self.applies_to(self.under_review(obj)):
            return super().start(workflow_state, user=user)
        # Skipped: recorded in the history, no notification, the workflow goes on.
        return TaskState.objects.create(
            workflow_state=workflow_state,
            revision=obj.get_latest_revision(),
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
        )

    def user_can_access_editor(self, obj, user):
        return self.is_reviewer(obj, user)

    def locked_for_user(self, obj, user):
        return not self.is_reviewer(obj, user)

    def user_can_lock(self, obj, user):
        return self.is_reviewer(obj, user)

    def get_actions(self, obj, user):
        if self.is_reviewer(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        reviewable = [
            state.pk
            for state in states.select_related("workflow_state")
            if self.is_reviewer(state.workflow_state.content_object, user)
        ]
        return states.filter(pk__in=reviewable)


class DirectorateApprovalTask(ReviewTask):
    """Approval by the approvers of the page's owning directorate."""

    class Meta:
        verbose_name = _("directorate approval task")
        verbose_name_plural = _("directorate approval tasks")

    def reviewer_groups(self, obj):
        return ownership.directorate_reviewer_groups(obj)

    @classmethod
    def get_description(cls):
        return _(
            "The approvers of the page's owning directorate (for the roadmap and the "
            "policies, the ESS coordination) approve this step."
        )


class CommunicationsReviewTask(ReviewTask):
    """Review by Communications, only for content marked ready for public."""

    class Meta:
        verbose_name = _("Communications review task")
        verbose_name_plural = _("Communications review tasks")

    def reviewer_groups(self, obj):
        return ownership.communication_groups()

    def applies_to(self, obj):
        return getattr(obj, "audience", None) == Audience.PUBLIC

    @classmethod
    def get_description(cls):
        return _(
            "Communications review content marked ready for public; other content skips this step."
        )
