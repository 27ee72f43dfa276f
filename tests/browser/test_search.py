"""Search as a person uses it, in headless Chromium: suggestions as you type in the header
(a WAI-ARIA combobox), filters that narrow the results as their counts announce, with and
without JavaScript, and no axe-core violation on the search page or with the list open."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.test_pages import assert_accessible

pytestmark = pytest.mark.browser

SECTOR = "Énergie citoyenne"
COUNT_RE = re.compile(r"(\d+)\s+résultats?\b")
FACET_COUNT_RE = re.compile(r"\((\d+)\)\s*$")


def result_count(page):
    """The number of results the live region announces, e.g. "9 résultats pour « … »."."""
    text = page.locator(".search-summary[role=status]").inner_text()
    match = COUNT_RE.search(text)
    return int(match.group(1)) if match else 0


def type_suggestions(page, box, text):
    box.click()
    box.fill("")
    box.press_sequentially(text, delay=40)
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    expect(listbox).to_be_visible()
    return listbox


def test_header_suggestions_open_a_page_with_the_keyboard(reader_page):
    reader_page.goto("/")
    box = reader_page.get_by_role("banner").get_by_role("combobox")
    expect(box).to_have_attribute("aria-autocomplete", "list")
    expect(box).to_have_attribute("aria-expanded", "false")

    listbox = type_suggestions(reader_page, box, "éner")
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(listbox).to_have_attribute("role", "listbox")
    options = listbox.get_by_role("option")
    expect(options.filter(has_text=SECTOR).first).to_be_visible()
    assert options.count() <= 8
    status = reader_page.get_by_role("banner").get_by_role("status")
    expect(status).to_have_text(re.compile(r"^\d+ suggestions?$"))

    titles = [title.strip() for title in options.all_text_contents()]

    # Escape closes the list, and Down opens it again on its first option.
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    for _ in range(titles.index(SECTOR) + 1):
        box.press("ArrowDown")
    highlighted = listbox.locator("[role=option][aria-selected=true]")
    expect(highlighted).to_have_count(1)
    expect(highlighted).to_have_text(SECTOR)
    expect(box).to_be_focused()
    assert box.get_attribute("aria-activedescendant") == highlighted.get_attribute("id")

    with reader_page.expect_navigation():
        box.press("Enter")
    assert "/recherche/" not in reader_page.url
    expect(reader_page.locator("h1")).to_have_text(SECTOR)


def test_enter_without_a_highlighted_suggestion_searches(reader_page):
    reader_page.goto("/")
    box = reader_page.get_by_role("banner").get_by_role("combobox")
    type_suggestions(reader_page, box, "circuits courts")
    with reader_page.expect_navigation():
        box.press("Enter")
    url = urlsplit(reader_page.url)
    assert url.path == "/recherche/"
    # The box searches the content language of the page it is on: French on the home page.
    assert parse_qs(url.query) == {"q": ["circuits courts"], "locale": ["fr"]}
    assert result_count(reader_page) > 0


def test_a_suggestion_can_be_clicked(reader_page):
    reader_page.goto("/")
    box = reader_page.get_by_role("banner").get_by_role("combobox")
    listbox = type_suggestions(reader_page, box, "éner")
    with reader_page.expect_navigation():
        listbox.get_by_role("option", name=SECTOR, exact=True).click()
    expect(reader_page.locator("h1")).to_have_text(SECTOR)


def _narrowing_checkbox(page, total):
    """A facet value that keeps fewer results than the page shows, and its announced count."""
    for label in page.locator(".facet__label").all():
        match = FACET_COUNT_RE.search(label.inner_text().strip())
        if match and 0 < int(match.group(1)) < total:
            checkbox = page.locator("#" + label.get_attribute("for"))
            return checkbox, int(match.group(1))
    pytest.fail("no facet value narrows the search")


def test_a_facet_narrows_the_results_to_its_count(reader_page):
    reader_page.goto("/recherche/?q=circuits+courts")
    total = result_count(reader_page)
    assert total > 1
    filters = reader_page.get_by_role("complementary")
    expect(filters.get_by_role("heading", level=2)).to_be_visible()
    checkbox, expected = _narrowing_checkbox(reader_page, total)
    name, value = checkbox.get_attribute("name"), checkbox.get_attribute("value")

    checkbox.check()
    with reader_page.expect_navigation():
        filters.get_by_role("button", name="Filtrer").click()

    assert f"{name}={value}" in reader_page.url
    assert result_count(reader_page) == expected
    expect(reader_page.locator("ol.search-results > li")).to_have_count(min(expected, 10))
    expect(reader_page.locator(f"input[name={name}][value='{value}']")).to_be_checked()
    assert_accessible(reader_page)

    with reader_page.expect_navigation():
        filters.get_by_role("link", name="Effacer les filtres").click()
    assert result_count(reader_page) == total


def test_filters_sort_and_pages_work_without_javascript(browser, demo_server, reader_state):
    context = browser.new_context(
        base_url=demo_server["base_url"],
        locale="fr-FR",
        storage_state=str(reader_state),
        java_script_enabled=False,
    )
    page = context.new_page()
    try:
        page.goto("/recherche/?q=ESS")
        assert page.locator("[role=combobox]").count() == 0  # no enhancement, plain fields
        total = result_count(page)
        assert total > 10, "the demo search for ESS should fill more than one page"
        page.get_by_label("Trier par").select_option("date")
        checkbox, expected = _narrowing_checkbox(page, total)
        checkbox.check()
        with page.expect_navigation():
            page.get_by_role("button", name="Filtrer").click()
        assert "sort=date" in page.url
        assert result_count(page) == expected
        if expected > 10:
            with page.expect_navigation():
                page.get_by_role("navigation", name="Pages de résultats").get_by_role(
                    "link", name="Page suivante"
                ).click()
            assert "page=2" in page.url and "sort=date" in page.url
            assert checkbox.get_attribute("name") + "=" in page.url
            assert result_count(page) == expected
    finally:
        context.close()


def test_a_bad_page_number_is_explained(reader_page):
    response = reader_page.goto("/recherche/?q=x&page=-1")
    assert response.status == 400
    expect(reader_page.get_by_role("alert")).to_contain_text("page")
    assert_accessible(reader_page)


def test_search_page_passes_axe_with_facets_and_with_the_list_open(reader_page):
    reader_page.goto("/recherche/?q=circuits+courts")
    assert reader_page.locator("fieldset.facet").count() > 0
    assert_accessible(reader_page)

    box = reader_page.locator("#search-page-q")
    listbox = type_suggestions(reader_page, box, "alim")
    box.press("ArrowDown")
    expect(listbox.locator("[aria-selected=true]")).to_have_count(1)
    assert_accessible(reader_page)


def test_filters_fold_away_on_a_phone(browser, demo_server, reader_state):
    context = browser.new_context(
        base_url=demo_server["base_url"],
        locale="fr-FR",
        storage_state=str(reader_state),
        viewport={"width": 390, "height": 844},
    )
    page = context.new_page()
    try:
        page.goto("/recherche/?q=circuits+courts")
        details = page.locator("details[data-search-filters]")
        expect(details).not_to_have_attribute("open", "")
        expect(page.locator("fieldset.facet").first).to_be_hidden()
        page.locator(".search-filters__summary").click()
        expect(page.locator("fieldset.facet").first).to_be_visible()
        assert_accessible(page)
    finally:
        context.close()
