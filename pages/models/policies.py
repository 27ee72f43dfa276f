"""The métropole's other roadmaps and the typed links the ESS roadmap makes to them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from pages.models.base import IntranetPage
from pages.visibility import is_visible, visible


class PolicyLinkKind(models.TextChoices):
    CONTRIBUTES_TO = "contributes_to", _("Contributes to")
    DEPENDS_ON = "depends_on", _("Depends on")
    SHARES_INDICATOR = "shares_indicator", _("Shares an indicator with")
    CO_FUNDED_BY = "co_funded_by", _("Co-funded by")


class PolicyLink(Orderable):
    """A typed link from a lever, sector or project to another public policy.

    The source side edits it (inline panel); the policy page lists every link pointing at it,
    grouped by kind, through ``incoming_links``.
    """

    source = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="policy_links")
    policy = models.ForeignKey(
        "pages.PolicyPage",
        verbose_name=_("policy"),
        on_delete=models.CASCADE,
        related_name="incoming_links",
    )
    kind = models.CharField(_("kind of link"), max_length=20, choices=PolicyLinkKind.choices)
    note = models.CharField(
        _("note"), max_length=240, blank=True, help_text=_("One line: what the link is about.")
    )

    panels = [FieldPanel("policy"), FieldPanel("kind"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("cross-policy link")
        verbose_name_plural = _("cross-policy links")

    def __str__(self):
        return f"{self.source_id} → {self.policy_id} ({self.kind})"


class PolicyIndexPage(IntranetPage):
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.PolicyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("policy index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["policies"] = visible(PolicyPage.objects.child_of(self), request).order_by("title")
        return context


class PolicyPage(IntranetPage):
    """Another roadmap or scheme of the métropole that the ESS roadmap connects with."""

    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    period = models.CharField(
        _("period"), max_length=60, blank=True, help_text=_("For example: 2018-2027")
    )
    lead = models.CharField(
        _("lead"), max_length=200, blank=True, help_text=_("Who carries this policy")
    )
    reference_url = models.URLField(_("reference page"), blank=True)

    parent_page_types = ["pages.PolicyIndexPage"]
    subpage_types = []

    content_panels = (
        IntranetPage.content_panels[:1]
        + [
            FieldPanel("acronym"),
            FieldPanel("period"),
            FieldPanel("lead"),
            FieldPanel("reference_url"),
        ]
        + IntranetPage.content_panels[1:]
    )

    public_fields = ("acronym", "period", "reference_url")

    def search_text_parts(self):
        return [*super().search_text_parts(), self.acronym, self.lead]

    class Meta:
        verbose_name = _("linked policy")
        verbose_name_plural = _("linked policies")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["links_by_kind"] = self.links_by_kind(request)
        return context

    def links_by_kind(self, request):
        """Incoming links from pages the request may see, in this page's locale, by kind."""
        links = (
            self.incoming_links.filter(source__live=True, source__locale_id=self.locale_id)
            .select_related("source")
            .order_by("source__title")
        )
        groups = {kind: [] for kind in PolicyLinkKind.values}
        for link in links:
            if is_visible(link.source, request):
                groups[link.kind].append(link)
        return [(PolicyLinkKind(kind).label, items) for kind, items in groups.items() if items]
