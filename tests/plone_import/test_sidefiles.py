"""The side files and item details in the exact shapes collective.exportimport writes.

Each fixture below is copied in shape from the add-on's own code (collective/
collective.exportimport, src/collective/exportimport/), named next to it, so a wrong guess about
the format shows up here rather than on the real export.
"""

import base64
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, PageViewRestriction

from plone_import.importer.export import Export
from tests.plone_import.conftest import run
from tests.plone_import.exports import ROOT, SITE, item, uid, write
from tests.plone_import.test_import import target

PDF = base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()

# export_content.py (update_export_data): "parent" carries the parent's UID, the site root's
# is null on Plone 5; the language is a plain code in migration mode (serializer.py,
# ChoiceFieldSerializer), a {token, title} term without it (plone.restapi).
FR = item(uid(1), "LRF", "fr", language={"token": "fr", "title": "Français"}, text=None)
EN = item(uid(2), "LRF", "en", language={"token": "en", "title": "English"}, text=None)
FOLDER = item(
    uid(3),
    "Folder",
    "dossier",
    parent=FR,
    text=None,
    # export_content.py: export_workflow_history and export_constraints.
    workflow_history={
        "simple_publication_workflow": [
            {
                "action": None,
                "actor": "admin",
                "comments": "",
                "review_state": "private",
                "time": "2024-03-01T10:00:00+00:00",
            }
        ]
    },
    **{
        "exportimport.constrains": {
            "locally_allowed_types": ["Document"],
            "immediately_addable_types": ["Document"],
        }
    },
)
FRONT = item(uid(4), "Document", "accueil", parent=FOLDER)
PAGE_B = item(uid(5), "Document", "page-b", parent=FOLDER)
PAGE_A = item(uid(6), "Document", "page-a", parent=FOLDER)
# serializer.py, FileFieldSerializerWithBlobs (include_blobs=1).
NOTE = item(
    uid(7),
    "File",
    "note.pdf",
    parent=FOLDER,
    text=None,
    file={
        "filename": "note.pdf",
        "content-type": "application/pdf",
        "data": PDF,
        "encoding": "base64",
    },
)
# serializer.py, ImageFieldSerializerWithBlobPaths (include_blobs=2): a path relative to the
# blob storage.
PHOTO = item(
    uid(8),
    "Image",
    "photo.png",
    parent=FOLDER,
    text=None,
    image={
        "filename": "photo.png",
        "content-type": "image/png",
        "size": 100,
        "width": 8,
        "height": 6,
        "blob_path": "0x00/0x00/0x00/0x00/0x00/0x00/0x2a/0x11/0x03e8.blob",
    },
)
EN_FOLDER = item(uid(9), "Folder", "dossier", parent=EN, language="en", text=None)
EN_PAGE = item(uid(10), "Document", "page-a", parent=EN_FOLDER, language="en")

SIDE_FILES = {
    # export_other.py, ExportTranslations.all_translations: one {language: UID} per group.
    "export_translations.json": [
        {"fr": uid(3), "en": uid(9)},
        {"fr": uid(6), "en": uid(10)},
    ],
    # ExportRelations.get_all_references: "relationship" ("relatesTo" in Archetypes).
    "export_relations.json": [
        {"from_uuid": uid(5), "to_uuid": uid(6), "relationship": "relatedItems"},
        {"from_uuid": uid(5), "to_uuid": uid(7), "relationship": "relatesTo"},
        {"from_uuid": uid(6), "to_uuid": uid(5), "relationship": "isReferencing"},
    ],
    # ExportLocalRoles._get_localroles: "block" is 1 or absent; the site root is "<Portal>".
    "export_localroles.json": [
        {"uuid": uid(3), "localroles": {"equipe-ess": ["Editor", "Reader"]}, "block": 1},
        {"uuid": "<Portal>", "localroles": {"admin": ["Owner"]}},
    ],
    # ExportDefaultPages.get_default_page_info; the site root is config.SITE_ROOT.
    "export_defaultpages.json": [
        {"uuid": uid(3), "default_page": "accueil", "default_page_uuid": uid(4)},
        {"uuid": "plone_site_root", "default_page": "fr", "default_page_uuid": uid(1)},
    ],
    # ExportOrdering.all_orders: sorted by "order".
    "export_ordering.json": [
        {"uuid": uid(4), "order": 0},
        {"uuid": uid(6), "order": 1},
        {"uuid": uid(5), "order": 2},
    ],
    # export_plone_redirects: {old physical path: new physical path}, site id included.
    "export_redirects.json": {
        "/Plone/fr/ancien": "/Plone/fr/dossier/page-b",
        "/Plone/fr/disparu": "/Plone/fr/nulle-part",
    },
    # ExportMembers: groups (with their "principals") and members (with a password hash).
    "export_members.json": {
        "groups": [
            {
                "groupid": "equipe-ess",
                "title": "Équipe ESS",
                "description": "",
                "email": "",
                "roles": [],
                "groups": [],
                "principals": ["agent2"],
            }
        ],
        "members": [
            {
                "username": name,
                "password": "{SSHA}aGFzaA==",
                "roles": ["Member"],
                "groups": groups,
                "email": f"{name}@example.org",
                "listed": True,
                "login_time": "2000-01-01T00:00:00+00:00",
                "last_login_time": "2000-01-01T00:00:00+00:00",
                "fullname": fullname,
                "home_page": "",
                "location": "",
                "description": "",
            }
            for name, fullname, groups in (
                ("agent1", "Agent Un", ["equipe-ess"]),
                ("agent2", "Agent Deux", []),
            )
        ],
    },
    # ExportDiscussion.all_discussions: {uuid, conversation}.
    "export_discussion.json": [
        {
            "uuid": uid(5),
            "conversation": {
                "@id": f"{PAGE_B['@id']}/@comments",
                "items_total": 1,
                "items": [{"comment_id": "1", "text": {"data": "Merci"}, "in_reply_to": None}],
            },
        }
    ],
}


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def real_export(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    items = [FR, EN, FOLDER, FRONT, PAGE_B, PAGE_A, NOTE, PHOTO, EN_FOLDER, EN_PAGE]
    # ExportContent writes "[" item "," item … "]" with sort_keys and indent=4.
    (folder / "Plone.json").write_text(
        "[" + ",".join(json.dumps(i, sort_keys=True, indent=4) for i in items) + "]",
        encoding="utf-8",
    )
    # …and nothing at all when no item matched.
    (folder / "Event.json").write_text("", encoding="utf-8")
    for name, data in SIDE_FILES.items():
        write(folder / name, data)
    blob = tmp_path / "blobstorage" / PHOTO["image"]["blob_path"]
    blob.parent.mkdir(parents=True)
    blob.write_bytes(_png())
    return folder


@pytest.fixture
def report(intranet, real_export):
    return run([real_export], intranet.mapping, blob_root=str(real_export.parent / "blobstorage"))


def test_content_shapes_import_without_failure(report):
    assert report.failures == []
    assert report.read == 10
    assert "workflow_history" not in report.unmapped_fields
    assert not any(k.startswith("exportimport.") for k in report.unmapped_fields)
    photo = target(uid(8))
    assert isinstance(photo, get_image_model())
    assert (photo.width, photo.height) == (8, 6)
    assert target(uid(7)).file.read().startswith(b"%PDF")


def test_translation_groups_link_the_pages(report):
    for french, english in ((uid(3), uid(9)), (uid(6), uid(10))):
        assert target(french).translation_key == target(english).translation_key
        assert target(english).locale.language_code == "en"


def test_relationship_key_and_archetypes_name_become_related_content(report):
    page = target(uid(5))
    kinds = [block.block_type for block in page.body]
    assert "documents" in kinds  # the "relatesTo" relation to the PDF
    html = "".join(str(block.value) for block in page.body if block.block_type == "paragraph")
    assert target(uid(6)).title in html  # the "relatedItems" relation to page A
    assert "relation relatesTo" not in report.unmapped_other
    assert report.unmapped_other["relation isReferencing"] == 1


def test_local_roles_with_block_1_restrict_and_grant(report):
    folder = target(uid(3))
    restriction = PageViewRestriction.objects.get(page=folder)
    assert [g.name for g in restriction.groups.all()] == ["Équipe ESS"]
    assert GroupPagePermission.objects.filter(
        group__name="Équipe ESS", page=folder, permission__codename="change_page"
    ).exists()
    assert report.unmapped_other["local roles of the site root"] == 1


def test_default_page_with_its_uuid_is_merged_into_its_folder(report):
    assert target(uid(4)).pk == target(uid(3)).pk
    assert report.unmapped_other["default page of the site root"] == 1


def test_ordering_puts_siblings_in_plone_order(report):
    folder = target(uid(3))
    slugs = [child.slug for child in folder.get_children()]
    assert slugs == ["page-a", "page-b"]


def test_redirects_given_as_physical_paths(report, reader_client):
    response = reader_client.get("/fr/ancien")
    assert response.status_code == 301
    assert response["Location"].rstrip("/").endswith(target(uid(5)).url.rstrip("/"))
    assert any(r["reference"].endswith("/fr/nulle-part") for r in report.broken_references)


def test_members_and_group_principals(report):
    users = get_user_model().objects
    group = Group.objects.get(name="Équipe ESS")
    for name in ("agent1", "agent2"):
        user = users.get(username=name)
        assert not user.has_usable_password()
        assert group in user.groups.all()
    assert users.get(username="agent1").get_full_name() == "Agent Un"


def test_comments_are_reported_as_not_imported(report):
    assert report.unmapped_other["comments (side file not imported)"] == 1


@pytest.mark.parametrize(
    ("site_url", "expected"),
    [(SITE, "/fr/a"), ("https://intranet.example", "/fr/a")],
)
def test_physical_paths_drop_the_site_id_even_behind_virtual_hosting(tmp_path, site_url, expected):
    root = dict(ROOT, **{"@id": site_url})
    export = Export([write(tmp_path / "content.json", [item(uid(1), "Folder", "fr", root)])])
    export.scan()
    assert export.physical_to_old_path("/Plone/fr/a") == expected
    assert export.physical_to_old_path(f"{site_url}/fr/a") == "/fr/a"
