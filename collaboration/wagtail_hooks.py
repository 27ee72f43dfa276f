"""Plugs the stale-save guard into Wagtail's page edit view."""

from wagtail import hooks

from collaboration.guards import is_stale_save, refuse_stale_save


@hooks.register("before_edit_page")
def refuse_saves_from_outdated_forms(request, page):
    if is_stale_save(request, page):
        return refuse_stale_save(request, page)
    return None
