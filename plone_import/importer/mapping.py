"""The mapping from Plone types, states and places to Wagtail, with its documented default.

A mapping file is JSON; every key is optional and overrides the default key by key::

    {
      "types": {"Event": "pages.StandardPage", "Link": "redirect"},
      "states": {"private": "restricted"},
      "places": {"/directions/dgdu": 42, "/intranet": "/"},
      "skip": ["/archives", "/Members"],
      "users": {"jdupont": "jean.dupont"},
      "restricted_groups": ["Administrateurs"]
    }

``types``: Plone ``@type`` → ``pages.StandardPage``, ``pages.UpdatePage``, ``document``,
``image``, ``redirect`` (a Link becomes a redirect from its old path to its target), ``root``
(the item is the site root itself: a language root folder) or ``skip``.
``states``: ``review_state`` → ``live``, ``draft`` or ``restricted`` (live behind a view
restriction to the groups holding a local Reader role, else to ``restricted_groups``).
``places``: a Plone path → an existing Wagtail page (id or URL path): that item is not created,
its children go under that page (a directorate, typically, so news items become its updates).
``skip``: Plone paths not imported, with everything below them.
``users``: Plone user id → Django username, when they differ.
"""

import hashlib
import json

from django.utils.translation import gettext as _

PAGE_TYPES = {"pages.StandardPage", "pages.UpdatePage"}
OTHER_TARGETS = {"document", "image", "redirect", "root", "skip"}
STATES = {"live", "draft", "restricted"}

DEFAULT_MAPPING = {
    "types": {
        "Plone Site": "root",
        "LRF": "root",
        "Folder": "pages.StandardPage",
        "Document": "pages.StandardPage",
        "News Item": "pages.UpdatePage",
        # No event page type yet: an event becomes a standard page whose body starts with its
        # dates, place and contact.
        "Event": "pages.StandardPage",
        "Collection": "pages.StandardPage",
        "Link": "redirect",
        "File": "document",
        "Image": "image",
    },
    "states": {
        "published": "live",
        "internally_published": "live",
        "external": "live",
        "visible": "live",
        "private": "draft",
        "internal": "draft",
        "pending": "draft",
        "internal_draft": "draft",
    },
    "default_state": "draft",
    "places": {},
    "skip": [],
    "users": {},
    "restricted_groups": ["Administrateurs"],
}


class MappingError(ValueError):
    pass


class Mapping:
    """The effective mapping: the default, overridden by a mapping file."""

    def __init__(self, data=None):
        merged = json.loads(json.dumps(DEFAULT_MAPPING))
        for key, value in (data or {}).items():
            if key not in merged:
                raise MappingError(_("Unknown key in the mapping file: %(key)s") % {"key": key})
            if isinstance(merged[key], dict):
                if not isinstance(value, dict):
                    raise MappingError(_("'%(key)s' must be an object") % {"key": key})
                merged[key].update(value)
            else:
                merged[key] = value
        self._validate(merged)
        self.data = merged
        self.types = merged["types"]
        self.states = merged["states"]
        self.places = {_norm(path): target for path, target in merged["places"].items()}
        self.skip = [_norm(path) for path in merged["skip"]]
        self.users = merged["users"]
        self.restricted_groups = merged["restricted_groups"]
        self.checksum = hashlib.sha1(json.dumps(merged, sort_keys=True).encode()).hexdigest()[:12]

    @classmethod
    def from_file(cls, path):
        try:
            with open(path, encoding="utf-8") as handle:
                return cls(json.load(handle))
        except (OSError, ValueError) as error:
            if isinstance(error, MappingError):
                raise
            raise MappingError(
                _("Cannot read the mapping file %(path)s: %(error)s")
                % {"path": path, "error": error}
            ) from error

    @staticmethod
    def _validate(data):
        for plone_type, target in data["types"].items():
            if target not in PAGE_TYPES | OTHER_TARGETS:
                raise MappingError(
                    _("Unknown target %(target)s for the Plone type %(type)s")
                    % {"target": target, "type": plone_type}
                )
        for state, target in [*data["states"].items(), ("default_state", data["default_state"])]:
            if target not in STATES:
                raise MappingError(
                    _("Unknown target %(target)s for the state %(state)s")
                    % {"target": target, "state": state}
                )

    def target(self, plone_type):
        return self.types.get(plone_type)

    def state(self, review_state):
        return self.states.get(review_state or "", self.data["default_state"])

    def skipped(self, plone_path):
        return any(plone_path == p or plone_path.startswith(p.rstrip("/") + "/") for p in self.skip)


def _norm(path):
    return "/" + str(path).strip("/")
