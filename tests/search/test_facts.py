"""The facts that filters and facets count (search/facts.py) are those the pages hold, read in
a few statements whatever the number of candidates. Run on SQLite and PostgreSQL."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from pages.models import Audience
from search.facts import page_facts
from tests import factories
from tests.conftest import make_home


def test_facts_of_every_kind_of_page(db):
    home = make_home()
    directorate = factories.DirectoratePageFactory(parent=home, title="Direction de l'ESS")
    other = factories.DirectoratePageFactory(parent=home, title="Direction du climat")
    levers = [factories.LeverPageFactory(parent=home, directorate=directorate) for _ in range(2)]
    sector = factories.SectorPageFactory(parent=home)
    nantes = factories.CommuneFactory(name="Nantes", insee_code="44109")
    reze = factories.CommuneFactory(name="Rezé", insee_code="44143")
    project = factories.ProjectPageFactory(
        parent=home,
        directorate=other,
        audience=Audience.PUBLIC,
        levers=levers,
        sectors=[sector],
        communes=[nantes, reze],
        first_published_at=datetime.datetime(2023, 5, 2, 10, 30, tzinfo=datetime.UTC),
    )
    update = factories.UpdatePageFactory(
        parent=directorate, date=datetime.date(2024, 3, 8), levers=[levers[1]], sectors=[sector]
    )
    plain = factories.StandardPageFactory(parent=home, directorate=other)

    facts = page_facts(
        [project.pk, update.pk, levers[0].pk, sector.pk, directorate.pk, plain.pk, home.pk]
    )

    assert facts[project.pk].model.__name__ == "ProjectPage"
    assert facts[project.pk].title == project.title
    assert facts[project.pk].directorate == other.pk
    assert facts[project.pk].audience == Audience.PUBLIC
    assert facts[project.pk].levers == {lever.pk for lever in levers}
    assert facts[project.pk].sectors == {sector.pk}
    assert facts[project.pk].communes == {"44109", "44143"}
    assert facts[project.pk].date == datetime.date(2023, 5, 2)  # first publication

    assert facts[update.pk].date == datetime.date(2024, 3, 8)  # its own date, not publication
    assert facts[update.pk].directorate == directorate.pk
    assert facts[update.pk].levers == {levers[1].pk}
    assert facts[update.pk].sectors == {sector.pk}
    assert facts[update.pk].communes == set()
    assert facts[update.pk].audience == Audience.INTERNAL

    assert facts[levers[0].pk].levers == {levers[0].pk}  # a lever belongs to itself
    assert facts[sector.pk].sectors == {sector.pk}
    assert facts[directorate.pk].directorate == directorate.pk
    assert facts[plain.pk].directorate == other.pk
    assert facts[plain.pk].levers == facts[plain.pk].sectors == set()


def test_missing_pages_are_left_out_and_nothing_is_read_for_nothing(db):
    home = make_home()
    page = factories.StandardPageFactory(parent=home)
    gone = factories.StandardPageFactory(parent=home)
    gone_pk = gone.pk
    gone.delete()
    assert set(page_facts([page.pk, gone_pk])) == {page.pk}
    with CaptureQueriesContext(connection) as queries:
        assert page_facts([]) == {}
    assert not queries.captured_queries


def test_statements_do_not_grow_with_candidates_or_types(db):
    home = make_home()
    directorate = factories.DirectoratePageFactory(parent=home)
    lever = factories.LeverPageFactory(parent=home)
    pages = [factories.UpdatePageFactory(parent=directorate, levers=[lever]) for _ in range(8)]
    pages += [factories.ProjectPageFactory(parent=home, levers=[lever]) for _ in range(8)]
    pages += [factories.StandardPageFactory(parent=home) for _ in range(8)]
    pks = [page.pk for page in pages] + [lever.pk, directorate.pk]
    with CaptureQueriesContext(connection) as queries:
        facts = page_facts(pks)
    assert len(queries.captured_queries) == 2
    assert len(facts) == len(pks)
    assert all(facts[page.pk].levers == {lever.pk} for page in pages[:16])
    assert {fact.title for fact in facts.values()} == set(
        Page.objects.filter(pk__in=pks).values_list("title", flat=True)
    )
