"""Cross-policy links, visible from both sides: the source page and the policy page."""

import pytest

from pages.models import PolicyLink, PolicyLinkKind
from tests import factories
from tests.utils import kind_label, rendered


@pytest.fixture
def links_to_policy(tree):
    """One link of every kind to ``tree.policy``, from a lever, a sector and projects."""
    extra_project = factories.ProjectPageFactory(parent=tree.project_index)
    sources = {
        PolicyLinkKind.CONTRIBUTES_TO: tree.project,  # from the tree fixture
        PolicyLinkKind.DEPENDS_ON: tree.lever,  # from the tree fixture
        PolicyLinkKind.SHARES_INDICATOR: tree.sector,
        PolicyLinkKind.CO_FUNDED_BY: extra_project,
    }
    factories.PolicyLinkFactory(
        source=tree.sector, policy=tree.policy, kind=PolicyLinkKind.SHARES_INDICATOR
    )
    factories.PolicyLinkFactory(
        source=extra_project, policy=tree.policy, kind=PolicyLinkKind.CO_FUNDED_BY
    )
    return sources


@pytest.mark.django_db
@pytest.mark.parametrize("source_name", ["project", "lever", "sector"])
def test_source_page_shows_each_link_with_kind_note_and_policy(tree, reader_client, source_name):
    source = getattr(tree, source_name)
    first = factories.PolicyLinkFactory(
        source=source, policy=tree.other_policy, kind=PolicyLinkKind.SHARES_INDICATOR
    )
    second = factories.PolicyLinkFactory(
        source=source, policy=tree.policy, kind=PolicyLinkKind.CO_FUNDED_BY
    )
    shown = rendered(reader_client.get(source.url))
    for link in (first, second):
        item = shown.item_with(kind_label(link.kind), link.note, link.policy.title)
        assert item, f"no list item pairs {link.kind}, its note and {link.policy.title}"
        assert shown.shows_link(link.policy)


@pytest.mark.django_db
def test_source_page_does_not_show_a_link_to_a_draft_policy(tree, reader_client):
    draft_policy = factories.PolicyPageFactory(parent=tree.policy_index, live=False)
    link = factories.PolicyLinkFactory(source=tree.project, policy=draft_policy)
    shown = rendered(reader_client.get(tree.project.url))
    assert not shown.mentions(link.note)
    assert not shown.refers_to(draft_policy)
    assert shown.shows_link(tree.policy)  # the live one is still there


@pytest.mark.django_db
def test_policy_page_lists_every_linking_page_under_its_kind(tree, reader_client, links_to_policy):
    shown = rendered(reader_client.get(tree.policy.url))
    for kind, source in links_to_policy.items():
        assert shown.shows_link(source), source.title
        assert shown.heading_before_link_to(source) == kind_label(kind), source.title
    # Each kind is one group: its label is a heading once, not repeated per link.
    headings = [event[1] for event in shown.events if event[0] == "heading"]
    for kind in links_to_policy:
        assert headings.count(kind_label(kind)) == 1


@pytest.mark.django_db
def test_policy_page_shows_the_note_of_each_incoming_link(tree, reader_client):
    shown = rendered(reader_client.get(tree.policy.url))
    assert shown.item_with(tree.project.title, tree.project_link.note)
    assert shown.item_with(tree.lever.title, tree.lever_link.note)


@pytest.mark.django_db
def test_policy_page_groups_several_links_of_one_kind_together(tree, reader_client):
    more = factories.ProjectPageFactory(parent=tree.project_index)
    factories.PolicyLinkFactory(source=more, policy=tree.policy, kind=tree.project_link.kind)
    shown = rendered(reader_client.get(tree.policy.url))
    label = kind_label(tree.project_link.kind)
    assert shown.heading_before_link_to(tree.project) == label
    assert shown.heading_before_link_to(more) == label
    headings = [event[1] for event in shown.events if event[0] == "heading"]
    assert headings.count(label) == 1


@pytest.mark.django_db
def test_policy_page_lists_only_what_links_to_it(tree, reader_client):
    shown = rendered(reader_client.get(tree.other_policy.url))
    assert shown.shows_link(tree.sector)  # the sector links to other_policy
    assert not shown.refers_to(tree.project)
    assert not shown.refers_to(tree.lever)


@pytest.mark.django_db
def test_policy_page_leaves_out_draft_sources(tree, reader_client):
    draft = factories.ProjectPageFactory(parent=tree.project_index, live=False)
    link = factories.PolicyLinkFactory(source=draft, policy=tree.policy)
    shown = rendered(reader_client.get(tree.policy.url))
    assert shown.shows_link(tree.project)
    assert not shown.mentions(draft.title)
    assert not shown.mentions(link.note)


@pytest.mark.django_db
def test_policy_page_leaves_out_sources_in_another_locale(tree, reader_client, en_locale):
    """An English translation keeps its links to the French policy: the French page lists
    the French project once, not its English copy."""
    english = tree.project.copy_for_translation(en_locale, copy_parents=True)
    english.title = "Project in English"
    english.save_revision().publish()
    english.refresh_from_db()
    assert english.live
    assert PolicyLink.objects.filter(source=english, policy=tree.policy).exists()

    shown = rendered(reader_client.get(tree.policy.url))
    assert shown.shows_link(tree.project)
    assert not shown.link_to(english)
    assert not shown.mentions(english.title)
    assert len(shown.link_to(tree.project)) == 1
