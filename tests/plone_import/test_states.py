"""Workflow states and dates: live, draft, restricted, scheduled, expired; owners."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from plone_import.importer.mapping import Mapping
from plone_import.models import ImportedObject
from tests import factories
from tests.plone_import.conftest import run
from tests.plone_import.exports import item, uid, write


def page_of(number):
    return ImportedObject.objects.get(uid=uid(number)).target.specific


def future(days):
    return (timezone.now() + datetime.timedelta(days=days)).isoformat()


def test_states_dates_and_owner(intranet, tmp_path):
    factories.UserFactory(username="cmartin")
    items = [
        item(uid(1), "Document", "publiee", creators=["cmartin"]),
        item(uid(2), "Document", "interne", review_state="internally_published"),
        item(uid(3), "Document", "privee", review_state="private"),
        item(uid(4), "Document", "en-attente", review_state="pending", creators=["inconnu"]),
        item(uid(5), "Document", "programmee", effective=future(10)),
        item(uid(6), "Document", "expiree", expires="2024-06-01T00:00:00+00:00"),
        item(uid(7), "Document", "a-expirer", expires=future(30)),
        item(uid(8), "Document", "restreinte", review_state="private"),
    ]
    write(tmp_path / "content.json", items[:7])
    report = run([tmp_path], Mapping())
    assert report.failures == []
    published = page_of(1)
    assert published.live and published.live_revision_id
    assert published.owner.username == "cmartin" and published.content_owner == published.owner
    assert published.first_published_at == datetime.datetime(2024, 3, 1, 10, tzinfo=datetime.UTC)
    assert published.latest_revision.created_at == datetime.datetime(
        2024, 3, 2, 10, tzinfo=datetime.UTC
    )
    assert page_of(2).live
    assert not page_of(3).live and page_of(3).has_unpublished_changes
    assert not page_of(4).live and page_of(4).owner is None
    scheduled = page_of(5)
    assert not scheduled.live and scheduled.go_live_at > timezone.now()
    assert scheduled.latest_revision.approved_go_live_at == scheduled.go_live_at
    assert page_of(6).expired and not page_of(6).live
    assert page_of(7).live and page_of(7).expire_at > timezone.now()
    # …and with "private" mapped to restricted: live behind a view restriction.
    write(tmp_path / "content.json", items[7:])
    run(
        [tmp_path],
        Mapping({"states": {"private": "restricted"}, "restricted_groups": ["Direction"]}),
    )
    restricted = page_of(8)
    assert restricted.live
    restriction = PageViewRestriction.objects.get(page=restricted)
    assert list(restriction.groups.all()) == [Group.objects.get(name="Direction")]


def test_restricted_page_is_not_shown_to_other_readers(intranet, tmp_path, reader_client):
    write(tmp_path / "content.json", [item(uid(9), "Document", "secrete", review_state="private")])
    run([tmp_path], Mapping({"states": {"private": "restricted"}}))
    page = page_of(9)
    response = reader_client.get(page.url)
    assert response.status_code in (302, 403)
    assert "Titre secrete" not in response.content.decode()


def test_a_changed_type_mapping_is_refused_not_replaced(intranet, tmp_path):
    folder = item(uid(11), "Folder", "dgdu")
    write(tmp_path / "content.json", [folder, item(uid(10), "Document", "note", parent=folder)])
    places = {"/dgdu": intranet.dgdu.pk}
    run([tmp_path], Mapping({"places": places}))
    page = page_of(10)
    assert type(page).__name__ == "StandardPage"
    report = run([tmp_path], Mapping({"places": places, "types": {"Document": "pages.UpdatePage"}}))
    assert (
        "already imported as a StandardPage, now mapped to UpdatePage"
        in (report.failures[0]["reason"])
    )
    assert page_of(10).pk == page.pk
