"""The intranet's document model: Wagtail's document plus the text extracted from the file.

Declared from the start (WAGTAILDOCS_DOCUMENT_MODEL) so that search can index document text
without swapping the document model on a live site.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("Not extracted yet")
    DONE = "done", _("Text extracted")
    EMPTY = "empty", _("No text found")
    FAILED = "failed", _("Extraction failed")
    UNSUPPORTED = "unsupported", _("File type not supported")


class IntranetDocument(AbstractDocument):
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    extraction_status = models.CharField(
        _("text extraction"),
        max_length=16,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
    )

    admin_form_fields = Document.admin_form_fields

    search_fields = AbstractDocument.search_fields + [
        index.SearchField("extracted_text"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
