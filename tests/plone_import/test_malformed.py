"""Malformed input: a clear error for that item, the rest imported, the exit status says so."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.db.models.signals import post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision

from pages.models import StandardPage
from plone_import.models import ImportedObject
from tests.plone_import.conftest import run
from tests.plone_import.exports import item, uid, write

GOOD_FOLDER = item(uid(1), "Folder", "bon-dossier", text=None)
GOOD_PAGE = item(uid(2), "Document", "bonne-page", parent=GOOD_FOLDER)


def reasons(report):
    return {failure["json_path"]: failure["reason"] for failure in report.failures}


@pytest.fixture
def malformed(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    unknown = item(uid(20), "PloneFormGen", "formulaire")
    x = item(
        uid(30),
        "Folder",
        "x",
        parent={"@id": f"{GOOD_FOLDER['@id']}/y", "@type": "Folder", "UID": uid(31)},
    )
    y = item(
        uid(31),
        "Folder",
        "y",
        parent={"@id": f"{GOOD_FOLDER['@id']}/x", "@type": "Folder", "UID": uid(30)},
    )
    items = [
        GOOD_FOLDER,
        GOOD_PAGE,
        42,
        item(uid(3), "Document", "titre-liste", title=["pas", "un", "titre"]),
        item(
            uid(4),
            "Document",
            "orpheline",
            parent={"@id": "http://plone.example/Plone/disparu", "@type": "Folder", "UID": uid(99)},
        ),
        x,
        y,
        item(uid(2), "Document", "doublon"),
        unknown,
        item(uid(21), "Document", "sous-formulaire", parent=unknown),
        item(
            uid(5),
            "File",
            "mauvais.pdf",
            file={"data": "pas du base64 !!", "encoding": "base64", "filename": "m.pdf"},
        ),
        item(
            uid(6),
            "File",
            "absent.pdf",
            file={"blob_path": "/nulle/part/blob.pdf", "filename": "absent.pdf"},
        ),
        item(
            uid(7),
            "Document",
            "enorme",
            text={"data": "<p>" + "a" * (50 * 2**20) + "</p>", "content-type": "text/html"},
        ),
        item(uid(8), "Document", "date", effective="pas une date"),
        item(
            uid(9),
            "Image",
            "image-cassee.png",
            image={"data": "aGVsbG8=", "encoding": "base64", "filename": "i.png"},
        ),
    ]
    write(folder / "content.json", items)
    good = item(uid(10), "Document", "avant-la-coupure")
    (folder / "tronque.json").write_text(
        "[" + json.dumps(good) + ', {"@id": "http://plone.example/Plone/coupe", "title": "Co',
        encoding="utf-8",
    )
    return folder


def test_each_malformed_item_fails_alone(intranet, malformed):
    report = run([malformed], intranet.mapping)
    failed = reasons(report)
    assert failed["content.json[2]"] == "an item must be a JSON object, not int"
    assert "'title' has a wrong type" in failed["content.json[3]"]
    assert "missing parent" in failed["content.json[4]"]
    assert failed["content.json[5]"] == "cycle in parents"
    assert failed["content.json[6]"] == "cycle in parents"
    assert "duplicate UID" in failed["content.json[7]"]
    assert "unknown @type 'PloneFormGen'" in failed["content.json[8]"]
    assert "could not be imported" in failed["content.json[9]"]
    assert "bad base64" in failed["content.json[10]"]
    assert "blob path does not exist" in failed["content.json[11]"]
    assert "'text' is too large (50.0 MB" in failed["content.json[12]"]
    assert "'effective' is not a date" in failed["content.json[13]"]
    assert "not a readable image" in failed["content.json[14]"]
    truncated = [f for f in report.failures if f["json_path"].startswith("tronque.json")]
    assert truncated and "truncated" in truncated[0]["reason"]
    assert report.unmapped_types["PloneFormGen"] == 1
    # The good items are imported, including the one before the cut in the truncated file.
    titles = set(StandardPage.objects.values_list("title", flat=True))
    assert {"Titre bon-dossier", "Titre bonne-page", "Titre avant-la-coupure"} <= titles
    assert not StandardPage.objects.filter(title__in=["Titre orpheline", "Titre enorme"]).exists()
    assert ImportedObject.objects.count() == 3


def test_command_exit_status_says_items_failed(intranet, malformed, tmp_path):
    report_path = tmp_path / "rapport.json"
    with pytest.raises(CommandError) as raised:
        call_command(
            "import_plone",
            str(malformed),
            "--site-root",
            str(intranet.home.pk),
            "--report",
            str(report_path),
        )
    assert raised.value.returncode == 2
    data = json.loads(report_path.read_text(encoding="utf-8"))
    assert data["totals"]["failed"] == len(data["failures"]) >= 13
    assert all(f["json_path"] and f["reason"] for f in data["failures"])


def test_failure_midway_leaves_nothing_half_created(intranet, tmp_path):
    """A database error after the page was added to the tree rolls the whole item back."""
    export = write(tmp_path / "content.json", [GOOD_FOLDER, GOOD_PAGE])

    def fail_on_save(sender, instance, **kwargs):
        if getattr(instance, "title", "") == "Titre bonne-page":
            raise RuntimeError("disk full")

    before = (Page.objects.count(), Revision.objects.count(), Redirect.objects.count())
    post_save.connect(fail_on_save, sender=StandardPage)
    try:
        report = run([export], intranet.mapping)
    finally:
        post_save.disconnect(fail_on_save, sender=StandardPage)
    assert reasons(report) == {"content.json[1]": "RuntimeError: disk full"}
    assert not Page.objects.filter(title="Titre bonne-page").exists()
    assert not ImportedObject.objects.filter(uid=uid(2)).exists()
    assert not Redirect.objects.filter(old_path="/bon-dossier/bonne-page").exists()
    assert Page.objects.count() == before[0] + 1
    assert Revision.objects.count() == before[1] + 1
    assert Redirect.objects.count() == before[2] + 1
    # Run again once the cause is gone: the item is imported, the folder left alone.
    again = run([export], intranet.mapping)
    assert again.failures == []
    assert again.totals()["created"] == 1 and again.totals()["unchanged"] == 1


def test_unreadable_mapping_file_is_a_clear_error(intranet, tmp_path):
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"types": {"Document": "pages.Inexistante"}}', encoding="utf-8")
    export = write(tmp_path / "content.json", [GOOD_FOLDER])
    with pytest.raises(CommandError, match="pages.Inexistante"):
        call_command("import_plone", str(export), "--mapping", str(mapping))
    mapping.write_text("{pas du json", encoding="utf-8")
    with pytest.raises(CommandError, match=str(mapping)):
        call_command("import_plone", str(export), "--mapping", str(mapping))


def test_missing_export_path_is_reported(intranet, tmp_path):
    report = run([tmp_path / "absent"], intranet.mapping)
    assert report.failures[0]["reason"] == "no such file or directory"
