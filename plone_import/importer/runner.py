"""The import run: read the export, plan the order, import each item atomically, then the side
files, and fill the report.

Each item is imported in its own transaction: a failure rolls back everything that item did
and is reported with its JSON path; the items below a failed folder fail with the reason. An
item already imported with the same content (checksum of its JSON and of the mapping) is left
alone, which makes a second run a no-op and lets a stopped run resume where it was.
"""

import hashlib
import json
import logging
import time
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from plone_import.importer import media, pages, sidefiles
from plone_import.importer.errors import ItemError
from plone_import.importer.export import MEDIA_TYPES, Export
from plone_import.importer.html import uid_in
from plone_import.importer.progress import Progress
from plone_import.importer.report import Report
from plone_import.importer.resolver import Resolver
from plone_import.models import ImportedObject

# Page, document and image saves log and index one by one; during an import, the logs are
# lowered to warnings and indexing is done once, in bulk, at the end.
QUIET_LOGGERS = ("wagtail", "django_tasks", "documents")


@contextmanager
def quiet_saves():
    """Suspend search auto-indexing and info logs of saves (restored afterwards)."""
    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


COLLECTION_NAME = "Import Plone"
BATCH_SIZE = 100


class Importer:
    """One run of ``import_plone``; ``run()`` returns the Report."""

    def __init__(
        self,
        paths,
        mapping,
        dry_run=False,
        site_root=None,
        plone_root=None,
        blob_root=None,
        download=False,
        max_text_bytes=10 * 2**20,
        max_file_bytes=50 * 2**20,
        stream=None,
        stop_after=None,
        index=True,
    ):
        self.mapping = mapping
        self.dry_run = dry_run
        self.report = Report(dry_run=dry_run)
        self.export = Export(paths, plone_root=plone_root)
        self.site_root_id = site_root
        self.blob_root = blob_root
        self.download = download
        self.max_text_bytes = max_text_bytes
        self.max_file_bytes = max_file_bytes
        self.stream = stream
        self.stop_after = stop_after  # for tests: stop as if interrupted after N items
        self.default_language = settings.LANGUAGE_CODE.split("-")[0]
        self.groups = {}  # Plone group id → Django group name
        self.relations = {}
        self.localroles = {}
        self.skipped = set()
        self._users = {}
        self._locales = {}
        self._to_index = {}
        self.index = index

    # -- the run ---------------------------------------------------------------------------

    def run(self):
        start = time.monotonic()
        self.export.scan()
        self.report.read = len(self.export.refs)
        for where, reason in self.export.file_errors:
            self.report.fail(where, "", "", reason)
        self.resolver = Resolver(self.export, self.mapping, dry_run=self.dry_run)
        self.site_root = self._site_root()
        self.collection = None if self.dry_run else self._collection()
        sidefiles.load_members(self)
        sources = sidefiles.translation_sources(self)
        positions = {
            entry.get("uuid"): entry.get("order", 0)
            for entry in self.export.side_items("ordering")
            if isinstance(entry, dict) and isinstance(entry.get("order", 0), int)
        }
        sidefiles.load_relations(self)
        sidefiles.load_local_roles(self)
        self.merged = sidefiles.default_pages(self)
        sidefiles.report_ignored(self)
        order, failed = self.export.plan(sources, positions, lambda uid: uid in self.resolver.rows)
        for ref, reason in failed.items():
            self._fail(ref, reason)
            if ref.type and not self.mapping.target(ref.type) and not ref.error:
                self.report.unmapped_types[ref.type] += 1
        self.sources = sources
        progress = Progress(len(order), "Importing", self.stream)
        redo = []
        with quiet_saves(), disable_reference_index_auto_update():
            if self.stop_after is not None:
                order = order[: self.stop_after]
            for begin in range(0, len(order), BATCH_SIZE):
                # Items are committed by batches (each item is a savepoint inside): a commit per
                # item costs an fsync each. A run stopped mid-batch resumes from that batch.
                with transaction.atomic():
                    for ref in order[begin : begin + BATCH_SIZE]:
                        if self.import_ref(ref):
                            redo.append(ref)
                        progress.advance()
            progress.finish()
            # Links to items imported after them can be resolved now. What these items add
            # to the report was counted on their first pass.
            counted = self.report.counters_snapshot()
            for ref in redo:
                self.import_ref(ref, again=True)
            self.report.restore_counters(counted)
            if self.stop_after is None:
                sidefiles.apply_redirects(self)
                sidefiles.apply_local_role_permissions(self)
        self.report.elapsed = time.monotonic() - start
        if self.index and not self.dry_run:
            self._update_search_index()
        return self.report

    def touched(self, obj):
        """Remember an object saved while search indexing is suspended, to index it at the end."""
        self._to_index.setdefault(type(obj), set()).add(obj.pk)

    def _update_search_index(self):
        start = time.monotonic()
        progress = Progress(sum(map(len, self._to_index.values())), "Indexing", self.stream)
        for model, pks in self._to_index.items():
            if model not in get_indexed_models():
                continue
            pks = sorted(pks)
            for backend in get_search_backends(with_auto_update=True):
                for begin in range(0, len(pks), 500):
                    chunk = list(model.objects.filter(pk__in=pks[begin : begin + 500]))
                    backend.add_bulk(model, chunk)
                    progress.advance(len(chunk))
        progress.finish()
        self.report.index_seconds = time.monotonic() - start

    # -- one item --------------------------------------------------------------------------

    def import_ref(self, ref, again=False):
        """Import one item; return True when it must be done again (forward references)."""
        try:
            item, _raw = ref.load()
            if ref.parent_uid in self.resolver.failed and ref.type not in MEDIA_TYPES:
                raise ItemError(f"parent {ref.parent_uid} could not be imported")
            if ref.parent_uid in self.skipped or self.mapping.skipped(ref.plone_path):
                self.skipped.add(ref.uid)
                self.report.count(ref.type, "skipped")
                return False
            target = self.mapping.target(ref.type)
            if target is None:
                self.report.unmapped_types[ref.type] += 1
                raise ItemError(f"unknown @type {ref.type!r}")
            if target == "skip":
                self.skipped.add(ref.uid)
                self.report.count(ref.type, "skipped")
                return False
            body_item = self._default_page_of(ref)
            checksum = item_checksum(item, body_item, self.mapping.checksum)
            row = self.resolver.rows.get(ref.uid)
            if (
                not again
                and row
                and row["checksum"] == checksum
                and row["complete"]
                and self.resolver.resolve(ref.uid) is not None
            ):
                self.report.count(ref.type, "unchanged")
                return False
            outcome, pending = self._import(ref, item, target, body_item, checksum)
        except ItemError as error:
            self._fail(ref, str(error))
            return False
        except Exception as error:  # noqa: BLE001 -- one bad item is reported, never a traceback
            self._fail(ref, f"{type(error).__name__}: {error}")
            return False
        if not again:
            self.report.count(ref.type, outcome)
        return bool(pending) and not again

    def _import(self, ref, item, target, body_item, checksum):
        if self.dry_run:
            pending = self._prepare(ref, item, target, body_item, record=True)
            return ("updated" if ref.uid in self.resolver.rows else "created"), pending
        with transaction.atomic():
            obj, created, pending, title = self._apply(ref, item, target, body_item)
            ImportedObject.objects.update_or_create(
                uid=ref.uid,
                defaults={
                    "plone_path": ref.plone_path[:1024],
                    "plone_type": ref.type[:100],
                    "content_type": ContentType.objects.get_for_model(obj),
                    "object_id": obj.pk,
                    "checksum": checksum,
                    "complete": not pending,
                },
            )
        self.resolver.remember(ref.uid, obj, title)
        self.resolver.rows[ref.uid] = {"checksum": checksum, "complete": not pending}
        return ("created" if created else "updated"), pending

    def _prepare(self, ref, item, target, body_item, record):
        """Validation and conversion without writing (all of a dry run); returns pending refs."""
        if target in ("root", "redirect") or ref.uid in self.merged:
            return set()
        if target in ("document", "image"):
            media.read_binary(self, item, ref.type)
            return set()
        self._add_inline_relations(ref, item)
        plan = pages.prepare_page(self, ref, item, target, body_item)
        if record:
            for reference in plan.broken:
                self.report.broken(ref.json_path, ref.uid, reference)
        return plan.pending

    def _apply(self, ref, item, target, body_item):
        existing = self._existing(ref)
        place = self.mapping.places.get(ref.plone_path)
        if place is not None:
            page = self._place_page(place)
            return page, False, set(), page.title
        if target == "root":
            page = self.root_for(self._locale(ref.language))
            self.redirect(ref.plone_path, page=page)
            return page, False, set(), page.title
        if ref.uid in self.merged:  # a folder's default page: its content is on the folder
            folder = self.resolver.resolve(self.merged[ref.uid])
            if folder is None:
                raise ItemError("its folder could not be imported")
            page = Page.objects.get(pk=folder.pk)
            self.redirect(ref.plone_path, page=page)
            return page, existing is None, set(), page.title
        if target == "redirect":
            return self._apply_link(ref, item, existing)
        if target in ("document", "image"):
            obj, created = media.apply_media(self, ref, item, existing)
            self.redirect(ref.plone_path, link=obj.file.url if target == "image" else obj.url)
            suffix = "/@@download/file" if target == "document" else "/@@images/image"
            self.redirect(
                ref.plone_path + suffix, link=obj.file.url if target == "image" else obj.url
            )
            return obj, created, set(), obj.title
        self._add_inline_relations(ref, item)
        plan = pages.prepare_page(self, ref, item, target, body_item)
        locale = self._locale(plan.locale_code)
        parent = self._parent_for(ref, locale)
        if existing is None:
            existing = self._translation_copy(ref, locale)
        page, created = pages.apply_page(self, ref, plan, parent, existing)
        if not plan.pending:
            for reference in plan.broken:
                self.report.broken(ref.json_path, ref.uid, reference)
        self.redirect(ref.plone_path, page=page)
        return page, created, plan.pending, page.title

    def _apply_link(self, ref, item, existing):
        url = item.get("remoteUrl") or ""
        if not isinstance(url, str) or not url:
            raise ItemError("'remoteUrl' is missing or has a wrong type")
        url = url.replace("${portal_url}", "")
        target = None
        uid = uid_in(url)
        if uid:
            target = self.resolver.resolve(uid)
        elif self.resolver.old_path_of(url):
            target = self.resolver.resolve_path(self.resolver.old_path_of(url))
        if (uid or self.resolver.old_path_of(url)) and target is None:
            self.report.broken(ref.json_path, ref.uid, url)
        if target is not None and target.kind == "page":
            redirect = self.redirect(ref.plone_path, page=Page.objects.get(pk=target.pk))
        else:
            link = target.url if target is not None and target.url else url
            if target is not None and target.kind == "document":
                link = sidefiles.get_document_url(target.pk)
            redirect = self.redirect(ref.plone_path, link=link)
        if redirect is None:
            raise ItemError("a link at the site root cannot become a redirect")
        return redirect, existing is None, set(), ""

    # -- helpers used by the converters ----------------------------------------------------

    def user_for(self, item):
        creators = item.get("creators") or []
        if not isinstance(creators, list) or not creators or not isinstance(creators[0], str):
            return None
        name = self.mapping.users.get(creators[0], creators[0])
        if name not in self._users:
            self._users[name] = get_user_model().objects.filter(username=name).first()
        return self._users[name]

    def root_for(self, locale):
        """The site root page in ``locale``, translated (and published) when missing."""
        root = self.site_root
        if root.locale_id == locale.pk:
            return root
        translation = root.get_translation_or_none(locale)
        if translation is None:
            translation = root.copy_for_translation(locale)
            translation.save_revision().publish()
            self.touched(translation)
        return translation

    def _existing(self, ref):
        row = self.resolver.rows.get(ref.uid)
        if not row or "content_type_id" not in row:
            target = self.resolver.cache.get(ref.uid)
            if target is None:
                return None
            return self._object_for(target)
        model = ContentType.objects.get_for_id(row["content_type_id"]).model_class()
        if model is None:
            return None
        if issubclass(model, Page):
            return Page.objects.filter(pk=row["object_id"]).first()
        return model.objects.filter(pk=row["object_id"]).first()

    def _object_for(self, target):
        if target.kind == "page":
            return Page.objects.filter(pk=target.pk).first()
        if target.kind == "document":
            return get_document_model().objects.filter(pk=target.pk).first()
        if target.kind == "image":
            return get_image_model().objects.filter(pk=target.pk).first()
        return None

    def _parent_for(self, ref, locale):
        if ref.parent_is_root:
            return self.root_for(locale)
        target = self.resolver.resolve(ref.parent_uid)
        if target is None or target.kind != "page":
            raise ItemError(f"parent {ref.parent_uid} was not imported as a page")
        parent = Page.objects.get(pk=target.pk)
        if parent.locale_id != locale.pk:
            parent = parent.get_translation_or_none(locale) or parent
        return parent

    def _translation_copy(self, ref, locale):
        """For a translation whose source page exists: a copy of it in ``locale`` (same key)."""
        source_uid = self.sources.get(ref.uid)
        source = self.resolver.resolve(source_uid) if source_uid else None
        if source is None or source.kind != "page":
            return None
        page = Page.objects.get(pk=source.pk).specific
        if page.locale_id == locale.pk:
            return None
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing
        self.root_for(locale)
        return page.copy_for_translation(locale, copy_parents=True)

    def _locale(self, code):
        code = code or self.default_language
        if code not in self._locales:
            locale = Locale.objects.filter(language_code=code).first()
            languages = {lang.split("-")[0] for lang, _ in settings.WAGTAIL_CONTENT_LANGUAGES}
            if locale is None and code in languages and not self.dry_run:
                locale = Locale.objects.create(language_code=code)
            if locale is None:
                self.report.notes[f"language {code} unknown: imported in the default one"] += 1
                locale = Locale.get_default()
            self._locales[code] = locale
        return self._locales[code]

    def redirect(self, old_path, page=None, link=None):
        old = Redirect.normalise_path(old_path)
        if old in ("", "/"):
            return None
        redirect, _ = Redirect.objects.update_or_create(
            old_path=old,
            site=None,
            defaults={
                "redirect_page": page,
                "redirect_link": "" if page else (link or ""),
                "is_permanent": True,
            },
        )
        return redirect

    def _place_page(self, place):
        if isinstance(place, int) or str(place).isdigit():
            page = Page.objects.filter(pk=int(place)).first()
        else:
            path = "/" + str(place).strip("/")
            page = self.site_root
            for slug in filter(None, path.split("/")):
                page = page.get_children().filter(slug=slug).first() if page else None
        if page is None:
            raise ItemError(f"the mapping places it on {place!r}, which is not a page")
        return page.specific

    def _fail(self, ref, reason):
        if ref.uid:
            self.resolver.failed.add(ref.uid)
        self.report.fail(ref.json_path, ref.uid, ref.type, reason)

    # -- setup -----------------------------------------------------------------------------

    def _site_root(self):
        if self.site_root_id:
            page = Page.objects.filter(pk=self.site_root_id).first()
            if page is None:
                raise ItemError(f"no page with id {self.site_root_id} (--site-root)")
            return page.specific
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise ItemError("no default site: give --site-root")
        return site.root_page.specific

    def _collection(self):
        root = Collection.get_first_root_node()
        found = root.get_children().filter(name=COLLECTION_NAME).first()
        return found or root.add_child(name=COLLECTION_NAME)

    def _default_page_of(self, ref):
        child = self.default_page_of.get(ref.uid)
        if child is None or child not in self.export.by_uid:
            return None
        return self.export.by_uid[child].load()[0]

    def _add_inline_relations(self, ref, item):
        related = item.get("relatedItems") or []
        if not isinstance(related, list):
            raise ItemError("'relatedItems' has a wrong type")
        for entry in related:
            uid = entry.get("UID") if isinstance(entry, dict) else entry
            pair = ("relatedItems", uid)
            if isinstance(uid, str) and pair not in self.relations.setdefault(ref.uid, []):
                self.relations[ref.uid].append(pair)


def item_checksum(item, body_item, mapping_checksum):
    """A checksum of what an item says (not of how its file is formatted) and of the mapping."""
    canonical = json.dumps([item, body_item, mapping_checksum], sort_keys=True)
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()
