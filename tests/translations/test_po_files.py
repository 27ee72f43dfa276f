"""PO export and import for an external translator, through wagtail-localize's admin views,
as a member of the Communication group."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

ENGLISH_TITLE = "Lever 1 — a cooperative economy"


def mark_public(page):
    """Communications edit only content marked ready for public (the review workflow)."""
    page = page.specific_class.objects.get(pk=page.pk)
    page.audience = "public"
    page.save_revision().publish()
    return page


def start_translation(client, page, locale):
    page = mark_public(page)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302
    source = TranslationSource.objects.get_for_instance(page)
    return Translation.objects.get(source=source, target_locale=locale)


@pytest.mark.django_db
def test_po_download_translate_upload_round_trip(tree, communication_client, en_locale):
    translation = start_translation(communication_client, tree.lever, en_locale)

    response = communication_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    assert response["Content-Disposition"].endswith("-en.po")
    po = polib.pofile(response.content.decode("utf-8"))
    title = next(entry for entry in po if entry.msgid == tree.lever.title)
    assert title.msgstr == ""  # nothing translated yet

    title.msgstr = ENGLISH_TITLE
    upload = SimpleUploadedFile("levier.po", str(po).encode("utf-8"), "text/x-gettext-translation")
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    response = communication_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": edit_url},
    )
    assert response.status_code == 302 and response["Location"] == edit_url

    # The translation editor now shows the imported string, and publishing applies it.
    editor = communication_client.get(edit_url)
    assert editor.status_code == 200
    assert ENGLISH_TITLE in editor.content.decode()
    translation.save_target(publish=True)
    english = Page.objects.get(translation_key=tree.lever.translation_key, locale=en_locale)
    assert english.title == ENGLISH_TITLE


@pytest.mark.django_db
def test_a_po_file_of_another_translation_is_refused(tree, communication_client, en_locale):
    lever = start_translation(communication_client, tree.lever, en_locale)
    sector = start_translation(communication_client, tree.sector, en_locale)
    po_of_sector = communication_client.get(
        reverse("wagtail_localize:download_pofile", args=[sector.pk])
    ).content
    response = communication_client.post(
        reverse("wagtail_localize:upload_pofile", args=[lever.pk]),
        {"file": SimpleUploadedFile("x.po", po_of_sector), "next": "/admin/"},
        follow=True,
    )
    assert response.status_code == 200
    assert not StringTranslation.objects.filter(
        context__object_id=lever.source.object_id, locale=en_locale
    ).exists()


@pytest.mark.django_db
def test_readers_cannot_download_po_files(tree, communication_client, reader_client, en_locale):
    translation = start_translation(communication_client, tree.lever, en_locale)
    response = reader_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code in (302, 403)
    assert "msgid" not in response.content.decode()
