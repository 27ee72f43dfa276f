"""``manage.py load_demo``: load the real demo content of the ESS roadmap, idempotently."""

import logging
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError

from pages.demo.loader import DemoContentError, load_demo

# Loggers that report every page saved and every task run: useful when debugging (-v 2),
# noise in the summary otherwise.
CHATTY_LOGGERS = ("wagtail", "django_tasks")


@contextmanager
def quiet_loggers(names, level=logging.WARNING):
    """Raise the level of the given loggers for the duration of the block."""
    loggers = [logging.getLogger(name) for name in names]
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(level)
    try:
        yield
    finally:
        for logger, old_level in zip(loggers, previous, strict=True):
            logger.setLevel(old_level)


class Command(BaseCommand):
    """Load the demo content; running it again creates nothing new."""

    help = (
        "Charge le contenu de démonstration (feuille de route ESS, leviers, filières, projets, "
        "politiques, directions, actualités, comptes). Sans effet s'il est déjà en place."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password-file",
            help="Fichier du mot de passe des comptes de démonstration (défaut : .demo-password).",
        )

    def handle(self, *args, **options):
        chatty = CHATTY_LOGGERS if options["verbosity"] < 2 else ()
        try:
            with quiet_loggers(chatty):
                report = load_demo(password_file=options["password_file"])
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(report.as_text())
