"""``manage.py send_digests --frequency daily|weekly``: email each subscriber their digest.

Meant for cron, e.g. every morning ``--frequency daily`` and every Monday ``--frequency weekly``.
Running it twice sends nothing new the second time.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from subscriptions.digests import send_digests
from subscriptions.models import Frequency


def parse_now(value):
    """A ``--now`` value: an ISO 8601 date and time, in the site's time zone unless it says."""
    moment = parse_datetime(value)
    if moment is None:
        raise CommandError(
            _("--now expects a date and time such as 2026-03-02T07:00, not « %(value)s ».")
            % {"value": value}
        )
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


class Command(BaseCommand):
    """Send the daily or weekly digests (see ``subscriptions.digests``) and print a summary."""

    help = (
        "Envoie à chaque abonné un courriel listant les nouvelles actualités de ses abonnements "
        "de la fréquence donnée, sans jamais répéter une actualité déjà envoyée."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--frequency", required=True, choices=Frequency.values, help="daily | weekly"
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Affiche ce qui serait envoyé sans rien envoyer ni enregistrer.",
        )
        parser.add_argument(
            "--now",
            type=parse_now,
            help="Fin de la période couverte (ISO 8601) ; maintenant par défaut.",
        )

    def handle(self, *args, **options):
        report = send_digests(options["frequency"], now=options["now"], dry_run=options["dry_run"])
        for user, count in report.sent:
            line = _("%(email)s: %(count)d update(s)") % {"email": user.email, "count": count}
            self.stdout.write(line)
        for user in report.without_email:
            self.stderr.write(
                _("%(user)s has new updates but no email address: nothing sent.")
                % {"user": user.get_username()}
            )
        if options["dry_run"]:
            summary = _("Dry run: %(count)d digest(s) would be sent, nothing recorded.")
        else:
            summary = _("%(count)d digest(s) sent.")
        self.stdout.write(summary % {"count": len(report.sent)})
