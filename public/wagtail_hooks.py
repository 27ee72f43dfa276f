"""Admin entries of the public hand-off: the Communication view and the API keys."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from public.forms import ApiKeyCreateForm, ApiKeyEditForm
from public.models import ApiKey
from public.views import CommunicationView, can_see_communication_view


class ApiKeyCreateView(generic.CreateView):
    """Creates a key and shows its clear value once, in the confirmation message."""

    def save_instance(self):
        key = self.form.save(commit=False)
        self.clear_key = key.set_new_key()
        key.created_by = self.request.user
        key.save()
        return key

    def save_action(self):
        messages.success(
            self.request,
            _("API key « %(name)s » created. Copy it now, it will not be shown again: %(key)s")
            % {"name": self.object.name, "key": self.clear_key},
        )
        return super().save_action()

    def get_success_message(self, instance):
        return None


class ApiKeyViewSet(ModelViewSet):
    """Administrators create and revoke the keys of the public API (hashed, shown once)."""

    model = ApiKey
    icon = "key"
    menu_label = gettext_lazy("Public API keys")
    add_to_settings_menu = True
    add_view_class = ApiKeyCreateView
    list_display = ["name", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = []
    search_fields = ["name"]
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        return ApiKeyEditForm if for_update else ApiKeyCreateForm


@hooks.register("register_admin_viewset")
def register_api_key_viewset():
    return ApiKeyViewSet("public_api_keys")


class CommunicationMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_communication_view(request.user)


@hooks.register("register_admin_urls")
def register_communication_url():
    return [path("communication/", CommunicationView.as_view(), name="public_communication")]


@hooks.register("register_admin_menu_item")
def register_communication_menu_item():
    return CommunicationMenuItem(
        gettext_lazy("Communication"),
        reverse("public_communication"),
        icon_name="globe",
        order=250,
    )
