"""Search never shows what the reader may not see: not in the results, not in the facet counts,
not in the autocomplete, not in the "did you mean" suggestion.

Each hidden thing is checked twice: hidden from the reader, then found once the reason to hide
it goes away (published, restriction lifted, right language, member of the group), so that a
test cannot pass just because the thing was never indexed.
"""

from dataclasses import dataclass

import pytest
from django.utils.text import slugify
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from search.french import fold
from tests.search.conftest import LEAK_WORD, api, search_url, suggest, titles
from tests.utils import rendered


@dataclass
class Hidden:
    """A thing the reader must not find: the word that finds it, a misspelling of a rare word
    of its title, the start of its title as typed, and its title."""

    name: str
    word: str
    misspelling: str
    prefix: str
    title: str


CASES = [
    Hidden("never published", "xylophone", "xylophne", "brouillon xyl", "Brouillon xylophone"),
    Hidden("newer draft revision", "kumquat", "kumqat", "jardin kum", "Jardin kumquat"),
    Hidden(
        "restricted page", "ornithorynque", "ornitorynque", "espace ornit", "Espace ornithorynque"
    ),
    Hidden(
        "restricted subtree",
        "confidentiel",
        "confidentiell",
        "rapport ornit",
        "Rapport ornithorynque confidentiel",
    ),
    Hidden(
        "other locale", "currency", "curency", "complementary cur", "Complementary local currency"
    ),
]
IDS = [case.name for case in CASES]


def unhide(case, tree):
    """Remove the reason why ``case`` is hidden; returns the extra query parameters needed."""
    if case.name == "never published":
        Page.objects.get(pk=tree.never_published.pk).specific.save_revision().publish()
    elif case.name == "newer draft revision":
        page = Page.objects.get(pk=tree.draft_revision.pk).specific
        page.get_latest_revision().publish()
    elif case.name in ("restricted page", "restricted subtree"):
        PageViewRestriction.objects.filter(page=tree.restricted_section).delete()
    elif case.name == "other locale":
        return {"locale": "en"}
    return {}


def mentions(text, word):
    return fold(word) in fold(text or "")


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_hidden_page_is_not_found(search_tree, reader_client, case):
    data = api(reader_client, case.word)

    assert case.title not in titles(data)
    assert not any(mentions(result["excerpt"], case.word) for result in data["results"])
    assert not any(mentions(result["title"], case.word) for result in data["results"])


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_hidden_page_is_not_counted_in_facets(search_tree, reader_client, case):
    data = api(reader_client, case.word)

    assert data["count"] == 0
    assert all(values == [] for values in data["facets"].values()), data["facets"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_hidden_page_is_not_autocompleted(search_tree, reader_client, case):
    assert case.title not in suggest(reader_client, case.prefix)
    assert case.title not in suggest(reader_client, case.word[:5])


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_hidden_title_is_never_the_suggestion(search_tree, reader_client, case):
    data = api(reader_client, case.misspelling)

    assert not mentions(data["suggestion"], case.word), data["suggestion"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_hidden_page_is_absent_from_the_search_page(search_tree, reader_client, case):
    page = rendered(reader_client.get(search_url(case.word, path="/recherche/")))

    assert not page.mentions(case.title)
    assert not [href for href, _ in page.links if slugify(case.title) in href]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_once_visible_it_is_found_everywhere(search_tree, reader_client, case):
    """The control: the same searches find the page once it may be seen."""
    extra = unhide(case, search_tree)

    assert case.title in titles(api(reader_client, case.word, **extra))
    assert case.title in suggest(reader_client, case.prefix, **extra)
    assert mentions(api(reader_client, case.misspelling, **extra)["suggestion"], case.word)


def test_live_page_with_a_draft_is_found_by_its_published_text(search_tree, reader_client):
    data = api(reader_client, "Dervallières")

    assert titles(data) == ["Jardin partagé des Dervallières"]
    assert "kumquat" not in data["results"][0]["excerpt"]
    assert suggest(reader_client, "jardin") == ["Jardin partagé des Dervallières"]


def test_leak_word_finds_only_the_public_page_for_a_reader(search_tree, reader_client):
    t = search_tree
    data = api(reader_client, LEAK_WORD)

    assert titles(data) == [t.public_tamaris.title]
    assert data["facets"]["type"] == [
        {"value": "project", "label": "Projet", "count": 1, "selected": False}
    ]
    assert [v["value"] for v in data["facets"]["directorate"]] == [t.dir_eco.pk]
    assert [v["value"] for v in data["facets"]["audience"]] == ["internal"]


def test_restricted_subtree_is_found_by_a_member_of_the_group(search_tree, member_client):
    t = search_tree
    data = api(member_client, LEAK_WORD)

    # Drafts and the other language stay hidden from everyone.
    assert sorted(titles(data)) == sorted(
        [
            t.public_tamaris.title,
            t.restricted_section.title,
            t.restricted_child.title,
            t.restricted_document.title,
        ]
    )
    counts = {v["value"]: v["count"] for v in data["facets"]["directorate"]}
    assert counts == {t.dir_eco.pk: 1, t.dir_energy.pk: 2}
    assert {v["value"]: v["count"] for v in data["facets"]["type"]} == {
        "project": 1,
        "page": 2,
        "document": 1,
    }
    assert sorted(suggest(member_client, "ornith")) == sorted(
        [t.restricted_section.title, t.restricted_child.title]
    )


def test_restricted_facet_values_are_not_offered(search_tree, reader_client):
    """Filtering on a value only restricted pages have shows nothing, and counts nothing."""
    t = search_tree
    data = api(reader_client, LEAK_WORD, directorate=t.dir_energy.pk)

    assert data["count"] == 0
    assert data["results"] == []
    data = api(reader_client, LEAK_WORD, audience="public")
    assert data["count"] == 0


def test_filters_do_not_reveal_the_other_locale(search_tree, reader_client):
    data = api(reader_client, "currency", type="page")

    assert data["count"] == 0


def test_default_locale_is_the_active_language(search_tree, reader_client):
    """The API is outside the language prefixes: its active language is French."""
    french = api(reader_client, "monnaie")
    english = api(reader_client, "monnaie", locale="en")

    assert titles(french) == ["Monnaie locale complémentaire"]
    assert titles(english) == []


# Documents in a restricted collection ------------------------------------------------------------


def test_document_in_restricted_collection_is_hidden(search_tree, reader_client):
    t = search_tree
    data = api(reader_client, "pangolin")

    assert titles(data) == [t.public_document.title]
    assert data["facets"]["type"] == [
        {"value": "document", "label": "Document", "count": 1, "selected": False}
    ]
    assert data["results"][0]["url"] == t.public_document.url
    assert "pangolin" not in (data["suggestion"] or "")
    assert "verbal" not in (api(reader_client, "proces-verbl")["suggestion"] or "")
    assert "pangolin" not in (api(reader_client, "pangolim")["suggestion"] or "")
    assert t.restricted_document.title not in suggest(reader_client, "proces")
    assert api(reader_client, "séance")["count"] == 0


def test_document_in_restricted_collection_is_found_by_a_member(search_tree, member_client):
    t = search_tree
    data = api(member_client, "pangolin")

    assert sorted(titles(data)) == sorted([t.public_document.title, t.restricted_document.title])
    assert api(member_client, "séance")["count"] == 1


def test_document_is_found_once_its_collection_is_open(search_tree, reader_client):
    CollectionViewRestriction.objects.filter(collection=search_tree.restricted_collection).delete()

    data = api(reader_client, "pangolin")

    assert search_tree.restricted_document.title in titles(data)


def test_document_in_a_sub_collection_of_a_restricted_one_is_hidden(search_tree, reader_client):
    from tests.search.conftest import make_document

    child = search_tree.restricted_collection.add_child(name="Sous-dossier")
    make_document("Annexe pangolin", "Une annexe.", child)

    assert "Annexe pangolin" not in titles(api(reader_client, "pangolin"))
