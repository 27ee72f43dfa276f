"""``manage.py export_public OUTPUT [--archive]``: write the public content as static files."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from public.export import export_public


class Command(BaseCommand):
    help = (
        "Write the public content (HTML with the theme, JSON, Atom, images, documents), "
        "per language, to a folder or a .zip archive a web server can serve as is."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", help="An empty (or new) folder, or the archive's path")
        parser.add_argument(
            "--archive", action="store_true", help="Write a .zip archive instead of a folder"
        )

    def handle(self, output, archive, **options):
        try:
            stats = export_public(output, archive=archive)
        except FileExistsError as error:
            message = _("%(path)s is not empty: choose an empty or a new folder.")
            raise CommandError(message % {"path": error}) from error
        summary = _("%(pages)d page(s), %(files)d file(s), languages: %(languages)s → %(path)s")
        self.stdout.write(
            summary
            % {
                "pages": stats["pages"],
                "files": stats["files"],
                "languages": ", ".join(stats["locales"]) or "-",
                "path": stats["path"],
            }
        )
