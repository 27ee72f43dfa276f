"""The project's URLs with OIDC turned on, as urls.py builds them when OIDC_RP_CLIENT_ID is set."""

from django.urls import include, path

from intranet.urls import urlpatterns as project_urlpatterns

urlpatterns = [path("oidc/", include("directory.urls")), *project_urlpatterns]
