"""Digest emails: one email per person and frequency, listing the new updates they follow.

A digest covers, for each of the person's subscriptions of that frequency, the live updates
first published in the subscription's window (after its last digest, or after it was created,
and up to "now"), that the person may see. An update followed through several subscriptions is
listed once. Every processed subscription's window then closes at "now", whether or not an
email went out, so a second run never repeats an update.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from pages.visibility import is_visible, visible
from subscriptions.audience import UserAudience
from subscriptions.models import Frequency, Subscription
from subscriptions.topics import absolute_url, updates_of


@dataclass
class DigestEntry:
    """One update of a digest and the followed pages it was found through."""

    update: object
    topics: list = field(default_factory=list)

    @property
    def url(self):
        return absolute_url(self.update)


@dataclass
class DigestReport:
    """What a run did, for the command's summary."""

    sent: list = field(default_factory=list)  # (user, number of updates)
    nothing_new: int = 0
    without_email: list = field(default_factory=list)


def new_entries(subscriptions, user, now):
    """The updates new for ``subscriptions`` (all ``user``'s), newest first, each listed once."""
    audience = UserAudience(user)
    entries = {}
    for subscription in subscriptions:
        page = subscription.page.specific
        if not is_visible(page, audience):
            continue
        updates = visible(updates_of(page), audience).filter(
            first_published_at__gt=subscription.window_start, first_published_at__lte=now
        )
        for update in updates.select_related("directorate"):
            entries.setdefault(update.pk, DigestEntry(update)).topics.append(page)
    return sorted(
        entries.values(),
        key=lambda entry: (entry.update.date, entry.update.first_published_at),
        reverse=True,
    )


def digest_subject(frequency, count):
    if frequency == Frequency.DAILY:
        text = ngettext(
            "Your daily digest: %(count)d new update",
            "Your daily digest: %(count)d new updates",
            count,
        )
    else:
        text = ngettext(
            "Your weekly digest: %(count)d new update",
            "Your weekly digest: %(count)d new updates",
            count,
        )
    return text % {"count": count}


def digest_email(user, frequency, entries):
    """The email of one digest, in the intranet's language (French)."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "frequency": frequency,
            "entries": entries,
            "manage_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("subscriptions:index"),
        }
        email = EmailMultiAlternatives(
            subject=digest_subject(frequency, len(entries)),
            body=render_to_string("subscriptions/email/digest.txt", context),
            to=[user.email],
        )
        email.attach_alternative(
            render_to_string("subscriptions/email/digest.html", context), "text/html"
        )
    return email


def send_digests(frequency, now=None, dry_run=False):
    """Send the digests of ``frequency`` due at ``now`` and close their windows.

    Each person is handled in a transaction that locks their subscriptions (on databases that
    support it), so two overlapping runs cannot send the same updates twice. With ``dry_run``
    nothing is sent or recorded.
    """
    now = now or timezone.now()
    report = DigestReport()
    user_ids = (
        Subscription.objects.filter(frequency=frequency, user__is_active=True)
        .values_list("user_id", flat=True)
        .distinct()
        .order_by("user_id")
    )
    for user_id in list(user_ids):
        with transaction.atomic():
            subscriptions = list(
                Subscription.objects.select_for_update(of=("self",))
                .filter(user_id=user_id, frequency=frequency)
                .select_related("user", "page")
                .order_by("pk")
            )
            # A run told of a "now" before a window's end must not reopen it.
            due = [s for s in subscriptions if s.window_start < now]
            if not due:
                continue
            user = due[0].user
            entries = new_entries(due, user, now)
            if not entries:
                report.nothing_new += 1
            elif not user.email:
                report.without_email.append(user)
            else:
                if not dry_run:
                    digest_email(user, frequency, entries).send()
                report.sent.append((user, len(entries)))
            if not dry_run:
                Subscription.objects.filter(pk__in=[s.pk for s in due]).update(last_sent_at=now)
    return report
