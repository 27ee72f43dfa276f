"""The « Pages à relire » admin report: pages past their review date, by directorate and owner.

Who sees what: every user with access to the admin sees the overdue pages they may edit plus
those they own. Administrators may edit the whole tree, so they see every overdue page;
an approver or editor sees their directorate's section. The rows are exportable as CSV/XLSX.
"""

from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from ownership.filters import OverdueReviewFilterSet
from ownership.queries import overdue_pages_for_user
from ownership.reminders import admin_edit_url


class OverdueReviewReport(PageReportView):
    page_title = _("Pages to review")
    header_icon = "time"
    results_template_name = "ownership/overdue_review_report_results.html"
    index_url_name = "ownership_review_report"
    index_results_url_name = "ownership_review_report_results"
    filterset_class = OverdueReviewFilterSet
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    list_export = [
        "title",
        "review_directorate_title",
        "owner_name",
        "owner_email",
        "review_date",
        "status_string",
        "edit_url",
    ]
    export_headings = {
        "title": _("Title"),
        "review_directorate_title": _("Owning directorate"),
        "owner_name": _("Content owner"),
        "owner_email": _("Email address"),
        "review_date": _("Review due on"),
        "status_string": _("Status"),
        "edit_url": _("Edit link"),
    }

    def get_filename(self):
        return f"pages-a-relire-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        User = get_user_model()
        owner = User.objects.filter(pk=OuterRef("review_owner_id"))
        return (
            overdue_pages_for_user(self.request.user, timezone.localdate())
            .annotate(
                review_directorate_title=Subquery(
                    Page.objects.filter(pk=OuterRef("review_directorate_id")).values("title")[:1]
                ),
                owner_last_name=Subquery(owner.values("last_name")[:1]),
            )
            .select_related("content_type")
            .order_by(
                "review_directorate_title", "owner_last_name", "review_owner_id", "review_date"
            )
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        owners = get_user_model().objects.in_bulk({page.review_owner_id for page in pages})
        for page in pages:
            owner = owners.get(page.review_owner_id)
            page.owner = owner
            page.owner_name = (owner.get_full_name() or owner.get_username()) if owner else ""
            page.owner_email = owner.email if owner else ""
            page.edit_url = admin_edit_url(page)
        return pages
