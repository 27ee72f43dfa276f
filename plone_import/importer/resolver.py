"""What each Plone UID (or old path) became, for link rewriting and parent lookup.

Filled as items are imported, and from what earlier runs imported (``ImportedObject``). In a dry
run nothing is imported, so an item of the export that has not failed counts as resolvable.
"""

from urllib.parse import urlparse

from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from plone_import.importer.html import Target
from plone_import.models import ImportedObject

KIND_OF_TARGET = {"document": "document", "image": "image", "redirect": "url", "root": "page"}


class Resolver:
    def __init__(self, export, mapping, dry_run=False):
        self.export = export
        self.mapping = mapping
        self.dry_run = dry_run
        self.cache = {}
        self.titles = {}
        self.failed = set()
        self.rows = {
            row["uid"]: row
            for row in ImportedObject.objects.values(
                "uid", "content_type_id", "object_id", "checksum", "complete", "plone_path"
            )
        }
        self.by_path = {ref.plone_path: ref.uid for ref in export.refs if ref.uid and not ref.error}
        for row in self.rows.values():
            self.by_path.setdefault(row["plone_path"], row["uid"])
        self.hosts = {urlparse(getattr(ref, "_url", "")).netloc for ref in export.refs} - {""}
        self._kinds = {
            ContentType.objects.get_for_model(get_document_model()).pk: "document",
            ContentType.objects.get_for_model(get_image_model()).pk: "image",
            ContentType.objects.get_for_model(Redirect).pk: "url",
        }

    def remember(self, uid, obj, title=""):
        self.cache[uid] = self.target_of(obj)
        if title:
            self.titles[uid] = title

    def target_of(self, obj):
        if isinstance(obj, Page):
            return Target("page", obj.pk)
        if isinstance(obj, Redirect):
            return Target("url", url=obj.link or "")
        kind = "document" if isinstance(obj, get_document_model()) else "image"
        return Target(kind, obj.pk, url=obj.file.url if kind == "image" else "")

    def resolve(self, uid):
        if not uid:
            return None
        if uid in self.cache:
            return self.cache[uid]
        row = self.rows.get(uid)
        if row is not None:
            target = self._from_row(row)
            if target is not None:
                self.cache[uid] = target
                return target
        if self.dry_run and self.pending(uid):
            target_type = self.mapping.target(self.export.by_uid[uid].type) or ""
            return Target(KIND_OF_TARGET.get(target_type, "page"), 0, url="#")
        return None

    def _from_row(self, row):
        kind = self._kinds.get(row["content_type_id"], "page")
        pk = row["object_id"]
        if kind == "page":
            return Target("page", pk) if Page.objects.filter(pk=pk).exists() else None
        if kind == "url":
            redirect = Redirect.objects.filter(pk=pk).first()
            return Target("url", url=redirect.link or "") if redirect else None
        model = get_document_model() if kind == "document" else get_image_model()
        obj = model.objects.filter(pk=pk).first()
        return self.target_of(obj) if obj else None

    def pending(self, uid):
        """The UID belongs to an item of this export that may still be imported."""
        return uid in self.export.by_uid and uid not in self.failed

    def title(self, uid):
        if uid not in self.titles:
            target = self.resolve(uid)
            page = Page.objects.filter(pk=target.pk).first() if target else None
            self.titles[uid] = page.title if page else uid
        return self.titles[uid]

    def old_path_of(self, url):
        """The old Plone path a URL points to, or None for a link outside the old site."""
        parsed = urlparse(url)
        if parsed.scheme in ("http", "https"):
            if parsed.netloc not in self.hosts:
                return None
        elif parsed.scheme or not url.startswith("/"):
            return None
        root = self.export.root_path
        if root and not (parsed.path == root or parsed.path.startswith(root + "/")):
            return None
        path = self.export.old_path(url)
        for suffix in ("/view", "/@@download/file", "/@@images/image", "/image_view_fullscreen"):
            if path.endswith(suffix):
                path = path[: -len(suffix)]
        return path or "/"

    def resolve_path(self, path):
        uid = self.by_path.get(path)
        return self.resolve(uid) if uid else None

    def pending_path(self, path):
        uid = self.by_path.get(path)
        return bool(uid) and self.pending(uid)
