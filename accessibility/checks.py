"""Server-side accessibility checks of a page before publication (RGAA / WCAG 2.1 AA).

``check_page(page)`` returns the problems of the page's latest revision: its title, summary and
rendered body, plus the images of its StreamField. ``check_html(html, language)`` checks any
fragment. The rules are those the editor's content checker runs in the browser (``userbar``):

- an image with neither alternative text nor the "decorative" mark, or a file name as text;
- a skipped heading level (h2 then h4), or an empty heading;
- a link with no text, or with a text meaningless out of context (« cliquez ici »);
- a passage in another language than the page's without a ``lang`` attribute.
"""

from dataclasses import dataclass

from bs4 import BeautifulSoup
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from accessibility.rules import FILE_NAME_ALT, guess_language, is_ambiguous_link_text

IMAGE_ALT = "image-alt"
ALT_TEXT_QUALITY = "alt-text-quality"
HEADING_ORDER = "heading-order"
EMPTY_HEADING = "empty-heading"
LINK_NAME = "link-name"
LINK_TEXT_QUALITY = "link-text-quality"
LANGUAGE_OF_PARTS = "language-of-parts"

MESSAGES = {
    IMAGE_ALT: _("Image without alternative text that is not marked as decorative"),
    ALT_TEXT_QUALITY: _("Image alternative text looks like a file name"),
    HEADING_ORDER: _("Heading level skipped"),
    EMPTY_HEADING: _("Empty heading"),
    LINK_NAME: _("Link without text"),
    LINK_TEXT_QUALITY: _("Link text meaningless out of context"),
    LANGUAGE_OF_PARTS: _("Passage in another language without a lang attribute"),
}

TEXT_BLOCKS = ["p", "li", "blockquote", "td", "th", "figcaption", "dd", "dt", "h2", "h3", "h4"]
EXCERPT_LENGTH = 80


@dataclass(frozen=True)
class Problem:
    """One accessibility problem: the rule broken, a French message and where it is."""

    rule: str
    excerpt: str = ""

    @property
    def message(self):
        return MESSAGES[self.rule]

    def __str__(self):
        return f"{self.message} : {self.excerpt}" if self.excerpt else str(self.message)


def _excerpt(text):
    text = " ".join((text or "").split())
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"


def _own_text(element):
    """The text of an element, leaving out descendants that declare their own language."""
    parts = []
    for child in element.children:
        if getattr(child, "name", None) is None:
            parts.append(str(child))
        elif not child.has_attr("lang"):
            parts.append(_own_text(child))
    return " ".join(parts)


def _language_of(element, default):
    for node in [element, *element.parents]:
        if getattr(node, "attrs", None) and node.get("lang"):
            return node["lang"].split("-")[0].lower()
    return default


def _check_images(soup):
    for image in soup.find_all("img"):
        alt = image.get("alt")
        if alt is None:
            yield Problem(IMAGE_ALT, image.get("src", ""))
        elif alt and FILE_NAME_ALT.search(alt):
            yield Problem(ALT_TEXT_QUALITY, alt)


def _check_headings(soup):
    previous = None
    for heading in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        level = int(heading.name[1])
        text = heading.get_text(" ", strip=True)
        if not text:
            yield Problem(EMPTY_HEADING, heading.name)
        if previous is not None and level > previous + 1:
            yield Problem(HEADING_ORDER, f"h{previous} → {heading.name} « {_excerpt(text)} »")
        previous = level


def _link_text(link):
    label = link.get("aria-label") or ""
    alts = " ".join(img.get("alt", "") for img in link.find_all("img"))
    return " ".join([label or link.get_text(" ", strip=True), alts]).strip()


def _check_links(soup):
    for link in soup.find_all("a", href=True):
        text = _link_text(link)
        if not text:
            yield Problem(LINK_NAME, link["href"])
        elif is_ambiguous_link_text(text):
            yield Problem(LINK_TEXT_QUALITY, _excerpt(text))


def _check_language(soup, language):
    for element in soup.find_all(TEXT_BLOCKS):
        # Judge the innermost text blocks only: a list item inside a quotation is judged once.
        if element.find(TEXT_BLOCKS):
            continue
        text = _own_text(element)
        guessed = guess_language(text)
        if guessed and guessed != _language_of(element, language):
            yield Problem(LANGUAGE_OF_PARTS, _excerpt(text))


def check_html(html, language="fr"):
    """The problems of an HTML fragment written in ``language`` (an ISO 639-1 code)."""
    soup = BeautifulSoup(html or "", "html.parser")
    language = (language or "fr").split("-")[0].lower()
    problems = [
        *_check_images(soup),
        *_check_headings(soup),
        *_check_links(soup),
        *_check_language(soup, language),
    ]
    return list(dict.fromkeys(problems))  # without duplicates, in document order per rule


def _check_stream_images(body):
    """Images of the body whose alt text is missing: caught before rendering hides it."""
    for block in body:
        if block.block_type != "image":
            continue
        image = block.value.get("image")
        if image is None:
            continue
        alt = (getattr(image, "contextual_alt_text", None) or "").strip()
        if not alt and not getattr(image, "decorative", False):
            yield Problem(IMAGE_ALT, image.title)


def render_for_check(page):
    """HTML of what the editor wrote: the title as h1, the summary and the rendered body."""
    parts = [f"<h1>{escape(page.title)}</h1>"]
    if getattr(page, "summary", ""):
        parts.append(f"<p>{escape(page.summary)}</p>")
    body = getattr(page, "body", None)
    if body:
        parts.append(body.render_as_block())
    return "\n".join(str(part) for part in parts)


def check_page(page):
    """Accessibility problems of the latest revision of ``page`` (a list, empty when clean).

    The communications view calls this before content is handed to the public website.
    """
    page = page.specific
    latest = page.get_latest_revision_as_object() if page.pk else page
    language = latest.locale.language_code if latest.locale_id else "fr"
    problems = list(_check_stream_images(getattr(latest, "body", None) or []))
    problems += check_html(render_for_check(latest), language)
    return list(dict.fromkeys(problems))
