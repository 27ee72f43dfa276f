"""Create the configured locales at every migrate.

``post_migrate`` is only sent for apps with models, so this listens for Wagtail core's (the
owner of the ``Locale`` table) rather than for this app's.
"""

from django.db.models.signals import post_migrate
from django.dispatch import receiver

from translations.locales import ensure_content_locales


@receiver(post_migrate)
def create_content_locales(sender, using="default", **kwargs):
    if sender.label == "wagtailcore":
        ensure_content_locales(using=using)
