"""A further locale is added by configuration alone: CONTENT_LANGUAGES, then migrate."""

import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import LocaleSynchronization

from translations.languages import content_languages
from translations.locales import ensure_content_locales

GERMAN = [("fr", "Français"), ("en", "English"), ("de", "Deutsch")]


def test_content_languages_are_read_from_a_list_of_codes():
    assert content_languages("fr, en ,de") == GERMAN
    assert content_languages(None) == GERMAN[:2]


@pytest.mark.parametrize("value", ["fr,xx", "en,fr", "de"])
def test_bad_content_languages_stop_start_up_with_a_clear_message(value):
    with pytest.raises(ImproperlyConfigured, match="CONTENT_LANGUAGES"):
        content_languages(value)


@pytest.mark.django_db
def test_the_configured_locales_exist_after_migrate():
    assert Locale.objects.filter(language_code="en").exists()  # created by post_migrate


@pytest.mark.django_db
@override_settings(WAGTAIL_CONTENT_LANGUAGES=GERMAN, LANGUAGES=GERMAN)
def test_a_configured_locale_is_created_and_mirrored(tree):
    created = ensure_content_locales()
    german = Locale.objects.get(language_code="de")
    assert german in created
    assert ensure_content_locales() == []  # idempotent

    out = io.StringIO()
    call_command("sync_translation_trees", stdout=out)
    assert "de" in out.getvalue()
    assert LocaleSynchronization.objects.get(locale=german).sync_from.language_code == "fr"
    copy = Page.objects.get(translation_key=tree.project.translation_key, locale=german)
    assert copy.alias_of_id == tree.project.pk
    assert copy.get_parent().translation_key == tree.project_index.translation_key


@pytest.mark.django_db
def test_once_synchronised_a_page_created_in_the_admin_gets_its_english_copy(
    tree, superuser_client, en_locale
):
    call_command("sync_translation_trees", stdout=io.StringIO())
    call_command("sync_translation_trees", stdout=io.StringIO())  # idempotent
    url = reverse("wagtailadmin_pages:add", args=["pages", "standardpage", tree.roadmap.pk])
    data = nested_form_data(
        {
            "title": "Calendrier des ateliers",
            "slug": "calendrier-des-ateliers",
            "body": streamfield([]),
            "audience": "internal",
            "comments": inline_formset([]),
        }
    )
    assert superuser_client.post(url, data).status_code == 302
    french = Page.objects.get(slug="calendrier-des-ateliers", locale__language_code="fr")
    english = Page.objects.get(translation_key=french.translation_key, locale=en_locale)
    assert english.alias_of_id == french.pk
