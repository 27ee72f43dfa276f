"""The search page (/recherche/) and the JSON API (/api/search/, /api/search/suggest/)."""

from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from search.params import InvalidSearch, parse_params
from search.service import perform_search
from search.suggestions import autocomplete


def _default_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


@require_safe
def search(request):
    context = {"search_query": request.GET.get("q", "")[:200]}
    try:
        params = parse_params(request.GET, _default_locale())
        context["search_query"] = params.query
        if params.query:
            context["response"] = perform_search(request, params)
    except InvalidSearch as error:
        context["error"] = str(error)
        return TemplateResponse(request, "search/search.html", context, status=400)
    return TemplateResponse(request, "search/search.html", context)


def _json_error(message, status):
    return JsonResponse({"error": message}, status=status)


def _api_view(view):
    """Session-authenticated JSON: 401 rather than a redirect to the sign-in page."""

    @login_not_required
    @require_safe
    def wrapped(request):
        if not request.user.is_authenticated:
            return _json_error(_("Sign in to use the search."), 401)
        try:
            return view(request)
        except InvalidSearch as error:
            return _json_error(str(error), 400)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@_api_view
def search_api(request):
    """Results, facets and suggestion for ``q`` with the same filters as the search page."""
    params = parse_params(request.GET, _default_locale())
    if not params.query:
        raise InvalidSearch(_("Type one or more words to search."))
    return JsonResponse(perform_search(request, params).as_json())


@_api_view
def suggest_api(request):
    """At most 8 titles of pages the user may see that complete what is being typed."""
    params = parse_params(request.GET, _default_locale())
    pages = autocomplete(request, params.query, params.locale) if params.query else []
    return JsonResponse(
        {"suggestions": [{"title": page.title, "url": page.get_url(request)} for page in pages]}
    )
