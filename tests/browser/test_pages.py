"""Browse the demo content in headless Chromium: every page type, search, sign-in, keyboard,
and the WCAG 2.1 A/AA rules that axe-core can check automatically."""

import pytest

from tests.browser.conftest import AXE, READER, sign_in

pytestmark = pytest.mark.browser

PAGE_TYPES = [
    "HomePage",
    "RoadmapPage",
    "LeverIndexPage",
    "LeverPage",
    "SectorIndexPage",
    "SectorPage",
    "ProjectIndexPage",
    "ProjectPage",
    "PolicyIndexPage",
    "PolicyPage",
    "DirectorateIndexPage",
    "DirectoratePage",
    "UpdatePage",
    "StandardPage",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page):
    """Run axe-core on the page as it is now and return its WCAG 2.1 A/AA violations."""
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return results["violations"]


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation['help']}"
            f"\n  {violation['helpUrl']}"
        )
        for node in violation["nodes"][:5]:
            target = " ".join(str(part) for part in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    at {target}: {summary}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def assert_accessible(page):
    violations = axe_violations(page)
    assert not violations, f"axe-core found on {page.url}:\n{describe(violations)}"


def h1_texts(page):
    return [text.strip() for text in page.locator("h1").all_inner_texts()]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_each_page_type_shows_its_title_and_passes_axe(reader_page, demo_server, page_type):
    demo_page = demo_server["pages"].get(page_type)
    assert demo_page, f"the demo content has no live {page_type}"
    response = reader_page.goto(demo_page["url"])
    assert response.status == 200
    headings = h1_texts(reader_page)
    assert len(headings) == 1 and demo_page["title"] in headings[0], headings
    assert_accessible(reader_page)


def test_search_finds_solilab_and_passes_axe(reader_page):
    response = reader_page.goto("/recherche/?q=SOLILAB")
    assert response.status == 200
    assert len(h1_texts(reader_page)) == 1 and h1_texts(reader_page)[0]
    assert reader_page.locator("main a", has_text="SOLILAB de demain").count() >= 1
    assert_accessible(reader_page)


def test_search_from_the_header_form(reader_page):
    reader_page.goto("/")
    reader_page.get_by_role("search").first.locator("input[name=q]").fill("circuits courts")
    with reader_page.expect_navigation():
        reader_page.keyboard.press("Enter")
    assert "/recherche/" in reader_page.url
    assert reader_page.locator("main").get_by_role("link").count() > 0
    assert_accessible(reader_page)


def test_sign_in_page_passes_axe_and_signs_in(anonymous_page, demo_server):
    response = anonymous_page.goto("/")
    assert "/connexion/" in anonymous_page.url  # the intranet is private
    assert response.status == 200
    assert_accessible(anonymous_page)
    sign_in(anonymous_page, READER, demo_server["password"])
    assert "/connexion/" not in anonymous_page.url
    assert len(h1_texts(anonymous_page)) == 1


def test_a_failed_sign_in_is_announced_and_passes_axe(anonymous_page):
    sign_in(anonymous_page, READER, "not-the-password")
    assert "/connexion/" in anonymous_page.url
    assert anonymous_page.get_by_role("alert").count() == 1
    assert_accessible(anonymous_page)


def test_tab_reaches_the_skip_link_first_and_it_is_visible(reader_page):
    reader_page.goto("/")
    reader_page.keyboard.press("Tab")
    focused = reader_page.evaluate(
        """() => {
            const el = document.activeElement;
            const box = el.getBoundingClientRect();
            return {
                tag: el.tagName, href: el.getAttribute('href'), text: el.textContent.trim(),
                top: box.top, left: box.left, width: box.width, height: box.height,
                viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
            };
        }"""
    )
    assert focused["tag"] == "A" and focused["href"] == "#main-content", focused
    assert focused["text"], "the skip link has no text"
    # Visible when focused: inside the viewport and of a readable size.
    assert focused["width"] > 20 and focused["height"] > 10, focused
    assert 0 <= focused["top"] < focused["viewportHeight"], focused
    assert 0 <= focused["left"] < focused["viewportWidth"], focused
    assert reader_page.locator("a[href='#main-content']").first.is_visible()

    reader_page.keyboard.press("Enter")
    assert reader_page.evaluate("() => document.activeElement.id") == "main-content"
