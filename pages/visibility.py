"""Which pages a request may see, so that listings never show what the page itself would refuse.

Wagtail enforces view restrictions when a page is served, but querysets know nothing of them.
Every listing, related-content block and feed goes through these helpers.
"""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import BaseViewRestriction, PageViewRestriction
from wagtail.signals import post_page_move

_CACHE_ATTR = "_intranet_denied_paths"
RESTRICTIONS_CACHE_KEY = "visibility:page-restrictions"


def _restrictions():
    """Every page view restriction as ``(id, path, type, group ids)``, cached until one changes.

    Searches and suggestions ask on every call; reading the restrictions, their groups and the
    user's groups cost three queries each time."""
    restrictions = cache.get(RESTRICTIONS_CACHE_KEY)
    if restrictions is None:
        restrictions = [
            (r.pk, r.page.path, r.restriction_type, frozenset(g.pk for g in r.groups.all()))
            for r in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        ]
        cache.set(RESTRICTIONS_CACHE_KEY, restrictions, timeout=None)
    return restrictions


def _passes(request, restriction_id, kind, group_ids, user_group_ids):
    """Wagtail's ``BaseViewRestriction.accept_request`` on cached data (it queries the user's
    groups for every restriction)."""
    if kind == BaseViewRestriction.PASSWORD:
        passed = request.session.get(PageViewRestriction.passed_view_restrictions_session_key, [])
        return restriction_id in passed
    if kind == BaseViewRestriction.LOGIN:
        return request.user.is_authenticated
    if kind == BaseViewRestriction.GROUPS:
        return request.user.is_superuser or bool(group_ids & user_group_ids())
    return True


def denied_paths(request):
    """Tree paths of the restricted pages this request does not pass (cached on the request)."""
    cached = getattr(request, _CACHE_ATTR, None)
    if cached is None:
        user_groups = None

        def user_group_ids():
            nonlocal user_groups
            if user_groups is None:
                user = request.user
                user_groups = (
                    frozenset(user.groups.values_list("pk", flat=True))
                    if user.is_authenticated
                    else frozenset()
                )
            return user_groups

        cached = tuple(
            path
            for pk, path, kind, group_ids in _restrictions()
            if not _passes(request, pk, kind, group_ids, user_group_ids)
        )
        setattr(request, _CACHE_ATTR, cached)
    return cached


def visible(queryset, request):
    """Live pages of ``queryset`` outside every restricted subtree the request does not pass."""
    queryset = queryset.live()
    for path in denied_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def is_visible(page, request):
    """Whether a single page, already loaded, may be shown to this request."""
    return page.live and not any(page.path.startswith(path) for path in denied_paths(request))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
@receiver(post_page_move)
def forget_restrictions(**kwargs):
    cache.delete(RESTRICTIONS_CACHE_KEY)
