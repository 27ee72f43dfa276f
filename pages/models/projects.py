"""Projects of the roadmap, such as SOLILAB de demain."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from pages.models.base import IntranetPage
from pages.visibility import is_visible, visible

LATEST_UPDATES_ON_PROJECT = 5


class ProjectStatus(models.TextChoices):
    IDEA = "idea", _("Idea")
    PREPARATION = "preparation", _("In preparation")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    PAUSED = "paused", _("Paused")


class ProjectIndexPage(IntranetPage):
    parent_page_types = ["pages.RoadmapPage"]
    subpage_types = ["pages.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = (
            visible(ProjectPage.objects.child_of(self), request)
            .select_related("lead_directorate")
            .order_by("title")
        )
        return context


class ProjectPage(IntranetPage):
    """A project carried under the roadmap, with its partners, places and links."""

    status = models.CharField(
        _("status"), max_length=16, choices=ProjectStatus.choices, default=ProjectStatus.IN_PROGRESS
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    lead_directorate = models.ForeignKey(
        "pages.DirectoratePage",
        verbose_name=_("lead directorate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_projects",
    )
    levers = ParentalManyToManyField(
        "pages.LeverPage", verbose_name=_("levers"), blank=True, related_name="projects"
    )
    sectors = ParentalManyToManyField(
        "pages.SectorPage",
        verbose_name=_("cooperation sectors"),
        blank=True,
        related_name="projects",
    )
    partners = ParentalManyToManyField(
        "pages.Organisation",
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="projects",
    )
    communes = ParentalManyToManyField(
        "pages.Commune", verbose_name=_("communes"), blank=True, related_name="projects"
    )
    budget = models.DecimalField(
        _("budget (euros)"), max_digits=12, decimal_places=0, null=True, blank=True
    )
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    parent_page_types = ["pages.ProjectIndexPage"]
    subpage_types = []

    content_panels = IntranetPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("lead_directorate"),
                FieldPanel("budget"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
            ],
            heading=_("Project"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("levers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
                FieldPanel("communes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Links"),
        ),
        InlinePanel("policy_links", label=_("Cross-policy links"), heading=_("Cross-policy links")),
    ]

    public_fields = ("status", "start_date", "end_date")
    internal_only_fields = (
        *IntranetPage.internal_only_fields,
        "budget",
        "contact_name",
        "contact_email",
    )

    search_fields = IntranetPage.search_fields + [
        index.FilterField("status"),
        index.FilterField("lead_directorate"),
    ]

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    @classmethod
    def get_indexed_objects(cls):
        # Partners and communes are indexed with the project: one query per batch, not per page.
        return super().get_indexed_objects().prefetch_related("partners", "communes")

    def search_text_parts(self):
        names = [org.name for org in self.partners.all()] + [c.name for c in self.communes.all()]
        return [*super().search_text_parts(), *names]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def save(self, *args, **kwargs):
        # The lead directorate owns the project unless another owner was chosen.
        if self.directorate_id is None:
            self.directorate_id = self.lead_directorate_id
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project_levers"] = visible(self.levers.all(), request).order_by("number")
        context["project_sectors"] = visible(self.sectors.all(), request).order_by("number")
        context["partners"] = self.partners.order_by("name")
        context["project_communes"] = self.communes.order_by("name")
        context["policy_links"] = [
            link
            for link in self.policy_links.select_related("policy").order_by("sort_order")
            if is_visible(link.policy, request)
        ]
        context["latest_updates"] = (
            visible(self.updates.all(), request)
            .select_related("directorate")
            .order_by("-date", "-pk")[:LATEST_UPDATES_ON_PROJECT]
        )
        return context
