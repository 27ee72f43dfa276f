"""Volto blocks (``blocks`` / ``blocks_layout``) → our StreamField blocks.

Text (slate or draft.js), headings, images, teasers and raw HTML map to our blocks; listings
and every other block type are kept as HTML when they carry any, and reported as unmapped.
"""

from html import escape

from plone_import.importer.html import to_rich_text, uid_in

SKIPPED = {"title", "description"}  # the page's own title and summary fields show these
SLATE_TAGS = {
    "p": "p",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "ul": "ul",
    "ol": "ol",
    "li": "li",
    "blockquote": "blockquote",
    "strong": "strong",
    "b": "strong",
    "em": "em",
    "i": "em",
}


def slate_to_html(nodes):
    parts = []
    for node in nodes or []:
        if not isinstance(node, dict):
            continue
        if "text" in node and "type" not in node:
            parts.append(escape(str(node["text"])))
            continue
        inner = slate_to_html(node.get("children"))
        kind = node.get("type")
        if kind == "link":
            url = (node.get("data") or {}).get("url", "")
            parts.append(f'<a href="{escape(url)}">{inner}</a>')
        elif kind in SLATE_TAGS:
            tag = SLATE_TAGS[kind]
            parts.append(f"<{tag}>{inner}</{tag}>")
        else:
            parts.append(inner)
    return "".join(parts)


def block_html(block):
    """The HTML a block carries, for the types that are text at heart; '' otherwise."""
    kind = block.get("@type")
    if kind == "slate":
        return slate_to_html(block.get("value"))
    if kind == "text":  # draft.js
        rows = (block.get("text") or {}).get("blocks") or []
        return "".join(f"<p>{escape(str(row.get('text', '')))}</p>" for row in rows)
    if kind == "html":
        return str(block.get("html") or "")
    if block.get("plaintext"):
        return f"<p>{escape(str(block['plaintext']))}</p>"
    return ""


def convert_blocks(item, resolver, report_unmapped):
    """Return (stream data, Conversion-like summary) for an item's Volto blocks."""
    blocks = item.get("blocks") or {}
    layout = (item.get("blocks_layout") or {}).get("items") or list(blocks)
    if not isinstance(blocks, dict):
        raise ValueError("'blocks' must be an object")
    stream, pending, broken = [], set(), []

    def add_text(html):
        converted = to_rich_text(html, resolver)
        pending.update(converted.pending)
        broken.extend(converted.broken)
        if converted.html:
            stream.append({"type": "paragraph", "value": converted.html})

    for block_id in layout:
        block = blocks.get(block_id)
        if not isinstance(block, dict):
            continue
        kind = block.get("@type", "")
        if kind in SKIPPED:
            continue
        if kind == "image":
            uid = uid_in(block.get("url", ""))
            target = resolver.resolve(uid) if uid else None
            if target is not None and target.kind == "image":
                stream.append(
                    {
                        "type": "image",
                        "value": {
                            "image": {
                                "image": target.pk,
                                "alt_text": block.get("alt", ""),
                                "decorative": not block.get("alt"),
                            },
                            "caption": block.get("title", "") or "",
                        },
                    }
                )
            elif uid and resolver.pending(uid):
                pending.add(uid)
            else:
                broken.append(block.get("url", ""))
        elif kind == "teaser":
            href = block.get("href") or [{}]
            href = href[0] if isinstance(href, list) and href else {}
            url = href.get("@id", "") if isinstance(href, dict) else ""
            title = escape(str(block.get("title") or href.get("title", "")))
            text = escape(str(block.get("description") or ""))
            add_text(f'<p><a href="{escape(url)}"><b>{title}</b></a></p><p>{text}</p>')
        elif kind in ("slate", "text", "html"):
            add_text(block_html(block))
        else:
            report_unmapped(kind)
            html = block_html(block)
            if html:
                add_text(html)
    return stream, pending, broken
