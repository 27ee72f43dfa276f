"""The one-pager of a lever, sector or project: a printable HTML page and its PDF export.

Same access as the page itself: a draft, an unknown page or another page type is a 404, a
view restriction the user does not pass is a 403 (as ``pages.wagtail_hooks`` does for pages).
The PDF is made by WeasyPrint from the same HTML; without it the PDF link answers 503 with a
French explanation, and the printable version still works.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page

from onepagers.content import ONE_PAGER_MODELS, OnePager, key_figures, kind_of, stylesheet, titles
from onepagers.pdf import PdfUnavailable, html_to_pdf
from pages.models import ProjectPage
from pages.visibility import is_visible

TEMPLATE = "onepagers/onepager.html"


def get_one_pager_page(request, page_id):
    """The live lever, sector or project ``page_id`` if this request may see it."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ONE_PAGER_MODELS) or not page.live:
        raise Http404
    if not is_visible(page, request):
        raise PermissionDenied
    return page


def build_one_pager(page, request):
    """Key figures, facts and related items of ``page``, as the request may see them."""
    context = page.get_context(request)
    one_pager = OnePager(page=page, kind=kind_of(page), key_figures=key_figures(page))
    if isinstance(page, ProjectPage):
        one_pager.facts = [(_("Status"), page.get_status_display())]
        if page.start_date:
            one_pager.facts.append((_("Start"), page.start_date))
        if page.end_date:
            one_pager.facts.append((_("End"), page.end_date))
        if page.lead_directorate:
            one_pager.facts.append((_("Lead directorate"), page.lead_directorate.title))
        one_pager.lists = [
            (_("Action levers"), titles(context["project_levers"])),
            (_("Cooperation sectors"), titles(context["project_sectors"])),
            (_("Partners"), [org.name for org in context["partners"]]),
            (_("Communes"), [commune.name for commune in context["project_communes"]]),
        ]
    else:
        one_pager.facts = [(_("Projects"), len(context["projects"]))]
        one_pager.lists = [(_("Projects"), titles(context["projects"]))]
        if "organisations" in context:
            organisations = [org.name for org in context["organisations"]]
            one_pager.lists.append((_("Organisations of the sector"), organisations))
    links = context.get("policy_links", [])
    one_pager.lists.append(
        (
            _("Links with other policies"),
            [
                _("%(kind)s: %(policy)s")
                % {"kind": link.get_kind_display(), "policy": link.policy.title}
                for link in links
            ],
        )
    )
    one_pager.lists = [(heading, items) for heading, items in one_pager.lists if items]
    return one_pager


def _render(request, page, for_pdf):
    with translation.override(page.locale.language_code):
        context = {"one_pager": build_one_pager(page, request), "page": page, "for_pdf": for_pdf}
        if for_pdf:  # the PDF fetches nothing: its stylesheet is inlined
            context["inline_css"] = stylesheet()
        return render_to_string(TEMPLATE, context, request=request)


def one_pager(request, page_id):
    """The printable one-pager, with a print button and the PDF link."""
    page = get_one_pager_page(request, page_id)
    return HttpResponse(_render(request, page, for_pdf=False))


def one_pager_pdf(request, page_id):
    """The one-pager as a PDF file, to download."""
    page = get_one_pager_page(request, page_id)
    try:
        pdf = html_to_pdf(_render(request, page, for_pdf=True))
    except PdfUnavailable:
        html = render_to_string("onepagers/pdf_unavailable.html", {"page": page}, request=request)
        return HttpResponse(html, status=503)
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"fiche-{slugify(page.title)[:60] or page.pk}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
