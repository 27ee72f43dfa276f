"""Which pages a request may see, so that listings never show what the page itself would refuse.

Wagtail enforces view restrictions when a page is served, but querysets know nothing of them.
Every listing, related-content block and feed goes through these helpers.
"""

from wagtail.models import PageViewRestriction

_CACHE_ATTR = "_intranet_denied_paths"


def denied_paths(request):
    """Tree paths of the restricted pages this request does not pass (cached on the request)."""
    cached = getattr(request, _CACHE_ATTR, None)
    if cached is None:
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        cached = tuple(r.page.path for r in restrictions if not r.accept_request(request))
        setattr(request, _CACHE_ATTR, cached)
    return cached


def visible(queryset, request):
    """Live pages of ``queryset`` outside every restricted subtree the request does not pass."""
    queryset = queryset.live()
    for path in denied_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def is_visible(page, request):
    """Whether a single page, already loaded, may be shown to this request."""
    return page.live and not any(page.path.startswith(path) for path in denied_paths(request))
