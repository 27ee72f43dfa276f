"""``send_review_reminders``: one email per owner listing their overdue pages, once a week."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Page

from ownership.models import ReviewReminder
from tests import factories

TODAY = datetime.date(2026, 3, 10)
PAST = datetime.date(2026, 2, 1)
FUTURE = datetime.date(2026, 6, 1)


def set_review(page, owner, due):
    type(page).objects.filter(pk=page.pk).update(content_owner=owner, next_review_date=due)


@pytest.fixture
def owners(tree):
    alice = factories.UserFactory(username="alice", email="alice@nantesmetropole.test")
    bruno = factories.UserFactory(username="bruno", email="bruno@nantesmetropole.test")
    set_review(tree.update, alice, PAST)
    set_review(tree.project, alice, datetime.date(2026, 3, 9))
    set_review(tree.lever, alice, FUTURE)
    set_review(tree.other_update, bruno, PAST)
    return alice, bruno


def run(*args):
    out = StringIO()
    call_command("send_review_reminders", *args, stdout=out)
    return out.getvalue()


def test_each_owner_gets_one_email_listing_all_their_overdue_pages(tree, owners, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://intranet.nantesmetropole.test"
    output = run("--today", TODAY.isoformat())

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_recipient) == ["alice@nantesmetropole.test", "bruno@nantesmetropole.test"]
    alice_mail = by_recipient["alice@nantesmetropole.test"]
    assert tree.update.title in alice_mail.body and tree.project.title in alice_mail.body
    assert tree.lever.title not in alice_mail.body  # not due yet
    assert tree.other_update.title not in alice_mail.body  # Bruno's
    assert "01/02/2026" in alice_mail.body
    edit_link = "https://intranet.nantesmetropole.test" + reverse(
        "wagtailadmin_pages:edit", args=[tree.update.pk]
    )
    assert edit_link in alice_mail.body
    assert "2" in alice_mail.subject
    assert "2 reminder(s) sent" in output or "2 rappel" in output


def test_an_owner_is_not_reminded_twice_within_seven_days(owners):
    run("--today", TODAY.isoformat())
    assert len(mail.outbox) == 2

    output = run("--today", (TODAY + datetime.timedelta(days=6)).isoformat())
    assert len(mail.outbox) == 2
    assert "alice" in output and "bruno" in output  # listed as skipped

    run("--today", (TODAY + datetime.timedelta(days=7)).isoformat())
    assert len(mail.outbox) == 4
    assert ReviewReminder.objects.filter(owner=owners[0]).count() == 2


def test_dry_run_sends_and_records_nothing(owners):
    output = run("--dry-run", "--today", TODAY.isoformat())
    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()
    assert "alice@nantesmetropole.test" in output


def test_a_bad_date_is_a_clear_error(db):
    with pytest.raises(CommandError, match="2026-13-45"):
        run("--today", "2026-13-45")


def test_inactive_and_emailless_owners_get_nothing_and_are_reported(tree):
    gone = factories.UserFactory(username="parti", is_active=False)
    no_email = factories.UserFactory(username="sans-courriel", email="")
    set_review(tree.update, gone, PAST)
    set_review(tree.other_update, no_email, PAST)
    output = run("--today", TODAY.isoformat())
    assert mail.outbox == []
    assert "sans-courriel" in output


def test_translations_of_an_overdue_page_are_not_listed_again(tree, en_locale):
    owner = factories.UserFactory(username="traduite", email="traduite@nm.test")
    standard = Page.objects.get(pk=tree.standard.pk).specific
    set_review(standard, owner, PAST)
    standard.refresh_from_db()
    translation = standard.copy_for_translation(en_locale, copy_parents=True)
    assert translation.specific.next_review_date == PAST

    run("--today", TODAY.isoformat())
    [message] = mail.outbox
    assert message.body.count(standard.title) == 1
    assert reverse("wagtailadmin_pages:edit", args=[translation.pk]) not in message.body
