"""Private Atom and RSS feeds of the latest updates about a lever, sector, project or directorate.

Feed readers cannot sign in, so the URL carries the reader's feed token: the feed lists what the
token's owner may see (their groups and the view restrictions apply), only live updates in the
followed page's locale. An unknown or revoked token, an unknown page, a page of another type or
one its owner may not see all give the same 404, so a feed never tells what exists.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Page

from pages.visibility import is_visible, visible
from subscriptions.audience import UserAudience
from subscriptions.models import FeedToken
from subscriptions.topics import absolute_url, is_subscribable, updates_of

FEED_LENGTH = 30


@dataclass
class FeedSource:
    page: Page
    audience: UserAudience


class UpdatesFeed(Feed):
    """The RSS 2.0 feed; ``AtomUpdatesFeed`` changes only the format."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        # get_object switches to the page's language; restore the request's afterwards.
        with translation.override(translation.get_language()):
            response = super().__call__(request, *args, **kwargs)
        # Personal content: no shared cache may keep it, no referrer may carry the token away.
        response["Cache-Control"] = "private, no-store"
        response["Referrer-Policy"] = "no-referrer"
        response["X-Robots-Tag"] = "noindex"
        return response

    def get_object(self, request, token, page_id):
        user = FeedToken.user_for(token)
        page = Page.objects.filter(pk=page_id).specific().first() if user else None
        if page is None or not is_subscribable(page):
            raise Http404
        audience = UserAudience(user)
        if not is_visible(page, audience):
            raise Http404
        translation.activate(page.locale.language_code)
        return FeedSource(page, audience)

    def title(self, source):
        return _("%(title)s — updates") % {"title": source.page.title}

    def link(self, source):
        return absolute_url(source.page)

    def description(self, source):
        return source.page.summary or self.title(source)

    def items(self, source):
        updates = visible(updates_of(source.page), source.audience)
        return updates.select_related("directorate")[:FEED_LENGTH]

    def item_title(self, update):
        return update.title

    def item_description(self, update):
        return update.summary

    def item_link(self, update):
        return absolute_url(update)

    def item_guid(self, update):
        return absolute_url(update)

    def item_pubdate(self, update):
        return update.first_published_at

    def item_updateddate(self, update):
        return update.last_published_at

    def item_author_name(self, update):
        return update.directorate.title if update.directorate else None


class AtomUpdatesFeed(UpdatesFeed):
    feed_type = Atom1Feed
    subtitle = UpdatesFeed.description
