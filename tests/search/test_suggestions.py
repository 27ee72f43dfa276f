"""Search as you type (autocomplete) and "did you mean" (corrections of misspelt words)."""

import pytest

from search.models import SynonymGroup
from tests import factories
from tests.search.conftest import api, search_url, suggest
from tests.utils import rendered

SUGGEST = "/api/search/suggest/"


# Autocomplete ------------------------------------------------------------------------------------


def test_autocomplete_gives_titles_and_urls(search_tree, reader_client):
    response = reader_client.get(search_url("solil", path=SUGGEST))

    assert response.json() == {
        "suggestions": [{"title": "SOLILAB de demain", "url": search_tree.solilab.url}]
    }


def test_autocomplete_gives_at_most_eight_titles(search_tree, reader_client):
    shown = suggest(reader_client, "bull")

    assert len(search_tree.bulletins) == 12
    assert len(shown) == 8
    assert all(title.startswith("Bulletin de veille") for title in shown)


@pytest.mark.parametrize("typed", ["éner", "ener", "ÉNER", "Ener", "énèr"])
def test_autocomplete_ignores_accents_and_case(search_tree, reader_client, typed):
    shown = suggest(reader_client, typed)

    assert set(shown) == {
        "Énergie citoyenne",
        "Communauté énergétique Watt'Else",
        "Plateforme de mutualisation énergétique",
        "Économies d'énergie au bureau",
    }


def test_autocomplete_completes_the_last_word_only(search_tree, reader_client):
    assert suggest(reader_client, "mutualisation des loc") == [
        "Mutualisation des locaux associatifs"
    ]
    assert suggest(reader_client, "énergie cit")[0] == "Énergie citoyenne"
    # The earlier words are whole words: "mutu" is not "mutualisation".
    assert suggest(reader_client, "mutu des loc") == []


def test_autocomplete_lists_every_title_with_the_word(search_tree, reader_client):
    shown = suggest(reader_client, "mutualisation")

    assert sorted(shown) == sorted(page.title for page in search_tree.mutualisation)


def test_autocomplete_finds_words_after_an_elision_or_a_hyphen(search_tree, reader_client):
    assert "L'écoconstruction en pratique" in suggest(reader_client, "ecocons")
    assert "Livraisons en vélo-cargo" in suggest(reader_client, "velo-car")
    assert "Communauté énergétique Watt'Else" in suggest(reader_client, "watt'el")


def test_autocomplete_of_nothing_known_is_empty(search_tree, reader_client):
    assert suggest(reader_client, "zzqx") == []
    assert suggest(reader_client, "   ") == []
    assert suggest(reader_client, "'") == []


def test_autocomplete_follows_the_language_asked(search_tree, reader_client):
    assert suggest(reader_client, "complementary") == []
    assert suggest(reader_client, "complementary", locale="en") == ["Complementary local currency"]


def test_autocomplete_does_not_log_searches(search_tree, reader_client):
    from search.models import QueryLogEntry

    suggest(reader_client, "mutualisation")

    assert not QueryLogEntry.objects.exists()


# Did you mean ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("enrgie", "énergie"),
        ("énrgie", "énergie"),
        ("solilba", "SOLILAB"),
        ("SOLILBA", "SOLILAB"),
        ("mutualisaton", "mutualisation"),
        ("enrgie citoyenne", "énergie citoyenne"),
        ("ressourcrie de quartier", "ressourcerie de quartier"),
    ],
)
def test_did_you_mean_corrects_misspelt_words(search_tree, reader_client, typed, expected):
    assert api(reader_client, typed)["suggestion"] == expected


def test_did_you_mean_is_a_link_on_the_search_page(search_tree, reader_client):
    page = rendered(reader_client.get(search_url("solilba", path="/recherche/")))

    assert ("/recherche/?q=SOLILAB", "SOLILAB") in page.links


def test_no_correction_when_there_are_enough_results(search_tree, reader_client):
    assert api(reader_client, "mutualisation")["suggestion"] is None
    assert api(reader_client, "bulletin")["suggestion"] is None


@pytest.mark.parametrize(
    "typed",
    [
        "écoconstruction",
        "eco-construction",
        "éco construction",
        "circuit court",
        "ressourceries",
        "énergies citoyennes",
        "l'habitat",
        "SOLILAB",
        "PAT",
    ],
)
def test_no_correction_of_words_the_content_contains(search_tree, reader_client, typed):
    """A word found in the pages (in any form: plural, elided, joined) is not a typo."""
    data = api(reader_client, typed)

    assert data["count"] >= 1
    assert data["suggestion"] is None, data["suggestion"]


def test_no_correction_of_a_word_unlike_any_other(search_tree, reader_client):
    assert api(reader_client, "zxqwvbn")["suggestion"] is None


def test_corrections_learn_new_titles_and_synonyms(search_tree, reader_client):
    assert api(reader_client, "biporter")["suggestion"] is None

    SynonymGroup.objects.create(terms="vélo-cargo\nbiporteur")

    assert api(reader_client, "biporter")["suggestion"] == "biporteur"
    assert api(reader_client, "cartonerie")["suggestion"] is None
    page = factories.StandardPageFactory(
        parent=search_tree.roadmap, title="Tiers-lieu de la Cartonnerie", live=False
    )
    page.save_revision().publish()
    assert api(reader_client, "cartonerie")["suggestion"] == "cartonnerie"
