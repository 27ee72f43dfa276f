"""Translation status of the French pages, per locale: up to date, outdated or missing.

A translation is **missing** when the locale has no page for it, or only wagtail-localize's
synchronised copy (an alias, still in French). It is **outdated** when the French page has a
revision newer than the last time its strings were extracted (``TranslationSource``), or when
those strings were extracted again but the translated page was not saved since (the sync is
not finished). A page translated by hand, without wagtail-localize, is outdated when its
French source has a newer revision than it has. Otherwise it is **up to date**.

Everything is computed in a handful of queries for any number of pages.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationLog, TranslationSource


class Status(models.TextChoices):
    UP_TO_DATE = "up_to_date", _("Up to date")
    OUTDATED = "outdated", _("Outdated")
    MISSING = "missing", _("Missing")


@dataclass(frozen=True)
class LocaleStatus:
    """The state of one French page in one locale, with the translated page if any."""

    locale: Locale
    status: str
    target_id: int | None = None

    @property
    def label(self):
        return Status(self.status).label


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def target_locales():
    """The locales translated from French, in the order of ``WAGTAIL_CONTENT_LANGUAGES``."""
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    rank = {code: index for index, code in enumerate(order)}
    return sorted(locales, key=lambda locale: rank.get(locale.language_code, len(rank)))


def source_pages():
    """The French pages whose translation is tracked (every page but the tree's root)."""
    return Page.objects.filter(locale=source_locale(), depth__gt=1)


def _later(a, b):
    """Whether the time ``a`` is after ``b`` (an unknown time is never after anything)."""
    return a is not None and b is not None and a > b


def statuses(pages, locales):
    """``{page id: {language code: LocaleStatus}}`` for ``pages`` of the source locale."""
    rows = list(pages.values("pk", "translation_key", "latest_revision_created_at"))
    keys = [row["translation_key"] for row in rows]
    targets = {
        (target["translation_key"], target["locale_id"]): target
        for target in Page.objects.filter(translation_key__in=keys, locale__in=locales).values(
            "pk", "translation_key", "locale_id", "alias_of_id", "latest_revision_created_at"
        )
    }
    sources = {
        source["object_id"]: source
        for source in TranslationSource.objects.filter(
            object_id__in=[str(key) for key in keys], locale=source_locale()
        ).values("pk", "object_id", "last_updated_at")
    }
    applied = {
        (log["source_id"], log["locale_id"]): log["last"]
        for log in TranslationLog.objects.filter(
            source_id__in=[s["pk"] for s in sources.values()], locale__in=locales
        )
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }

    result = {}
    for row in rows:
        source = sources.get(str(row["translation_key"]))
        per_locale = {}
        for locale in locales:
            target = targets.get((row["translation_key"], locale.pk))
            if target is None or target["alias_of_id"] is not None:
                status = Status.MISSING
            elif source is not None:
                last_applied = applied.get((source["pk"], locale.pk))
                stale = _later(row["latest_revision_created_at"], source["last_updated_at"])
                unapplied = last_applied is None or last_applied < source["last_updated_at"]
                status = Status.OUTDATED if stale or unapplied else Status.UP_TO_DATE
            elif _later(row["latest_revision_created_at"], target["latest_revision_created_at"]):
                status = Status.OUTDATED
            else:
                status = Status.UP_TO_DATE
            per_locale[locale.language_code] = LocaleStatus(
                locale, status, target["pk"] if target else None
            )
        result[row["pk"]] = per_locale
    return result
