"""The « État des traductions » report, driven by real wagtail-localize translations made
through the admin: missing, then up to date, outdated after a French change, up to date after
a sync; filters, CSV export and who may see it."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation as django_translation
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from tests import factories
from translations.status import Status

REPORT = "translation_status_report"


def report_rows(client, **params):
    """The report's CSV export as {page title: {column heading: value}}, and its language."""
    response = client.get(reverse(REPORT), {**params, "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    return {row[0]: dict(zip(header, row, strict=True)) for row in body}, response


def label(status, response):
    with django_translation.override(response.get("Content-Language", "fr")):
        return str(status.label)


def english_status(client, page, **params):
    rows, response = report_rows(client, **params)
    english = next(heading for heading in next(iter(rows.values())) if heading == "English")
    return rows[page.title][english], response


def submit_translation(client, page, locale):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302, response.content[:500]
    return Page.objects.get(translation_key=page.translation_key, locale=locale)


def change_french(page, title):
    page = page.specific_class.objects.get(pk=page.pk)
    page.title = title
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_an_untranslated_page_is_missing(tree, superuser_client, en_locale):
    value, response = english_status(superuser_client, tree.lever)
    assert value == label(Status.MISSING, response)


@pytest.mark.django_db
def test_translate_change_and_sync_through_the_admin(tree, superuser_client, en_locale):
    lever = tree.lever
    english = submit_translation(superuser_client, lever, en_locale)
    assert not english.alias_of_id

    value, response = english_status(superuser_client, lever)
    assert value == label(Status.UP_TO_DATE, response)

    lever = change_french(lever, "Levier 1 — titre revu par la direction")
    value, response = english_status(superuser_client, lever)
    assert value == label(Status.OUTDATED, response)
    # Only this page changed: another translated page stays up to date.
    other = submit_translation(superuser_client, tree.other_lever, en_locale)
    assert other.pk
    value, response = english_status(superuser_client, tree.other_lever)
    assert value == label(Status.UP_TO_DATE, response)

    source = TranslationSource.objects.get_for_instance(lever)
    response = superuser_client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302
    value, response = english_status(superuser_client, lever)
    assert value == label(Status.UP_TO_DATE, response)
    assert Page.objects.get(pk=english.pk).title == "Levier 1 — titre revu par la direction"


@pytest.mark.django_db
def test_a_synchronised_copy_counts_as_missing(tree, superuser_client, en_locale):
    alias = tree.sector.copy_for_translation(en_locale, copy_parents=True, alias=True)
    assert alias.alias_of_id == tree.sector.pk
    value, response = english_status(superuser_client, tree.sector)
    assert value == label(Status.MISSING, response)


@pytest.mark.django_db
def test_filters_by_status_language_title_and_type(tree, superuser_client, en_locale):
    submit_translation(superuser_client, tree.lever, en_locale)
    change_french(tree.other_lever, tree.other_lever.title)

    rows, _ = report_rows(superuser_client, status=Status.UP_TO_DATE, locale="en")
    assert tree.lever.title in rows
    assert tree.sector.title not in rows

    rows, _ = report_rows(superuser_client, status=Status.MISSING)
    assert tree.sector.title in rows and tree.lever.title not in rows

    rows, _ = report_rows(superuser_client, title=tree.project.title[:12])
    assert tree.project.title in rows and tree.lever.title not in rows

    response = superuser_client.get(reverse(REPORT), {"content_type": "not-a-number"})
    assert response.status_code == 200  # a bad filter value is a form error, not a crash


@pytest.mark.django_db
def test_the_report_page_links_each_translation(tree, superuser_client, en_locale):
    english = submit_translation(superuser_client, tree.lever, en_locale)
    response = superuser_client.get(reverse(REPORT))
    assert response.status_code == 200
    html = response.content.decode()
    assert tree.lever.title in html
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in html
    assert "translation-status--missing" in html  # the pages not translated yet
    assert reverse(REPORT) + "?export=csv" in html or "export=csv" in html


@pytest.mark.django_db
def test_communication_sees_the_report_and_readers_do_not(
    tree, communication_client, reader_client, superuser_client
):
    assert communication_client.get(reverse(REPORT)).status_code == 200
    menu = communication_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) in menu  # in the Reports menu
    editor = factories.UserFactory(
        username="redacteur-test",
        groups=[Group.objects.get(name=f"Rédacteurs — {tree.directorate.title}")],
    )
    editor_client = Client()
    editor_client.force_login(editor)
    refused = editor_client.get(reverse(REPORT))  # Wagtail: back to the dashboard
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    assert reverse(REPORT) not in editor_client.get(reverse("wagtailadmin_home")).content.decode()

    response = reader_client.get(reverse(REPORT))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"] or response["Location"] == reverse(
            "wagtailadmin_home"
        )
