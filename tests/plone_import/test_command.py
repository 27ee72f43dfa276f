"""``manage.py import_plone`` as an administrator runs it."""

import io
import json

from django.core.management import call_command
from wagtail.models import Page

from plone_import.models import ImportedObject


def test_dry_run_prints_a_full_report_and_writes_nothing(intranet, small_export, tmp_path):
    out, err = io.StringIO(), io.StringIO()
    pages = Page.objects.count()
    call_command(
        "import_plone",
        str(small_export.folder),
        "--dry-run",
        "--report",
        str(tmp_path / "report.csv"),
        stdout=out,
        stderr=err,
    )
    assert out.getvalue().startswith("Dry run (nothing written): ")
    assert f"{small_export.items} created" in out.getvalue()
    assert "Importing: " in err.getvalue() and "ETA" in err.getvalue()
    assert Page.objects.count() == pages
    assert not ImportedObject.objects.exists()
    assert "unmapped_block" in (tmp_path / "report.csv").read_text(encoding="utf-8")


def test_import_with_a_mapping_file(intranet, small_export, tmp_path):
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "places": {"/fr/directions/dgdu": intranet.dgdu.pk},
                "skip": ["/fr/agenda"],
                "types": {"Collection": "skip"},
            }
        ),
        encoding="utf-8",
    )
    out = io.StringIO()
    call_command(
        "import_plone",
        str(small_export.folder),
        "--mapping",
        str(mapping),
        "--site-root",
        str(intranet.home.pk),
        "--report",
        str(tmp_path / "r.json"),
        stdout=out,
        stderr=io.StringIO(),
    )
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["totals"]["failed"] == 0
    assert data["by_type"]["Event"] == {"skipped": small_export.by_type["Event"]}
    assert not ImportedObject.objects.filter(plone_path__startswith="/fr/agenda/").exists()
    assert not ImportedObject.objects.filter(plone_type="Collection").exists()
    assert str(tmp_path / "r.json") in out.getvalue()
