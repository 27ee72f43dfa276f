"""The subscribe box shown on lever, sector, project and directorate pages."""

from django import template

from subscriptions.models import Frequency, Subscription
from subscriptions.topics import is_subscribable

register = template.Library()


@register.inclusion_tag("subscriptions/includes/subscribe_box.html", takes_context=True)
def subscribe_box(context, page):
    """The follow/unfollow form for ``page`` and the signed-in person (nothing otherwise)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    shown = bool(page and page.pk and user and user.is_authenticated and is_subscribable(page))
    subscription = (
        Subscription.objects.filter(user=user, page_id=page.pk).first() if shown else None
    )
    return {
        "shown": shown,
        "page": page,
        "subscription": subscription,
        "frequencies": Frequency.choices,
        "next": request.get_full_path() if request else "",
    }
