"""``manage.py import_plone PATH...``: import a collective.exportimport export (see README)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from plone_import.importer.errors import ItemError
from plone_import.importer.mapping import Mapping, MappingError
from plone_import.importer.runner import Importer


class Command(BaseCommand):
    help = _("Import a Plone site exported with collective.exportimport (JSON files).")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help=_("Export files or folders"))
        parser.add_argument("--dry-run", action="store_true", help=_("Report, write nothing"))
        parser.add_argument("--mapping", help=_("JSON mapping file (see README)"))
        parser.add_argument("--site-root", type=int, help=_("Id of the page to import under"))
        parser.add_argument("--plone-root", help=_("Id of the Plone site root (detected)"))
        parser.add_argument("--report", help=_("Write the report to FILE.json or FILE.csv"))
        parser.add_argument("--blob-root", help=_("Folder that relative blob paths start from"))
        parser.add_argument(
            "--download", action="store_true", help=_("Fetch files given as download URLs")
        )
        parser.add_argument(
            "--max-text-mb", type=int, default=10, help=_("Largest text field accepted (MB)")
        )

    def handle(self, *args, **options):
        try:
            mapping = Mapping.from_file(options["mapping"]) if options["mapping"] else Mapping()
        except MappingError as error:
            raise CommandError(str(error)) from error
        importer = Importer(
            options["paths"],
            mapping,
            dry_run=options["dry_run"],
            site_root=options["site_root"],
            plone_root=options["plone_root"],
            blob_root=options["blob_root"],
            download=options["download"],
            max_text_bytes=options["max_text_mb"] * 2**20,
            stream=self.stderr._out,
        )
        try:
            report = importer.run()
        except ItemError as error:
            raise CommandError(str(error)) from error
        for line in report.summary_lines():
            self.stdout.write(line)
        if options["report"]:
            report.write(options["report"])
            self.stdout.write(_("Report written to %(path)s") % {"path": options["report"]})
        if report.failed:
            raise CommandError(
                _("%(count)s items failed: see the report") % {"count": len(report.failures)},
                returncode=2,
            )
