"""Directorates and their updates.

Each directorate owns a subtree, so Wagtail's tree permissions give "edit only your own section".
"""

import datetime

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from pages.models.base import IntranetPage
from pages.visibility import visible

UPDATES_PER_PAGE = 20


class DirectorateIndexPage(IntranetPage):
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.DirectoratePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directorate index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["directorates"] = visible(DirectoratePage.objects.child_of(self), request).order_by(
            "title"
        )
        return context


class DirectoratePage(IntranetPage):
    """A directorate of the métropole; its updates live below it."""

    contact_email = models.EmailField(_("contact email"), blank=True)

    parent_page_types = ["pages.DirectorateIndexPage"]
    subpage_types = ["pages.UpdatePage", "pages.StandardPage"]

    content_panels = IntranetPage.content_panels + [FieldPanel("contact_email")]
    internal_only_fields = (*IntranetPage.internal_only_fields, "contact_email")

    class Meta:
        verbose_name = _("directorate")
        verbose_name_plural = _("directorates")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["updates"] = (
            visible(UpdatePage.objects.child_of(self), request)
            .select_related("directorate")
            .order_by("-date", "-pk")[:UPDATES_PER_PAGE]
        )
        context["projects"] = visible(self.led_projects.all(), request).order_by("title")
        return context

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A directorate owns itself: its subtree's reports and permissions hang on it.
        if self.directorate_id is None:
            self.directorate_id = self.pk
            DirectoratePage.objects.filter(pk=self.pk).update(directorate_id=self.pk)


class UpdatePage(IntranetPage):
    """A dated news item written by a directorate about levers, sectors or projects."""

    date = models.DateField(_("date"), default=datetime.date.today)
    levers = ParentalManyToManyField(
        "pages.LeverPage", verbose_name=_("levers"), blank=True, related_name="updates"
    )
    sectors = ParentalManyToManyField(
        "pages.SectorPage",
        verbose_name=_("cooperation sectors"),
        blank=True,
        related_name="updates",
    )
    projects = ParentalManyToManyField(
        "pages.ProjectPage", verbose_name=_("projects"), blank=True, related_name="updates"
    )

    parent_page_types = ["pages.DirectoratePage"]
    subpage_types = []

    content_panels = (
        IntranetPage.content_panels[:1]
        + [FieldPanel("date")]
        + IntranetPage.content_panels[1:]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("projects", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("levers", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("What this update is about"),
            )
        ]
    )

    search_fields = IntranetPage.search_fields + [index.FilterField("date")]
    public_fields = ("date",)

    class Meta:
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    def save(self, *args, **kwargs):
        # An update belongs to the directorate it is published under (the path is set by the
        # time a page added to the tree is saved).
        if self.directorate_id is None and self.path:
            self.directorate_id = self.get_parent().pk
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_projects"] = visible(self.projects.all(), request).order_by("title")
        context["related_levers"] = visible(self.levers.all(), request).order_by("number")
        context["related_sectors"] = visible(self.sectors.all(), request).order_by("number")
        return context
