"""What a one-pager shows: the page's key figures and facts, never its internal-only fields.

A one-pager is for the press and public documents, so the budget and the contact of a project
stay out of it, whatever the page's audience; an internal page's one-pager says it is internal.
"""

from dataclasses import dataclass, field

from django.contrib.staticfiles import finders
from django.utils.translation import gettext as _

from pages.models import LeverPage, ProjectPage, SectorPage

ONE_PAGER_MODELS = (LeverPage, SectorPage, ProjectPage)
STYLESHEET = "css/onepager.css"


@dataclass
class KeyFigure:
    value: str
    label: str
    source: str = ""


@dataclass
class OnePager:
    """The content of a one-pager, computed once for the HTML view and the PDF."""

    page: object
    kind: str = ""
    key_figures: list = field(default_factory=list)
    facts: list = field(default_factory=list)  # (label, value) pairs
    lists: list = field(default_factory=list)  # (heading, [titles]) pairs


def key_figures(page):
    """Every figure of the page body's key figures blocks, in order."""
    figures = []
    for block in page.body:
        if block.block_type == "key_figures":
            for figure in block.value["figures"]:
                figures.append(KeyFigure(figure["value"], figure["label"], figure["source"] or ""))
    return figures


def titles(pages):
    return [page.title for page in pages]


def kind_of(page):
    """The line above the title: « Levier d'action 3 », « Filière de coopération 2 », « Projet »."""
    if isinstance(page, LeverPage):
        return _("Action lever %(number)s") % {"number": page.number}
    if isinstance(page, SectorPage):
        return _("Cooperation sector %(number)s") % {"number": page.number}
    return _("Project")


def stylesheet():
    """The one-pager's stylesheet as text, for the PDF (which loads no URL)."""
    path = finders.find(STYLESHEET)
    with open(path, encoding="utf-8") as handle:
        return handle.read()
