"""Wagtail's PostgreSQL database backend, stopping early on a large index.

Upstream matches ``title || body`` against the query: no index serves that expression, so
PostgreSQL concatenates and tests every index entry, then ranks every match with ``ts_rank``
over the body (read from TOAST storage). At 50 000 pages a search took 0.7–1.4 s.

On an index of more than ``EXACT_MAX_ENTRIES`` entries a page search here, like our SQLite
backend (``search.backends.sqlite``), reads pages whose title has every word first, through the
title column's GIN index and ranked by ``ts_rank`` over titles alone, then the other matches
newest first, through the body column's GIN index. Same matches as upstream (the body holds the
analysed title); below the threshold, and for anything else (documents, autocomplete, other
orderings, named fields), upstream runs unchanged.
"""

from django.contrib.postgres.search import SearchRank
from django.db.models import Exists, F, IntegerField, OuterRef
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from search.backends import tiers


class SearchQueryCompiler(PostgresSearchQueryCompiler):
    def stops_early(self):
        return (
            self.order_by_relevance
            and not self.fields
            and not isinstance(self.query, (MatchAll, Not, Fuzzy))
            and self.queryset.model._meta.pk.get_internal_type() in tiers.INTEGER_KEYS
            and tiers.is_page_model(self.queryset.model)
            and tiers.index_size(self.queryset.db) > tiers.EXACT_MAX_ENTRIES
        )

    def admitted_entries(self):
        admitted = self.queryset.filter(pk=Cast(OuterRef("object_id"), IntegerField()))
        return IndexEntry.objects.using(self.queryset.db).filter(
            Exists(admitted),
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
        )

    def ranked_pks(self, config, start, stop):
        """Primary keys of the admitted matches: title matches by ``ts_rank`` over the title,
        then the others newest first."""
        search_query = self.build_tsquery(self.query, config=config)
        entries = self.admitted_entries()
        titles = (
            entries.filter(title=search_query)
            .annotate(score=SearchRank(F("title"), search_query))
            .order_by("-score", "-id")
            .values_list("object_id", flat=True)
        )
        ranked = [int(pk) for pk in (titles if stop is None else titles[:stop])]
        if stop is None or len(ranked) < stop:
            listed = set(ranked)
            newest = (
                entries.filter(body=search_query)
                .order_by("-id")
                .values_list("object_id", flat=True)
            )
            rest = newest if stop is None else newest[:stop]
            ranked += [int(pk) for pk in rest if int(pk) not in listed]
        return ranked[start:stop]


class SearchResults(PostgresSearchResults):
    def ranked_pks(self):
        """Primary keys of this slice, best first, without loading the objects (None when this
        query goes through upstream)."""
        compiler = self.query_compiler
        # Autocomplete shares this class with upstream's compiler: it never stops early.
        stops_early = getattr(compiler, "stops_early", None)
        if self._score_field or stops_early is None or not stops_early():
            return None
        return compiler.ranked_pks(compiler.get_config(self.backend), self.start, self.stop)

    def _do_search(self):
        pks = self.ranked_pks()
        if pks is None:
            return super()._do_search()
        objects = self.query_compiler.queryset.in_bulk(pks)
        return [objects[pk] for pk in pks if pk in objects]


class SearchBackend(PostgresSearchBackend):
    query_compiler_class = SearchQueryCompiler
    results_class = SearchResults
