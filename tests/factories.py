"""Factories for every page type and the reference data, built on wagtail-factories.

Page factories need a ``parent``: ``LeverPageFactory(parent=lever_index)``. Many-to-many
relations are passed as lists, e.g. ``ProjectPageFactory(parent=index, levers=[lever])``; the
page is saved once after they are set, as an editor's save would do.
"""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory
from wagtail.models import PageViewRestriction
from wagtail_factories import PageFactory

from pages.models import (
    Commune,
    DirectorateIndexPage,
    DirectoratePage,
    HomePage,
    LegalForm,
    LeverIndexPage,
    LeverPage,
    Organisation,
    PolicyIndexPage,
    PolicyLink,
    PolicyLinkKind,
    PolicyPage,
    ProjectIndexPage,
    ProjectPage,
    RoadmapPage,
    SectorIndexPage,
    SectorPage,
    StandardPage,
    UpdatePage,
)

PASSWORD = "mot-de-passe-de-test-2026"


class UserFactory(DjangoModelFactory):
    """A signed-in member of staff with no admin rights (a reader)."""

    username = factory.Sequence(lambda n: f"agent{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@nantesmetropole.test")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Agent {n}")
    password = factory.django.Password(PASSWORD)
    is_active = True

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(extracted)


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


class GroupFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Groupe {n}")

    class Meta:
        model = Group
        django_get_or_create = ("name",)


class CommuneFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Commune {n:04d}")
    insee_code = factory.Sequence(lambda n: f"{44000 + n % 1000:05d}")
    population = 10_000
    population_year = 2021

    class Meta:
        model = Commune


class OrganisationFactory(DjangoModelFactory):
    """An ESS structure, in the default (French) locale unless ``locale`` is given."""

    name = factory.Sequence(lambda n: f"Structure {n:04d}")
    legal_form = LegalForm.ASSOCIATION
    description = "Une structure de l'économie sociale et solidaire."
    commune = None

    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)
            self.save()


class _M2MPageFactory(PageFactory):
    """Sets the page's ParentalManyToManyFields from lists, then saves the page once."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    _m2m_fields: tuple[str, ...] = ()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        relations = {name: kwargs.pop(name) for name in cls._m2m_fields if name in kwargs}
        page = super()._create(model_class, *args, **kwargs)
        if relations:
            for name, values in relations.items():
                getattr(page, name).set(values)
            page.save()
        return page


class IntranetPageFactory(_M2MPageFactory):
    title = factory.Sequence(lambda n: f"Page {n:04d}")
    summary = factory.LazyAttribute(lambda page: f"Résumé de {page.title}.")

    class Meta:
        abstract = True


class HomePageFactory(IntranetPageFactory):
    title = "Accueil de l'intranet"
    slug = factory.Sequence(lambda n: f"accueil-{n}")

    class Meta:
        model = HomePage


class RoadmapPageFactory(IntranetPageFactory):
    title = "Feuille de route ESS 2021-2026"

    class Meta:
        model = RoadmapPage


class LeverIndexPageFactory(IntranetPageFactory):
    title = "Leviers d'action"
    slug = "leviers"

    class Meta:
        model = LeverIndexPage


class LeverPageFactory(IntranetPageFactory):
    title = factory.Sequence(lambda n: f"Levier numéro {n:04d}")
    number = factory.Sequence(lambda n: n % 100 + 1)

    class Meta:
        model = LeverPage


class SectorIndexPageFactory(IntranetPageFactory):
    title = "Filières de coopération"
    slug = "filieres"

    class Meta:
        model = SectorIndexPage


class SectorPageFactory(IntranetPageFactory):
    title = factory.Sequence(lambda n: f"Filière numéro {n:04d}")
    number = factory.Sequence(lambda n: n % 100 + 1)

    class Meta:
        model = SectorPage


class ProjectIndexPageFactory(IntranetPageFactory):
    title = "Projets"
    slug = "projets"

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(IntranetPageFactory):
    title = factory.Sequence(lambda n: f"Projet numéro {n:04d}")
    start_date = datetime.date(2022, 1, 1)
    _m2m_fields = ("levers", "sectors", "partners", "communes")

    class Meta:
        model = ProjectPage


class PolicyIndexPageFactory(IntranetPageFactory):
    title = "Politiques publiques liées"
    slug = "politiques"

    class Meta:
        model = PolicyIndexPage


class PolicyPageFactory(IntranetPageFactory):
    title = factory.Sequence(lambda n: f"Politique numéro {n:04d}")
    acronym = factory.Sequence(lambda n: f"POL{n}")
    period = "2018-2027"

    class Meta:
        model = PolicyPage


class DirectorateIndexPageFactory(IntranetPageFactory):
    title = "Directions"
    slug = "directions"

    class Meta:
        model = DirectorateIndexPage


class DirectoratePageFactory(IntranetPageFactory):
    title = factory.Sequence(lambda n: f"Direction numéro {n:04d}")
    contact_email = factory.Sequence(lambda n: f"direction{n}@nantesmetropole.test")

    class Meta:
        model = DirectoratePage


class UpdatePageFactory(IntranetPageFactory):
    title = factory.Sequence(lambda n: f"Actualité numéro {n:04d}")
    date = factory.Sequence(lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n))
    _m2m_fields = ("levers", "sectors", "projects")

    class Meta:
        model = UpdatePage


class StandardPageFactory(IntranetPageFactory):
    title = factory.Sequence(lambda n: f"Page standard {n:04d}")

    class Meta:
        model = StandardPage


class PolicyLinkFactory(DjangoModelFactory):
    """A typed link from a lever, sector or project (``source``) to a policy."""

    kind = PolicyLinkKind.CONTRIBUTES_TO
    note = factory.Sequence(lambda n: f"Note de lien numéro {n:04d}")
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = PolicyLink


def restrict_to_groups(page, *groups):
    """Put ``page`` and its subtree under a view restriction for members of ``groups``."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(groups)
    return restriction
