from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from directory.forms import SignInForm
from intranet import views as intranet_views
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sante/", intranet_views.health, name="health"),
    path(
        "connexion/",
        login_not_required(
            auth_views.LoginView.as_view(
                template_name="registration/login.html",
                authentication_form=SignInForm,
                redirect_authenticated_user=True,
            )
        ),
        name="login",
    ),
    path("deconnexion/", auth_views.LogoutView.as_view(), name="logout"),
    path("recherche/", search_views.search, name="search"),
    path("api/search/", search_views.search_api, name="search_api"),
    path("api/search/suggest/", search_views.suggest_api, name="search_suggest_api"),
    path("api/public/", include("public.urls")),
    path("", include("subscriptions.urls")),
    path("", include("onepagers.urls")),
]

# Single sign-on through the métropole's OIDC provider, when OIDC_RP_CLIENT_ID is set.
if settings.OIDC_ENABLED:
    urlpatterns.append(path("oidc/", include("directory.urls")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# French pages at the root, English ones under /en/.
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
