"""Wagtail locales for the configured content languages, synchronised from the source locale."""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree


def ensure_content_locales(using="default"):
    """Create a Wagtail locale for each content language that has none; return those created.

    Runs at every ``migrate`` (``translations.signals``), so a code added to
    ``CONTENT_LANGUAGES`` is a locale after the next deployment.
    """
    created = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale, was_created = Locale.objects.using(using).get_or_create(language_code=code)
        if was_created:
            created.append(locale)
    return created


def synchronise_trees():
    """Mirror the French tree into every other content locale, now and from now on.

    Each locale gets wagtail-localize's « sync from French » setting, so pages created in the
    admin later get their copy at once (its ``after_create_page`` hook); the French pages not
    yet in a locale get a copy now (an alias, in French until translated). Returns the locales.
    """
    ensure_content_locales()
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = list(Locale.objects.filter(language_code__in=codes).exclude(pk=source.pk))
    for locale in locales:
        # update_or_create without the post_save signal's background sync: we sync right below.
        sync = LocaleSynchronization.objects.filter(locale=locale).first()
        if sync is None:
            LocaleSynchronization.objects.bulk_create(
                [LocaleSynchronization(locale=locale, sync_from=source)]
            )
        elif sync.sync_from_id != source.pk:
            LocaleSynchronization.objects.filter(pk=sync.pk).update(sync_from=source)
        synchronize_tree(source, locale)
    return locales
