"""The site's main navigation and breadcrumbs, resolved once per request.

The main navigation links the home page of the current site (in the active language) and the
index pages of the roadmap. The home page's path comes from Wagtail's cached site root paths;
the home page and its sections are then found with one query on the page tree, filtered by what
the request may see, and the result is cached on the request, so that the header, the
breadcrumbs and any other caller share it. Breadcrumbs cost one more query: the page's ancestors.
"""

from dataclasses import dataclass

from django import template
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from pages.models import (
    DirectorateIndexPage,
    HomePage,
    LeverIndexPage,
    PolicyIndexPage,
    ProjectIndexPage,
    RoadmapPage,
    SectorIndexPage,
)
from pages.visibility import visible

register = template.Library()

_CACHE_ATTR = "_intranet_navigation"

#: The sections of the main navigation, in order, after the home page.
NAV_SECTIONS = (
    (RoadmapPage, _("Roadmap")),
    (LeverIndexPage, _("Levers")),
    (SectorIndexPage, _("Sectors")),
    (ProjectIndexPage, _("Projects")),
    (PolicyIndexPage, _("Linked policies")),
    (DirectorateIndexPage, _("Directorates")),
)


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    path: str
    page_id: int


@dataclass(frozen=True)
class Navigation:
    """The home page (``None`` when the site has none) and the links of the main navigation."""

    home: Page | None
    items: tuple[NavItem, ...]

    @property
    def home_url(self):
        return self.items[0].url if self.items else "/"


def _home_path(request):
    """``url_path`` of the current site's home page in the active language.

    Wagtail caches the root paths of every site and translation of its home page, so this
    costs no query once the cache is warm.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    roots = [root for root in Site.get_site_root_paths() if root.site_id == site.pk]
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        language = None
    for root in roots:
        if root.language_code == language:
            return root.root_path
    return roots[0].root_path if roots else None


def _build_navigation(request):
    home_path = _home_path(request)
    if home_path is None:
        return Navigation(home=None, items=())
    content_types = ContentType.objects.get_for_models(
        HomePage, *(model for model, _label in NAV_SECTIONS)
    )
    # One query for the home page and its sections, narrowed by content type (indexed).
    pages = visible(
        Page.objects.filter(
            content_type__in=content_types.values(), url_path__startswith=home_path
        ),
        request,
    ).order_by("path")
    home = None
    first_of_type = {}
    for page in pages:
        if page.url_path == home_path:
            home = page
        else:
            first_of_type.setdefault(page.content_type_id, page)
    if home is None:
        return Navigation(home=None, items=())
    items = [NavItem(str(_("Home")), home.get_url(request) or "/", home.path, home.pk)]
    for model, label in NAV_SECTIONS:
        section = first_of_type.get(content_types[model].pk)
        url = section.get_url(request) if section else None
        if url:
            items.append(NavItem(str(label), url, section.path, section.pk))
    return Navigation(home=home, items=tuple(items))


def get_navigation(request):
    """The :class:`Navigation` of this request's site and language, cached on the request."""
    if request is None:
        return Navigation(home=None, items=())
    navigation = getattr(request, _CACHE_ATTR, None)
    if navigation is None:
        navigation = _build_navigation(request)
        setattr(request, _CACHE_ATTR, navigation)
    return navigation


@register.simple_tag(takes_context=True)
def home_url(context):
    """URL of the home page of the current site in the active language."""
    return get_navigation(context.get("request")).home_url


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_navigation(context):
    """The main navigation; the current page is marked, and so is the section it belongs to."""
    navigation = get_navigation(context.get("request"))
    page = context.get("page")
    page_id = getattr(page, "pk", None)
    page_path = getattr(page, "path", None) or ""
    # The deepest section containing the page is the current section (a lever is in "Levers",
    # not in "Roadmap"); the home page contains everything so it is only ever the current page.
    containing = [
        item
        for item in navigation.items[1:]
        if page_path.startswith(item.path) and item.page_id != page_id
    ]
    section = max(containing, key=lambda item: len(item.path)) if containing else None
    links = [
        {
            "label": item.label,
            "url": item.url,
            "is_current_page": item.page_id == page_id,
            "is_current_section": item is section,
        }
        for item in navigation.items
    ]
    return {"links": links}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page (nothing on the home page itself)."""
    request = context.get("request")
    page = context.get("page")
    navigation = get_navigation(request)
    home = navigation.home
    page_path = getattr(page, "path", None) or ""
    if home is None or not page_path.startswith(home.path) or page.pk == home.pk:
        return {"crumbs": [], "current": None}
    ancestors = page.get_ancestors().filter(depth__gt=home.depth)
    crumbs = [{"title": str(_("Home")), "url": navigation.home_url}]
    crumbs += [
        {"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors
    ]
    return {"crumbs": crumbs, "current": page.title}
