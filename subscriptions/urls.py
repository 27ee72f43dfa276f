from django.contrib.auth.decorators import login_not_required
from django.urls import path

from subscriptions import views
from subscriptions.feeds import AtomUpdatesFeed, UpdatesFeed

app_name = "subscriptions"

urlpatterns = [
    path("abonnements/", views.index, name="index"),
    path("abonnements/suivre/", views.subscribe, name="subscribe"),
    path("abonnements/ne-plus-suivre/", views.unsubscribe, name="unsubscribe"),
    path("abonnements/jeton/", views.feed_token, name="feed_token"),
    # Feed readers cannot sign in: the token in the address authenticates them (feeds.py).
    path(
        "flux/<str:token>/<int:page_id>/atom/", login_not_required(AtomUpdatesFeed()), name="atom"
    ),
    path("flux/<str:token>/<int:page_id>/rss/", login_not_required(UpdatesFeed()), name="rss"),
]
