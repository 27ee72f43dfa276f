"""URLs of the public hand-off, mounted at ``/api/public/``; none of them needs a session."""

from django.urls import include, path
from wagtail.utils.urlpatterns import decorate_urlpatterns

from public import api, feeds, openapi

api_urlpatterns = decorate_urlpatterns(api.router.get_urlpatterns(), api.conditional)

urlpatterns = [
    path("v2/", include((api_urlpatterns, "public_api"), namespace="public_api")),
    path("openapi.json", openapi.openapi_json, name="public_openapi"),
    path("feeds/<str:locale>/<str:kind>.atom", feeds.public_feed, name="public_feed"),
]
