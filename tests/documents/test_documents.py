"""Documents as users meet them: uploaded in the admin, found by search by what they say."""

import io
import logging

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Collection

from documents import models as document_models
from documents.extraction import MAX_XML_BYTES, ExtractionStatus
from documents.management.commands.extract_document_text import Command
from intranet.search_text import analysed_text
from tests.documents import files

pytestmark = pytest.mark.django_db

Document = get_document_model()

RESSOURCERIE_DOCX = files.docx(
    "Compte rendu de la visite de la ressourcerie de Rezé",
    "Le réemploi au cœur de l'économie sociale et solidaire",
)


def make_document(filename, data, title="Compte rendu"):
    document = Document(title=title, file=ContentFile(data, name=filename))
    document.save()
    return document


def search(words):
    """The documents Wagtail's search finds for ``words``, analysed as the search view does."""
    return list(Document.objects.search(analysed_text(words)))


def admin_upload(client, filename, data, title="Document téléversé"):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(filename, data),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def test_extracted_words_are_found_by_search():
    document = make_document("visite.docx", RESSOURCERIE_DOCX)
    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.DONE
    assert "ressourcerie de Rezé" in document.extracted_text
    assert search("ressourceries") == [document]
    assert search("economie solidaire") == [document]
    assert search("coeur") == [document]


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("visite.pdf", files.pdf("Visite de la ressourcerie de Rezé")),
        ("visite.odt", files.odt("Visite de la ressourcerie de Rezé")),
        ("visite.txt", "Visite de la ressourcerie de Rezé".encode()),
    ],
)
def test_every_supported_type_is_searchable(filename, data):
    document = make_document(filename, data)
    assert search("ressourceries") == [document]


def test_a_broken_document_is_kept_but_not_found_by_its_words(caplog):
    good = make_document("visite.docx", RESSOURCERIE_DOCX)
    with caplog.at_level(logging.WARNING, logger="documents.extraction"):
        broken = make_document(
            "visite-abimee.pdf", files.pdf("Visite de la ressourcerie")[:300], title="Visite"
        )
    broken.refresh_from_db()
    assert broken.extraction_status == ExtractionStatus.FAILED
    assert broken.extracted_text == ""
    assert "'Visite'" in caplog.text and "visite-abimee" in caplog.text
    assert search("ressourcerie") == [good]
    assert broken in search("visite")  # still found by its title


def test_tags_and_title_are_searchable_analysed():
    document = make_document("vide.txt", b"", title="Chantiers d'insertion")
    document.tags.add("Réemploi")
    document.save()
    assert search("chantier") == [document]
    assert search("reemplois") == [document]


def test_text_is_extracted_only_when_the_file_changes(monkeypatch):
    document = make_document("visite.docx", RESSOURCERIE_DOCX)
    calls = []
    real = document_models.extract_text
    monkeypatch.setattr(
        document_models, "extract_text", lambda *a, **k: calls.append(a[1]) or real(*a, **k)
    )

    document = Document.objects.get(pk=document.pk)
    document.title = "Nouveau titre"
    document.save()
    document.get_file_size()  # Wagtail's own saves (update_fields) do not extract either
    assert calls == []

    document.file = ContentFile(files.odt("La recyclerie de Saint-Herblain"), name="autre.odt")
    document.save()
    assert calls == ["autre.odt"]
    document.save()
    assert calls == ["autre.odt"]
    assert search("recycleries") == [document]
    assert search("ressourcerie") == []


# --- Through the admin, as an editor uploads ---------------------------------------------

UPLOADS = {
    "visite.docx": (lambda: RESSOURCERIE_DOCX, ExtractionStatus.DONE),
    "visite.odt": (lambda: files.odt("La ressourcerie"), ExtractionStatus.DONE),
    "visite.pdf": (lambda: files.pdf("La ressourcerie"), ExtractionStatus.DONE),
    "chiffrement.pdf": (lambda: files.encrypted_pdf("La ressourcerie"), ExtractionStatus.FAILED),
    "tronque.pdf": (lambda: files.pdf("La ressourcerie")[:300], ExtractionStatus.FAILED),
    "bruit.pdf": (files.random_bytes, ExtractionStatus.FAILED),
    "bombe.docx": (lambda: files.docx_bomb(MAX_XML_BYTES + 1), ExtractionStatus.FAILED),
    "entite.docx": (
        lambda: files.docx(
            document_xml=files.docx_xml(
                "&ess;", prolog="<!DOCTYPE w:document [<!ENTITY ess 'ressourcerie'>]>"
            )
        ),
        ExtractionStatus.FAILED,
    ),
    "budget.xlsx": (files.random_bytes, ExtractionStatus.UNSUPPORTED),
}


@pytest.mark.parametrize("filename", UPLOADS)
def test_admin_upload_keeps_every_document(superuser_client, filename):
    make_data, status = UPLOADS[filename]
    response = admin_upload(superuser_client, filename, make_data())
    assert response.status_code == 302, response.content[:2000]
    document = Document.objects.get()
    assert document.extraction_status == status
    assert document.file_hash and document.file_size
    assert (search("ressourcerie") == [document]) == (status == ExtractionStatus.DONE)


def test_admin_replacing_the_file_replaces_the_text(superuser_client):
    document = make_document("visite.docx", RESSOURCERIE_DOCX)
    response = superuser_client.post(
        reverse("wagtaildocs:edit", args=(document.pk,)),
        {
            "title": "Compte rendu",
            "file": SimpleUploadedFile("recyclerie.odt", files.odt("La recyclerie de Vertou")),
            "collection": document.collection_id,
            "tags": "",
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.extracted_text == "La recyclerie de Vertou"
    assert search("recyclerie") == [document]
    assert search("ressourcerie") == []


def form_errors(response):
    """The upload form's errors, as the (French) editor reads them on the page."""
    assert response.status_code == 200
    errors = response.context["form"].errors
    for message in errors.get("file", []):
        assert escape(message) in response.content.decode()
    return errors


def test_admin_refuses_an_oversized_upload_with_a_clear_error(superuser_client, settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    data = b"a" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1)
    errors = form_errors(admin_upload(superuser_client, "enorme.txt", data))
    assert errors["file"] == [
        "Ce fichier est trop gros (20,0\xa0Mio). La taille de fichier maximale est de 20,0\xa0Mio."
    ]
    assert not Document.objects.exists()


def test_admin_refuses_a_disallowed_extension_with_a_clear_error(superuser_client):
    errors = form_errors(admin_upload(superuser_client, "programme.exe", b"MZ\x90\x00"))
    [message] = errors["file"]
    assert message.startswith("L'extension de fichier «\xa0exe\xa0» n’est pas autorisée.")
    assert not Document.objects.exists()


def test_admin_refuses_an_empty_file_with_a_clear_error(superuser_client):
    errors = form_errors(admin_upload(superuser_client, "vide.pdf", b""))
    assert errors["file"] == ["Le fichier soumis est vide."]
    assert not Document.objects.exists()


# --- The extraction command ----------------------------------------------------------------


def run_command(*args):
    out = io.StringIO()
    with translation.override("en"):
        call_command("extract_document_text", *args, stdout=out)
    return out.getvalue()


def test_command_extracts_pending_and_failed_documents_and_is_idempotent(caplog):
    visit = make_document("visite.docx", RESSOURCERIE_DOCX)
    broken = make_document("abime.pdf", files.random_bytes())
    sheet = make_document("budget.xlsx", files.random_bytes())
    # As if uploaded before extraction existed: pending, nothing indexed.
    Document.objects.filter(pk=visit.pk).update(
        extraction_status=ExtractionStatus.PENDING, extracted_text=""
    )

    output = run_command()
    assert "2 documents processed:" in output
    assert "Text extracted: 1" in output
    assert "Extraction failed: 1" in output
    assert "abime.pdf" in output  # failures are named
    visit.refresh_from_db()
    assert visit.extraction_status == ExtractionStatus.DONE
    assert search("ressourcerie") == [visit]

    # Again: only the failed document is retried, nothing else changes.
    assert "1 document processed:" in run_command()
    broken.refresh_from_db()
    assert broken.extraction_status == ExtractionStatus.FAILED

    broken.delete()
    assert run_command().strip() == "No document to extract."

    output = run_command("--all")
    assert "2 documents processed:" in output
    assert "File type not supported: 1" in output
    sheet.refresh_from_db()
    assert sheet.extraction_status == ExtractionStatus.UNSUPPORTED


def test_command_survives_a_file_missing_from_storage(caplog):
    document = make_document("visite.docx", RESSOURCERIE_DOCX)
    document.file.storage.delete(document.file.name)
    with caplog.at_level(logging.WARNING, logger="documents.models"):
        output = run_command("--all")
    assert "Extraction failed: 1" in output
    assert "file unreadable" in caplog.text
    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.FAILED
    assert search("ressourcerie") == []


def test_command_help_is_readable():
    with translation.override("en"):
        help_text = Command().create_parser("manage.py", "extract_document_text").format_help()
    assert "--all" in help_text
    assert "Extract the text of every document again." in help_text
