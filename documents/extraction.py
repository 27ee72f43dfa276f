"""Plain text out of uploaded files, so that search can find documents by what they say.

``extract_text(file, filename)`` reads a PDF, DOCX, ODT, TXT or CSV file and returns an
``ExtractionResult``: a status and the text. It never raises: uploads come from people and
files can be broken, encrypted or hostile, and a document must be kept (unindexed) whatever
its file holds. Every outcome other than "text extracted" is logged as a warning naming the
document.

Guards against hostile files, all measured before the work is done:

- at most ``MAX_FILE_BYTES`` of the file are read;
- at most ``MAX_TEXT_CHARS`` characters of text are kept (the rest is dropped, with a warning);
- at most ``MAX_PDF_PAGES`` pages of a PDF are read, within ``MAX_PDF_SECONDS``;
- a zip member (DOCX, ODT) is read only if its declared size is at most ``MAX_XML_BYTES``, and
  reading stops at that size whatever the archive claims (zip bombs);
- XML with a DOCTYPE or an entity declaration is refused (entity expansion attacks), and XML is
  parsed as a stream by expat, never built into a tree.
"""

import codecs
import io
import logging
import re
import time
import unicodedata
import zipfile
from typing import NamedTuple
from xml.parsers import expat

from django.db import models
from django.utils.translation import gettext_lazy as _
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
MAX_PDF_PAGES = 500
MAX_PDF_SECONDS = 30
MAX_XML_BYTES = 30 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("Not extracted yet")
    DONE = "done", _("Text extracted")
    EMPTY = "empty", _("No text found")
    FAILED = "failed", _("Extraction failed")
    UNSUPPORTED = "unsupported", _("File type not supported")


class ExtractionResult(NamedTuple):
    status: str
    text: str = ""


class ExtractionError(Exception):
    """A file that cannot be read: its message says why, for the log."""


class _TextFull(Exception):
    """Raised inside a parser to stop reading once ``MAX_TEXT_CHARS`` are collected."""


class _TextBuffer:
    """Collects text up to ``MAX_TEXT_CHARS``; ``add`` raises ``_TextFull`` past the cap."""

    def __init__(self):
        self.parts = []
        self.length = 0
        self.truncated = False

    def add(self, text):
        if not text:
            return
        room = MAX_TEXT_CHARS - self.length
        if len(text) > room:
            self.parts.append(text[:room])
            self.length = MAX_TEXT_CHARS
            self.truncated = True
            raise _TextFull
        self.parts.append(text)
        self.length += len(text)

    def text(self):
        return "".join(self.parts)


def extract_text(file, filename, label=None):
    """Text of ``file`` (a binary file object, read from where it stands) named ``filename``.

    The file type comes from the extension of ``filename``. ``label`` names the document in log
    messages (the file name when not given). Returns an ``ExtractionResult``; never raises.
    """
    label = label or filename
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    reader = _READERS.get(extension)
    if reader is None:
        logger.warning("Document %s: no text extraction for files of type %r.", label, extension)
        return ExtractionResult(ExtractionStatus.UNSUPPORTED)

    buffer = _TextBuffer()
    try:
        data = file.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise ExtractionError(f"file larger than {MAX_FILE_BYTES} bytes")
        reader(data, buffer, label)
    except _TextFull:
        pass
    except ExtractionError as error:
        logger.warning("Document %s: text extraction failed: %s.", label, error)
        return ExtractionResult(ExtractionStatus.FAILED)
    # Parsers of untrusted files raise anything (pypdf, zipfile, expat, codecs): all of it
    # means "this file cannot be read", and none of it may break an upload.
    except Exception as error:  # noqa: BLE001
        logger.warning(
            "Document %s: text extraction failed: %s: %s.", label, type(error).__name__, error
        )
        return ExtractionResult(ExtractionStatus.FAILED)

    if buffer.truncated:
        logger.warning("Document %s: extracted text cut at %d characters.", label, MAX_TEXT_CHARS)
    text = clean_text(buffer.text())
    if not text:
        logger.warning("Document %s: no text found in the file.", label)
        return ExtractionResult(ExtractionStatus.EMPTY)
    return ExtractionResult(ExtractionStatus.DONE, text)


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES_RE = re.compile(r"[^\S\n]+")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


def clean_text(text):
    """Normalised text: NFC, no control characters (PostgreSQL refuses NUL), tidy whitespace.

    Paragraph breaks are kept as newlines, at most one blank line in a row.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub(" ", text.replace("\t", " ").replace("\f", "\n"))
    lines = (_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip()


# --- PDF ---------------------------------------------------------------------------------


def _read_pdf(data, buffer, label):
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # Many PDFs are encrypted with an owner password only (to restrict printing): they open
        # with an empty user password. Anything else needs a password we do not have.
        try:
            opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        except DependencyError as error:  # AES needs the optional "cryptography" package
            raise ExtractionError(f"encrypted PDF, cannot be decrypted here ({error})") from error
        if not opened:
            raise ExtractionError("encrypted PDF (a password is needed to read it)")
    page_count = len(reader.pages)
    if page_count > MAX_PDF_PAGES:
        logger.warning(
            "Document %s: only the first %d of %d PDF pages are read.",
            label,
            MAX_PDF_PAGES,
            page_count,
        )
    deadline = time.monotonic() + MAX_PDF_SECONDS
    failed_pages = 0
    for number in range(min(page_count, MAX_PDF_PAGES)):
        if time.monotonic() > deadline:
            logger.warning(
                "Document %s: PDF reading stopped after %d s, at page %d.",
                label,
                MAX_PDF_SECONDS,
                number + 1,
            )
            break
        try:
            page_text = reader.pages[number].extract_text()
        except Exception as error:  # noqa: BLE001 - one broken page must not lose the others
            failed_pages += 1
            logger.warning(
                "Document %s: PDF page %d unreadable: %s: %s.",
                label,
                number + 1,
                type(error).__name__,
                error,
            )
            continue
        buffer.add(page_text)
        buffer.add("\n\n")
    if page_count and failed_pages == min(page_count, MAX_PDF_PAGES):
        raise ExtractionError("no PDF page could be read")


# --- DOCX and ODT (zipped XML) -------------------------------------------------------------


class _XmlText:
    """Text of an XML document, read as a stream by expat.

    ``containers`` are the elements whose character data is text; ``paragraphs`` end with a
    newline; ``tabs`` and ``breaks`` give a space and a newline; ``skipped`` elements are
    ignored with everything inside them; ``spaces`` (ODF's ``text:s``) give ``text:c`` spaces.
    Element names are ``"namespace-uri name"``.
    """

    def __init__(self, buffer, containers, paragraphs, tabs=(), breaks=(), skipped=(), spaces=()):
        self.buffer = buffer
        self.containers = frozenset(containers)
        self.paragraphs = frozenset(paragraphs)
        self.tabs = frozenset(tabs)
        self.breaks = frozenset(breaks)
        self.skipped = frozenset(skipped)
        self.spaces = frozenset(spaces)
        self.in_text = 0
        self.in_skipped = 0

    def parse(self, data):
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = _refuse_declarations
        parser.EntityDeclHandler = _refuse_declarations
        parser.UnparsedEntityDeclHandler = _refuse_declarations
        parser.ExternalEntityRefHandler = _refuse_declarations
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        parser.Parse(data, True)

    def start(self, name, attributes):
        if self.in_skipped or name in self.skipped:
            self.in_skipped += 1
            return
        if name in self.containers:
            self.in_text += 1
        elif name in self.tabs:
            self.buffer.add(" ")
        elif name in self.breaks:
            self.buffer.add("\n")
        elif name in self.spaces:
            count = attributes.get(f"{TEXT_NS} c", "1")
            self.buffer.add(" " * min(int(count) if count.isdigit() else 1, 100))

    def end(self, name):
        if self.in_skipped:
            self.in_skipped -= 1
            return
        if name in self.containers:
            self.in_text -= 1
        if name in self.paragraphs:
            self.buffer.add("\n")

    def characters(self, data):
        if self.in_text and not self.in_skipped:
            self.buffer.add(data)


def _refuse_declarations(*args):
    raise ExtractionError("XML with a DOCTYPE or entity declaration refused")


def _zip_member(data, name):
    """The bytes of member ``name`` of the zip archive ``data``, within ``MAX_XML_BYTES``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ExtractionError(f"not a valid zip archive ({error})") from error
    with archive:
        if len(archive.infolist()) > MAX_ZIP_MEMBERS:
            raise ExtractionError("zip archive with too many members")
        try:
            info = archive.getinfo(name)
        except KeyError as error:
            raise ExtractionError(f"{name} missing from the archive") from error
        if info.file_size > MAX_XML_BYTES:
            raise ExtractionError(f"{name} too large once uncompressed ({info.file_size} bytes)")
        with archive.open(info) as member:
            # The declared size can lie: never read more than the cap, whatever it says.
            content = member.read(MAX_XML_BYTES + 1)
        if len(content) > MAX_XML_BYTES:
            raise ExtractionError(f"{name} too large once uncompressed")
        return content


def _read_docx(data, buffer, label):
    w = f"{W_NS} "
    _XmlText(
        buffer,
        containers=[w + "t"],
        paragraphs=[w + "p"],
        tabs=[w + "tab"],
        breaks=[w + "br", w + "cr"],
        # Deleted revisions are not the document's text; mc:Fallback repeats mc:Choice.
        skipped=[w + "del", w + "delText", w + "instrText", f"{MC_NS} Fallback"],
    ).parse(_zip_member(data, "word/document.xml"))


def _read_odt(data, buffer, label):
    text = f"{TEXT_NS} "
    _XmlText(
        buffer,
        containers=[text + "p", text + "h"],
        paragraphs=[text + "p", text + "h"],
        tabs=[text + "tab"],
        breaks=[text + "line-break"],
        spaces=[text + "s"],
        skipped=[f"{OFFICE_NS} annotation", text + "tracked-changes"],
    ).parse(_zip_member(data, "content.xml"))


# --- Plain text ----------------------------------------------------------------------------


def _read_plain_text(data, buffer, label):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:8192]:
            raise ExtractionError("binary content in a text file")
        # UTF-8 first, then Windows' Western encoding (œ, €, ’), then latin-1, which reads
        # any byte: a text file always gives text.
        for encoding in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    buffer.add(text)


_READERS = {
    "pdf": _read_pdf,
    "docx": _read_docx,
    "odt": _read_odt,
    "txt": _read_plain_text,
    "csv": _read_plain_text,
}
