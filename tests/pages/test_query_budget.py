"""Each page type answers in a fixed number of queries, however long its lists are.

The same budget holds with 5 and with 30 items per list: a page that ran one query per item
would need at least 25 more queries with 30 items and break it.
"""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from pages.models import PolicyLinkKind
from tests import factories
from tests.conftest import make_home, module_data
from tests.utils import rendered

# Queries of one signed-in GET (session, user, navigation and breadcrumbs included), as
# measured with 5 items per list, plus a margin of 3 for template changes. A query per item
# would add 5 queries with 5 items and 30 with 30; the test also checks that both sizes cost
# exactly the same. To re-measure, set a budget to 0: the failure message gives the count.
BUDGETS = {
    "home": 18,
    "roadmap": 22,
    "lever_index": 20,
    "lever": 24,
    "sector_index": 20,
    "sector": 26,
    "project_index": 20,
    "project": 29,
    "policy_index": 18,
    "policy": 20,
    "directorate_index": 18,
    "directorate": 21,
    "update": 25,
    "standard": 21,
    # Search: candidates, facts per page type, presentation, labels, picks and the query log.
    "search": 34,
}

KINDS = list(PolicyLinkKind)
SEARCH_WORD = "Zorbalux"  # in every project's title and nowhere else


def build_big_tree(n):
    """A tree whose every list has ``n`` items (or the page's cap, when it has one)."""
    t = SimpleNamespace(n=n)
    t.home = make_home()
    roadmap = factories.RoadmapPageFactory(parent=t.home)
    lever_index = factories.LeverIndexPageFactory(parent=roadmap)
    sector_index = factories.SectorIndexPageFactory(parent=roadmap)
    project_index = factories.ProjectIndexPageFactory(parent=roadmap)
    policy_index = factories.PolicyIndexPageFactory(parent=t.home)
    directorate_index = factories.DirectorateIndexPageFactory(parent=t.home)
    t.standard = factories.StandardPageFactory(parent=roadmap)
    t.children = [factories.StandardPageFactory(parent=t.standard) for _ in range(n)]

    t.levers = [factories.LeverPageFactory(parent=lever_index, number=i) for i in range(n)]
    t.sectors = [factories.SectorPageFactory(parent=sector_index, number=i) for i in range(n)]
    t.policies = [factories.PolicyPageFactory(parent=policy_index) for _ in range(n)]
    t.directorates = [factories.DirectoratePageFactory(parent=directorate_index) for _ in range(n)]
    t.communes = factories.CommuneFactory.create_batch(n)
    t.partners = [
        factories.OrganisationFactory(sectors=[t.sectors[0]], commune=t.communes[i])
        for i in range(n)
    ]

    # Every project works through the first lever and sector, with its own lead, partners,
    # communes and link to the first policy; the first project has every item of each list.
    t.projects = []
    for i in range(n):
        whole = slice(None) if i == 0 else slice(i, i + 1)
        project = factories.ProjectPageFactory(
            parent=project_index,
            title=f"Projet {SEARCH_WORD} {i:03d}",
            lead_directorate=t.directorates[0] if i % 2 else t.directorates[i],
            levers=[t.levers[0], *t.levers[whole]],
            sectors=[t.sectors[0], *t.sectors[whole]],
            partners=t.partners[whole],
            communes=t.communes[whole],
        )
        factories.PolicyLinkFactory(source=project, policy=t.policies[0], kind=KINDS[i % 4])
        t.projects.append(project)
    for i, policy in enumerate(t.policies[1:], start=1):
        factories.PolicyLinkFactory(source=t.projects[0], policy=policy, kind=KINDS[i % 4])
        factories.PolicyLinkFactory(source=t.levers[0], policy=policy, kind=KINDS[i % 4])
        factories.PolicyLinkFactory(source=t.sectors[0], policy=policy, kind=KINDS[i % 4])
    factories.PolicyLinkFactory(source=t.levers[0], policy=t.policies[0])
    factories.PolicyLinkFactory(source=t.sectors[0], policy=t.policies[0])

    # Updates: all in the first directorate, about the first project, lever and sector; the
    # first update is about every project, lever and sector.
    t.updates = [
        factories.UpdatePageFactory(
            parent=t.directorates[0],
            projects=t.projects if i == 0 else [t.projects[0]],
            levers=t.levers if i == 0 else [t.levers[0]],
            sectors=t.sectors if i == 0 else [t.sectors[0]],
        )
        for i in range(n)
    ]

    t.pages = {
        "home": t.home,
        "roadmap": roadmap,
        "lever_index": lever_index,
        "lever": t.levers[0],
        "sector_index": sector_index,
        "sector": t.sectors[0],
        "project_index": project_index,
        "project": t.projects[0],
        "policy_index": policy_index,
        "policy": t.policies[0],
        "directorate_index": directorate_index,
        "directorate": t.directorates[0],
        "update": t.updates[0],
        "standard": t.standard,
    }
    return t


def _count_shown(shown, pages):
    return sum(1 for page in pages if shown.shows_link(page))


def listed_items(t, name, shown):
    """How many of the page's list items the page shows, and how many it should show."""
    n = t.n
    expected = {
        "home": (_count_shown(shown, t.updates) + _count_shown(shown, t.levers), min(n, 6) + n),
        "roadmap": (_count_shown(shown, [t.standard]), 1),
        "lever_index": (_count_shown(shown, t.levers), n),
        "lever": (_count_shown(shown, t.projects) + _count_shown(shown, t.policies), 2 * n),
        "sector_index": (_count_shown(shown, t.sectors), n),
        "sector": (
            _count_shown(shown, t.projects)
            + sum(1 for partner in t.partners if shown.mentions(partner.name)),
            2 * n,
        ),
        "project_index": (_count_shown(shown, t.projects), n),
        "project": (
            _count_shown(shown, t.levers)
            + _count_shown(shown, t.sectors)
            + _count_shown(shown, t.policies)
            + sum(1 for partner in t.partners if shown.mentions(partner.name))
            + sum(1 for commune in t.communes if shown.mentions(commune.name))
            + _count_shown(shown, t.updates),
            5 * n + min(n, 5),
        ),
        "policy_index": (_count_shown(shown, t.policies), n),
        "policy": (_count_shown(shown, t.projects), n),
        "directorate_index": (_count_shown(shown, t.directorates), n),
        "directorate": (_count_shown(shown, t.updates), min(n, 20)),
        "update": (
            _count_shown(shown, t.projects)
            + _count_shown(shown, t.levers)
            + _count_shown(shown, t.sectors),
            3 * n,
        ),
        "standard": (_count_shown(shown, t.children), n),
        "search": (_count_shown(shown, t.projects), min(n, 10)),
    }
    return expected[name]


@pytest.fixture(scope="module", params=[5, 30], ids=lambda n: f"{n}-items")
def big_tree(request, django_db_setup, django_db_blocker):
    with module_data(django_db_blocker):
        with django_db_blocker.unblock():
            built = build_big_tree(request.param)
        yield built


# Query counts by (page, items per list), to compare the two sizes when both run.
_measured = {}


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(BUDGETS))
def test_page_stays_within_its_query_budget(
    big_tree, reader_client, django_assert_max_num_queries, name
):
    url = f"{reverse('search')}?q={SEARCH_WORD}" if name == "search" else big_tree.pages[name].url
    reader_client.get(url)  # warm the process-wide caches (content types, site root paths)

    with django_assert_max_num_queries(BUDGETS[name]) as queries:
        response = reader_client.get(url)

    shown, wanted = listed_items(big_tree, name, rendered(response))
    assert shown == wanted, f"the page shows {shown} of its {wanted} listed items"

    _measured[name, big_tree.n] = len(queries)
    counts = {n: count for (page, n), count in _measured.items() if page == name}
    assert len(set(counts.values())) == 1, f"queries grow with the number of items: {counts}"
