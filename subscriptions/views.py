"""Follow and unfollow pages, the « Mes abonnements » page, and the feed token's life cycle."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pages.visibility import is_visible
from subscriptions.forms import FollowedPageForm, SubscribeForm
from subscriptions.models import FeedToken, Frequency, Subscription


def _invalid(request, form, status=400):
    """A clear page for a form that could not have come from our buttons."""
    errors = [error for field_errors in form.errors.values() for error in field_errors]
    if any(error.code == "unknown" for error in form.errors.as_data().get("page", [])):
        status = 404
    return render(request, "subscriptions/invalid.html", {"errors": errors}, status=status)


def _back(request, page=None):
    """Where to go after a button: the safe ``next`` field, else the page, else the list."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    if page is not None and page.url:
        return redirect(page.url)
    return redirect("subscriptions:index")


@require_POST
def subscribe(request):
    """Follow a page, or change the frequency of an existing subscription."""
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return _invalid(request, form)
    page = form.cleaned_data["page"]
    if not is_visible(page, request):
        return render(
            request,
            "subscriptions/invalid.html",
            {"errors": [_("This page does not exist.")]},
            status=404,
        )
    frequency = form.cleaned_data["frequency"]
    Subscription.objects.update_or_create(
        user=request.user, page=page, defaults={"frequency": frequency}
    )
    messages.success(
        request,
        _("You follow « %(title)s »: %(frequency)s digest of its new updates.")
        % {"title": page.title, "frequency": Frequency(frequency).label.lower()},
    )
    return _back(request, page)


@require_POST
def unsubscribe(request):
    """Stop following a page (nothing to do when the person did not follow it)."""
    form = FollowedPageForm(request.POST)
    if not form.is_valid():
        return _invalid(request, form)
    page = form.cleaned_data["page"]
    deleted, _details = Subscription.objects.filter(user=request.user, page=page).delete()
    if deleted:
        messages.success(request, _("You no longer follow « %(title)s ».") % {"title": page.title})
    return _back(request, page)


def _page_context(request, token=None):
    rows = []
    subscriptions = (
        Subscription.objects.filter(user=request.user)
        .select_related("page")
        .order_by("page__title")
    )
    for subscription in subscriptions:
        page = subscription.page.specific
        row = {"subscription": subscription, "page": page, "visible": is_visible(page, request)}
        if token and row["visible"]:
            row["atom_url"] = request.build_absolute_uri(
                reverse("subscriptions:atom", args=[token, page.pk])
            )
            row["rss_url"] = request.build_absolute_uri(
                reverse("subscriptions:rss", args=[token, page.pk])
            )
        rows.append(row)
    return {
        "rows": rows,
        "frequencies": Frequency.choices,
        "feed_token": FeedToken.objects.filter(user=request.user).first(),
        "new_token": token,
    }


@require_GET
def index(request):
    """« Mes abonnements »: what the person follows, how often, and their private feeds."""
    return render(request, "subscriptions/index.html", _page_context(request))


@require_POST
def feed_token(request):
    """Create, regenerate (``action=issue``) or revoke (``action=revoke``) the feed token.

    A new token is shown on the page this request renders and never again: only its hash is
    kept. Regenerating invalidates every feed address given out with the previous one.
    """
    action = request.POST.get("action")
    if action == "issue":
        token = FeedToken.issue(request.user)
        return render(request, "subscriptions/index.html", _page_context(request, token))
    if action == "revoke":
        if FeedToken.objects.filter(user=request.user).delete()[0]:
            messages.success(request, _("Your feed token is revoked: your feeds no longer work."))
        return redirect("subscriptions:index")
    return render(
        request,
        "subscriptions/invalid.html",
        {"errors": [_("Unknown action on the feed token.")]},
        status=400,
    )
