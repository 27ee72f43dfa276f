"""Read a rendered page the way a user does: its heading, its main text and its links."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

from django.utils import translation

from pages.models import PolicyLinkKind

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


def _squash(text):
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Rendered:
    """What a rendered HTML page shows: text and links of ``<main>`` (or of the whole page)."""

    h1: list[str] = field(default_factory=list)
    main_text: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)
    # In document order inside <main>: ("heading", text) and ("link", href, text).
    events: list[tuple] = field(default_factory=list)
    # The text of every list item inside <main> (an item's text includes its nested lists').
    items: list[str] = field(default_factory=list)
    has_main: bool = False

    def link_to(self, page):
        """The texts of the links in ``<main>`` that lead to ``page``."""
        url = page.url
        return [text for href, text in self.links if urlsplit(href).path == url]

    def shows_link(self, page):
        """Whether ``<main>`` links to ``page`` with its title in the link text."""
        return any(page.title in text for text in self.link_to(page))

    def heading_before_link_to(self, page):
        """The text of the last heading before the first link to ``page`` in ``<main>``."""
        heading = None
        for event in self.events:
            if event[0] == "heading":
                heading = event[1]
            elif urlsplit(event[1]).path == page.url:
                return heading
        raise AssertionError(f"no link to {page.url}")

    def item_with(self, *texts):
        """The first list item of ``<main>`` that contains every one of ``texts``, or None."""
        wanted = [_squash(text) for text in texts]
        for item in self.items:
            if all(text in item for text in wanted):
                return item
        return None

    def refers_to(self, page):
        """Whether ``<main>`` links to ``page`` or names it at all."""
        return bool(self.link_to(page)) or self.mentions(page.title)

    def mentions(self, text):
        return _squash(text) in self.main_text


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.result = Rendered()
        self._main_depth = 0
        self._stack = []
        self._h1 = None
        self._heading = None
        self._lis = []
        self._anchors = []
        self._main_chunks = []
        self._all_chunks = []
        self._all_links = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        self._stack.append(tag)
        if tag == "main":
            self._main_depth += 1
            self.result.has_main = True
        elif tag == "h1":
            self._h1 = []
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self._main_depth:
            self._heading = []
        elif tag == "li" and self._main_depth:
            self._lis.append([])
        elif tag == "a":
            self._anchors.append([dict(attrs).get("href") or "", [], self._main_depth > 0])

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self._stack:
            return
        while self._stack:
            closed = self._stack.pop()
            if closed == "main":
                self._main_depth -= 1
            elif closed == "h1" and self._h1 is not None:
                self.result.h1.append(_squash("".join(self._h1)))
                self._h1 = None
            elif closed == "a" and self._anchors:
                href, chunks, in_main = self._anchors.pop()
                link = (href, _squash("".join(chunks)))
                self._all_links.append(link)
                if in_main:
                    self.result.links.append(link)
                    self.result.events.append(("link", *link))
            elif closed == "li" and self._lis:
                self.result.items.append(_squash(" ".join(self._lis.pop())))
            if closed in ("h1", "h2", "h3", "h4", "h5", "h6") and self._heading is not None:
                self.result.events.append(("heading", _squash("".join(self._heading))))
                self._heading = None
            if closed == tag:
                break

    def handle_data(self, data):
        if self._stack and self._stack[-1] in ("script", "style"):
            return
        self._all_chunks.append(data)
        if self._main_depth:
            self._main_chunks.append(data)
        if self._h1 is not None:
            self._h1.append(data)
        if self._heading is not None:
            self._heading.append(data)
        for item in self._lis:
            item.append(data)
        for anchor in self._anchors:
            anchor[1].append(data)

    def close(self):
        super().close()
        if self.result.has_main:
            self.result.main_text = _squash(" ".join(self._main_chunks))
        else:
            self.result.main_text = _squash(" ".join(self._all_chunks))
            self.result.links = self._all_links
        return self.result


def rendered(response):
    """Parse an HTML response (after checking it is a 200 HTML page)."""
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/html")
    parser = _Parser()
    parser.feed(response.content.decode())
    return parser.close()


def login_redirect_target(response):
    """The ``next`` path of a redirect to the sign-in page, or ``None`` if it is not one."""
    if response.status_code != 302:
        return None
    location = urlsplit(response["Location"])
    if location.path != "/connexion/":
        return None
    return parse_qs(location.query).get("next", [None])[0]


def kind_label(kind):
    """The kind of a cross-policy link as the French interface names it."""
    with translation.override("fr"):
        return str(PolicyLinkKind(kind).label)
