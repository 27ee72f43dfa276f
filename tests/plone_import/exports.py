"""Small hand-written exports for the malformed-input tests."""

import json

SITE = "http://plone.example/Plone"
ROOT = {"@id": SITE, "@type": "Plone Site", "title": "Plone"}


def item(uid, plone_type, item_id, parent=ROOT, **fields):
    """A plone.restapi item as collective.exportimport writes it."""
    data = {
        "@id": f"{parent['@id']}/{item_id}",
        "@type": plone_type,
        "UID": uid,
        "id": item_id,
        "parent": {"@id": parent["@id"], "@type": parent["@type"], "UID": parent.get("UID")},
        "title": f"Titre {item_id}",
        "description": "Une description.",
        "review_state": "published",
        "created": "2024-03-01T10:00:00+00:00",
        "modified": "2024-03-02T10:00:00+00:00",
        "effective": "2024-03-01T10:00:00+00:00",
        "expires": None,
        "creators": ["admin"],
        "language": "fr",
        "text": {"data": "<p>Texte de la page.</p>", "content-type": "text/html"},
    }
    data.update(fields)
    return data


def uid(number):
    return f"{number:032x}"


def write(path, items):
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return path
