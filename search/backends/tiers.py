"""What our database backends share to stop early on a large index (see ``sqlite`` and
``postgres`` in this package)."""

import time

from modelsearch.conf import get_app_config
from wagtail.models import Page

# Up to this many index entries, pages are ranked over every match (at most about 30 ms on
# SQLite here); beyond, title matches come first, then the other matches newest first.
EXACT_MAX_ENTRIES = 10_000
INDEX_SIZE_TTL_S = 300
INTEGER_KEYS = ("AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField")
_INDEX_SIZES = {}


def is_page_model(model):
    return issubclass(model, Page)


def index_size(alias):
    """Entries in the search index, counted at most every few minutes per process."""
    cached = _INDEX_SIZES.get(alias)
    if cached and cached[1] > time.monotonic():
        return cached[0]
    size = get_app_config().get_model("IndexEntry").objects.using(alias).count()
    _INDEX_SIZES[alias] = (size, time.monotonic() + INDEX_SIZE_TTL_S)
    return size
