"""The intranet's document model: Wagtail's document plus the text extracted from the file.

Declared from the start (WAGTAILDOCS_DOCUMENT_MODEL) so that search can index document text
without swapping the document model on a live site.

Text is extracted when a document is saved with a new file, *before* the row is written, so
that Wagtail's indexing (on save) already sees it. A file that cannot be read leaves the
document saved, with an empty text and a ``failed`` status: see ``documents.extraction``.
"""

import logging

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from documents.extraction import ExtractionResult, ExtractionStatus, extract_text
from intranet.search_text import analysed_text, autocomplete_text

__all__ = ["ExtractionStatus", "IntranetDocument"]

logger = logging.getLogger(__name__)

EXTRACTION_FIELDS = ("extracted_text", "extraction_status")


class IntranetDocument(AbstractDocument):
    """A Wagtail document whose file's text is extracted on upload and indexed, analysed."""

    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    extraction_status = models.CharField(
        _("text extraction"),
        max_length=16,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
    )

    admin_form_fields = Document.admin_form_fields

    # The raw title (and tags) stay indexed by AbstractDocument; the title, tags and the file's
    # text are indexed once more, analysed (French folding, stemming), so that every backend
    # matches the same tokens as for pages: see intranet/search_text.py. The raw extracted
    # text is not indexed on its own: up to a megabyte of it would be stored twice, and queries
    # are analysed anyway.
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("search_document"),
        index.AutocompleteField("autocomplete_title"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        loaded = dict(zip(field_names, values, strict=False))
        instance._loaded_file = (loaded.get("file"), loaded.get("file_hash"))
        return instance

    def refresh_from_db(self, using=None, fields=None, from_queryset=None):
        super().refresh_from_db(using=using, fields=fields, from_queryset=from_queryset)
        if fields is None or "file" in fields:
            self._loaded_file = (self.file.name, self.file_hash)

    def clean(self):
        # Wagtail checks the file's extension here. Without a file (the upload was refused as
        # empty or too big) that check would add a confusing second error, about an empty
        # extension, under the form field's own clear one.
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if (update_fields is None or "file" in update_fields) and self.file_changed():
            self.extract_file_text()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, *EXTRACTION_FIELDS}
        super().save(*args, **kwargs)
        self._loaded_file = (self.file.name, self.file_hash)

    def file_changed(self):
        """Whether the file is new since the document was loaded (or the document is new)."""
        if not self.file:
            return False
        if not getattr(self.file, "_committed", True):
            return True  # an upload not yet written to storage
        if self._state.adding:
            return True
        loaded_name, loaded_hash = getattr(self, "_loaded_file", (None, None))
        if loaded_name is None:
            return False  # loaded without its file field: nothing to compare with
        if self.file.name != loaded_name:
            return True
        return bool(self.file_hash and loaded_hash and self.file_hash != loaded_hash)

    def extract_file_text(self):
        """Extract the file's text into ``extracted_text`` and ``extraction_status`` (unsaved).

        Never raises: a file missing from storage counts as a failed extraction.
        """
        where = f"{self.file.name}, id {self.pk}" if self.pk else self.file.name
        label = f"{self.title!r} ({where})"
        try:
            with self.open_file() as file:
                try:
                    result = extract_text(file, self.filename, label=label)
                finally:
                    file.seek(0)  # an upload is written to storage after this
        # A file missing from storage, or a storage backend's own error: the document is kept.
        except Exception as error:  # noqa: BLE001
            logger.warning(
                "Document %s: file unreadable: %s: %s.", label, type(error).__name__, error
            )
            result = ExtractionResult(ExtractionStatus.FAILED)
        self.extracted_text = result.text
        self.extraction_status = result.status
        return result

    def search_document(self):
        tags = list(self.tags.names()) if self.pk else []
        return analysed_text(self.title, *tags, self.extracted_text)

    def autocomplete_title(self):
        return autocomplete_text(self.title)
