"""What a result shows: URL, where it sits (breadcrumb), its directorate, and an excerpt with
the matched words marked. Loads only the results of the current page, in a few queries.
"""

import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from search.engine import TYPE_SLUGS
from search.french import analyze
from search.permissions import searchable_pages

EXCERPT_WORDS = 32
WORD_RE = re.compile(r"\w+(?:['’-]\w+)*", re.UNICODE)
EXTRA_TYPE_LABELS = {"page": _("Page"), "document": _("Document"), "promotion": _("Recommended")}


def type_label(slug):
    """The French name of a result type: the page model's own verbose name."""
    for model, model_slug in TYPE_SLUGS.items():
        if model_slug == slug:
            return capfirst(model._meta.verbose_name)
    return str(EXTRA_TYPE_LABELS.get(slug, slug))


@dataclass
class ResultView:
    title: str
    url: str
    type: str
    type_label: str
    directorate: str | None
    date: object
    excerpt: str
    breadcrumb: list = field(default_factory=list)
    linked_from: list = field(default_factory=list)
    promoted: bool = False

    def as_json(self):
        return {
            "title": self.title,
            "url": self.url,
            "type": self.type,
            "type_label": self.type_label,
            "directorate": self.directorate,
            "date": self.date.isoformat() if self.date else None,
            "excerpt": self.excerpt,
            "breadcrumb": self.breadcrumb,
            "linked_from": self.linked_from,
            "promoted": self.promoted,
        }


def highlight(text, tokens, length=EXCERPT_WORDS):
    """An HTML-safe excerpt of ``text`` around the densest run of matched words, marked."""
    words = list(WORD_RE.finditer(text))
    if not words:
        return ""
    matched = [bool(tokens & set(analyze(word.group()))) for word in words]
    best_start, best_count = 0, -1
    for start in range(0, max(1, len(words) - length + 1)):
        count = sum(matched[start : start + length])
        if count > best_count:
            best_start, best_count = start, count
    if best_count <= 0:
        best_start = 0
    end = min(len(words), best_start + length)
    pieces = []
    cursor = words[best_start].start()
    for index in range(best_start, end):
        word = words[index]
        pieces.append(escape(text[cursor : word.start()]))
        fragment = escape(word.group())
        pieces.append(f"<mark>{fragment}</mark>" if matched[index] else fragment)
        cursor = word.end()
    prefix = "… " if best_start > 0 else ""
    suffix = " …" if end < len(words) else ""
    return prefix + "".join(pieces).strip() + suffix


def query_tokens(query):
    """Every token the user's words or their synonyms may match, for highlighting."""
    tokens = set()
    for concept in query.concepts:
        for alternative in concept.alternatives:
            tokens.update(alternative.split())
    return tokens


def _page_text(page):
    """Summary and body text of a page (its own text only: no query for related objects)."""
    summary = getattr(page, "summary", "")
    body = getattr(page, "body", None)
    parts = body.stream_block.get_searchable_content(body) if body is not None else []
    return summary, " ".join(part for part in parts if part)


def _excerpt(summary, body, tokens):
    """The summary when it mentions the query, else the best passage of the body."""
    summary_excerpt = highlight(summary, tokens) if summary else ""
    if "<mark>" in summary_excerpt or not body:
        return summary_excerpt
    body_excerpt = highlight(body, tokens)
    return body_excerpt if "<mark>" in body_excerpt else summary_excerpt or body_excerpt


def _breadcrumbs(pages, request):
    """Ancestors of each page below the home page, in one query for all of them."""
    paths = set()
    for page in pages:
        for depth in range(3, page.depth):
            paths.add(page.path[: depth * Page.steplen])
    ancestors = {
        p.path: p
        for p in Page.objects.filter(path__in=paths).only("title", "url_path", "path", "depth")
    }
    crumbs = {}
    for page in pages:
        chain = [ancestors[page.path[: d * Page.steplen]] for d in range(3, page.depth)]
        crumbs[page.pk] = [
            {"title": a.title, "url": a.get_url(request)} for a in chain if a is not None
        ]
    return crumbs


def _pages_linking_to(documents, request, locale):
    """Visible pages that reference each document (Wagtail's reference index)."""
    if not documents:
        return {}
    model = get_document_model()
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model),
        to_object_id__in=[str(doc.pk) for doc in documents],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    page_ids = {int(object_id) for _, object_id in references}
    pages = {
        page.pk: page
        for page in searchable_pages(request, locale)
        .filter(pk__in=page_ids)
        .only("title", "url_path", "path", "depth")
    }
    linked = {}
    for document_id, object_id in references:
        page = pages.get(int(object_id))
        if page is not None:
            linked.setdefault(int(document_id), []).append(
                {"title": page.title, "url": page.get_url(request)}
            )
    return linked


def present(hits, query, request, locale, directorate_titles):
    """``ResultView`` for each hit of the current page, in order."""
    tokens = query_tokens(query)
    page_ids = [hit.pk for hit in hits if hit.kind == "page"]
    pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk() if page_ids else {}
    document_ids = [hit.pk for hit in hits if hit.kind == "document"]
    documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
    crumbs = _breadcrumbs(pages.values(), request)
    linked = _pages_linking_to(list(documents.values()), request, locale)
    views = []
    for hit in hits:
        if hit.kind == "page" and hit.pk in pages:
            page = pages[hit.pk]
            summary, body = _page_text(page)
            views.append(
                ResultView(
                    title=page.title,
                    url=page.get_url(request),
                    type=hit.type,
                    type_label=type_label(hit.type),
                    directorate=directorate_titles.get(hit.directorate),
                    date=hit.date,
                    excerpt=_excerpt(summary, body, tokens),
                    breadcrumb=crumbs.get(page.pk, []),
                )
            )
        elif hit.kind == "document" and hit.pk in documents:
            document = documents[hit.pk]
            text = getattr(document, "extracted_text", "")
            views.append(
                ResultView(
                    title=document.title,
                    url=document.url,
                    type="document",
                    type_label=type_label("document"),
                    directorate=None,
                    date=hit.date,
                    excerpt=_excerpt("", text, tokens),
                    linked_from=linked.get(document.pk, []),
                )
            )
    return views
