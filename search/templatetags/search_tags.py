"""Links of the search page that keep the current search: its words, sort and filters."""

from django import template

from search.engine import RESULTS_PER_PAGE

register = template.Library()

#: What ``search_url`` keeps when it clears the filters.
KEPT_WITHOUT_FILTERS = ("q", "sort", "locale")
#: Values of a facet shown before its "show more" toggle.
FACET_VALUES_SHOWN = 6


@register.simple_tag(takes_context=True)
def search_url(context, clear_filters=False, **changes):
    """The URL of the current search with ``changes`` applied, e.g. ``{% search_url page=2 %}``.

    The query string is read from ``request.GET``, so the words, the sort and every value of
    every filter are kept. A change to ``None`` or ``""`` removes the parameter; any change
    other than ``page`` goes back to the first page (the results are no longer the same), and
    the first page is written without ``page=``. ``clear_filters=True`` keeps only the words,
    the sort and the language.
    """
    request = context["request"]
    params = request.GET.copy()
    if clear_filters:
        for key in list(params):
            if key not in KEPT_WITHOUT_FILTERS:
                del params[key]
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    if params.get("page") == "1":
        del params["page"]
    encoded = params.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path


@register.simple_tag
def page_window(current, total, around=2):
    """Page numbers to link, ``None`` standing for a gap: 1 … 4 5 [6] 7 8 … 20."""
    shown = {1, total, *range(current - around, current + around + 1)}
    numbers = sorted(number for number in shown if 1 <= number <= total)
    window = []
    for number in numbers:
        if window and number - window[-1] == 2:
            window.append(number - 1)  # a gap of one page: link it rather than "…"
        elif window and number - window[-1] > 2:
            window.append(None)
        window.append(number)
    return window


@register.filter
def active_filter_count(params):
    """How many filter values a search has selected, all facets together."""
    return sum(len(values) for values in getattr(params, "filters", {}).values())


@register.filter
def result_start(response):
    """The number of the first result of the page shown, for ``<ol start>``."""
    return (response.page_number - 1) * RESULTS_PER_PAGE + 1


@register.simple_tag
def split_facet(facet, shown=FACET_VALUES_SHOWN):
    """A facet's first values, and the others to put behind a "show more" toggle.

    The toggle starts open when one of the hidden values is selected, so that no active filter
    is out of sight. A facet with just one value more than ``shown`` shows them all.
    """
    values = list(facet.values)
    if len(values) <= shown + 1:
        return {"first": values, "more": [], "more_selected": False}
    more = values[shown:]
    return {
        "first": values[:shown],
        "more": more,
        "more_selected": any(value.selected for value in more),
    }
