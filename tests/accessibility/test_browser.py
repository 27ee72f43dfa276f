"""In headless Chromium: every front-end page type passes axe-core in French and in English,
the one-pagers too, and our editor rules catch what they are written for."""

import pytest

from accessibility.userbar import IntranetContentChecker
from tests.browser.conftest import AXE
from tests.browser.test_pages import PAGE_TYPES, assert_accessible, h1_texts

pytestmark = pytest.mark.browser

CASES = [(language, page_type) for language in ("fr", "en") for page_type in PAGE_TYPES]


@pytest.mark.parametrize(
    ("language", "page_type"), CASES, ids=[f"{lang}-{kind}" for lang, kind in CASES]
)
def test_every_page_type_passes_axe_in_both_locales(
    bilingual_reader_page, bilingual_server, language, page_type
):
    demo_page = bilingual_server["pages"].get(f"{language}:{page_type}")
    assert demo_page, f"no live {page_type} in {language}"
    response = bilingual_reader_page.goto(demo_page["url"])
    assert response.status == 200
    assert bilingual_reader_page.locator("html").get_attribute("lang") == language
    headings = h1_texts(bilingual_reader_page)
    assert len(headings) == 1 and demo_page["title"] in headings[0], headings
    assert_accessible(bilingual_reader_page)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("page_type", ["LeverPage", "SectorPage", "ProjectPage"])
def test_one_pagers_pass_axe(bilingual_reader_page, bilingual_server, language, page_type):
    page = bilingual_reader_page
    demo_page = bilingual_server["pages"][f"{language}:{page_type}"]
    response = page.goto(f"/fiche/{demo_page['id']}/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page)


EDITOR_SAMPLE = """
<html lang="fr"><head><title>Essai</title></head><body><main>
  <h1>Levier 1</h1>
  <p>Pour le détail du programme, <a href="/programme/">cliquez ici</a>.</p>
  <p><a href="/fiche/">Télécharger la fiche du levier 1</a></p>
  <p>The cooperative economy is at the heart of the plan for the next years.</p>
  <blockquote lang="en">The cooperative economy is at the heart of the plan for the years to come.
  </blockquote>
  <p>L'économie sociale et solidaire est au cœur de la feuille de route de la métropole.</p>
</main></body></html>
"""


def test_our_editor_rules_run_in_axe_core(blank_page):
    """The content checker's configuration, as Wagtail hands it to axe-core, finds exactly
    the ambiguous link and the unmarked English passage."""
    ours = {"link-text-quality", "language-of-parts"}
    checker = IntranetContentChecker()
    spec = {
        "rules": [rule for rule in checker.axe_custom_rules if rule["id"] in ours],
        "checks": [check for check in checker.axe_custom_checks if "evaluate" in check],
    }
    blank_page.set_content(EDITOR_SAMPLE)
    blank_page.add_script_tag(path=str(AXE))
    results = blank_page.evaluate(
        """async (spec) => {
            axe.configure(spec);
            return await axe.run(document, {
                runOnly: {type: 'rule', values: ['link-text-quality', 'language-of-parts']},
            });
        }""",
        spec,
    )
    found = {
        violation["id"]: [node["html"] for node in violation["nodes"]]
        for violation in results["violations"]
    }
    assert set(found) == {"link-text-quality", "language-of-parts"}, found
    assert found["link-text-quality"] == ['<a href="/programme/">cliquez ici</a>']
    assert len(found["language-of-parts"]) == 1
    assert found["language-of-parts"][0].startswith("<p>The cooperative")
