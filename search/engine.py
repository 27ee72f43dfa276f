"""The search engine: the same steps whatever the backend.

1. The backend finds the candidates (pages, then documents) for the analysed query, ranked by
   its own relevance, among what the request may see.
2. We re-rank them the same way everywhere: the backend's rank, plus how well the title covers
   the query (the user's own words count more than synonyms), plus a small prior by page type.
3. Facets and filters are computed from the candidates' data loaded from the database, so the
   counts always agree with the results.

The candidate list is capped (``MAX_CANDIDATES``): a search shows at most that many results.
"""

from collections import Counter
from dataclasses import dataclass, fields
from functools import lru_cache

from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from pages.models import (
    DirectoratePage,
    LeverPage,
    PolicyPage,
    ProjectPage,
    RoadmapPage,
    SectorPage,
    UpdatePage,
)
from search.facts import Facts, page_facts
from search.french import analyze
from search.params import InvalidSearch
from search.permissions import searchable_documents, searchable_pages
from search.query import AnalysedQuery

# Enough for twenty pages of results and facet counts over them; every candidate is loaded
# and ranked in Python, so this bounds the cost of a search on a large intranet.
MAX_CANDIDATES = 200
RESULTS_PER_PAGE = 10
SYNONYM_TITLE_CREDIT = 0.6
TITLE_WEIGHT = 1.0
RANK_DAMPING = 10
TYPE_SLUGS = {
    RoadmapPage: "roadmap",
    LeverPage: "lever",
    SectorPage: "sector",
    ProjectPage: "project",
    PolicyPage: "policy",
    DirectoratePage: "directorate",
    UpdatePage: "update",
}
TITLE_PRECISION_WEIGHT = 0.3
# The roadmap's own entities answer more queries than news items about them.
TYPE_PRIOR = {
    "roadmap": 0.45,
    "lever": 0.45,
    "sector": 0.45,
    "project": 0.38,
    "policy": 0.38,
    "directorate": 0.15,
    "page": 0.08,
}
FACET_NAMES = ("type", "directorate", "lever", "sector", "commune", "year", "audience")
# Analysed titles kept in memory: the same titles come back in many searches.
TITLE_TOKENS_CACHE_SIZE = 20_000
# What a page hit takes over from the facts read for it.
FACT_NAMES = tuple(f.name for f in fields(Facts))


@dataclass
class Hit(Facts):
    """One candidate result with what ranking, filters and facets need."""

    kind: str  # "page" or "document"
    pk: int
    title: str
    type: str
    backend_rank: int
    model: type = None
    score: float = 0.0

    @property
    def year(self):
        return self.date.year if self.date else None

    def facet_values(self, name):
        if name == "type":
            return {self.type}
        if name == "directorate":
            return {self.directorate} if self.directorate else set()
        if name == "year":
            return {self.year} if self.year else set()
        if name == "audience":
            return {self.audience} if self.audience else set()
        return getattr(self, name + "s")


@dataclass
class SearchOutcome:
    query: AnalysedQuery
    hits: list
    page: object  # a Django Paginator page of Hit
    facets: dict
    relaxed: bool = False  # True when no result had every word and we matched any word

    @property
    def count(self):
        return len(self.hits)


def type_slug(model):
    for klass, slug in TYPE_SLUGS.items():
        if issubclass(model, klass):
            return slug
    return "page"


@lru_cache(maxsize=TITLE_TOKENS_CACHE_SIZE)
def _title_tokens(title):
    return frozenset(analyze(title))


def title_match(title, query):
    """How well a title answers the query, as (coverage, precision).

    Coverage: the share of the query's concepts the title says (the user's own words count 1,
    a synonym less). Precision: the share of the title's words that the query matched, so a
    short title that says just the query beats a long one that mentions it.
    """
    title_tokens = _title_tokens(title)
    if not query.concepts or not title_tokens:
        return 0.0, 0.0
    credit, matched = 0.0, set()
    for concept in query.concepts:
        for alternatives, weight in (
            (concept.original, 1.0),
            (concept.synonyms, SYNONYM_TITLE_CREDIT),
        ):
            found = [set(alt.split()) for alt in alternatives if set(alt.split()) <= title_tokens]
            if found:
                credit += weight
                matched.update(*found)
                break
    return credit / len(query.concepts), len(matched) / len(title_tokens)


def _rank(hits, query):
    for hit in hits:
        position = RANK_DAMPING / (RANK_DAMPING + hit.backend_rank)
        coverage, precision = title_match(hit.title, query)
        hit.score = (
            position
            + TITLE_WEIGHT * coverage
            + TITLE_PRECISION_WEIGHT * precision
            + TYPE_PRIOR.get(hit.type, 0.0)
        )


def _page_hits(request, params, backend_query):
    pages = searchable_pages(request, params.locale)
    ranked = _ranked_page_keys(pages, backend_query)
    facts = page_facts(ranked)
    hits = []
    for rank, pk in enumerate(ranked):
        fact = facts.get(pk)
        if fact is None:  # deleted since the search
            continue
        shared = {name: getattr(fact, name) for name in FACT_NAMES}
        hits.append(
            Hit("page", pk, fact.title, type_slug(fact.model), rank, model=fact.model, **shared)
        )
    return hits


def _ranked_page_keys(pages, backend_query):
    """Primary keys of the best candidates, best first.

    Where the backend can give the ranked keys alone (ours on SQLite and PostgreSQL), no page
    is loaded: building 200 Page instances cost more than the search itself."""
    results = pages.only("id").search(backend_query, order_by_relevance=True)[:MAX_CANDIDATES]
    ranked_pks = getattr(results, "ranked_pks", lambda: None)()
    if ranked_pks is None:
        return [page.pk for page in results.results() if page is not None]
    return ranked_pks


def _document_hits(request, backend_query):
    documents = searchable_documents(request).only("id", "title", "created_at")
    results = documents.search(backend_query, order_by_relevance=True)[:MAX_CANDIDATES]
    return [
        Hit(
            "document",
            document.pk,
            document.title,
            "document",
            rank,
            model=get_document_model(),
            date=document.created_at.date() if document.created_at else None,
        )
        for rank, document in enumerate(results)
    ]


def _candidates(request, params, query, operator):
    backend_query = query.backend_query(operator)
    hits = _page_hits(request, params, backend_query) + _document_hits(request, backend_query)
    _rank(hits, query)
    return hits


def _matches(hit, filters, skip=None):
    for name, wanted in filters.items():
        if name == skip or not wanted:
            continue
        if not hit.facet_values(name) & set(wanted):
            return False
    return True


def compute_facets(hits, filters):
    """Counts per facet value. A facet's own selection is left out of its counts, so a user
    sees how many results each other value would add (several values of a facet combine with
    OR, different facets with AND)."""
    facets = {name: Counter() for name in FACET_NAMES}
    active = {name: set(wanted) for name, wanted in filters.items() if wanted}
    for hit in hits:
        failed = [name for name, wanted in active.items() if not hit.facet_values(name) & wanted]
        if not failed:
            counted = FACET_NAMES  # matches every filter: counts in every facet
        elif len(failed) == 1:
            counted = failed  # would match if that facet's own selection were left out
        else:
            continue
        for name in counted:
            facets[name].update(hit.facet_values(name))
    return facets


def run_search(request, params):
    """Search for ``params`` as ``request``'s user may see; returns a ``SearchOutcome``."""
    query = AnalysedQuery(params.query)
    if not query:
        return SearchOutcome(query, [], Paginator([], RESULTS_PER_PAGE).page(1), {})
    hits = _candidates(request, params, query, "and")
    relaxed = False
    if not hits and len(query.concepts) > 1:
        hits = _candidates(request, params, query, "or")
        relaxed = bool(hits)
    facets = compute_facets(hits, params.filters)
    selected = [hit for hit in hits if _matches(hit, params.filters)]
    if params.sort == "date":
        selected.sort(key=lambda hit: (hit.date is not None, hit.date, hit.score), reverse=True)
    else:
        selected.sort(key=lambda hit: hit.score, reverse=True)
    paginator = Paginator(selected, RESULTS_PER_PAGE)
    if params.page > paginator.num_pages:
        raise InvalidSearch(
            _("There is no page %(page)s: the results fill %(count)s page(s).")
            % {"page": params.page, "count": paginator.num_pages}
        )
    page = paginator.page(params.page)
    return SearchOutcome(query, selected, page, facets, relaxed)
