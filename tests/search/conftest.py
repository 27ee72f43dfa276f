"""A small intranet in French, indexed by the real search backend, and helpers to query it.

Pages are indexed when they are saved (Wagtail's signal handlers, run at once by the immediate
task backend), so the tree is searchable as soon as it is built. It is built once per test
module and rolled back at the end (``tests.conftest.module_data``).

What the tree holds, by the word that finds it:

- ``mutualisation``: six pages of three types, two directorates, three years, two levers, two
  sectors, two communes and both audiences, for the facet tests;
- ``bulletin``: twelve updates with distinct dates, for pagination and sorting by date;
- ``tamaris``: one public project, and every kind of thing a reader must never find (a draft,
  a newer draft revision, a restricted subtree, an English copy, a restricted document);
- ``pangolin``: a public document and a document in a restricted collection;
- words for the French analysis and the synonyms (vélo-cargo, PAT, SCIC, IAE, éco-construction,
  œuvre, circuits courts...).
"""

import datetime
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page

from pages.models import Audience
from tests import factories
from tests.conftest import make_home, module_data

LEAK_WORD = "tamaris"


def published_at(year, month=1, day=15):
    return timezone.make_aware(datetime.datetime(year, month, day, 10, 0))


def make_document(title, text, collection=None):
    """A text document (its text is extracted on save) in ``collection`` (the root if None)."""
    document = get_document_model()(
        title=title, collection=collection or Collection.get_first_root_node()
    )
    document.file.save(f"{title[:20]}.txt", ContentFile(text.encode()), save=False)
    document.save()
    return document


def build_search_tree(media_root):
    t = SimpleNamespace()
    t.home = home = make_home()
    t.roadmap = factories.RoadmapPageFactory(parent=home)
    t.lever_index = factories.LeverIndexPageFactory(parent=t.roadmap)
    t.sector_index = factories.SectorIndexPageFactory(parent=t.roadmap)
    t.project_index = factories.ProjectIndexPageFactory(parent=t.roadmap)
    t.policy_index = factories.PolicyIndexPageFactory(parent=home)
    t.directorate_index = factories.DirectorateIndexPageFactory(parent=home)

    t.dir_eco = factories.DirectoratePageFactory(
        parent=t.directorate_index, title="Direction de l'économie sociale", summary=""
    )
    t.dir_energy = factories.DirectoratePageFactory(
        parent=t.directorate_index, title="Direction de la transition écologique", summary=""
    )
    t.lever_support = factories.LeverPageFactory(
        parent=t.lever_index, number=3, title="Renforcer l'accompagnement des acteurs"
    )
    t.lever_finance = factories.LeverPageFactory(
        parent=t.lever_index, number=2, title="Inventer de nouveaux modèles de financement"
    )
    t.sector_energy = factories.SectorPageFactory(
        parent=t.sector_index,
        number=8,
        title="Énergie citoyenne",
        summary="Produire et partager une électricité renouvelable.",
    )
    t.sector_habitat = factories.SectorPageFactory(
        parent=t.sector_index,
        number=3,
        title="Habitat inclusif",
        summary="Des logements partagés pour vivre ensemble.",
    )
    t.communes = [
        factories.CommuneFactory(name="Rezé", insee_code="44143"),
        factories.CommuneFactory(name="Saint-Herblain", insee_code="44162"),
    ]

    project = factories.ProjectPageFactory
    t.solilab = project(
        parent=t.project_index,
        title="SOLILAB de demain",
        summary="Un lieu de coopération pour les structures de l'économie solidaire.",
        lead_directorate=t.dir_eco,
    )
    t.watt = project(
        parent=t.project_index,
        title="Communauté énergétique Watt'Else",
        summary="Des habitants produisent leur électricité renouvelable.",
        lead_directorate=t.dir_energy,
    )
    t.cargo = project(
        parent=t.project_index,
        title="Livraisons en vélo-cargo",
        summary="Des coursiers livrent les commerces du centre-ville en vélo-cargo.",
    )
    t.ressourcerie = project(
        parent=t.project_index,
        title="Ressourcerie de quartier",
        summary="Une société coopérative d'intérêt collectif collecte les objets.",
    )
    t.chantier = project(
        parent=t.project_index,
        title="Chantier de rénovation",
        summary="Un parcours d'insertion par l'activité économique pour dix salariés.",
    )
    t.eco_construction = project(
        parent=t.project_index,
        title="Chantier d'éco-construction solidaire",
        summary="Des bâtiments en paille et en bois.",
    )
    t.ecoconstruction = factories.StandardPageFactory(
        parent=t.roadmap,
        title="L'écoconstruction en pratique",
        summary="Un guide pour les maîtres d'ouvrage.",
    )
    t.oeuvre = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Mise en œuvre du plan d'actions",
        summary="Le calendrier des actions.",
    )
    t.main_doeuvre = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Former la main-d'œuvre locale",
        summary="Des formations pour les salariés.",
    )
    t.circuits = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Les circuits courts alimentaires",
        summary="Vendre au plus près des producteurs.",
    )
    t.pat = factories.PolicyPageFactory(
        parent=t.policy_index,
        title="Projet alimentaire territorial",
        summary="Une alimentation locale et durable pour tous.",
    )
    t.pat_news = factories.UpdatePageFactory(
        parent=t.dir_eco,
        title="Le PAT fête ses cinq ans",
        summary="Retour sur cinq années de travail.",
        date=datetime.date(2025, 10, 1),
    )
    t.xss = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Sécurité des formulaires",
        summary="Attention à la balise <script>alert('salamandre')</script> dans les champs.",
    )
    t.energy_words = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Économies d'énergie au bureau",
        summary="Les bons gestes pour consommer moins.",
    )

    # Facets: "mutualisation" in six pages.
    t.mut_premises = project(
        parent=t.project_index,
        title="Mutualisation des locaux associatifs",
        summary="Partager des locaux.",
        lead_directorate=t.dir_eco,
        levers=[t.lever_support],
        sectors=[t.sector_habitat],
        communes=t.communes,
        audience=Audience.PUBLIC,
        first_published_at=published_at(2023),
    )
    t.mut_vehicle = project(
        parent=t.project_index,
        title="Mutualisation d'un véhicule utilitaire",
        summary="Un véhicule pour plusieurs associations.",
        lead_directorate=t.dir_eco,
        levers=[t.lever_finance],
        sectors=[t.sector_energy],
        communes=t.communes[1:],
        first_published_at=published_at(2024),
    )
    t.mut_platform = project(
        parent=t.project_index,
        title="Plateforme de mutualisation énergétique",
        summary="Des compteurs partagés.",
        lead_directorate=t.dir_energy,
        levers=[t.lever_finance],
        sectors=[t.sector_energy],
        communes=t.communes[:1],
        first_published_at=published_at(2025),
    )
    t.mut_news_2024 = factories.UpdatePageFactory(
        parent=t.dir_eco,
        title="Point d'étape sur la mutualisation",
        summary="Les premiers résultats.",
        directorate=t.dir_eco,
        levers=[t.lever_support],
        date=datetime.date(2024, 3, 1),
    )
    t.mut_news_2025 = factories.UpdatePageFactory(
        parent=t.dir_energy,
        title="La mutualisation progresse",
        summary="De nouveaux partenaires.",
        directorate=t.dir_energy,
        date=datetime.date(2025, 6, 1),
    )
    t.mut_guide = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Guide de la mutualisation",
        summary="Comment partager des moyens.",
        audience=Audience.PUBLIC,
        first_published_at=published_at(2022),
    )
    t.mutualisation = [
        t.mut_premises,
        t.mut_vehicle,
        t.mut_platform,
        t.mut_news_2024,
        t.mut_news_2025,
        t.mut_guide,
    ]

    # Pagination and dates: twelve bulletins.
    t.bulletins = [
        factories.UpdatePageFactory(
            parent=t.dir_eco,
            title=f"Bulletin de veille numéro {number}",
            summary="Les nouvelles du mois.",
            date=datetime.date(2023, 1, 1) + datetime.timedelta(days=37 * number),
        )
        for number in (7, 2, 11, 4, 1, 9, 12, 3, 6, 10, 5, 8)
    ]

    # What a reader must never find, all with the word "tamaris".
    t.committee = factories.GroupFactory(name="Comité de pilotage")
    t.public_tamaris = project(
        parent=t.project_index,
        title="Allée des tamaris",
        summary="Un jardin public planté de tamaris.",
        lead_directorate=t.dir_eco,
    )
    t.never_published = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Brouillon xylophone",
        summary="Le xylophone et le tamaris, jamais publiés.",
        live=False,
    )
    t.draft_revision = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Jardin partagé des Dervallières",
        summary="Un jardin ouvert à tous.",
    )
    t.draft_revision.save_revision().publish()
    draft = Page.objects.get(pk=t.draft_revision.pk).specific
    draft.title = "Jardin kumquat"
    draft.summary = "Le kumquat et le tamaris, en brouillon."
    draft.save_revision()

    t.restricted_section = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Espace ornithorynque",
        summary="Les dossiers du comité sur le tamaris.",
        directorate=t.dir_energy,
    )
    factories.restrict_to_groups(t.restricted_section, t.committee)
    t.restricted_child = factories.StandardPageFactory(
        parent=t.restricted_section,
        title="Rapport ornithorynque confidentiel",
        summary="Le budget tamaris du comité.",
        directorate=t.dir_energy,
        audience=Audience.PUBLIC,
    )

    t.local_currency = factories.StandardPageFactory(
        parent=t.roadmap,
        title="Monnaie locale complémentaire",
        summary="Une monnaie pour le commerce de proximité.",
    )
    t.en_locale, _ = Locale.objects.get_or_create(language_code="en")
    english = t.local_currency.copy_for_translation(t.en_locale, copy_parents=True)
    english.title = "Complementary local currency"
    english.summary = "A currency for local trade, named after the tamaris."
    english.save_revision().publish()
    t.english_currency = Page.objects.get(pk=english.pk).specific

    root_collection = Collection.get_first_root_node()
    t.restricted_collection = root_collection.add_child(name="Comité restreint")
    restriction = CollectionViewRestriction.objects.create(
        collection=t.restricted_collection,
        restriction_type=CollectionViewRestriction.GROUPS,
    )
    restriction.groups.set([t.committee])
    t.public_document = make_document("Guide du pangolin", "Le pangolin et ses écailles.")
    t.restricted_document = make_document(
        "Procès-verbal pangolin", "Le pangolin et le tamaris, en séance.", t.restricted_collection
    )
    # Nothing is added to the index by hand: Wagtail indexes each page as it is saved or
    # published (the immediate task backend runs the indexing at once), and indexes what the
    # database holds, so a newer draft revision does not reach the index.
    return t


@pytest.fixture(scope="module")
def _search_tree(django_db_setup, django_db_blocker, tmp_path_factory):
    media_root = tmp_path_factory.mktemp("search-media")
    with override_settings(MEDIA_ROOT=str(media_root)), module_data(django_db_blocker):
        with django_db_blocker.unblock():
            built = build_search_tree(media_root)
        yield built


@pytest.fixture
def search_tree(_search_tree, db):
    """The tree of ``build_search_tree``, built once per module."""
    return _search_tree


@pytest.fixture
def member(search_tree):
    """A reader who belongs to the committee: passes the restrictions of the tree."""
    return factories.UserFactory(username="membre-comite", groups=[search_tree.committee])


@pytest.fixture
def member_client(member):
    client = Client()
    client.force_login(member)
    return client


def search_url(q=None, path="/api/search/", **params):
    """``/api/search/?q=...&type=a&type=b``: list values give repeated parameters."""
    pairs = [] if q is None else [("q", q)]
    for name, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        pairs.extend((name, v) for v in values)
    return f"{path}?{urlencode(pairs)}"


def api(client, q, **params):
    """The API's JSON answer to a search that must succeed."""
    response = client.get(search_url(q, **params))
    assert response.status_code == 200, response.content
    return response.json()


def suggest(client, q, **params):
    response = client.get(search_url(q, path="/api/search/suggest/", **params))
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["suggestions"]]


def titles(data):
    return [result["title"] for result in data["results"]]


def facet_counts(data, name):
    return {value["value"]: value["count"] for value in data["facets"][name]}


def all_results(client, q, **params):
    """Every result of a search, across its result pages."""
    first = api(client, q, **params)
    results = list(first["results"])
    for number in range(2, first["num_pages"] + 1):
        results += api(client, q, page=number, **params)["results"]
    return results
