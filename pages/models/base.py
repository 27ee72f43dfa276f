"""The abstract base of every content page and the choices it uses.

Every page carries an owning directorate, a content owner, a next review date and an audience:
these four fields drive permissions, reports, search facets and the public hand-off.
Page types extend ``search_fields`` and the panels defined here; they never replace them.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from intranet.search_text import analysed_text, autocomplete_text
from pages.blocks import BodyBlock


class Audience(models.TextChoices):
    INTERNAL = "internal", _("Internal only")
    PUBLIC = "public", _("Ready for public")


class IntranetPage(Page):
    """Common fields, panels and search fields of every page of the intranet."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in lists and search results."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    directorate = models.ForeignKey(
        "pages.DirectoratePage",
        verbose_name=_("owning directorate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("content owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The person who answers for this content and reviews it."),
    )
    next_review_date = models.DateField(_("next review date"), null=True, blank=True)
    audience = models.CharField(
        _("audience"), max_length=16, choices=Audience.choices, default=Audience.INTERNAL
    )

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    ownership_panels = [
        MultiFieldPanel(
            [
                FieldPanel("directorate"),
                FieldPanel("content_owner"),
                FieldPanel("next_review_date"),
                FieldPanel("audience"),
            ],
            heading=_("Ownership and audience"),
        )
    ]
    settings_panels = ownership_panels + Page.settings_panels

    # The raw title stays indexed by Page; everything else is indexed once, analysed (French
    # folding, stemming) so every backend matches the same tokens: see intranet/search_text.py.
    search_fields = Page.search_fields + [
        index.SearchField("search_document"),
        index.AutocompleteField("autocomplete_title"),
        index.FilterField("audience"),
        index.FilterField("directorate"),
    ]

    class Meta:
        abstract = True

    def search_text_parts(self):
        """The pieces of text search finds this page by; page types add their own."""
        return [self.title, self.summary, *self.body.stream_block.get_searchable_content(self.body)]

    def search_document(self):
        return analysed_text(*self.search_text_parts())

    def autocomplete_title(self):
        return autocomplete_text(self.title)

    @property
    def is_public_ready(self):
        return self.audience == Audience.PUBLIC
