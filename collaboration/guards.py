"""Refuse a page save made from an edit form loaded before someone else saved the page.

Wagtail 8 checks ``loaded_revision_id`` only for autosave requests; a plain « Save draft » or
« Publish » from an outdated form silently replaces the newer revision. The browser shows a
concurrent-editing notice first, but the server must not rely on it (script blocked, notice
ignored, several tabs).
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name


def is_stale_save(request, page):
    """True when a full (non-autosave) edit POST was loaded from an older revision.

    Autosave requests (which expect JSON) are left to Wagtail, which already refuses them.
    """
    if request.method != "POST" or not request.accepts("text/html"):
        return False
    latest = page.get_latest_revision()
    if latest is None:
        return False
    # The same test as Wagtail's autosave (EditView.is_out_of_date): an autosaved revision
    # of this session must be the latest; otherwise the loaded one must be, unchanged since.
    if overwrite := request.POST.get("overwrite_revision_id"):
        return overwrite != str(latest.pk)
    if loaded := request.POST.get("loaded_revision_id"):
        loaded_at = request.POST.get("loaded_revision_created_at", "")
        return loaded != str(latest.pk) or loaded_at != latest.created_at.isoformat()
    return False


def refuse_stale_save(request, page):
    """Keep the newer revision, tell the editor who saved it and when, show them the page."""
    latest = page.get_latest_revision()
    author = get_user_display_name(latest.user) if latest.user else _("another editor")
    messages.error(
        request,
        _(
            "Your changes were not saved: %(author)s saved this page on %(date)s, "
            "after you opened it. Their version is shown below; compare it with yours "
            "in the history, then make your changes again."
        )
        % {
            "author": author,
            "date": date_format(localtime(latest.created_at), "DATETIME_FORMAT"),
        },
        buttons=[
            messages.button(reverse("wagtailadmin_pages:history", args=[page.pk]), _("History"))
        ],
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
