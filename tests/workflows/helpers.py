"""What a person does in the admin during a review, as test-client calls."""

from django.core import mail
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from pages.models import UpdatePage
from tests.roles.test_permission_matrix import edit_form


def fresh(page):
    """The page as the database has it now (specific)."""
    return Page.objects.get(pk=page.pk).specific


def form(page, title, **changes):
    """The edit form of ``page`` as the admin posts it, with a new title."""
    page = fresh(page)
    data = edit_form(page, title)
    if isinstance(page, UpdatePage):
        data |= nested_form_data({"date": page.date.isoformat()})
    # Fields other areas add to every page (empty stream fields, inline panels): empty.
    form_class = page.get_edit_handler().get_form_class()
    extra = {
        field.name: streamfield([])
        for field in page._meta.get_fields()
        if isinstance(field, StreamField)
        and field.name in form_class.base_fields
        and f"{field.name}-count" not in data
    }
    extra |= {
        name: inline_formset([])
        for name in getattr(form_class._meta, "formsets", None) or {}
        if f"{name}-TOTAL_FORMS" not in data
    }
    return data | nested_form_data(extra) | changes


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit(client, page, title, **changes):
    """Save ``page`` with a new title and submit it for review (« Submit to … »)."""
    return client.post(edit_url(page), form(page, title, **{"action-submit": "Submit"}, **changes))


def publish(client, page, title):
    return client.post(edit_url(page), form(page, title, **{"action-publish": "Publish"}))


def act(client, page, action, comment=""):
    """Approve or reject (request changes) the current step, from the moderation modal."""
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def take_mail():
    """The emails sent since the last call, as {recipient: message}; the outbox is emptied."""
    sent = {}
    for message in mail.outbox:
        assert len(message.to) == 1, message.to  # one email per person
        assert message.to[0] not in sent, f"two emails to {message.to[0]}"
        sent[message.to[0]] = message
    mail.outbox.clear()
    return sent


def emails(*users):
    return {user.email for user in users}


def refused(response):
    """Whether the admin said no: Wagtail answers a refusal with the dashboard and a message."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
