"""Idempotence, updates, resume after an interruption, and the dry run."""

import json
import shutil

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from plone_import.models import ImportedObject
from tests.plone_import.conftest import run


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "redirects": Redirect.objects.count(),
        "imported": ImportedObject.objects.count(),
    }


def test_second_run_creates_nothing(intranet, small_export):
    first = run([small_export.folder], intranet.mapping)
    assert first.failures == []
    before = counts()
    second = run([small_export.folder], intranet.mapping)
    assert second.totals()["created"] == 0
    assert second.totals()["updated"] == 0
    assert second.totals()["unchanged"] == small_export.items
    assert counts() == before


def test_changed_item_is_updated_in_place(intranet, small_export, tmp_path):
    run([small_export.folder], intranet.mapping)
    copy = tmp_path / "export"
    shutil.copytree(small_export.folder, copy)
    content = json.loads((copy / "content.json").read_text(encoding="utf-8"))
    uid = small_export.uids["document"]
    item = next(i for i in content if i["UID"] == uid)
    item["title"] = "Titre modifié dans Plone"
    (copy / "content.json").write_text(json.dumps(content), encoding="utf-8")
    before = counts()
    report = run([copy], intranet.mapping)
    assert report.totals()["created"] == 0
    assert report.by_type["Document"]["updated"] == 1
    page = ImportedObject.objects.get(uid=uid).target
    page.refresh_from_db()
    assert page.title == "Titre modifié dans Plone"
    assert counts()["pages"] == before["pages"]


def test_stopped_run_resumes(intranet, small_export):
    stopped = run([small_export.folder], intranet.mapping, stop_after=30)
    done = sum(stopped.totals().values())
    assert 0 < done <= 30
    resumed = run([small_export.folder], intranet.mapping)
    assert resumed.failures == []
    totals = resumed.totals()
    assert totals["unchanged"] >= done - 5  # items with links to later items are redone
    assert totals["created"] + totals["updated"] + totals["unchanged"] == small_export.items
    assert ImportedObject.objects.count() == small_export.items
    assert len(set(ImportedObject.objects.values_list("uid", flat=True))) == small_export.items
    assert not ImportedObject.objects.filter(complete=False).exists()


def test_dry_run_writes_nothing(intranet, small_export):
    before = counts()
    report = run([small_export.folder], intranet.mapping, dry_run=True)
    assert counts() == before
    assert report.dry_run
    assert report.failures == []
    assert report.totals()["created"] == small_export.items
    assert report.unmapped_blocks or report.broken_references


def test_dry_run_after_an_import_reports_updates_and_unchanged(intranet, small_export):
    run([small_export.folder], intranet.mapping)
    report = run([small_export.folder], intranet.mapping, dry_run=True)
    assert report.totals()["created"] == 0
    assert report.totals()["unchanged"] == small_export.items
