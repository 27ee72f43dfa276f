"""Admin reports for the people who curate search: frequent queries, queries finding nothing."""

import datetime

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import QueryLogEntry

REPORT_DAYS = 30


class QueryReportView(ReportView):
    """Queries of the last 30 days, most searched first; exportable as CSV or XLSX."""

    permission_policy = ModelPermissionPolicy(QueryLogEntry)
    any_permission_required = ["view", "change"]
    header_icon = "search"
    index_url_name = None
    columns = [
        Column("query", label=_("Query")),
        Column("total", label=_("Searches")),
        Column("without_results", label=_("Searches without results")),
    ]
    list_export = ["query", "total", "without_results"]
    export_headings = {
        "query": _("Query"),
        "total": _("Searches"),
        "without_results": _("Searches without results"),
    }

    def get_queryset(self):
        since = timezone.localdate() - datetime.timedelta(days=REPORT_DAYS)
        return (
            QueryLogEntry.objects.filter(day__gte=since)
            .values("query")
            .annotate(total=Sum("searches"), without_results=Sum("searches_without_results"))
            .order_by("-total", "query")
        )


class FrequentQueriesReport(QueryReportView):
    page_title = _("Frequent searches (30 days)")
    index_url_name = "search_report_frequent"
    index_results_url_name = "search_report_frequent_results"


class QueriesWithoutResultsReport(QueryReportView):
    page_title = _("Searches without results (30 days)")
    index_url_name = "search_report_without_results"
    index_results_url_name = "search_report_without_results_results"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .filter(without_results__gt=0)
            .order_by("-without_results", "query")
        )
