"""The roadmap itself: home, the roadmap page, its levers and cooperation sectors."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel

from pages.models.base import IntranetPage
from pages.models.directorates import UpdatePage
from pages.visibility import is_visible, visible

LATEST_UPDATES_ON_HOME = 6
LATEST_UPDATES_ON_TOPIC = 5


class HomePage(IntranetPage):
    """The intranet's home: latest updates, the roadmap at a glance, search."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.RoadmapPage",
        "pages.PolicyIndexPage",
        "pages.DirectorateIndexPage",
        "pages.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        roadmap = visible(RoadmapPage.objects.child_of(self), request).first()
        context["roadmap"] = roadmap
        context["levers"] = visible(LeverPage.objects.descendant_of(self), request).order_by(
            "number"
        )
        context["sectors"] = visible(SectorPage.objects.descendant_of(self), request).order_by(
            "number"
        )
        context["latest_updates"] = (
            visible(UpdatePage.objects.descendant_of(self), request)
            .select_related("directorate")
            .order_by("-date", "-pk")[:LATEST_UPDATES_ON_HOME]
        )
        return context


class RoadmapPage(IntranetPage):
    """The feuille de route: ambition, period and the co-construction behind it."""

    period_start = models.PositiveSmallIntegerField(_("first year"), default=2021)
    period_end = models.PositiveSmallIntegerField(_("last year"), default=2026)

    parent_page_types = ["pages.HomePage"]
    subpage_types = [
        "pages.LeverIndexPage",
        "pages.SectorIndexPage",
        "pages.ProjectIndexPage",
        "pages.StandardPage",
    ]
    max_count_per_parent = 1

    content_panels = (
        IntranetPage.content_panels[:1]
        + [
            FieldPanel("period_start"),
            FieldPanel("period_end"),
        ]
        + IntranetPage.content_panels[1:]
    )
    public_fields = ("period_start", "period_end")

    class Meta:
        verbose_name = _("roadmap")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = visible(self.get_children(), request).specific()
        return context


class LeverIndexPage(IntranetPage):
    parent_page_types = ["pages.RoadmapPage"]
    subpage_types = ["pages.LeverPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lever index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["levers"] = visible(LeverPage.objects.child_of(self), request).order_by("number")
        return context


class NumberedTopicPage(IntranetPage):
    """A lever or a sector: numbered in the roadmap, linked to projects, updates and policies."""

    number = models.PositiveSmallIntegerField(_("number"), help_text=_("Its rank in the roadmap"))

    content_panels = (
        IntranetPage.content_panels[:1]
        + [FieldPanel("number")]
        + IntranetPage.content_panels[1:]
        + [
            InlinePanel(
                "policy_links", label=_("Cross-policy links"), heading=_("Cross-policy links")
            )
        ]
    )

    public_fields = ("number",)

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = visible(self.projects.all(), request).order_by("title")
        context["latest_updates"] = (
            visible(self.updates.all(), request)
            .select_related("directorate")
            .order_by("-date", "-pk")[:LATEST_UPDATES_ON_TOPIC]
        )
        context["policy_links"] = self.visible_policy_links(request)
        return context

    def visible_policy_links(self, request):
        links = self.policy_links.select_related("policy").order_by("sort_order")
        return [link for link in links if is_visible(link.policy, request)]


class LeverPage(NumberedTopicPage):
    """One of the eight action levers (leviers d'action) of the roadmap."""

    parent_page_types = ["pages.LeverIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("action lever")
        verbose_name_plural = _("action levers")


class SectorIndexPage(IntranetPage):
    parent_page_types = ["pages.RoadmapPage"]
    subpage_types = ["pages.SectorPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sector index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sectors"] = visible(SectorPage.objects.child_of(self), request).order_by("number")
        return context


class SectorPage(NumberedTopicPage):
    """One of the ten cooperation sectors (filières de coopération)."""

    parent_page_types = ["pages.SectorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("cooperation sector")
        verbose_name_plural = _("cooperation sectors")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The levers a sector works through are those of its projects.
        context["levers"] = (
            visible(LeverPage.objects.filter(projects__in=context["projects"]), request)
            .distinct()
            .order_by("number")
        )
        context["organisations"] = self.organisations.filter(locale_id=self.locale_id).order_by(
            "name"
        )
        return context


class StandardPage(IntranetPage):
    """Generic content: a process, a governance body, a guide."""

    parent_page_types = [
        "pages.HomePage",
        "pages.RoadmapPage",
        "pages.StandardPage",
        "pages.DirectoratePage",
    ]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = visible(self.get_children(), request).order_by("path").specific()
        return context
