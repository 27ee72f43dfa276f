from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from translations.status import Status, source_locale, statuses, target_locales
from translations.views import TranslationStatusReport


class TranslatorsMenuItem(MenuItem):
    """Shown to those who may submit translations: communications staff and administrators."""

    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "reports/etat-des-traductions/",
            TranslationStatusReport.as_view(),
            name="translation_status_report",
        ),
        path(
            "reports/etat-des-traductions/results/",
            TranslationStatusReport.as_view(results_only=True),
            name="translation_status_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslatorsMenuItem(
        gettext_lazy("Translation status"),
        reverse("translation_status_report"),
        icon_name="site",
        order=1200,
    )


@hooks.register("public_translation_status")
def translation_waits_for_the_communication_view(page):
    """Outdated translations, and copies still in French, for the Communication view (``public``).

    Locales with no page at all are already reported by ``public.checks``.
    """
    if page.locale_id != source_locale().pk:
        return []
    per_locale = statuses(Page.objects.filter(pk=page.pk), target_locales()).get(page.pk, {})
    messages = []
    for state in per_locale.values():
        language = state.locale.get_display_name()
        if state.status == Status.OUTDATED:
            messages.append(_("Translation in %(language)s out of date") % {"language": language})
        elif state.status == Status.MISSING and state.target_id is not None:
            messages.append(
                _("Not translated into %(language)s yet (the copy is still in French)")
                % {"language": language}
            )
    return messages
