"""Query logging for the people who curate search: what is searched, what finds nothing."""

import logging

from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.french import fold
from search.models import QueryLogEntry

logger = logging.getLogger(__name__)
MAX_LOGGED_LENGTH = 200


def normalise_for_log(query):
    return " ".join(fold(query).split())[:MAX_LOGGED_LENGTH]


def log_search(query, result_count):
    """Count one search of ``query`` today, and whether it found nothing. Never fails a search."""
    text = normalise_for_log(query)
    if not text:
        return
    today = timezone.localdate()
    try:
        with transaction.atomic():
            entry, _ = QueryLogEntry.objects.get_or_create(day=today, query=text)
            QueryLogEntry.objects.filter(pk=entry.pk).update(
                searches=F("searches") + 1,
                # int(): PostgreSQL has no integer + boolean operator.
                searches_without_results=F("searches_without_results") + int(result_count == 0),
            )
            # Wagtail's own counter feeds the "popular search terms" of search promotions.
            Query.get(text).add_hit(date=today)
    except DatabaseError:
        logger.warning("Could not log the search %r", text, exc_info=True)
