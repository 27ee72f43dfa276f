"""Plone HTML → the database format of a Wagtail rich text block, sanitised.

Internal links (``resolveuid/<UID>``, or absolute/relative URLs of the old site) become Wagtail
page and document links, ``<img>`` of imported images become image embeds; what cannot be
resolved is reported. Sanitising is Wagtail's own whitelister for the default rich text
features, after dropping elements whose content must not survive (scripts, styles, forms).
"""

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from django.utils.html import escape
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

UID_RE = re.compile(r"resolve[uU]id/([0-9a-fA-F-]{32,36})")
DROPPED_ELEMENTS = ("script", "style", "iframe", "object", "embed", "form", "noscript", "template")

_converter = None


def converter():
    global _converter  # built once: the rich text feature registry is read at first use
    if _converter is None:
        _converter = EditorHTMLConverter()
    return _converter


@dataclass
class Target:
    """What a Plone UID was imported as: ``kind`` is page, document, image or url."""

    kind: str
    pk: int = 0
    url: str = ""


@dataclass
class Conversion:
    html: str = ""
    pending: set = field(default_factory=set)  # UIDs in the export, not imported yet
    broken: list = field(default_factory=list)  # references that lead nowhere
    uids: set = field(default_factory=set)  # every UID referenced


def uid_in(url):
    match = UID_RE.search(url or "")
    return match.group(1).replace("-", "") if match else None


def to_rich_text(html, resolver):
    """Convert ``html``; ``resolver`` knows what UIDs and old paths became (see runner)."""
    result = Conversion()
    if not html or not html.strip():
        return result
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(DROPPED_ELEMENTS):
        tag.decompose()
    for link in soup.find_all("a"):
        _rewrite_link(link, resolver, result)
    for image in soup.find_all("img"):
        _rewrite_image(image, resolver, result)
    whitelister = converter().whitelister
    whitelister.clean_node(soup, soup)
    result.html = soup.decode(formatter=escape).strip()
    return result


def _lookup(url, resolver, result):
    """(Target or None, reference) for a URL; records pending and broken references."""
    uid = uid_in(url)
    if uid:
        result.uids.add(uid)
        target = resolver.resolve(uid)
        if target is None:
            if resolver.pending(uid):
                result.pending.add(uid)
            else:
                result.broken.append(uid)
        return target, uid
    path = resolver.old_path_of(url)
    if path is None:
        return None, None
    target = resolver.resolve_path(path)
    if target is None:
        if resolver.pending_path(path):
            result.pending.add(path)
        else:
            result.broken.append(path)
    return target, path


def _rewrite_link(link, resolver, result):
    href = link.get("href")
    if not href or href.startswith(("mailto:", "tel:", "#")):
        return
    target, reference = _lookup(href, resolver, result)
    if reference is None:
        return  # an external link: the whitelister keeps it if its scheme is safe
    if target is None:
        link.unwrap()  # keep the words, drop a link that leads nowhere
    elif target.kind in ("page", "document"):
        link.attrs = {"data-linktype": target.kind, "data-id": str(target.pk)}
    else:
        link.attrs = {"href": target.url}


def _rewrite_image(image, resolver, result):
    target, reference = _lookup(image.get("src", ""), resolver, result)
    if target is None or target.kind != "image":
        if reference is None:
            result.broken.append(image.get("src", ""))
        image.decompose()
        return
    classes = " ".join(image.get("class", []))
    image_format = "left" if "left" in classes else "right" if "right" in classes else "fullwidth"
    image.attrs = {
        "data-embedtype": "image",
        "data-id": str(target.pk),
        "data-format": image_format,
        "data-alt": image.get("alt", "") or "",
    }
