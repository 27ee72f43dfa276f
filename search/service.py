"""One search, as both the search page and the JSON API answer it."""

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion

from pages.models import Audience, Commune, DirectoratePage, LeverPage, SectorPage
from pages.visibility import is_visible
from search.analytics import log_search, normalise_for_log
from search.engine import FACET_NAMES, run_search
from search.presentation import ResultView, present, type_label
from search.suggestions import did_you_mean

FEW_RESULTS = 3
FACET_LABELS = {
    "type": _("Content type"),
    "directorate": _("Directorate"),
    "lever": _("Action lever"),
    "sector": _("Cooperation sector"),
    "commune": _("Commune"),
    "year": _("Year"),
    "audience": _("Audience"),
}


@dataclass
class FacetValue:
    value: object
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list = field(default_factory=list)


@dataclass
class SearchResponse:
    params: object
    count: int
    page_number: int
    num_pages: int
    results: list
    facets: list
    suggestion: str | None
    relaxed: bool
    promotions: list

    def as_json(self):
        return {
            "count": self.count,
            "page": self.page_number,
            "num_pages": self.num_pages,
            "results": [result.as_json() for result in self.promotions + self.results],
            "facets": {
                facet.name: [
                    {
                        "value": value.value,
                        "label": value.label,
                        "count": value.count,
                        "selected": value.selected,
                    }
                    for value in facet.values
                ]
                for facet in self.facets
            },
            "suggestion": self.suggestion,
        }


def _labels(facets, locale):
    """Human labels of facet values, a query per kind of value at most."""
    ids = {
        name: [v for v in facets.get(name, {}) if v] for name in ("directorate", "lever", "sector")
    }
    labels = {}
    for name, model in (
        ("directorate", DirectoratePage),
        ("lever", LeverPage),
        ("sector", SectorPage),
    ):
        labels[name] = dict(model.objects.filter(pk__in=ids[name]).values_list("pk", "title"))
    labels["commune"] = dict(
        Commune.objects.filter(insee_code__in=list(facets.get("commune", {}))).values_list(
            "insee_code", "name"
        )
    )
    labels["type"] = {slug: type_label(slug) for slug in facets.get("type", {})}
    labels["audience"] = {value: str(label) for value, label in Audience.choices}
    labels["year"] = {year: str(year) for year in facets.get("year", {})}
    return labels


def _facets(outcome, params, locale):
    # A selected value stays listed (at 0) so that the user can always untick it.
    all_counts = {
        name: dict.fromkeys(params.filters.get(name, ()), 0) | dict(outcome.facets.get(name, {}))
        for name in FACET_NAMES
    }
    labels = _labels(all_counts, locale)
    facets = []
    for name in FACET_NAMES:
        selected = set(params.filters.get(name, ()))
        counts = all_counts[name]
        values = [
            FacetValue(value, labels[name].get(value, str(value)), count, value in selected)
            for value, count in counts.items()
        ]
        if name == "year":
            values.sort(key=lambda v: v.value, reverse=True)
        else:
            values.sort(key=lambda v: (-v.count, v.label))
        facets.append(Facet(name, str(FACET_LABELS[name]), values))
    return facets


def _promotions(request, params):
    """Editor's picks for this query, on the first page, if the user may see them."""
    if params.page != 1 or params.has_filters():
        return []
    # Wagtail stores a promotion's query lower-cased but with its accents, while searches are
    # compared folded: "énergie" and "energie" both find the promotion for "Énergie". Curated
    # promotions are few, so comparing them all in Python is cheap.
    wanted = normalise_for_log(params.query)
    picks = [
        pick
        for pick in SearchPromotion.objects.select_related("query", "page").order_by("sort_order")
        if normalise_for_log(pick.query.query_string) == wanted
    ]
    views = []
    for pick in picks:
        page = pick.page.specific if pick.page_id else None
        if page is not None and (
            page.locale_id != params.locale.pk or not is_visible(page, request)
        ):
            continue
        views.append(
            ResultView(
                title=pick.title,
                url=page.get_url(request) if page else pick.external_link_url,
                type="promotion",
                type_label=str(_("Recommended")),
                directorate=None,
                date=None,
                excerpt=escape(pick.description or getattr(page, "summary", "")),
                promoted=True,
            )
        )
    return views


def perform_search(request, params, *, log=True):
    """Search, present the current page, facets, suggestion and picks; log the query."""
    outcome = run_search(request, params)
    directorates = dict(
        DirectoratePage.objects.filter(
            pk__in={hit.directorate for hit in outcome.page.object_list if hit.directorate}
        ).values_list("pk", "title")
    )
    results = present(outcome.page.object_list, outcome.query, request, params.locale, directorates)
    suggestion = None
    if params.query and outcome.count < FEW_RESULTS:
        suggestion = did_you_mean(params.query, params.locale)
    if log and params.query and params.page == 1:
        log_search(params.query, outcome.count)
    promotions = _promotions(request, params)
    # A promoted page moves to the top: it is not listed a second time below.
    promoted_urls = {promotion.url for promotion in promotions}
    results = [result for result in results if result.url not in promoted_urls]
    return SearchResponse(
        params=params,
        count=outcome.count,
        page_number=outcome.page.number,
        num_pages=outcome.page.paginator.num_pages,
        results=results,
        facets=_facets(outcome, params, params.locale),
        suggestion=suggestion,
        relaxed=outcome.relaxed,
        promotions=promotions,
    )
