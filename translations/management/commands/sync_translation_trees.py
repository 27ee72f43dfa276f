from django.core.management.base import BaseCommand

from translations.locales import synchronise_trees


class Command(BaseCommand):
    help = (
        "Mirror the French page tree into every locale of CONTENT_LANGUAGES (wagtail-localize "
        "aliases), and keep it mirrored: pages created later get their copy at once. Idempotent."
    )

    def handle(self, *args, **options):
        locales = synchronise_trees()
        names = ", ".join(locale.language_code for locale in locales) or "—"
        self.stdout.write(f"Arborescences synchronisées depuis le français : {names}")
