"""Audit actions in Wagtail's log registry; « Site history » in the menu for administrators only."""

from wagtail import hooks

from audit import actions
from audit.access import is_administrator


@hooks.register("register_log_actions")
def register_permission_log_actions(registry):
    actions.register(registry)


@hooks.register("construct_reports_menu")
def hide_site_history_from_non_administrators(request, menu_items):
    if not is_administrator(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
