"""``manage.py send_review_reminders``: cron-able, e.g. every weekday at 7:00."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ownership.reminders import send_review_reminders, summary


def _date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(
            _("Invalid date %(value)s: expected YYYY-MM-DD.") % {"value": value}
        ) from None


class Command(BaseCommand):
    help = (
        "Email each content owner one reminder listing their pages past their review date; "
        "an owner reminded in the last 7 days is skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print who would be reminded, send nothing."
        )
        parser.add_argument(
            "--today",
            metavar="YYYY-MM-DD",
            help="Run as if today were this date (tests, catching up after an outage).",
        )

    def handle(self, *args, dry_run=False, today=None, **options):
        day = _date(today) if today else None
        run = send_review_reminders(today=day, dry_run=dry_run)
        for line in summary(run, dry_run=dry_run):
            self.stdout.write(line)
