"""Reading and validating search parameters from a query string, for the page and the API.

Anything malformed raises ``InvalidSearch`` with a French message; callers answer with a clear
message (HTML) or a 400 (JSON), never a 500.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from wagtail.models import Locale

from search.query import MAX_QUERY_LENGTH

MAX_PAGE = 1000
MAX_FILTER_VALUES = 20
SORTS = ("relevance", "date")
TYPE_SLUGS = (
    "roadmap",
    "lever",
    "sector",
    "project",
    "policy",
    "directorate",
    "update",
    "page",
    "document",
)
AUDIENCES = ("internal", "public")
ID_FACETS = ("directorate", "lever", "sector")


class InvalidSearch(ValueError):
    """A search parameter the user can correct; ``str(error)`` is the message to show."""


@dataclass
class SearchParams:
    query: str = ""
    page: int = 1
    sort: str = "relevance"
    locale: Locale | None = None
    filters: dict = field(default_factory=dict)

    def has_filters(self):
        return any(self.filters.values())


def _clean_text(value):
    if "\x00" in value or "\ufffd" in value:
        raise InvalidSearch(_("The search contains characters that cannot be read."))
    # Control characters are dropped rather than refused: they come from copy-pasting.
    return "".join(char if char.isprintable() else " " for char in value)


def _int(value, message):
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InvalidSearch(message) from None
    if number < 1:
        raise InvalidSearch(message)
    return number


def _filter_values(data, name, parse):
    values = data.getlist(name)
    if len(values) > MAX_FILTER_VALUES:
        raise InvalidSearch(_("Too many values for the filter “%(name)s”.") % {"name": name})
    parsed = []
    for value in values:
        value = value.strip()
        if value:
            parsed.append(parse(value))
    return tuple(dict.fromkeys(parsed))


def _choice(allowed, name):
    def parse(value):
        if value not in allowed:
            raise InvalidSearch(
                _("Unknown value “%(value)s” for the filter “%(name)s”.")
                % {"value": value[:40], "name": name}
            )
        return value

    return parse


def _identifier(name):
    def parse(value):
        return _int(value, _("Unknown value for the filter “%(name)s”.") % {"name": name})

    return parse


def _year(value):
    year = _int(value, _("A year is written with four digits, e.g. 2024."))
    if not 1900 <= year <= 2100:
        raise InvalidSearch(_("A year is written with four digits, e.g. 2024."))
    return year


def _insee(value):
    if not (len(value) == 5 and value.isalnum()):
        raise InvalidSearch(_("Unknown commune code “%(value)s”.") % {"value": value[:10]})
    return value.upper()


def _locale(code, default):
    if not code:
        return default
    try:
        return Locale.objects.get(language_code=code)
    except Locale.DoesNotExist:
        raise InvalidSearch(_("Unknown language “%(code)s”.") % {"code": code[:10]}) from None


def parse_params(data, default_locale):
    """Build ``SearchParams`` from a ``QueryDict``; raise ``InvalidSearch`` on bad input."""
    query = _clean_text(data.get("q", ""))
    if len(query) > MAX_QUERY_LENGTH * 5:
        raise InvalidSearch(
            _("The search is too long: %(max)s characters at most.") % {"max": MAX_QUERY_LENGTH}
        )
    page = _int(data.get("page") or "1", _("The page number must be a whole number from 1."))
    if page > MAX_PAGE:
        raise InvalidSearch(_("The page number must be a whole number from 1."))
    sort = data.get("sort") or "relevance"
    if sort not in SORTS:
        raise InvalidSearch(_("Results can be sorted by relevance or by date."))
    filters = {
        "type": _filter_values(data, "type", _choice(TYPE_SLUGS, "type")),
        "audience": _filter_values(data, "audience", _choice(AUDIENCES, "audience")),
        "year": _filter_values(data, "year", _year),
        "commune": _filter_values(data, "commune", _insee),
    }
    for name in ID_FACETS:
        filters[name] = _filter_values(data, name, _identifier(name))
    return SearchParams(
        query=" ".join(query.split()),
        page=page,
        sort=sort,
        locale=_locale(data.get("locale", "").strip(), default_locale),
        filters=filters,
    )
