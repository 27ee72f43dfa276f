"""The server-side checker: each rule on HTML fragments, then on a page's StreamField."""

import json

import pytest

from accessibility.checks import (
    ALT_TEXT_QUALITY,
    EMPTY_HEADING,
    HEADING_ORDER,
    IMAGE_ALT,
    LANGUAGE_OF_PARTS,
    LINK_NAME,
    LINK_TEXT_QUALITY,
    check_html,
    check_page,
)
from tests import factories

ENGLISH = "<p>The cooperative economy is at the heart of the plan for the next years.</p>"
FRENCH = (
    "<p>L'économie sociale et solidaire est au cœur de la feuille de route pour la métropole.</p>"
)


def rules(html, language="fr"):
    return [problem.rule for problem in check_html(html, language)]


def test_clean_french_content_has_no_problem():
    html = f"""
        <h1>Levier 1</h1><h2>Enjeux</h2><h3>Détail</h3>{FRENCH}
        <p><a href="/fiche/">Télécharger la fiche du levier 1</a></p>
        <img src="a.png" alt=""><img src="b.png" alt="Des participants autour d'une table">
        <blockquote lang="en">{ENGLISH[3:-4]}</blockquote>
    """
    assert check_html(html) == []


@pytest.mark.parametrize(
    ("html", "rule"),
    [
        ('<img src="atelier.png">', IMAGE_ALT),
        ('<img src="x" alt="IMG_2031.jpg">', ALT_TEXT_QUALITY),
        ("<h1>Titre</h1><h3>Sous-partie</h3>", HEADING_ORDER),
        ("<h2> </h2>", EMPTY_HEADING),
        ('<a href="/x"></a>', LINK_NAME),
        ('<a href="/x"><img src="i" alt=""></a>', LINK_NAME),
        ('<p>Le programme : <a href="/x">cliquez ici</a>.</p>', LINK_TEXT_QUALITY),
        ('<a href="/x">En savoir plus…</a>', LINK_TEXT_QUALITY),
        ('<a href="/x">  Lire la suite → </a>', LINK_TEXT_QUALITY),
        (ENGLISH, LANGUAGE_OF_PARTS),
    ],
)
def test_each_rule_finds_its_problem(html, rule):
    assert rule in rules(html)


def test_a_heading_may_go_back_up_any_number_of_levels():
    assert rules("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h2>e</h2>") == []


def test_language_of_parts_uses_the_closest_lang_attribute():
    assert rules(f'<div lang="en">{ENGLISH}</div>') == []
    assert rules(f"<ul><li>{ENGLISH[3:-4]}</li></ul>") == [LANGUAGE_OF_PARTS]
    # In an English page, English is fine and French needs lang="fr".
    assert rules(ENGLISH, "en") == []
    assert rules(FRENCH, "en") == [LANGUAGE_OF_PARTS]
    assert rules(f'<p lang="fr">{FRENCH[3:-4]}</p>', "en") == []
    # A short quotation or a proper name is not judged.
    assert rules("<p>Le programme « Social and Solidarity » démarre.</p>") == []


def test_a_link_named_by_its_image_or_aria_label_is_fine():
    assert rules('<a href="/x"><img src="i" alt="Fiche du levier 1"></a>') == []
    assert rules('<a href="/x" aria-label="Fiche du levier 1">→</a>') == []


def test_problems_say_what_and_where_in_french():
    [problem] = check_html('<a href="/x">cliquez ici</a>')
    assert problem.excerpt == "cliquez ici"
    assert "cliquez ici" in str(problem)


def _body(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


@pytest.mark.django_db
def test_check_page_reads_the_latest_revision_of_the_body(tree, image):
    page = factories.StandardPageFactory(parent=tree.roadmap, title="Guide des ateliers")
    assert check_page(page) == []

    page.body = _body(
        ("heading", {"text": "Méthode", "level": "h3"}),
        ("paragraph", '<p>Pour le programme, <a href="https://example.org">cliquez ici</a>.</p>'),
        ("paragraph", ENGLISH),
        ("image", {"image": {"image": image.pk, "decorative": False, "alt_text": ""}}),
        ("image", {"image": {"image": image.pk, "decorative": True, "alt_text": ""}}),
    )
    page.save_revision()  # a draft: what is about to be published is what gets checked

    problems = check_page(page)
    found = {problem.rule for problem in problems}
    assert found == {HEADING_ORDER, LINK_TEXT_QUALITY, LANGUAGE_OF_PARTS, IMAGE_ALT}
    [missing_alt] = [p for p in problems if p.rule == IMAGE_ALT]
    assert missing_alt.excerpt == image.title  # the decorative image is not flagged


@pytest.mark.django_db
def test_check_page_judges_an_english_page_in_english(tree, en_locale):
    page = factories.StandardPageFactory(parent=tree.roadmap, title="Workshops")
    page.body = _body(("paragraph", ENGLISH))
    page.save_revision()
    english = page.copy_for_translation(en_locale, copy_parents=True)
    assert LANGUAGE_OF_PARTS in {p.rule for p in check_page(page)}
    assert check_page(english) == []
