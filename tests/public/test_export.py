"""``manage.py export_public``: static HTML, JSON, Atom, renditions and documents, per locale."""

import json
import zipfile
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from public.models import HandOff, HandOffChannel
from tests.public.conftest import SECRET


def export(output, *args):
    out = StringIO()
    call_command("export_public", str(output), *args, stdout=out)
    return out.getvalue()


def all_text(folder):
    return "\n".join(
        path.read_bytes().decode("utf-8", "replace") for path in folder.rglob("*") if path.is_file()
    )


def test_export_writes_a_servable_site(tmp_path, public_tree):
    t = public_tree
    summary = export(tmp_path / "site")
    assert "4 page(s)" in summary
    site = tmp_path / "site"
    page_dir = site / "fr" / "directions" / t.directorate.slug / t.update.slug
    html = (page_dir / "index.html").read_text()
    assert "<h1>Une recyclerie ouvre</h1>" in html
    assert '<link rel="stylesheet" href="/static/css/intranet.css">' in html
    assert (site / "static" / "css" / "intranet.css").exists()
    data = json.loads((page_dir / "index.json").read_text())
    assert data["title"] == "Une recyclerie ouvre"
    # The image rendition and the public document are copied and linked with local URLs.
    image_url = data["body"][1]["value"]["image"]["large"]["url"]
    assert image_url.startswith("/media/images/") and (site / image_url.lstrip("/")).exists()
    document_url = data["body"][2]["value"]["documents"][0]["url"]
    assert (site / document_url.lstrip("/")).read_bytes() == b"contenu"
    assert f'href="{document_url}"' in html
    # Per locale: index, JSON list and Atom feed.
    english = json.loads((site / "en" / "pages.json").read_text())
    assert [p["title"] for p in english] == ["A reuse shop opens"]
    assert "A reuse shop opens" in (site / "en" / "updates.atom").read_text()
    assert "Projet public" in (site / "fr" / "index.html").read_text()
    assert (site / "index.html").exists()


def test_export_holds_nothing_internal(tmp_path, public_tree):
    export(tmp_path / "site")
    text = all_text(tmp_path / "site")
    assert SECRET not in text
    assert "987654321" not in text
    assert "Ouverture d'une recyclerie" not in text
    assert not list((tmp_path / "site").rglob(f"documents/{public_tree.secret_doc.pk}/*"))


def test_export_records_the_hand_off(tmp_path, public_tree):
    export(tmp_path / "site")
    handoff = HandOff.objects.get(page=public_tree.update, channel=HandOffChannel.EXPORT)
    assert handoff.revision_id == public_tree.update.live_revision_id


def test_archive(tmp_path, public_tree):
    export(tmp_path / "public.zip", "--archive")
    with zipfile.ZipFile(tmp_path / "public.zip") as archive:
        names = archive.namelist()
        assert "fr/pages.json" in names and "static/css/intranet.css" in names
        assert not any(SECRET.encode() in archive.read(name) for name in names)


def test_refuses_a_folder_that_is_not_empty(tmp_path, public_tree):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "keep.txt").write_text("x")
    with pytest.raises(CommandError, match="not empty|pas vide"):
        export(tmp_path / "site")
