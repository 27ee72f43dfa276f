"""What a request may find: pages (view restrictions, drafts, locale) and documents (collections).

Wagtail's search does not apply view restrictions; every search surface goes through here.
"""

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page

from pages.visibility import denied_paths

_COLLECTIONS_ATTR = "_intranet_denied_collection_paths"


def searchable_pages(request, locale):
    """Live pages of ``locale`` outside the subtrees the request may not see.

    The tree root and the home page (depth 1 and 2) are never an answer: they are left out.
    """
    pages = Page.objects.live().filter(locale=locale, depth__gt=2)
    for path in denied_paths(request):
        pages = pages.exclude(path__startswith=path)
    return pages


def denied_collection_paths(request):
    """Tree paths of the restricted collections this request does not pass (cached)."""
    cached = getattr(request, _COLLECTIONS_ATTR, None)
    if cached is None:
        restrictions = CollectionViewRestriction.objects.select_related(
            "collection"
        ).prefetch_related("groups")
        cached = tuple(r.collection.path for r in restrictions if not r.accept_request(request))
        setattr(request, _COLLECTIONS_ATTR, cached)
    return cached


def searchable_documents(request):
    """Documents outside every collection (and sub-collection) the request may not see."""
    denied = denied_collection_paths(request)
    documents = get_document_model().objects.all()
    if not denied:
        return documents
    # Search backends filter on indexed fields only: turn the paths into collection ids.
    collections = Collection.objects.all()
    for path in denied:
        collections = collections.exclude(path__startswith=path)
    return documents.filter(collection_id__in=list(collections.values_list("id", flat=True)))
