"""Text extraction on its own: what comes out of good, broken and hostile files."""

import io
import logging

import pytest

from documents import extraction
from documents.extraction import ExtractionStatus, extract_text
from tests.documents import files

FRENCH_PARAGRAPHS = (
    "La ressourcerie de Rezé|, cœur du réemploi",
    "Deuxième paragraphe : l'économie sociale et solidaire",
)


def extract(data, filename):
    return extract_text(io.BytesIO(data), filename)


def test_pdf_text_is_extracted_with_accents_and_ligatures():
    result = extract(files.pdf("La ressourcerie de Rezé", "Cœur de l'ESS"), "rapport.pdf")
    assert result.status == ExtractionStatus.DONE
    assert result.text == "La ressourcerie de Rezé\nCœur de l'ESS"


def test_docx_text_keeps_runs_together_and_paragraphs_apart():
    result = extract(files.docx(*FRENCH_PARAGRAPHS), "compte-rendu.docx")
    assert result.status == ExtractionStatus.DONE
    assert result.text == (
        "La ressourcerie de Rezé, cœur du réemploi\n"
        "Deuxième paragraphe : l'économie sociale et solidaire"
    )


def test_docx_deleted_revisions_and_fallback_copies_are_not_text():
    w = files.W_NS
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    body = (
        "<w:p><w:r><w:t>gardé</w:t></w:r><w:del><w:r><w:delText>supprimé</w:delText></w:r>"
        f"</w:del></w:p><mc:AlternateContent xmlns:mc='{mc}'><mc:Choice Requires='wps'>"
        "<w:p><w:r><w:t>encadré</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r>"
        "<w:t>encadré</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>"
    )
    xml = f"<w:document xmlns:w='{w}'><w:body>{body}</w:body></w:document>"
    result = extract(files.docx(document_xml=xml), "revisions.docx")
    assert result.text == "gardé\nencadré"


def test_odt_text_keeps_headings_paragraphs_and_spaces():
    data = files.odt(
        "La ressourcerie de l'île",
        "Œuvre<text:s text:c='3'/>collective<text:line-break/>deuxième ligne",
        heading="Économie circulaire",
    )
    result = extract(data, "note.odt")
    assert result.status == ExtractionStatus.DONE
    assert result.text == (
        "Économie circulaire\nLa ressourcerie de l'île\nŒuvre collective\ndeuxième ligne"
    )


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        ("Café, œuvre, réemploi".encode(), "liste.txt"),
        ("Café, œuvre, réemploi".encode("cp1252"), "export-excel.csv"),
        ("Café, œuvre, réemploi".encode("utf-16"), "bloc-notes.txt"),
        ("\ufeffCafé, œuvre, réemploi".encode(), "avec-bom.csv"),
    ],
)
def test_plain_text_in_usual_encodings(data, filename):
    assert extract(data, filename) == (ExtractionStatus.DONE, "Café, œuvre, réemploi")


def test_pdf_encrypted_with_owner_password_only_opens():
    data = files.encrypted_pdf("La ressourcerie", user_password="")
    assert extract(data, "protege.pdf") == (ExtractionStatus.DONE, "La ressourcerie")


BROKEN = {
    "encrypted.pdf": lambda: files.encrypted_pdf("La ressourcerie"),
    "truncated.pdf": lambda: files.pdf("La ressourcerie de Rezé")[:300],
    "noise.pdf": files.random_bytes,
    "empty.pdf": lambda: b"",
    "noise.docx": files.random_bytes,
    "noise.odt": files.random_bytes,
    "not-a-word-file.docx": lambda: files.odt("La ressourcerie"),
    "bomb.docx": lambda: files.docx_bomb(extraction.MAX_XML_BYTES + 1),
    "lying-bomb.docx": lambda: files.docx_lying_bomb(extraction.MAX_XML_BYTES + 1),
    "entity.docx": lambda: files.docx(
        document_xml=files.docx_xml(
            "&ess;", prolog="<!DOCTYPE w:document [<!ENTITY ess 'ressourcerie'>]>"
        )
    ),
    "laughs.odt": lambda: files._zip(
        [("content.xml", "<!DOCTYPE d [<!ENTITY a 'ha'><!ENTITY b '&a;&a;&a;'>]><d>&b;</d>")]
    ),
    "malformed.docx": lambda: files.docx(document_xml="<w:document><w:body><w:p>"),
    "binary.txt": lambda: b"\x00\x01\x02" * 100,
}


@pytest.mark.parametrize("filename", BROKEN)
def test_broken_files_fail_with_a_warning_naming_the_document(filename, caplog):
    data = BROKEN[filename]()
    with caplog.at_level(logging.WARNING, logger="documents.extraction"):
        result = extract_text(io.BytesIO(data), filename, label=f"'Dossier' ({filename})")
    assert result == (ExtractionStatus.FAILED, "")
    warnings = [r for r in caplog.records if r.name == "documents.extraction"]
    assert warnings
    assert all(r.levelno == logging.WARNING for r in warnings)
    assert any(f"'Dossier' ({filename})" in r.getMessage() for r in warnings)


def test_empty_text_file_is_empty_not_failed(caplog):
    with caplog.at_level(logging.WARNING, logger="documents.extraction"):
        assert extract(b"  \n\n ", "vide.txt") == (ExtractionStatus.EMPTY, "")
    assert "vide.txt" in caplog.text


def test_other_types_are_unsupported(caplog):
    with caplog.at_level(logging.WARNING, logger="documents.extraction"):
        assert extract(b"PK...", "budget.xlsx") == (ExtractionStatus.UNSUPPORTED, "")
    assert "budget.xlsx" in caplog.text


def test_text_is_capped(caplog):
    data = ("réemploi " * (extraction.MAX_TEXT_CHARS // 9 + 1000)).encode()
    with caplog.at_level(logging.WARNING, logger="documents.extraction"):
        result = extract(data, "long.txt")
    assert result.status == ExtractionStatus.DONE
    assert len(result.text) <= extraction.MAX_TEXT_CHARS
    assert "cut at" in caplog.text


def test_pdf_pages_are_capped(monkeypatch, caplog):
    monkeypatch.setattr(extraction, "MAX_PDF_PAGES", 1)
    with caplog.at_level(logging.WARNING, logger="documents.extraction"):
        result = extract(files.two_page_pdf("première page", "seconde page"), "deux.pdf")
    assert result == (ExtractionStatus.DONE, "première page")
    assert "first 1 of 2" in caplog.text


def test_files_larger_than_the_cap_are_not_read(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_FILE_BYTES", 100)
    assert extract(b"a" * 101, "gros.txt").status == ExtractionStatus.FAILED


def test_control_characters_never_reach_the_database():
    # PostgreSQL refuses NUL in text; PDF strings may hold any byte.
    assert extraction.clean_text("avant\x00après\x07\r\n\n\n\nfin\t !") == "avant après\n\nfin !"
