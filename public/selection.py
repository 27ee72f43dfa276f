"""Which pages and documents may cross to the public website: one definition for every channel.

The API, the Atom feeds, the static export and the communications view all start from
``servable_pages``: live, marked ready for public, outside every view-restricted subtree, not
expired, and served from the published row (never a draft or a scheduled revision, which live
only in ``Revision`` rows). Documents cross only from the public body of a servable page and
only when no collection above them is restricted.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Locale, Page, get_page_models

from pages.models import Audience, IntranetPage


def public_ready_models():
    """The concrete page types that carry an audience."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, IntranetPage) and not model._meta.abstract
    ]


def public_ready_q():
    """A filter on ``Page`` for pages marked ready for public, whatever their type."""
    condition = Q(pk__in=[])
    for model in public_ready_models():
        ids = model.objects.filter(audience=Audience.PUBLIC).values("pk")
        condition |= Q(pk__in=ids)
    return condition


def servable_pages(locale=None):
    """Generic ``Page`` rows the public may receive, optionally in one ``Locale``."""
    now = timezone.now()
    queryset = (
        Page.objects.live()
        .public()
        .filter(public_ready_q())
        .exclude(expire_at__lte=now)
        .exclude(depth__lte=1)
    )
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def is_servable(page):
    return servable_pages().filter(pk=page.pk).exists()


def public_locales():
    """The locales content may be asked in (``fr``, ``en``, and any locale added by settings)."""
    return Locale.objects.order_by("language_code")


def restricted_collection_ids():
    """Collections under a view restriction (with their descendants)."""
    restricted = set()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        collection = restriction.collection
        restricted.update(collection.get_descendants(inclusive=True).values_list("pk", flat=True))
    return restricted


def is_document_public(document, restricted=None):
    """Whether ``document`` sits in no restricted collection."""
    if restricted is None:
        restricted = restricted_collection_ids()
    return document.collection_id not in restricted


def public_path(page):
    """The page's path on the public website: ``/<language>/<path below its home>/``."""
    parts = [part for part in page.url_path.split("/") if part]
    below_home = "/".join(parts[1:])
    prefix = f"/{page.locale.language_code}/"
    return prefix + (below_home + "/" if below_home else "")


def document_model():
    return get_document_model()
