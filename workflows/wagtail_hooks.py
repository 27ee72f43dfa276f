"""Admin hooks that apply ``workflows.permissions`` to every page action of the admin."""

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page

from workflows import permissions

PAGE_BULK_TAKE_DOWN = {"delete", "unpublish"}


def _refuse(request, message):
    messages.error(request, message)
    return redirect("wagtailadmin_home")


def _internal_only_message():
    return _(
        "Communications edit and publish only content marked ready for public; "
        "this page is internal only."
    )


@hooks.register("before_edit_page")
def refuse_communication_on_internal_page(request, page):
    if not permissions.may_edit(request.user, page):
        return _refuse(request, _internal_only_message())


@hooks.register("before_publish_page")
def refuse_direct_publication(request, page):
    """Publishing from the editor (or a create form) goes through the same rules."""
    if permissions.may_publish(request.user, page):
        return None
    if not permissions.may_take_down(request.user, page):
        return _refuse(request, _internal_only_message())
    # The draft is saved by then: back to the editor, where « Submit » is one click away.
    messages.warning(
        request,
        _(
            "Content marked ready for public is published after the Communications review: "
            "your changes are saved as a draft, submit them for review."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_unpublish_page")
@hooks.register("before_delete_page")
def refuse_take_down(request, page):
    if not permissions.may_take_down(request.user, page):
        return _refuse(request, _internal_only_message())


@hooks.register("before_bulk_action")
def refuse_bulk_action(request, action_type, objects, action_class_instance):
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if not pages:
        return None
    if action_type == "publish":
        allowed = all(permissions.may_publish(request.user, page) for page in pages)
    elif action_type in PAGE_BULK_TAKE_DOWN:
        allowed = all(permissions.may_take_down(request.user, page) for page in pages)
    else:
        return None
    if not allowed:
        return _refuse(request, _internal_only_message())
