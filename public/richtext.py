"""Rich text for the public: links and embeds rewritten, everything internal unwrapped.

Wagtail stores rich text with references (``<a linktype="page" id="3">``, ``<embed
embedtype="image" id="5"/>``). Expanding them as the intranet does would hand out intranet URLs
and titles of internal pages; here a page link survives only when its target is itself servable
(and then points at its public path), a document link only when the document may cross, an
image only as a public rendition. Anything else keeps its text and loses its link.
"""

import re
from html import escape

LINK_RE = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL | re.IGNORECASE)
EMBED_RE = re.compile(r"<embed\b([^>]*?)/?>", re.IGNORECASE)
ATTR_RE = re.compile(r'([\w-]+)="([^"]*)"')
SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:", "#")


def _attrs(raw):
    return dict(ATTR_RE.findall(raw))


def public_rich_text(source, renderer):
    """HTML of the stored rich text ``source``, safe for the public (see module docstring)."""

    def link(match):
        attrs, text = _attrs(match.group(1)), match.group(2)
        linktype = attrs.get("linktype")
        href = None
        if linktype == "page":
            href = renderer.page_link(attrs.get("id"))
        elif linktype == "document":
            href = renderer.document_link(attrs.get("id"))
        elif linktype is None and attrs.get("href", "").startswith(SAFE_SCHEMES):
            href = attrs["href"]
        if not href:
            return text
        return f'<a href="{escape(href)}">{text}</a>'

    def embed(match):
        attrs = _attrs(match.group(1))
        if attrs.get("embedtype") != "image":
            return ""
        return renderer.inline_image(attrs.get("id"), attrs.get("alt", ""))

    return EMBED_RE.sub(embed, LINK_RE.sub(link, source or ""))


def linked_document_ids(source):
    """Ids of the documents linked from the stored rich text ``source``."""
    ids = set()
    for match in LINK_RE.finditer(source or ""):
        attrs = _attrs(match.group(1))
        if attrs.get("linktype") == "document" and attrs.get("id", "").isdigit():
            ids.add(int(attrs["id"]))
    return ids
