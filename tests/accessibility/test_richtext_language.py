"""Editors mark a passage's language in rich text; it survives the editor and satisfies the
language-of-parts check."""

import pytest
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from accessibility.checks import check_html

MARKED = (
    "<p>Le programme européen s'intitule "
    '<span lang="en">The cooperative economy is at the heart of the plan for the next years</span>'
    ".</p>"
)


def test_a_language_span_survives_the_editor_round_trip():
    converter = ContentstateConverter(features=["bold", "lang-en", "lang-fr"])
    contentstate = converter.from_database_format(MARKED)
    assert "LANG_EN" in contentstate
    stored = converter.to_database_format(contentstate)
    assert '<span lang="en">The cooperative economy' in stored
    assert check_html(stored) == []
    assert check_html(MARKED) == []
    assert check_html(MARKED.replace(' lang="en"', ""))  # unmarked: flagged


@pytest.mark.django_db
def test_the_page_editor_offers_the_language_buttons(tree, superuser_client):
    html = superuser_client.get(
        reverse("wagtailadmin_pages:edit", args=[tree.standard.pk])
    ).content.decode()
    assert "LANG_EN" in html and "LANG_FR" in html
