"""The sign-in audit in Wagtail's admin: read-only, for administrators, exportable as CSV."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from directory.models import SignInEvent


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds, edits or deletes an audit row; viewing needs ``view_signinevent``
    (superusers have it; give it to the Administrateurs group)."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(SignInEvent, ReadOnlyPermissionPolicy(SignInEvent))


class SignInEventViewSet(ModelViewSet):
    model = SignInEvent
    icon = "key"
    menu_label = _("Sign-ins")
    menu_order = 900
    add_to_settings_menu = True
    url_prefix = "connexions"
    name = "sign_in_events"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["username"]  # required by ModelViewSet; nobody may add or edit
    list_display = ["time", "username", "success", "source", "ip_address", "directory_unavailable"]
    list_filter = ["success", "source", "directory_unavailable"]
    search_fields = ["username"]
    list_export = [
        "time",
        "username",
        "user",
        "success",
        "source",
        "ip_address",
        "directory_unavailable",
    ]
    export_filename = "connexions"
    inspect_view_fields = list_export


@hooks.register("register_admin_viewset")
def register_sign_in_event_viewset():
    return SignInEventViewSet()
