"""Forms behind the subscribe/unsubscribe buttons and the « Mes abonnements » page."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from subscriptions.models import Frequency
from subscriptions.topics import is_subscribable


class PageChoiceField(forms.IntegerField):
    """A page id, cleaned to the specific page; any page type (the form judges the type)."""

    default_error_messages = {
        "invalid": _("The page to follow is missing or is not a page number."),
        "required": _("The page to follow is missing or is not a page number."),
        "unknown": _("This page does not exist."),
    }

    def clean(self, value):
        page_id = super().clean(value)
        page = Page.objects.filter(pk=page_id).specific().first()
        if page is None:
            raise forms.ValidationError(self.error_messages["unknown"], code="unknown")
        return page


class FollowedPageForm(forms.Form):
    """Which page: it must be a lever, sector, project or directorate."""

    page = PageChoiceField()

    def clean_page(self):
        page = self.cleaned_data["page"]
        if not is_subscribable(page):
            raise forms.ValidationError(
                _("Only levers, sectors, projects and directorates can be followed."),
                code="not_subscribable",
            )
        return page


class SubscribeForm(FollowedPageForm):
    """Follow a page, or change how often its digest comes."""

    frequency = forms.ChoiceField(
        label=_("Digest"),
        choices=Frequency.choices,
        error_messages={
            "required": _("Choose how often to receive the digest: daily or weekly."),
            "invalid_choice": _("Choose how often to receive the digest: daily or weekly."),
        },
    )
