"""Reading a collective.exportimport export: content files, side files, and the import order.

The content is indexed in one streaming pass (``ItemRef``: where each item sits in its file and
the few keys ordering needs); side files are small and loaded whole. ``Export.plan()`` then gives
the order in which items can be imported (media first, parents before children, the source of a
translation before it, siblings in their Plone order) and the items that cannot be (missing
parent, cycle, duplicate UID), each with its reason.
"""

import heapq
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from plone_import.importer.reader import ReadError, iter_array, read_raw

# Side files, recognised by a word in their file name. collective.exportimport names them
# after its views (configure.zcml, BaseExport.download): export_translations.json,
# export_relations.json, export_localroles.json, export_defaultpages.json, export_ordering.json,
# export_redirects.json, export_members.json, export_discussion.json, export_portlets.json.
SIDE_FILES = {
    "translations": ("translation",),
    "relations": ("relation",),
    "localroles": ("localrole", "local_role"),
    "defaultpages": ("defaultpage", "default_page"),
    "ordering": ("ordering", "position"),
    "redirects": ("redirect",),
    "members": ("member", "principal", "group"),
    "discussion": ("discussion", "comment"),
    "portlets": ("portlet",),
}
MEDIA_TYPES = {"File", "Image"}
ROOT_TYPES = {"Plone Site", "LRF"}


@dataclass(eq=False)
class ItemRef:
    """Where an item is and what ordering needs to know about it (a few hundred bytes)."""

    seq: int
    file: str
    offset: int
    length: int
    json_path: str
    uid: str = ""
    type: str = ""
    id: str = ""
    plone_path: str = ""
    parent_uid: str = ""
    parent_path: str = ""
    parent_is_root: bool = False
    language: str = ""
    error: str = ""
    depends_on: list = field(default_factory=list)

    def load(self):
        """(item, raw bytes) read again from the file."""
        raw = read_raw(self.file, self.offset, self.length)
        return json.loads(raw.decode("utf-8")), raw


def language_code(value):
    """The language of an item: a plain code or a ``{token, title}`` vocabulary term."""
    if isinstance(value, dict):
        value = value.get("token")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"'language' has a wrong type ({type(value).__name__})")
    return value.split("-")[0].lower()


class Export:
    """Every file of one export, indexed; see the module docstring."""

    def __init__(self, paths, plone_root=None, max_item_bytes=None):
        self.content_files = []
        self.side = {name: [] for name in SIDE_FILES}
        self.file_errors = []  # (json path, reason)
        self.refs = []
        self.by_uid = {}
        self.plone_root = plone_root
        self.max_item_bytes = max_item_bytes
        for path in paths:
            self._add_path(Path(path))

    # -- files -----------------------------------------------------------------------------

    def _add_path(self, path):
        if path.is_dir():
            for child in sorted(path.rglob("*.json")):
                self._add_file(child)
        elif path.exists():
            self._add_file(path)
        else:
            self.file_errors.append((str(path), "no such file or directory"))

    def _add_file(self, path):
        kind = side_file_kind(path.name)
        if kind is None:
            self.content_files.append(path)
            return
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as error:
            self.file_errors.append((str(path), f"unreadable side file: {error}"))
            return
        self.side[kind].append(data)

    def side_items(self, kind):
        """Every entry of the side files of ``kind`` (lists are concatenated)."""
        for data in self.side[kind]:
            if isinstance(data, list):
                yield from data
            elif kind in ("redirects", "members"):
                yield data
            else:
                yield from ()

    # -- indexing --------------------------------------------------------------------------

    def scan(self, progress=None):
        """Index every content item (one streaming pass); return the number read."""
        kwargs = {"max_item_bytes": self.max_item_bytes} if self.max_item_bytes else {}
        for path in self.content_files:
            try:
                for element in iter_array(path, **kwargs):
                    ref = ItemRef(
                        seq=len(self.refs),
                        file=str(path),
                        offset=element.offset,
                        length=element.length,
                        json_path=f"{path.name}[{element.index}]",
                    )
                    self._describe(ref, element.value)
                    self.refs.append(ref)
                    if progress:
                        progress.advance()
            except ReadError as error:
                where = f"{path.name} (byte {error.offset})" if error.offset is not None else path
                self.file_errors.append((str(where), str(error)))
            except OSError as error:
                self.file_errors.append((str(path), str(error)))
        self._detect_root()
        for ref in self.refs:
            if not ref.error:
                self._place(ref)
        return len(self.refs)

    def _describe(self, ref, item):
        if not isinstance(item, dict):
            ref.error = f"an item must be a JSON object, not {type(item).__name__}"
            return
        try:
            ref.uid = _text(item, "UID", required=True)
            ref.type = _text(item, "@type", required=True)
            ref.id = _text(item, "id")
            ref._url = _text(item, "@id", required=True)
            parent = item.get("parent") or {}
            if not isinstance(parent, dict):
                raise ValueError("'parent' must be an object")
            ref.parent_uid = _text(parent, "UID")
            ref._parent_url = _text(parent, "@id")
            ref.parent_is_root = parent.get("@type") in ROOT_TYPES or not ref.parent_uid
            if parent.get("@type") == "Plone Site":
                ref._site_url = ref._parent_url
            ref.language = language_code(item.get("language"))
        except ValueError as error:
            ref.error = str(error)
            return
        if ref.uid in self.by_uid:
            ref.error = f"duplicate UID {ref.uid} (first at {self.by_uid[ref.uid].json_path})"
            return
        self.by_uid[ref.uid] = ref

    def _detect_root(self):
        """The site root's path: given, or the parent of top-level items, or the commonest."""
        if self.plone_root is not None:
            self.root_path = "/" + self.plone_root.strip("/") if self.plone_root.strip("/") else ""
            return
        sites = Counter(
            urlparse(r._site_url).path.rstrip("/") for r in self.refs if getattr(r, "_site_url", "")
        )
        if sites:
            self.root_path = sites.most_common(1)[0][0]
            return
        firsts = Counter(
            "/" + urlparse(r._url).path.strip("/").split("/")[0]
            for r in self.refs
            if getattr(r, "_url", "")
        )
        self.root_path = firsts.most_common(1)[0][0] if firsts else ""

    def old_path(self, url):
        """``http://host/Plone/a/b`` → ``/a/b`` (the part of ``@id`` after the site root)."""
        path = urlparse(url).path.rstrip("/")
        if self.root_path and (path == self.root_path or path.startswith(self.root_path + "/")):
            path = path[len(self.root_path) :]
        return path or "/"

    def physical_to_old_path(self, path):
        """A Zope physical path (``/Plone/a/b``, as the redirect storage keeps them) → ``/a/b``.

        Its first segment is the site's id even when ``@id`` URLs omit it (virtual hosting),
        so it is dropped unless the known site root path is there. URLs go to ``old_path``.
        """
        if not path.startswith("/"):
            return self.old_path(path)
        path = path.rstrip("/")
        if self.root_path and (path == self.root_path or path.startswith(self.root_path + "/")):
            return path[len(self.root_path) :] or "/"
        return "/" + path.strip("/").partition("/")[2]

    def _place(self, ref):
        ref.plone_path = self.old_path(ref._url)
        ref.parent_path = self.old_path(ref._parent_url) if ref._parent_url else "/"
        if ref.parent_path == "/" and not ref.parent_uid:
            ref.parent_is_root = True

    # -- ordering --------------------------------------------------------------------------

    def plan(self, translation_sources, positions, known_uids):
        """Return (ordered refs, {ref: reason}) — see the module docstring.

        ``translation_sources`` maps a UID to the UID it is a translation of, ``positions`` a
        UID to its position among its siblings, ``known_uids`` tells whether a UID outside
        the export was imported by an earlier run.
        """
        failed = {}
        children = {}
        waiting = {}
        ready = []
        for ref in self.refs:
            if ref.error:
                failed[ref.seq] = ref.error
                continue
            deps = []
            if ref.type not in MEDIA_TYPES and not ref.parent_is_root:
                if ref.parent_uid in self.by_uid:
                    deps.append(ref.parent_uid)
                elif not known_uids(ref.parent_uid):
                    failed[ref.seq] = f"missing parent {ref.parent_uid or ref.parent_path}"
                    continue
            source = translation_sources.get(ref.uid)
            if source in self.by_uid and source != ref.uid:
                deps.append(source)
            ref.depends_on = deps
            waiting[ref.seq] = len(deps)
            for dep in deps:
                children.setdefault(dep, []).append(ref)
            if not deps:
                heapq.heappush(ready, self._key(ref, positions))
        order = []
        while ready:
            *_, seq = heapq.heappop(ready)
            ref = self.refs[seq]
            order.append(ref)
            for child in children.get(ref.uid, ()):
                if child.seq in failed:
                    continue
                waiting[child.seq] -= 1
                if waiting[child.seq] == 0:
                    heapq.heappush(ready, self._key(child, positions))
        placed = {ref.seq for ref in order}
        for seq in waiting:
            if seq not in placed and seq not in failed:
                failed[seq] = self._blocked_reason(self.refs[seq], failed, placed)
        return order, {self.refs[seq]: reason for seq, reason in failed.items()}

    @staticmethod
    def _key(ref, positions):
        return (0 if ref.type in MEDIA_TYPES else 1, positions.get(ref.uid, 0), ref.seq)

    def _blocked_reason(self, ref, failed, placed):
        chain = [ref]
        seen = {ref.uid}
        while chain[-1].parent_uid in self.by_uid:
            parent = self.by_uid[chain[-1].parent_uid]
            if parent.uid in seen:
                return "cycle in parents"
            seen.add(parent.uid)
            chain.append(parent)
        for ancestor in chain[1:]:
            if ancestor.seq in failed:
                return f"parent {ancestor.uid} cannot be imported"
        return "depends on an item that cannot be imported"


def side_file_kind(name):
    lowered = name.lower()
    for kind, words in SIDE_FILES.items():
        if any(word in lowered for word in words):
            return kind
    return None


def _text(data, key, required=False):
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise ValueError(f"'{key}' is missing")
        return ""
    if not isinstance(value, str):
        raise ValueError(f"'{key}' has a wrong type ({type(value).__name__})")
    return value
