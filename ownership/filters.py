"""Filters of the « Pages à relire » report: by owning directorate and by content owner."""

import django_filters
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Page

from ownership.queries import intranet_page_models
from pages.models import DirectoratePage


def _owners(request):
    """Everyone who owns at least one page."""
    owner_ids = set()
    for model in intranet_page_models():
        owner_ids.update(
            model.objects.exclude(content_owner=None).values_list("content_owner_id", flat=True)
        )
    User = get_user_model()
    return User.objects.filter(pk__in=owner_ids).order_by("last_name", "first_name", "username")


class OverdueReviewFilterSet(WagtailFilterSet):
    directorate = django_filters.ModelChoiceFilter(
        label=_("Owning directorate"),
        queryset=DirectoratePage.objects.order_by("title"),
        method="filter_directorate",
    )
    owner = django_filters.ModelChoiceFilter(
        label=_("Content owner"), queryset=_owners, method="filter_owner"
    )

    class Meta:
        model = Page
        fields = []

    def filter_directorate(self, queryset, name, value):
        return queryset.filter(review_directorate_id=value.pk)

    def filter_owner(self, queryset, name, value):
        return queryset.filter(review_owner_id=value.pk)
