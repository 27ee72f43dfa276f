"""The « État des traductions » admin report: each French page and its state per locale."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation

from translations.status import Status, source_pages, statuses, target_locales


def _locale_choices():
    return [(locale.language_code, locale.get_display_name()) for locale in target_locales()]


def _page_content_types(request=None):
    models = [model for model in get_page_models() if model is not Page]
    ids = [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]
    return ContentType.objects.filter(pk__in=ids).order_by("model")


class PageTypeChoiceFilter(django_filters.ModelChoiceFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, queryset=_page_content_types, **kwargs)

    def label_from_instance(self, content_type):
        return capfirst(content_type.model_class()._meta.verbose_name)


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters of the report; the status filter applies to the chosen language, or to any."""

    title = django_filters.CharFilter(label=_("Title"), lookup_expr="icontains")
    content_type = PageTypeChoiceFilter(label=_("Page type"))
    locale = django_filters.ChoiceFilter(
        label=_("Language"), choices=_locale_choices, method="keep_all"
    )
    status = django_filters.ChoiceFilter(
        label=_("Translation status"), choices=Status.choices, method="filter_status"
    )

    class Meta:
        model = Page
        fields = ["title", "content_type", "locale", "status"]

    def keep_all(self, queryset, name, value):
        return queryset  # the chosen language narrows the status filter and the columns

    def filter_status(self, queryset, name, value):
        locales = chosen_locales(self.form.cleaned_data.get("locale"))
        found = statuses(queryset, locales)
        matching = [pk for pk, per in found.items() if any(s.status == value for s in per.values())]
        return queryset.filter(pk__in=matching)


def chosen_locales(code):
    """The locale of that code, or every translated locale when no (valid) code is given."""
    locales = target_locales()
    return [locale for locale in locales if locale.language_code == code] or locales


class StatusColumn(Column):
    """The status of a page in one locale, linking to the translated page's editor."""

    cell_template_name = "translations/status_cell.html"

    def __init__(self, locale):
        super().__init__(f"status_{locale.language_code}", label=locale.get_display_name())
        self.locale = locale

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        state = instance.translation_statuses[self.locale.language_code]
        context["state"] = state
        if state.target_id:
            context["edit_url"] = reverse("wagtailadmin_pages:edit", args=[state.target_id])
        return context


class TranslationStatusReport(ReportView):
    """« État des traductions »: up to date, outdated or missing, per French page and locale.

    For communications staff (who may submit translations) and administrators; exportable
    as CSV or XLSX with one column per locale.
    """

    page_title = _("Translation status")
    header_icon = "site"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    permission_policy = ModelPermissionPolicy(Translation)
    permission_required = "submit"
    default_ordering = "path"
    export_filename = "etat-des-traductions"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.locales = chosen_locales(request.GET.get("locale"))
        self.columns = [
            TitleColumn(
                "title",
                label=_("Page"),
                sort_key="title",
                get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
            ),
            Column("page_type", label=_("Page type")),
            *(StatusColumn(locale) for locale in self.locales),
        ]
        codes = [f"status_{locale.language_code}" for locale in self.locales]
        self.list_export = ["title", "page_type", *codes]
        self.export_headings = {
            "title": _("Page"),
            "page_type": _("Page type"),
            **{f"status_{loc.language_code}": loc.get_display_name() for loc in self.locales},
        }

    def get_valid_orderings(self):
        return ["path", "title", "-title"]

    def get_queryset(self):
        return self.order_queryset(source_pages())

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        found = statuses(Page.objects.filter(pk__in=[page.pk for page in pages]), self.locales)
        for page in pages:
            page.translation_statuses = found[page.pk]
            page.page_type = capfirst(page.specific_class._meta.verbose_name)
            for code, state in found[page.pk].items():
                setattr(page, f"status_{code}", state.label)
        return pages
