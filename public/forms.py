"""Admin forms of the API keys: a name to create one, a name and a revoke box to edit it."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from public.models import ApiKey


class ApiKeyCreateForm(forms.ModelForm):
    class Meta:
        model = ApiKey
        fields = ["name"]


class ApiKeyEditForm(forms.ModelForm):
    revoke = forms.BooleanField(
        label=_("Revoke this key"),
        required=False,
        help_text=_("A revoked key is refused at once and cannot be restored."),
    )

    class Meta:
        model = ApiKey
        fields = ["name"]

    def save(self, commit=True):
        key = super().save(commit=False)
        if self.cleaned_data.get("revoke") and key.revoked_at is None:
            key.revoked_at = timezone.now()
        if commit:
            key.save()
        return key
