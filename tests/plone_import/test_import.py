"""A realistic generated export, imported once: every mapping of the issue, checked as a user
would see it (pages, states, dates, links, redirects, translations, permissions, report)."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page, PageViewRestriction

from pages.models import StandardPage, UpdatePage
from plone_import.models import ImportedObject


def target(uid):
    row = ImportedObject.objects.get(uid=uid)
    obj = row.target
    return obj.specific if isinstance(obj, Page) else obj


def test_everything_is_imported_without_failure(imported):
    report = imported.report
    assert report.failures == []
    totals = report.totals()
    assert report.read == imported.manifest.items
    assert totals["created"] + totals["updated"] == imported.manifest.items
    for plone_type in (
        "Folder",
        "Document",
        "News Item",
        "Event",
        "File",
        "Image",
        "Link",
        "Collection",
    ):
        assert report.by_type[plone_type]["created"] > 0, plone_type


def test_one_imported_object_per_uid(imported):
    assert ImportedObject.objects.count() == imported.manifest.items


def test_states_map_to_live_and_draft(imported):
    published = target(imported.manifest.uids["document"])
    assert published.live and published.live_revision_id
    private = target(imported.manifest.uids["private"])
    assert not private.live
    assert private.has_unpublished_changes
    assert private.latest_revision_id


def test_dates_and_owner_are_kept(imported):
    manifest = imported.manifest
    page = target(manifest.uids["document"])
    item = _item(manifest, manifest.uids["document"])
    assert page.first_published_at.isoformat() == item["effective"]
    assert page.latest_revision.created_at.isoformat() == item["modified"]
    creator = item["creators"][0]
    if creator != "inconnu":
        assert page.owner.username == creator
        assert page.content_owner == page.owner
    else:
        assert page.owner is None


def test_news_items_become_updates_of_their_directorate(imported):
    updates = UpdatePage.objects.child_of(imported.dgdu)
    assert updates.exists()
    assert all(update.directorate_id == imported.dgdu.pk for update in updates)


def test_event_becomes_a_standard_page_with_its_dates(imported):
    page = target(imported.manifest.uids["event"])
    assert isinstance(page, StandardPage)
    assert "Début" in page.body[0].value.source


def test_internal_links_are_rewritten(imported):
    page = target(imported.manifest.uids["document"])
    html = page.body[0].value.source
    assert 'linktype="page"' in html
    assert 'linktype="document"' in html
    assert "resolveuid" not in html
    assert "<script" not in html


def test_images_in_text_become_image_embeds(imported):
    embeds = [
        p for p in StandardPage.objects.all() if 'embedtype="image"' in str(list(p.body.raw_data))
    ]
    assert embeds


def test_broken_references_are_reported(imported):
    reported = {ref["reference"] for ref in imported.report.broken_references}
    assert set(imported.manifest.broken_uids) & reported


def test_files_and_images(imported):
    document = target(imported.manifest.uids["file"])
    assert isinstance(document, get_document_model())
    assert document.file.read().startswith(b"%PDF")
    image = target(imported.manifest.uids["image"])
    assert isinstance(image, get_image_model())
    assert image.width == 8 and image.height == 6


def test_link_becomes_a_redirect(imported):
    redirect = target(imported.manifest.uids["link"])
    assert isinstance(redirect, Redirect)
    assert redirect.redirect_link == "https://www.nantes.fr/ess"


def test_collection_criteria_are_reported(imported):
    assert isinstance(target(imported.manifest.uids["collection"]), StandardPage)
    assert imported.report.unmapped_other["collection criteria (no listing page type)"] > 0


def test_volto_blocks_mapped_and_unmapped_reported(imported):
    assert imported.report.unmapped_blocks["listing"] > 0
    assert imported.report.unmapped_blocks["maps"] > 0
    with_image_block = [
        p for p in StandardPage.objects.all() if any(b.block_type == "image" for b in p.body)
    ]
    assert with_image_block


def test_old_paths_redirect_to_the_new_pages(imported, reader_client):
    manifest = imported.manifest
    uid = manifest.uids["document"]
    page = target(uid)
    response = reader_client.get(manifest.paths[uid])
    assert response.status_code == 301
    assert response["Location"].rstrip("/").endswith(page.url.rstrip("/"))
    followed = reader_client.get(response["Location"])
    assert followed.status_code == 200


def test_redirect_side_file_is_honoured(imported, reader_client):
    page = target(imported.manifest.uids["document"])
    response = reader_client.get("/fr/ancienne-page")
    assert response.status_code == 301
    assert response["Location"].rstrip("/").endswith(page.url.rstrip("/"))
    assert any(
        ref["reference"].endswith("/fr/nulle-part") for ref in imported.report.broken_references
    )


def test_file_download_path_redirects_to_the_document(imported, reader_client):
    manifest = imported.manifest
    document = target(manifest.uids["file"])
    response = reader_client.get(manifest.paths[manifest.uids["file"]] + "/@@download/file")
    assert response.status_code == 301
    assert response["Location"] == document.url


def test_translations_share_the_translation_key(imported):
    pairs = imported.manifest.translations
    assert len(pairs) > 1
    for pair in pairs:
        french, english = target(pair["fr"]), target(pair["en"])
        assert french.translation_key == english.translation_key
        assert french.locale.language_code == "fr"
        assert english.locale.language_code == "en"
        assert english.title.startswith("EN ") or english.title == "Documentation"


def test_default_page_content_is_on_its_folder(imported, reader_client):
    manifest = imported.manifest
    folder_uid, page_uid = next(iter(manifest.default_pages.items()))
    folder = target(folder_uid)
    assert target(page_uid).pk == folder.pk
    response = reader_client.get(manifest.paths[page_uid])
    assert response.status_code == 301


def test_related_items_become_related_content(imported):
    page = target(imported.manifest.uids["document"])
    kinds = [block.block_type for block in page.body]
    assert "documents" in kinds
    assert "isReferencing" in " ".join(imported.report.unmapped_other)


def test_local_roles_become_restrictions_and_permissions(imported):
    private = target(imported.manifest.uids["private"])
    restriction = PageViewRestriction.objects.get(page=private)
    assert [g.name for g in restriction.groups.all()] == ["Coordination ESS"]
    group = Group.objects.get(name="Direction DGDU")
    codenames = set(
        GroupPagePermission.objects.filter(group=group, page=imported.dgdu).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page", "publish_page"}


def test_members_become_users_without_password(imported):
    user = get_user_model().objects.get(username="cmartin")
    assert not user.has_usable_password()
    assert user.groups.filter(name="Direction DGDU").exists()


def test_siblings_follow_the_plone_order(imported):
    manifest = imported.manifest
    folder = target(manifest.uids["documentation"])
    ids = [c.slug for c in folder.get_children() if c.slug.startswith("page-")]
    assert len(ids) > 2
    plone_order = [
        manifest.paths[uid].rsplit("/", 1)[1]
        for uid in manifest.paths
        if manifest.paths[uid].startswith("/fr/documentation/page-")
        and manifest.paths[uid].count("/") == 3
    ]
    expected = [i for i in reversed(plone_order) if i in ids]
    assert ids == expected


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_report_files(imported, tmp_path, suffix):
    path = tmp_path / f"report.{suffix}"
    imported.report.write(path)
    text = path.read_text(encoding="utf-8")
    if suffix == "json":
        data = json.loads(text)
        assert data["totals"]["failed"] == 0
        assert "listing" in data["unmapped"]["blocks"]
        assert data["broken_references"]
    else:
        assert "unmapped_block" in text and "broken_reference" in text


def _item(manifest, uid):
    with open(manifest.folder / "content.json", encoding="utf-8") as handle:
        return next(i for i in json.load(handle) if i["UID"] == uid)
