"""French analysis (search/french.py), synonym expansion (search/synonyms.py), and what they mean
for a reader: accents, ligatures, elisions, compounds, plurals, acronyms and synonyms match.
"""

import pytest
from django.urls import reverse

from search.french import analyze, analyze_query, fold, stem, stop_words
from search.models import SynonymGroup
from search.query import MAX_QUERY_LENGTH, MAX_TERMS, AnalysedQuery
from search.synonyms import Concept, expand, phrase_key
from tests.search.conftest import api, titles

# Unit tests: search/french.py --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Œuvre Énergie", "oeuvre energie"),
        ("ÆSOP cœur", "aesop coeur"),
        ("Ça, côté Noël", "ca, cote noel"),
        ("l’habitat — d‘abord", "l'habitat - d'abord"),
        ("vélo‑cargo", "velo-cargo"),
        ("ﬁnancement", "financement"),
        ("", ""),
    ],
)
def test_fold_lowercases_and_strips_accents_and_ligatures(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    "forms",
    [
        ("énergie", "énergies", "ENERGIE", "Énergies"),
        ("circuit", "circuits"),
        ("immobilier", "immobilière", "immobilières", "immobiliers"),
        ("local", "locaux", "locale", "locales"),
        ("coopérative", "coopératives", "coopératif", "coopératifs"),
        ("inclusif", "inclusive", "inclusives", "inclusifs"),
        ("citoyen", "citoyenne", "citoyennes", "citoyens"),
        ("ressourcerie", "ressourceries"),
        ("évaluer", "évaluation", "évaluations"),
        ("financer", "financement", "financements"),
        ("œuvre", "oeuvre", "Œuvres"),
    ],
)
def test_inflections_share_one_token(forms):
    tokens = {tuple(analyze(form)) for form in forms}

    assert len(tokens) == 1, tokens
    assert len(next(iter(tokens))) == 1


def test_derivations_stay_apart():
    assert analyze("énergie") != analyze("énergétique")


def test_short_words_and_numbers_are_not_stemmed():
    assert stem("pat") == "pat"
    assert stem("2026") == "2026"
    assert analyze("ESS 2021-2026") == ["ess", "2021", "2026", "20212026"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("l'habitat", ["habitat"]),
        ("L’Habitat", ["habitat"]),
        ("d'insertion", analyze("insertion")),
        ("qu'une coopérative", analyze("coopérative")),
        ("jusqu'au bout", analyze("bout")),
        ("s'engager", analyze("engager")),
    ],
)
def test_elisions_are_split(text, expected):
    assert analyze(text) == expected


def test_compounds_give_their_parts_and_the_joined_word():
    tokens = analyze("éco-construction")

    assert set(analyze("écoconstruction")) <= set(tokens)
    assert set(analyze("eco construction")) <= set(tokens)
    assert analyze("Eco-Construction") == tokens


def test_elision_inside_a_compound_is_split():
    """``main-d'œuvre`` is found by ``œuvre`` and by ``main d'œuvre``."""
    tokens = analyze("main-d'œuvre")

    assert set(analyze("œuvre")) <= set(tokens)
    assert set(analyze("main d'oeuvre")) <= set(tokens)


def test_stop_words_are_dropped():
    assert analyze("la feuille de route et les leviers") == analyze("feuille route leviers")
    assert {"le", "la", "les", "de", "des", "et"} <= stop_words()


def test_query_terms_are_alternatives_per_word():
    assert analyze_query("éco-construction") == [("ecoconstruction", "eco construction")]
    assert analyze_query("Énergies citoyennes") == [(stem("energies"),), (stem("citoyennes"),)]
    assert analyze_query("") == []
    assert analyze_query("!!! ---") == []


def test_a_query_of_stop_words_only_keeps_them():
    assert analyze_query("le la") == [("le",), ("la",)]


def test_query_and_text_meet_on_the_same_tokens():
    text = set(analyze("Les circuits-courts de l'Économie sociale et solidaire à Rezé"))

    for query in ("circuit court", "circuits courts", "économie", "ECONOMIE SOLIDAIRE", "reze"):
        for term in analyze_query(query):
            assert any(set(alternative.split()) <= text for alternative in term), (query, term)


# Unit tests: search/synonyms.py and search/query.py ----------------------------------------------


def key(text):
    return " ".join(phrase_key(text))


@pytest.mark.django_db
def test_acronym_expands_to_its_expansions():
    (concept,) = expand(analyze_query("PAT"))

    assert concept.original == ("pat",)
    assert key("projet alimentaire territorial") in concept.synonyms
    assert key("programme alimentaire territorial") in concept.synonyms


@pytest.mark.django_db
def test_longest_known_phrase_is_one_concept():
    concepts = expand(analyze_query("projet alimentaire territorial de Rezé"))

    assert len(concepts) == 2
    assert concepts[0].original == (key("projet alimentaire territorial"),)
    assert "pat" in concepts[0].synonyms
    assert concepts[1] == Concept((stem("reze"),), ())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expansion",
    [
        ("SCIC", "société coopérative d'intérêt collectif"),
        ("société coopérative d'intérêt collectif", "SCIC"),
        ("IAE", "insertion par l'activité économique"),
        ("ESS", "économie sociale et solidaire"),
        ("économie sociale et solidaire", "ESS"),
        ("PTCE", "pôle territorial de coopération économique"),
        ("logement", "habitat"),
    ],
)
def test_seeded_glossary_expands_both_ways(query, expansion):
    synonyms = {s for concept in expand(analyze_query(query)) for s in concept.synonyms}

    assert key(expansion) in synonyms


@pytest.mark.django_db
def test_a_new_group_applies_at_once_and_a_deleted_one_stops():
    assert expand(analyze_query("biporteur")) == [Concept(("biporteur",), ())]

    group = SynonymGroup.objects.create(terms="vélo-cargo\n\n  biporteur  \n")
    assert expand(analyze_query("biporteur")) == [Concept(("biporteur",), ("velocargo",))]
    assert "biporteur" in expand(analyze_query("vélo-cargo"))[0].synonyms

    group.delete()
    assert expand(analyze_query("biporteur")) == [Concept(("biporteur",), ())]


@pytest.mark.django_db
def test_word_without_synonyms_is_its_own_concept():
    concepts = expand(analyze_query("kumquat jardin"))

    assert concepts == [Concept(("kumquat",), ()), Concept((stem("jardin"),), ())]
    assert hash(concepts[0]) == hash(Concept(("kumquat",), ()))


@pytest.mark.django_db
def test_analysed_query_is_bounded():
    query = AnalysedQuery("mutualisation " * 100)

    assert len(query.text) <= MAX_QUERY_LENGTH
    assert len(query.concepts) <= MAX_TERMS
    assert not AnalysedQuery("  !? ")
    assert AnalysedQuery("Énergie").tokens == [stem("energie")]


# What a reader notices ---------------------------------------------------------------------------


def test_administrator_adds_a_synonym_and_the_next_search_uses_it(
    search_tree, reader_client, superuser_client
):
    """No reindexing: the page that only says "vélo-cargo" is found by "biporteur"."""
    assert api(reader_client, "biporteur")["count"] == 0

    response = superuser_client.post(
        reverse("wagtailsnippets_search_synonymgroup:add"),
        {"terms": "vélo-cargo\nbiporteur", "note": "Ajout de l'équipe mobilité"},
    )
    assert response.status_code == 302, response.content[:500]

    data = api(reader_client, "biporteur")
    assert titles(data) == ["Livraisons en vélo-cargo"]
    assert "<mark>vélo-cargo</mark>" in data["results"][0]["excerpt"]

    SynonymGroup.objects.get(terms__contains="biporteur").delete()
    assert api(reader_client, "biporteur")["count"] == 0


@pytest.mark.parametrize(
    "query, title",
    [
        ("PAT", "Projet alimentaire territorial"),
        ("pat", "Projet alimentaire territorial"),
        ("projet alimentaire territorial", "Le PAT fête ses cinq ans"),
        ("SCIC", "Ressourcerie de quartier"),
        ("IAE", "Chantier de rénovation"),
        ("insertion par l'activité économique", "Chantier de rénovation"),
    ],
)
def test_acronyms_and_expansions_find_each_other(search_tree, reader_client, query, title):
    assert title in titles(api(reader_client, query))


@pytest.mark.parametrize(
    "query",
    [
        "écoconstruction",
        "eco-construction",
        "éco-construction",
        "ÉCO-CONSTRUCTION",
        "écoconstructions",
    ],
)
def test_compound_spellings_find_each_other(search_tree, reader_client, query):
    found = titles(api(reader_client, query))

    assert "Chantier d'éco-construction solidaire" in found
    assert "L'écoconstruction en pratique" in found


@pytest.mark.parametrize(
    "query, title",
    [
        ("l'habitat", "Habitat inclusif"),
        ("L’HABITAT", "Habitat inclusif"),
        ("d'habitat", "Habitat inclusif"),
        ("oeuvre", "Mise en œuvre du plan d'actions"),
        ("œuvre", "Mise en œuvre du plan d'actions"),
        ("mise en oeuvre", "Mise en œuvre du plan d'actions"),
        ("œuvre", "Former la main-d'œuvre locale"),
        ("main d'oeuvre", "Former la main-d'œuvre locale"),
        ("main-d’œuvre", "Former la main-d'œuvre locale"),
        ("circuit court", "Les circuits courts alimentaires"),
        ("circuit-court", "Les circuits courts alimentaires"),
        ("circuits courts", "Les circuits courts alimentaires"),
        ("ressourceries", "Ressourcerie de quartier"),
        ("energie citoyenne", "Énergie citoyenne"),
        ("ÉNERGIES CITOYENNES", "Énergie citoyenne"),
        ("logement", "Habitat inclusif"),
        ("electricite renouvelable", "Communauté énergétique Watt'Else"),
        ("watt'else", "Communauté énergétique Watt'Else"),
        ("Watt’Else", "Communauté énergétique Watt'Else"),
    ],
)
def test_french_spellings_find_the_page(search_tree, reader_client, query, title):
    data = api(reader_client, query)

    assert title in titles(data), titles(data)


def test_relaxed_search_is_not_needed_for_main_d_oeuvre(search_tree, reader_client):
    """All the words match: "main d'œuvre" does not fall back to pages with "main" or "œuvre"."""
    data = api(reader_client, "main d'œuvre")

    assert titles(data) == ["Former la main-d'œuvre locale"]
