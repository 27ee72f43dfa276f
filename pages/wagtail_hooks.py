from django.utils.translation import gettext_lazy as _
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
