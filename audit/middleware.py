"""Keeps Wagtail's « Site history » report (and its CSV/XLSX export) to administrators.

Wagtail shows that report to anyone with access to the admin, filtered by their model
permissions; here it holds who changed whose rights, so only administrators may open it.
The report's URLs are registered by Wagtail itself, hence a check on the resolved view name.
"""

from wagtail.admin.auth import permission_denied

from audit.access import is_administrator

ADMIN_ONLY_VIEWS = {
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
}


class AdminOnlySiteHistoryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match and match.view_name in ADMIN_ONLY_VIEWS and not is_administrator(request.user):
            return permission_denied(request)
        return None
