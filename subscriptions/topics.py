"""Which pages people can follow, and which updates belong to each of them.

An update belongs to a directorate when it is published under the directorate's page, and to a
lever, sector or project through the update's own ``levers``, ``sectors`` and ``projects``.
Only updates in the followed page's locale count.
"""

from django.conf import settings

from pages.models import DirectoratePage, LeverPage, ProjectPage, SectorPage, UpdatePage

SUBSCRIBABLE_MODELS = (LeverPage, SectorPage, ProjectPage, DirectoratePage)


def is_subscribable(page):
    """Whether ``page`` (specific or not) is a lever, sector, project or directorate."""
    return issubclass(page.specific_class or type(page), SUBSCRIBABLE_MODELS)


def updates_of(page):
    """Every update (live or not) about ``page``, in the page's locale, newest first."""
    page = page.specific
    if isinstance(page, DirectoratePage):
        updates = UpdatePage.objects.descendant_of(page)
    else:
        updates = page.updates.all()
    return updates.filter(locale_id=page.locale_id).order_by("-date", "-first_published_at", "-pk")


def absolute_url(page):
    """The full URL of ``page`` for emails and feeds, read outside the site."""
    return page.get_full_url() or settings.WAGTAILADMIN_BASE_URL.rstrip("/") + (page.url or "")
