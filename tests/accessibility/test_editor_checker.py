"""Wagtail's content checker runs our rules in the editor's preview and on the userbar."""

import json
import re

import pytest
from wagtail.admin.userbar import ContentCheckerItem

from accessibility.userbar import IntranetContentChecker, use_intranet_checker

OUR_RULES = {"link-text-quality", "language-of-parts", "heading-order", "image-alt", "valid-lang"}


def axe_configuration(html):
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    assert match, "no content checker in the userbar"
    return json.loads(match.group(1))


@pytest.mark.django_db
def test_the_userbar_of_a_page_runs_our_rules(tree, superuser_client):
    response = superuser_client.get(tree.lever.url)
    assert response.status_code == 200
    config = axe_configuration(response.content.decode())
    assert set(config["options"]["runOnly"]) >= OUR_RULES
    custom = {rule["id"]: rule for rule in config["spec"]["rules"]}
    assert custom["link-text-quality"]["selector"] == "a[href]"
    checks = {check["id"]: check for check in config["spec"]["checks"]}
    assert "cliquez ici" in checks["check-link-text"]["options"]["ambiguous"]
    assert checks["check-link-text"]["evaluate"].startswith("function")
    assert "the" in checks["check-language-of-parts"]["options"]["stopWords"]["en"]
    assert "link-text-quality" in config["messages"]


def test_the_editor_preview_checker_is_replaced_keeping_its_mode():
    items = [ContentCheckerItem(in_editor=True)]
    use_intranet_checker(items)
    assert isinstance(items[0], IntranetContentChecker) and items[0].in_editor


@pytest.mark.django_db
def test_readers_get_no_userbar(tree, reader_client):
    html = reader_client.get(tree.lever.url).content.decode()
    assert "checker-axe-configuration" not in html
