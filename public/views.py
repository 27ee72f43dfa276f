"""The « Communication » admin view: what is ready for public, changed, or waiting.

Communications staff see every page marked ready for public (published or not), whether the
public website can receive it now, when it was last handed over (API or export) and whether it
changed since, and what it still waits for (translations, accessibility fixes).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from public.checks import accessibility_issues, translation_status
from public.models import HandOff
from public.selection import public_ready_q, servable_pages
from roles.definitions import COMMUNICATION


def can_see_communication_view(user):
    """Administrators and members of the Communication group."""
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=COMMUNICATION.name).exists()
    )


class PublicRow:
    """One page of the table, with what the view says about it."""

    def __init__(self, page, servable, handoffs):
        self.page = page
        self.servable = servable
        self.handoffs = handoffs
        self.translation = translation_status(page)
        self.accessibility = accessibility_issues(page)

    @property
    def last_handoff(self):
        return max(self.handoffs, key=lambda h: h.handed_at, default=None)

    @property
    def changed_since_handoff(self):
        """Served now and never handed over, or handed over at another revision."""
        if not self.servable:
            return False
        return not self.handoffs or any(
            h.revision_id != self.page.live_revision_id for h in self.handoffs
        )

    @property
    def waiting(self):
        return bool(self.translation or self.accessibility)

    @property
    def status(self):
        if self.servable:
            return _("Served to the public website")
        if not self.page.live:
            return _("Not published")
        return _("Published but not served (restricted or expired)")


class CommunicationView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Communication")
    page_subtitle = gettext_lazy("Public content")
    header_icon = "globe"
    template_name = "public/admin/communication.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_communication_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_rows(self):
        pages = (
            Page.objects.filter(public_ready_q())
            .select_related("locale")
            .specific()
            .order_by("path")
        )
        servable = set(servable_pages().values_list("pk", flat=True))
        handoffs = {}
        for handoff in HandOff.objects.all():
            handoffs.setdefault(handoff.page_id, []).append(handoff)
        return [PublicRow(page, page.pk in servable, handoffs.get(page.pk, [])) for page in pages]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = self.get_rows()
        context["ready"] = rows
        context["changed"] = [row for row in rows if row.changed_since_handoff]
        context["waiting"] = [row for row in rows if row.waiting]
        return context
