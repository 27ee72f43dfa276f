"""The abstract base of every content page and the choices it uses.

Every page carries an owning directorate, a content owner, a next review date and an audience:
these four fields drive permissions, reports, search facets and the public hand-off.
Page types extend ``search_fields`` and the panels defined here; they never replace them.

Public versions: a page marked ready for public may carry a public title, summary and body that
differ from the internal ones. An empty public title or summary falls back to the internal one
(titles and summaries are written to be read by anyone); the body never falls back, because the
internal body may hold notes, contacts and figures meant for colleagues: a page is served to the
public with an empty body until someone writes its public body. What crosses is a whitelist
(``PUBLIC_FIELDS`` below plus each type's ``public_fields``); ``INTERNAL_ONLY_FIELDS`` names what
must never cross, for reviewers and tests.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from intranet.search_text import analysed_text, autocomplete_text
from pages.blocks import BodyBlock, PublicBodyBlock


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

    public_title = models.CharField(
        _("public title"),
        max_length=255,
        blank=True,
        help_text=_("Title on the public website. Empty: the internal title is used."),
    )
    public_summary = models.TextField(
        _("public summary"),
        blank=True,
        max_length=600,
        help_text=_("Summary on the public website. Empty: the internal summary is used."),
    )
    public_body = StreamField(
        PublicBodyBlock(),
        blank=True,
        verbose_name=_("public body"),
        help_text=_(
            "Body on the public website. It never copies the internal body: "
            "leave it empty and the public page has no body."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    public_panels = [
        MultiFieldPanel(
            [FieldPanel("public_title"), FieldPanel("public_summary"), FieldPanel("public_body")],
            heading=_("Public version"),
            help_text=_("Used only when the audience is « Ready for public »."),
        )
    ]
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

    # The extra fields of a page type that may cross to the public (see pages/models/*).
    public_fields: tuple[str, ...] = ()
    # Fields that never cross, whatever the audience (documentation and leak tests).
    internal_only_fields: tuple[str, ...] = (
        "title",
        "summary",
        "body",
        "directorate",
        "content_owner",
        "next_review_date",
        "audience",
    )

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

    @cached_classmethod
    def get_edit_handler(cls):
        """Wagtail's tabs with a « Public version » tab after the content."""
        tabs = [
            ObjectList(cls.content_panels, heading=_("Content")),
            ObjectList(cls.public_panels, heading=_("Public version")),
            ObjectList(cls.promote_panels, heading=_("Promote")),
            ObjectList(cls.settings_panels, heading=_("Settings")),
        ]
        return TabbedInterface(tabs, base_form_class=cls.base_form_class).bind_to_model(cls)

    def save(self, *args, **kwargs):
        self._search_document = None  # the text may have changed: analyse it again when indexed
        return super().save(*args, **kwargs)

    def search_text_parts(self):
        """The pieces of text search finds this page by; page types add their own."""
        return [self.title, self.summary, *self.body.stream_block.get_searchable_content(self.body)]

    def search_document(self):
        # The indexer reads every search field once per index column (three times): analyse once.
        if getattr(self, "_search_document", None) is None:
            self._search_document = analysed_text(*self.search_text_parts())
        return self._search_document

    def autocomplete_title(self):
        return autocomplete_text(self.title)

    @property
    def is_public_ready(self):
        return self.audience == Audience.PUBLIC

    @property
    def public_version_title(self):
        return self.public_title or self.title

    @property
    def public_version_summary(self):
        return self.public_summary or self.summary
