"""The static export: the public content as files a web server can serve as is.

Layout of the output (served at the root of a host)::

    index.html                      language choice
    static/                         the theme (CSS, logo)
    <lang>/index.html               the public pages of that language
    <lang>/pages.json               all of them, as the API gives them
    <lang>/updates.atom             the Atom feed of public updates
    <lang>/<path>/index.html        each page, rendered with the theme
    <lang>/<path>/index.json        each page, as data
    media/images/…                  the image renditions the pages use
    documents/<id>/<file>           the documents the pages link to

Everything comes from ``PublicRenderer`` (the whitelisted public version of servable pages),
so the export holds exactly what the API serves.
"""

import json
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from public.content import PublicRenderer
from public.handoff import record_handoffs
from public.models import HandOffChannel
from public.selection import public_locales, servable_pages

THEME_FILES = ["css/intranet.css", "img/logo.svg", "img/favicon.svg"]


class ExportRenderer(PublicRenderer):
    """Public data whose files are copied next to the pages (root-relative URLs)."""

    def __init__(self):
        super().__init__()
        self.files = {}  # path in the output -> name in the default storage

    def file_url(self, url):
        if url.startswith(settings.MEDIA_URL):
            name = url[len(settings.MEDIA_URL) :]
            self.files[f"media/{name}"] = name
            return f"/media/{name}"
        return url

    def document_file_url(self, document):
        target = f"documents/{document.pk}/{document.filename}"
        self.files[target] = document.file.name
        return "/" + target


def _write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as handle:
        handle.write(content)


def _json(data):
    return json.dumps(data, ensure_ascii=False, indent=2)


def _atom(locale, pages):
    """The Atom feed of the public updates among ``pages`` (dicts of one locale)."""
    base = settings.PUBLIC_SITE_URL.rstrip("/")
    feed = Atom1Feed(
        title=_("ESS roadmap of Nantes Métropole: news"),
        link=f"{base}/{locale.language_code}/",
        description=_("Public content of the responsible social and solidarity economy roadmap."),
        language=locale.language_code,
    )
    for data in pages:
        if data["type"] != "pages.UpdatePage":
            continue
        feed.add_item(
            title=data["title"],
            link=base + data["url"],
            description=data["summary"],
            unique_id=f"urn:uuid:{data['translation_key']}",
        )
    return feed.writeString("utf-8")


def export_public(output, archive=False):
    """Write the export into the folder ``output`` (or a .zip when ``archive``); return stats."""
    output = Path(output)
    if archive:
        with tempfile.TemporaryDirectory() as folder:
            stats = _export_to(Path(folder))
            base = output.with_suffix("") if output.suffix == ".zip" else output
            stats["path"] = shutil.make_archive(str(base), "zip", folder)
        return stats
    if output.exists() and any(output.iterdir()):
        raise FileExistsError(output)
    stats = _export_to(output)
    stats["path"] = str(output)
    return stats


def _export_to(root):
    root.mkdir(parents=True, exist_ok=True)
    renderer = ExportRenderer()
    stats = {"pages": 0, "files": 0, "locales": []}
    exported_pages = []
    locales = list(public_locales())
    for locale in locales:
        pages = list(servable_pages(locale).specific().order_by("path"))
        if not pages:
            continue
        with translation.override(locale.language_code):
            datas = [renderer.page_data(page) for page in pages]
            for data in datas:
                folder = root / data["url"].strip("/")
                if data["url"].strip("/") != locale.language_code:
                    html = render_to_string(
                        "public/export/page.html", {"page": data, "language": locale}
                    )
                    _write(folder / "index.html", html)
                _write(folder / "index.json", _json(data))
            home = next((d for d in datas if d["url"].strip("/") == locale.language_code), None)
            others = [d for d in datas if d is not home]
            index = render_to_string(
                "public/export/index.html", {"home": home, "pages": others, "language": locale}
            )
            _write(root / locale.language_code / "index.html", index)
            _write(root / locale.language_code / "pages.json", _json(datas))
            _write(root / locale.language_code / "updates.atom", _atom(locale, datas))
        stats["pages"] += len(datas)
        stats["locales"].append(locale.language_code)
        exported_pages.extend(pages)

    _write(
        root / "index.html",
        render_to_string("public/export/languages.html", {"languages": stats["locales"]}),
    )
    for name in THEME_FILES:
        found = finders.find(name)
        if found:
            _write(root / "static" / name, Path(found).read_bytes())
    for target, name in renderer.files.items():
        with default_storage.open(name, "rb") as handle:
            _write(root / target, handle.read())
        stats["files"] += 1
    record_handoffs(exported_pages, HandOffChannel.EXPORT)
    return stats
