from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup
from search.reports import FrequentQueriesReport, QueriesWithoutResultsReport


class SynonymGroupViewSet(SnippetViewSet):
    """Administrators extend the search synonyms here; changes apply to the next search."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_admin_menu = False
    list_display = ["__str__", "note", "updated_at"]
    search_fields = ["terms", "note"]


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path(
            "reports/recherches-frequentes/",
            FrequentQueriesReport.as_view(),
            name="search_report_frequent",
        ),
        path(
            "reports/recherches-frequentes/results/",
            FrequentQueriesReport.as_view(results_only=True),
            name="search_report_frequent_results",
        ),
        path(
            "reports/recherches-sans-resultat/",
            QueriesWithoutResultsReport.as_view(),
            name="search_report_without_results",
        ),
        path(
            "reports/recherches-sans-resultat/results/",
            QueriesWithoutResultsReport.as_view(results_only=True),
            name="search_report_without_results_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_frequent_queries_menu_item():
    return AdminOnlyMenuItem(
        _("Frequent searches"), reverse("search_report_frequent"), icon_name="search", order=1100
    )


@hooks.register("register_reports_menu_item")
def register_queries_without_results_menu_item():
    return AdminOnlyMenuItem(
        _("Searches without results"),
        reverse("search_report_without_results"),
        icon_name="warning",
        order=1110,
    )
