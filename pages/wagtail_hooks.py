from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pages.models import Commune, Organisation


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "site"
    list_display = ["name", "insee_code", "population", "population_year"]
    search_fields = ["name", "insee_code"]
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "legal_form", "commune"]
    list_filter = ["legal_form", "locale"]
    search_fields = ["name"]
    ordering = ["name"]


class ReferenceDataGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, CommuneViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Reference data")
    menu_name = "reference-data"


register_snippet(ReferenceDataGroup)


@hooks.register("before_serve_page", order=-1)
def refuse_restricted_page_to_signed_in_users(page, request, serve_args, serve_kwargs):
    """Answer 403 to a signed-in user who fails a view restriction.

    Wagtail would send them to the sign-in page, which sends signed-in users straight back:
    a redirect loop. Anonymous users still go to the sign-in page.
    """
    if not request.user.is_authenticated:
        return
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            raise PermissionDenied
