"""Reference data edited as snippets: the 24 communes and the organisations of the ESS."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Commune(index.Indexed, models.Model):
    """A commune of the métropole. Proper names, so not translated."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    insee_code = models.CharField(_("INSEE code"), max_length=5, unique=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(
        _("population year"), null=True, blank=True, help_text=_("Year of the census figure")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("insee_code"),
        FieldPanel("population"),
        FieldPanel("population_year"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("insee_code"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self):
        return self.name


class LegalForm(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    SCIC = "scic", _("SCIC (société coopérative d'intérêt collectif)")
    SCOP = "scop", _("SCOP (société coopérative et participative)")
    SAS_ESUS = "sas_esus", _("SAS agréée ESUS")
    SIAE = "siae", _("SIAE (structure d'insertion par l'activité économique)")
    COOPERATIVE = "cooperative", _("Other cooperative")
    MUTUAL = "mutual", _("Mutual")
    FOUNDATION = "foundation", _("Foundation")
    PUBLIC_BODY = "public_body", _("Local authority or public body")
    COMPANY = "company", _("Company")
    NETWORK = "network", _("Network or federation")
    OTHER = "other", _("Other")


class Organisation(TranslatableMixin, index.Indexed, ClusterableModel):
    """An ESS structure or a partner of the roadmap."""

    name = models.CharField(_("name"), max_length=200)
    legal_form = models.CharField(_("legal form"), max_length=20, choices=LegalForm.choices)
    description = models.TextField(_("description"), blank=True)
    sectors = ParentalManyToManyField(
        "pages.SectorPage",
        verbose_name=_("cooperation sectors"),
        blank=True,
        related_name="organisations",
    )
    commune = models.ForeignKey(
        Commune,
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("legal_form"),
        FieldPanel("description"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("commune"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("legal_form"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name
