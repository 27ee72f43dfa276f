"""``manage.py plone_import_benchmark --items 10000 --images 1000``: time an import.

Generates a seeded export (``plone_import.testing.generate``), imports it into the current
database under a new home page, and prints items per second and the total time. Run it on a
scratch database: it writes what it imports (``--keep`` leaves it there; by default the pages
it created are deleted afterwards).
"""

import tempfile
import time

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from pages.models import HomePage
from plone_import.importer.mapping import Mapping
from plone_import.importer.runner import Importer
from plone_import.models import ImportedObject
from plone_import.testing.generate import generate


class Command(BaseCommand):
    help = _("Generate a Plone export and time its import.")

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=10000)
        parser.add_argument("--images", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--keep", action="store_true", help=_("Keep what was imported"))

    def handle(self, *args, **options):
        with tempfile.TemporaryDirectory() as folder:
            started = time.monotonic()
            manifest = generate(
                folder, items=options["items"], images=options["images"], seed=options["seed"]
            )
            self.stdout.write(
                f"Generated {manifest.items} items in {time.monotonic() - started:.1f} s"
            )
            root = Page.get_first_root_node()
            slug = f"bench-plone-{int(time.time())}"
            home = root.add_child(instance=HomePage(title="Benchmark Plone", slug=slug))
            importer = Importer([folder], Mapping(), site_root=home.pk, stream=self.stderr._out)
            started = time.monotonic()
            report = importer.run()
            total = time.monotonic() - started
        for line in report.summary_lines()[:12]:
            self.stdout.write(line)
        rate = manifest.items / report.elapsed if report.elapsed else 0
        self.stdout.write(
            f"{manifest.items} items ({options['images']} images): import {report.elapsed:.1f} s "
            f"({rate:.1f} items/s), search index {report.index_seconds:.1f} s, "
            f"total {total:.1f} s"
        )
        if not options["keep"]:
            self._clean(home, list(manifest.paths))

    def _clean(self, home, uids):
        """Delete what this run imported (and only that)."""
        with transaction.atomic():
            rows = ImportedObject.objects.filter(uid__in=uids)
            uids = rows.values_list("object_id", "content_type__model")
            documents = [pk for pk, model in uids if model == "intranetdocument"]
            images = [pk for pk, model in uids if model == "image"]
            get_document_model().objects.filter(pk__in=documents).delete()
            get_image_model().objects.filter(pk__in=images).delete()
            rows.delete()
            for page in Page.objects.filter(translation_key=home.translation_key):
                page.delete()
