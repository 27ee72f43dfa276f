"""Atom feeds of public content, per locale, for the public website and feed readers.

``/api/public/feeds/<locale>/updates.atom`` lists public updates (newest first),
``/api/public/feeds/<locale>/pages.atom`` every public page by publication date. Like the API,
they need an API key (header, or ``?key=`` since feed readers rarely send headers).
"""

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Locale

from pages.models import UpdatePage
from public.auth import authenticate_key, key_from_headers
from public.selection import public_path, servable_pages

FEED_LENGTH = 50


class PublicFeed(Feed):
    """Public pages of one locale; ``kind`` is ``updates`` or ``pages``."""

    feed_type = Atom1Feed

    def get_object(self, request, locale, kind):
        found = Locale.objects.filter(language_code=locale).first()
        if found is None or kind not in ("updates", "pages"):
            raise Http404
        return (found, kind)

    def title(self, obj):
        locale, kind = obj
        with override(locale.language_code):
            if kind == "updates":
                return _("ESS roadmap of Nantes Métropole: news")
            return _("ESS roadmap of Nantes Métropole: public pages")

    def subtitle(self, obj):
        with override(obj[0].language_code):
            return _("Public content of the responsible social and solidarity economy roadmap.")

    def link(self, obj):
        return f"{settings.PUBLIC_SITE_URL.rstrip('/')}/{obj[0].language_code}/"

    def items(self, obj):
        locale, kind = obj
        pages = servable_pages(locale)
        if kind == "updates":
            return UpdatePage.objects.filter(pk__in=pages.values("pk")).order_by("-date", "-pk")[
                :FEED_LENGTH
            ]
        return pages.specific().order_by("-last_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return item.public_version_title

    def item_description(self, item):
        return item.public_version_summary

    def item_link(self, item):
        return settings.PUBLIC_SITE_URL.rstrip("/") + public_path(item)

    def item_guid(self, item):
        return f"urn:uuid:{item.translation_key}"

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


feed = PublicFeed()


@login_not_required
def public_feed(request, locale, kind):
    """The Atom feed, for a valid API key only (401 otherwise)."""
    clear_key = key_from_headers(request) or request.GET.get("key")
    if authenticate_key(clear_key) is None:
        response = HttpResponse(_("A valid API key is required."), status=401)
        response["WWW-Authenticate"] = 'Bearer realm="public-api"'
        return response
    return feed(request, locale=locale, kind=kind)
