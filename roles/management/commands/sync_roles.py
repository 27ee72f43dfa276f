"""``manage.py sync_roles``: create and update the role groups from the directorates in the tree."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from roles.sync import sync_roles


class Command(BaseCommand):
    """Run ``roles.sync.sync_roles`` and print what it changed (in French)."""

    help = (
        "Crée et met à jour les groupes des rôles (rédacteurs et approbateurs de chaque "
        "direction, communication, coordination ESS, lecteurs, administrateurs) et leurs "
        "permissions. Sans effet si tout est à jour."
    )

    def handle(self, *args, **options):
        report = sync_roles()
        if options["verbosity"] == 0:
            return
        for line in summary_lines(report, details=options["verbosity"] >= 1):
            self.stdout.write(line)


def summary_lines(report, details=True):
    """The French summary of a ``SyncReport``, one line per item."""
    if not report.changed:
        return [_("Nothing to change: every role is up to date.")]
    lines = [
        _(
            "Roles synchronised. Managed groups: %(managed)d, created: %(created)d, "
            "renamed: %(renamed)d."
        )
        % {"managed": report.managed, "created": report.created, "renamed": report.renamed},
        _("Permissions granted: %(added)d, withdrawn: %(removed)d.")
        % {"added": report.permissions_added, "removed": report.permissions_removed},
    ]
    if details:
        for group in report.groups:
            if group.orphaned and group.removed:
                lines.append(
                    _("  %(group)s: its directorate no longer exists, every permission withdrawn.")
                    % {"group": group.name}
                )
            elif group.created:
                lines.append(_("  %(group)s: created.") % {"group": group.name})
            elif group.changed:
                if group.renamed_from:
                    lines.append(
                        _("  %(group)s: renamed from « %(old)s ».")
                        % {"group": group.name, "old": group.renamed_from}
                    )
                if group.added or group.removed:
                    lines.append(
                        _("  %(group)s: %(added)d permissions granted, %(removed)d withdrawn.")
                        % {"group": group.name, "added": group.added, "removed": group.removed}
                    )
    return lines
