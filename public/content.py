"""The public version of a page, as data: the one representation every channel serialises.

``PublicRenderer.page_data`` builds a whitelist: the public title and summary (falling back to
the internal ones), the public body converted block by block, and the fields each page type
lists in ``public_fields``. Nothing is copied from the page by default, so a field added later
stays internal until someone lists it. Block types are a whitelist too: internal-only blocks
and unknown blocks are dropped even if they somehow sit in a public body.

Subclasses decide where files live: the API points at absolute URLs on the intranet, the
static export copies renditions and documents next to the HTML.
"""

import datetime
from functools import cached_property

from django.db import models
from django.utils.html import format_html
from wagtail.images import get_image_model
from wagtail.models import Page

from pages.blocks import INTERNAL_ONLY_BLOCK_TYPES
from public.richtext import linked_document_ids, public_rich_text
from public.selection import (
    document_model,
    is_document_public,
    public_path,
    restricted_collection_ids,
    servable_pages,
)

IMAGE_RENDITIONS = {"large": "max-1200x1200", "thumbnail": "fill-400x300"}


def _plain(value):
    """A JSON-friendly copy of a public field's value."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return value.pk
    return value


class PublicRenderer:
    """Turns servable pages into public data; see the module docstring."""

    def __init__(self):
        self.documents = {}  # documents referenced by what was rendered, by id
        self.renditions = {}  # renditions handed out, by id

    # What may be linked -------------------------------------------------------------------

    @cached_property
    def servable_ids(self):
        return set(servable_pages().values_list("pk", flat=True))

    @cached_property
    def restricted_collections(self):
        return restricted_collection_ids()

    def page_link(self, pk):
        if not str(pk or "").isdigit() or int(pk) not in self.servable_ids:
            return None
        return self.page_url(Page.objects.get(pk=int(pk)))

    def document_link(self, pk):
        if not str(pk or "").isdigit():
            return None
        document = document_model().objects.filter(pk=int(pk)).first()
        if document is None or not is_document_public(document, self.restricted_collections):
            return None
        return self.document(document)["url"]

    # Where things live (overridden by the channels) ------------------------------------

    def page_url(self, page):
        return public_path(page)

    def file_url(self, url):
        return url

    def document_file_url(self, document):
        return document.url

    # Images and documents -----------------------------------------------------------------

    def rendition(self, image, spec):
        rendition = image.get_rendition(spec)
        self.renditions[rendition.pk] = rendition
        return {
            "url": self.file_url(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }

    def image(self, image, alt=""):
        data = {name: self.rendition(image, spec) for name, spec in IMAGE_RENDITIONS.items()}
        data["alt"] = alt
        return data

    def inline_image(self, pk, alt):
        if not str(pk or "").isdigit():
            return ""
        image = get_image_model().objects.filter(pk=int(pk)).first()
        if image is None:
            return ""
        large = self.rendition(image, IMAGE_RENDITIONS["large"])
        return format_html(
            '<img src="{}" alt="{}" width="{}" height="{}">',
            large["url"],
            alt,
            large["width"],
            large["height"],
        )

    def document(self, document, label=""):
        self.documents[document.pk] = document
        return {
            "id": document.pk,
            "title": document.title,
            "label": label or document.title,
            "url": self.document_file_url(document),
            "extension": document.file_extension,
            "size": document.file_size,
        }

    # Blocks -------------------------------------------------------------------------------

    def body(self, stream):
        blocks = (self.block(child) for child in stream)
        return [block for block in blocks if block is not None]

    def block(self, child):
        kind = child.block_type
        converter = getattr(self, f"block_{kind}", None)
        if kind in INTERNAL_ONLY_BLOCK_TYPES or converter is None:
            return None
        return {"type": kind, "id": child.id, "value": converter(child.value)}

    def block_paragraph(self, value):
        return {"html": public_rich_text(value.source, self)}

    def block_heading(self, value):
        return {"text": value["text"], "level": value["level"]}

    def block_image(self, value):
        image = value["image"]
        decorative = bool(getattr(image, "decorative", False))
        alt = "" if decorative else getattr(image, "contextual_alt_text", "") or ""
        return {
            "image": self.image(image, alt),
            "decorative": decorative,
            "caption": value["caption"],
        }

    def block_key_figures(self, value):
        figures = [
            {"value": f["value"], "label": f["label"], "source": f["source"]}
            for f in value["figures"]
        ]
        return {"title": value["title"], "figures": figures}

    def block_quote(self, value):
        return {"quote": value["quote"], "attribution": value["attribution"]}

    def block_documents(self, value):
        documents = [
            self.document(item["document"], item["label"])
            for item in value["documents"]
            if item["document"] is not None
            and is_document_public(item["document"], self.restricted_collections)
        ]
        return {"title": value["title"], "documents": documents}

    def block_callout(self, value):
        return {
            "tone": value["tone"],
            "title": value["title"],
            "html": public_rich_text(value["text"].source, self),
        }

    def block_table(self, value):
        table = value["table"] or {}
        return {
            "caption": value["caption"],
            "data": table.get("data") or [],
            "first_row_is_table_header": bool(table.get("first_row_is_table_header")),
            "first_col_is_header": bool(table.get("first_col_is_header")),
        }

    # Pages --------------------------------------------------------------------------------

    def page_data(self, page):
        """The public version of a servable ``page`` (specific instance) as a dict."""
        return {
            "id": page.pk,
            "type": page._meta.label,
            "locale": page.locale.language_code,
            "translation_key": str(page.translation_key),
            "slug": page.slug,
            "url": self.page_url(page),
            "title": page.public_version_title,
            "summary": page.public_version_summary,
            "body": self.body(page.public_body),
            "fields": {name: _plain(getattr(page, name)) for name in page.public_fields},
            "first_published_at": _plain(page.first_published_at),
            "last_published_at": _plain(page.last_published_at),
        }


def referenced_document_ids(pages):
    """Ids of the documents the public bodies of ``pages`` (specific instances) point at."""
    ids = set()
    for page in pages:
        for child in page.public_body:
            if child.block_type == "documents":
                documents = [item["document"] for item in child.value["documents"]]
                ids.update(document.pk for document in documents if document)
            elif child.block_type == "paragraph":
                ids.update(linked_document_ids(child.value.source))
            elif child.block_type == "callout":
                source = child.value["text"].source
                ids.update(linked_document_ids(source))
    return ids


def public_documents():
    """Documents that may cross: referenced by a servable page, in no restricted collection."""
    pages = servable_pages().specific()
    restricted = restricted_collection_ids()
    return (
        document_model()
        .objects.filter(pk__in=referenced_document_ids(pages))
        .exclude(collection_id__in=restricted)
        .order_by("pk")
    )
