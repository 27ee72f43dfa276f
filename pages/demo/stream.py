"""Small builders for the raw StreamField data of the demo pages.

Each function returns one block in Wagtail's raw JSON form (``{"type": ..., "value": ...}``),
matching the structure of ``pages.blocks.BodyBlock``. Images and documents are not known when
the data modules are imported, so the blocks hold an ``ImageRef`` or ``DocumentRef`` that the
loader replaces with the database id.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ImageRef:
    """A reference to a demo illustration by its key in ``illustrations.ILLUSTRATIONS``."""

    key: str


@dataclass(frozen=True)
class DocumentRef:
    """A reference to a demo document by its key in ``roadmap.DOCUMENTS``."""

    key: str


def text(value):
    """Collapse the whitespace of a (triple-quoted) string into single spaces."""
    return " ".join(value.split())


def paragraph(*paragraphs):
    """A rich-text block made of one or more paragraphs of inline HTML."""
    return {"type": "paragraph", "value": "".join(f"<p>{text(p)}</p>" for p in paragraphs)}


def bullets(items, intro=None):
    """A rich-text block with an optional introductory paragraph and a bulleted list."""
    html = f"<p>{text(intro)}</p>" if intro else ""
    html += "<ul>" + "".join(f"<li>{text(item)}</li>" for item in items) + "</ul>"
    return {"type": "paragraph", "value": html}


def heading(text, level="h2"):
    """A section heading (``h2``) or sub-heading (``h3``)."""
    return {"type": "heading", "value": {"text": text, "level": level}}


def key_figures(title, *figures):
    """Key figures, each given as ``(value, label, source)``; the source names its year."""
    return {
        "type": "key_figures",
        "value": {
            "title": title,
            "figures": [
                {"value": value, "label": label, "source": source}
                for value, label, source in figures
            ],
        },
    }


def quote(quotation, attribution):
    """A quotation with its attribution (who said it, where, when)."""
    return {"type": "quote", "value": {"quote": text(quotation), "attribution": text(attribution)}}


def callout(title, html, tone="info"):
    """A call-out box: ``info``, ``important`` or ``tip``; ``html`` is inline rich text."""
    return {
        "type": "callout",
        "value": {"tone": tone, "title": title, "text": f"<p>{text(html)}</p>"},
    }


def illustration(key, alt_text, caption=""):
    """An image block showing a demo illustration, with its alternative text and caption."""
    return {
        "type": "image",
        "value": {
            "image": {"image": ImageRef(key), "decorative": False, "alt_text": text(alt_text)},
            "caption": caption,
        },
    }


def documents(title, *links):
    """Links to demo documents, each given as ``(document key, link text)``."""
    return {
        "type": "documents",
        "value": {
            "title": title,
            "documents": [{"document": DocumentRef(key), "label": label} for key, label in links],
        },
    }


def table(caption, header, rows):
    """A table with a header row; ``rows`` is a list of lists of plain-text cells."""
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {
                "data": [list(header)] + [list(row) for row in rows],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "",
            },
        },
    }
