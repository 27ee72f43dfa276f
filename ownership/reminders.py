"""Review reminders: one email per content owner listing all their overdue pages.

Only pages of the default (French) locale are listed: translations copy their owner and
review date from the source page and are brought up to date by syncing the translation.

An owner reminded less than ``REMINDER_INTERVAL`` ago is skipped, so a daily cron never sends
the same person more than one reminder a week. Each email sent is recorded as a
``ReviewReminder``.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from ownership.models import ReviewReminder
from ownership.queries import overdue_pages

REMINDER_INTERVAL = datetime.timedelta(days=7)


@dataclass
class ReminderRun:
    """What a run did (or would do, in a dry run), for the command's summary."""

    sent: list = field(default_factory=list)  # (owner, [pages])
    recently_reminded: list = field(default_factory=list)  # owners
    without_email: list = field(default_factory=list)  # owners
    pages_without_owner: int = 0


def admin_edit_url(page):
    """Absolute URL of the page's edit view, for emails read outside the intranet."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("wagtailadmin_pages:edit", args=[page.pk])


def _moment(today):
    """The time recorded for a run: now, or now's time of day on ``today`` when it is set."""
    now = timezone.localtime()
    if today is None or today == now.date():
        return now
    return timezone.make_aware(datetime.datetime.combine(today, now.time()))


def build_email(owner, pages):
    """Subject and text body of an owner's reminder, in their preferred language."""
    language = UserProfile.get_for_user(owner).get_preferred_language()
    with translation.override(language):
        subject = ngettext(
            "[Intranet ESS] %(count)d page to review",
            "[Intranet ESS] %(count)d pages to review",
            len(pages),
        ) % {"count": len(pages)}
        body = render_to_string(
            "ownership/review_reminder_email.txt",
            {
                "owner": owner,
                "pages": [(page, page.review_date, admin_edit_url(page)) for page in pages],
                "report_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("ownership_review_report"),
            },
        )
    return subject, body


def send_review_reminders(today=None, dry_run=False):
    """Send each owner of overdue pages one reminder, unless reminded in the last 7 days."""
    moment = _moment(today)
    today = moment.date()
    by_owner = defaultdict(list)
    run = ReminderRun()
    # Owners answer for the source pages; translations follow them (wagtail-localize sync).
    for page in overdue_pages(today).filter(locale=Locale.get_default()):
        if page.review_owner_id is None:
            run.pages_without_owner += 1
        else:
            by_owner[page.review_owner_id].append(page)

    owners = get_user_model().objects.filter(pk__in=by_owner, is_active=True).order_by("pk")
    recent = set(
        ReviewReminder.objects.filter(
            owner__in=owners, sent_at__gt=moment - REMINDER_INTERVAL
        ).values_list("owner_id", flat=True)
    )
    for owner in owners:
        pages = by_owner[owner.pk]
        if owner.pk in recent:
            run.recently_reminded.append(owner)
        elif not owner.email:
            run.without_email.append(owner)
        else:
            run.sent.append((owner, pages))
            if not dry_run:
                subject, body = build_email(owner, pages)
                send_mail(subject, body, None, [owner.email])
                ReviewReminder.objects.create(
                    owner=owner,
                    sent_at=moment,
                    email=owner.email,
                    page_ids=[page.pk for page in pages],
                )
    return run


def summary(run, dry_run=False):
    """Lines the command prints: who was reminded, who was skipped and why."""
    if dry_run:
        headline = _("%(count)d reminder(s) would be sent.")
    else:
        headline = _("%(count)d reminder(s) sent.")
    lines = [headline % {"count": len(run.sent)}]
    for owner, pages in run.sent:
        lines.append(
            _("  %(email)s: %(count)d overdue page(s)")
            % {"email": owner.email, "count": len(pages)}
        )
    if run.recently_reminded:
        lines.append(
            _("%(count)d owner(s) skipped, already reminded in the last 7 days: %(names)s")
            % {
                "count": len(run.recently_reminded),
                "names": ", ".join(o.get_username() for o in run.recently_reminded),
            }
        )
    if run.without_email:
        lines.append(
            _("%(count)d owner(s) without an email address: %(names)s")
            % {
                "count": len(run.without_email),
                "names": ", ".join(o.get_username() for o in run.without_email),
            }
        )
    if run.pages_without_owner:
        lines.append(
            _("%(count)d overdue page(s) have no content owner.")
            % {"count": run.pages_without_owner}
        )
    return lines
