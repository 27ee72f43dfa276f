"""Registers the « Pages à relire » report under Reports in Wagtail's admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from ownership.reports import OverdueReviewReport


class OverdueReviewMenuItem(MenuItem):
    """Shown to anyone who may add, edit or publish some page."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path(
            "reports/pages-a-relire/",
            OverdueReviewReport.as_view(),
            name="ownership_review_report",
        ),
        path(
            "reports/pages-a-relire/results/",
            OverdueReviewReport.as_view(results_only=True),
            name="ownership_review_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return OverdueReviewMenuItem(
        _("Pages to review"), reverse("ownership_review_report"), icon_name="time", order=1050
    )
