import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

# Browser tests (marker "browser"): Chromium and axe-core as in tests/browser; the ``browser``
# and ``browser_dependencies`` fixtures come from tests/conftest.py.
from tests.browser.conftest import READER, sign_in


@pytest.fixture
def image(db, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    return get_image_model().objects.create(
        title="Atelier de co-construction", file=get_test_image_file()
    )


@pytest.fixture(scope="session")
def bilingual_server(browser_dependencies, tmp_path_factory):  # noqa: F811
    from tests.accessibility.browser_server import start_bilingual_server, stop

    process, base_url, password, pages = start_bilingual_server(
        tmp_path_factory.mktemp("bilingual-server")
    )
    try:
        yield {"base_url": base_url, "password": password, "pages": pages}
    finally:
        stop(process)


@pytest.fixture(scope="session")
def bilingual_reader_state(browser, bilingual_server, tmp_path_factory):  # noqa: F811
    context = browser.new_context(base_url=bilingual_server["base_url"], locale="fr-FR")
    page = context.new_page()
    sign_in(page, READER, bilingual_server["password"])
    assert "/connexion" not in page.url, "the reader could not sign in"
    state = tmp_path_factory.mktemp("bilingual-reader") / "state.json"
    context.storage_state(path=str(state))
    context.close()
    return state


@pytest.fixture
def bilingual_reader_page(browser, bilingual_server, bilingual_reader_state):  # noqa: F811
    context = browser.new_context(
        base_url=bilingual_server["base_url"],
        locale="fr-FR",
        storage_state=str(bilingual_reader_state),
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def blank_page(browser):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
